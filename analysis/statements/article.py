"""Frames across an article: quotations without a verb, transcript turns, continuations into the
next sentence, nested and overlapping frames."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import takewhile

from ..quotes import Quote, find_quotes
from ..speakers import TURN_LABEL_END
from ..text import grammar_words, paragraphs, read_lexicon, sentences
from .lexicon import (
    _ANONYMITY, AUXILIARIES, AUXILIARY_VERB, _CAVEAT, _CAVEAT_ALONE, _CAVEAT_BUT, CLAUSE_BREAKS, CONDITIONAL,
    _cue_starts, _cue_words, _DASH_ASIDE, _DASH_CAVEAT, DETERMINERS, FINITE, _GLOSS, _has_dash, _is_passage,
    LIST_BULLETS,
    MAX_SPEAKER_WORDS, _may_close_with_occasion, _may_gloss, _may_report, occasion_tail, _OPENING_MARK, PASSIVE,
    platform_tail, POSSESSIVES, PREPOSITIONS, PRONOUNS, QUESTION_WORDS, _subject_nouns, SUBORDINATORS, TIME_WORDS,
    utterance_nouns,
)
from .tokens import _is_name, _is_quote_mark, _may_be_verb, _overlapping, _QUOTED, Token, _Tokens
from .subjects import (
    _DASHES, _LINKING_VERBS, _np_after, _np_before, _PARTICLES, _RELATIVE_WORDS, _sentence_subject, _skip_between,
    _subject_before,
)
from .cues import _is_title_case, _match_cue
from .frames import (
    _can_be_subject, Frame, _frames_in_sentence, _GERUND_OPENERS, _is_cue_participle, _is_nominal, _names_speaker,
    _relative_mention, _says, STATE_OWNED, _text_of, _verb_cue,
)


def find_frames(text: str, body_start: int = 0) -> tuple[list[Frame], list[Quote], list[tuple[int, int]]]:
    """Reporting frames of an article, in order, with the quotations and sentences they use."""
    paras = paragraphs(text, body_start)
    if paras and (prefix := _WIRE_PREFIX.match(text, *paras[0])) is not None:
        paras[0] = (prefix.end(), paras[0][1])  # "UPDATE 2-Ukraine says …": the headline after the agency's word
    headlines = {paras[0][0]} if paras else set()
    for k, (s, e) in enumerate(paras):
        if text[s].isdigit() and (stamp := _TIMESTAMP.match(text, s, e)) is not None:
            # "10:20 GMT – Kremlin: No talks planned": a live blog's entry opens with a headline, on the
            # timestamp's line or the next
            if stamp.end() < e:
                paras[k] = (stamp.end(), e)
                headlines.add(stamp.end())
            elif k + 1 < len(paras):
                headlines.add(paras[k + 1][0])
    quotes = find_quotes(text, body_start, paras)
    quote_starts = [q.start for q in quotes]
    para_starts = [p[0] for p in paras]
    sents = sentences(text, body_start, paras=paras)
    tokens = _Tokens(text, quotes, quote_starts)
    frames: list[Frame] = []
    for s_index, (s, e) in enumerate(sents):
        words = tokens.lower_words(s, e)
        if not _may_report(text, words, s, e):
            continue  # no reporting word: nothing to look at
        toks = tokens.within(s, e)
        if text[e - 1] == "?" and _ASKS.match(text, s) and not any(map(_QUOTED, toks)):
            continue  # the reporter's own question ("Does anyone in Moscow still believe that?") reports nothing
        found = _frames_in_sentence(toks, words)
        for f in found:
            f.sentence = s_index
            f.paragraph = bisect.bisect_right(para_starts, s) - 1
            if f.inherited and f.mention is None:
                f.mention = _clause_subject(toks, f.cue_start) or f.near_subject
                if f.mention is None and frames and frames[-1].paragraph == f.paragraph \
                        and toks[0].lower.endswith("ing") and toks[0].start == f.cue_start:
                    f.mention = frames[-1].mention  # "… he said. Adding, “…”": the last speaker goes on
        # not the subject of a relative clause, unless its verb reports words of its own ("a claim the IDF said it
        # was examining": the IDF's), nor one "not authorized to discuss" a matter
        for f in found:
            if f.mention is not None and text[f.mention[0]] in "AaTt" \
                    and (relative := _OBJECT_RELATIVE.fullmatch(text, *f.mention)) is not None:
                owner = 1 if relative.group(1) else 2  # "a claim that Seoul said it could not confirm": Seoul's
                reports = relative.group(owner) and f.content and f.content[0][0] > f.cue_end
                f.mention = relative.span(owner) if reports else None
        found = [f for f in found if f.mention is not None and not (
            text.find("authori", f.cue_start, f.cue_end) >= 0 and _ANONYMITY.search(text, f.cue_start, f.cue_end))
            and _THIS_PAGE.search(text, *f.mention) is None and _QUESTION_OPENING.match(text, f.mention[0]) is None]
        if not found and any(map(_QUOTED, toks)):
            found = _fragment_frame(text, toks)
        if text.find(":", s, e) >= 0:  # only a sentence with a colon can have one
            # a label of the page, not a speaker and a verb: "Fact check: Did …"
            found = [f for f in found if not (text.startswith(":", f.cue_end)
                                              and text[s:f.cue_end].lstrip("*").upper() in NOT_SPEAKERS)]
            colon = _colon_quotes(toks, found, headline=s in headlines)
            for f in found:
                earlier = [c for c in colon if c.cue_end <= f.cue_start]
                if f.inherited and earlier:
                    f.mention = earlier[-1].mention  # "Rubio fired back: “…,” referencing …": his
            found = sorted(found + colon, key=lambda f: f.cue_start)  # a headline's name comes first
        found = _without_nested(text, found, toks)
        if len(found) > 1 and _RELATIVE_AFTER_COMMA.search(text, s, e):
            _around_relative_reports(found, toks)
        _trim_contents(text, found, toks)
        if text.find(":", s, e) >= 0:  # "By the numbers: Prentiss gave …, according to …": the label is the page's
            for f in found:
                f.content = [(m.end() if (m := _PAGE_LABEL.match(text, a, b)) and m.group(1).upper() in NOT_SPEAKERS
                              else a, b) for a, b in f.content]
        if s in headlines:
            for f in found:  # "Azerbaijan accuses Armenia of shelling as peace talks stall": the headline's own news
                f.content = [(a, m.start() if (m := _HEADLINE_NEWS.search(text, a, b)) else b) for a, b in f.content]
        for f in found:
            f.content = [_whole_quotes(quotes, quote_starts, s, e) for s, e in f.content]
        frames.extend(f for f in found if f.content)
    sent_starts = [s for s, _ in sents]
    for f in _transcript_turns(text, paras) + _paragraph_sources(text, paras, quotes, quote_starts, tokens, frames):
        # a turn or a quoted paragraph stands where its content does
        f.sentence = max(0, bisect.bisect_right(sent_starts, f.content[0][0]) - 1)
        f.paragraph = max(0, bisect.bisect_right(para_starts, f.content[0][0]) - 1)
        frames.append(f)
    _give_quoted_paragraphs_to_the_report_after(text, paras, quotes, quote_starts, tokens, sent_starts, frames)
    frames.sort(key=lambda f: f.content[0][0])
    frames = _attach_continuations(text, frames, quotes, sents, paras, tokens)
    return _without_overlaps(text, frames), quotes, sents


def _paragraph_sources(text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                       quote_starts: list[int], tokens: _Tokens, frames: list[Frame]) -> list[Frame]:
    """Speakers named for a whole paragraph's quotation. "Cruz continued:" closing a paragraph,
    and the next paragraph a quotation: his. "- Bernie Sanders." on its own after a quoted
    paragraph (fact-check style): hers. "[Reuters.]" closing a paragraph (news digests): the
    quotations in it are Reuters'."""
    found = []
    covered = {s for f in frames for s, _ in f.content}
    for s, e in paras:
        bracket = _BRACKET_SOURCE.search(text, s, e) if text[e - 1] == "]" else None  # it closes the paragraph
        passages = [] if bracket is None else [
            q for q in _overlapping(quotes, quote_starts, s, bracket.start())
            if _is_passage(text, q) and not any(q.start <= c < q.end for c in covered)]
        found += [Frame(bracket.start(), bracket.end(), bracket.group(), bracket.span(1), [(q.inner_start, q.inner_end)])
                  for q in passages]
    for (s, e), (ns, ne) in zip(paras, paras[1:]):
        first = _overlapping(quotes, quote_starts, ns, ns + 1) if text[e - 1] == ":" else []  # only after a colon
        if first and first[0].start == ns and ns not in covered:
            period = text.rfind(". ", s, e)
            sentence_start = s if period < 0 else period + 2
            toks = tokens.within(sentence_start, e)
            frame = _reporting_verb_frame(toks, [(ns, ne)])  # "As Joel Pollak reported after …:"
            mention = _sentence_subject(toks, e) if frame is None else None
            if mention is not None and len(toks) > 1:
                # "He then listed the qualities necessary … in 2016:": the first verb after the subject
                verb = next((t for t in toks if t.start >= mention[1] and _may_be_verb(t)), toks[-1])
                frame = Frame(verb.start, verb.end, verb.text, mention, [(ns, ne)])
            elif frame is None and 2 < len(toks) <= MAX_SPEAKER_WORDS and toks[0].lower in _cue_words() \
                    and (toks[0].lower.endswith("ed") or toks[0].lower in {"said", "says", "wrote"}) \
                    and toks[0].lower != "asked" and _names_speaker(toks, 1, len(toks) - 2):
                frame = Frame(toks[0].start, toks[0].end, toks[0].text, (toks[1].start, toks[-2].end),
                              [(ns, ne)])  # "Stated Stone:" before the quoted paragraph
            if frame is None and (named := _name_heading(toks, len(toks) - 1)) is not None:
                colon = toks[-1]  # "Donald Trump:" or "Trump on immigration:" above the quotation
                frame = Frame(colon.start, colon.end, ":", (toks[0].start, toks[named].end), [(ns, ne)])
            if frame is not None:
                found.append(frame)
        elif text[e - 1] == ":" and text[ns].isalnum() and not first and ns not in covered:
            # "Hewitt writes:" closing a paragraph and the next one, without quotation marks, his words
            period = text.rfind(". ", s, e)
            toks = tokens.within(s if period < 0 else period + 2, e)
            frame = _reporting_verb_frame(toks, [(ns, ne)])
            if frame is not None and text[frame.cue_end:e - 1].strip() in {"", "that"}:  # "Soerens argued that:"
                found.append(frame)
        dash = _DASH_SOURCE.fullmatch(text, ns, ne)
        if dash and _overlapping(quotes, quote_starts, s, e) and not any(s <= c < e for c in covered):
            found.append(Frame(ns, dash.start(1), text[ns], (dash.start(1), dash.end(1)), [(s, e)]))
    return found


def _give_quoted_paragraphs_to_the_report_after(text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                                                quote_starts: list[int], tokens: _Tokens, sent_starts: list[int],
                                                frames: list[Frame]) -> None:
    """A paragraph that is only a quotation, then "That was how Amal Saleh … described her family's situation"
    or "That is what one survivor told reporters": the quotation is what the report after it says."""
    for k, ((s, e), (ns, ne)) in enumerate(zip(paras, paras[1:])):
        if (that := _REPORT_OF_THE_QUOTATION.match(text, ns, ne)) is None:
            continue
        whole = [q for q in _overlapping(quotes, quote_starts, s, e) if q.start == s and q.end >= e - 1]
        if not whole or any(s <= c < e for f in frames for c, _ in f.content):
            continue
        # the subject right after "how": not "That was how the war began, Zelensky said"
        report = next((f for f in frames if f.mention and f.mention[0] == that.end()), None)
        if report is None:  # a verb with no content of its own ("told reporters") made no frame, or a wrong one
            report = _reporting_verb_frame(tokens.within(that.end(), ne), [])
            if report is None or not (report.mention[0] == that.end() or _DESCRIBED_BEFORE_THE_NAME.fullmatch(
                    text, that.end(), report.mention[0])):
                continue
            frames[:] = [f for f in frames if f.cue_start != report.cue_start]
            report.sentence = bisect.bisect_right(sent_starts, report.cue_start) - 1
            report.paragraph = k + 1
            frames.append(report)
        report.content = [(whole[0].inner_start, whole[0].inner_end)]


# "That was how …", "This is what …": a report of the quotation before
_REPORT_OF_THE_QUOTATION = re.compile(r"(?:That|This)(?:\s+(?:is|was)|[\u2019']s)\s+(?:how|what)\s")
# One unnamed person before their name: "one survivor, Ahmed Saleh, told reporters"
_DESCRIBED_BEFORE_THE_NAME = re.compile(r"(?:an?|one|another|the)\s+(?:[\w\-]+\s+){0,2}?(?:"
                                        + "|".join(sorted(grammar_words()["unnamed_persons"])) + r"),\s+")


def _reporting_verb_frame(toks: list[Token], content: list[tuple[int, int]]) -> Frame | None:
    """The first reporting verb of ``toks`` with a subject before it, reporting ``content``."""
    starts = _cue_starts()
    for k, t in enumerate(toks):
        match = _match_cue(toks, k) if t.text in starts and not t.quoted else None
        subject = _subject_before(toks, k, 0, True) if match is not None else None
        if subject is not None:
            return Frame(t.start, toks[match[0]].end, _text_of(toks, k, match[0]),
                         (toks[subject[0]].start, toks[subject[1]].end), content)
    return None


_BRACKET_SOURCE = re.compile(r"\[([A-Z][^\[\]\n]{0,40}?)\.?\]$")
# A signature: a name, then what they are ("Josh Bivens, Economic Policy Institute."); after a dash it
# signs the paragraph before ("- Bernie Sanders.", as fact checks cite).
_SIGNATURE = r"([A-Z][\w.'\u2019\- ]{1,40}?)(,[^\n.]{1,80})?\.?"
_DASH_SOURCE = re.compile(r"[-\u2013\u2014\u2015]\s*" + _SIGNATURE)  # U+2015 is the quotation dash
_SIGNATURE_LINE = re.compile(_SIGNATURE)
_PAREN_SOURCE = re.compile(r"\(([A-Z][\w.'\u2019\- ]{1,40}?)(,[^\n()]{1,80})?\)\.?")
# What may open a quotation's own line: nothing, or the number or bullet of a list ("1. “…”").
_LIST_MARKER = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[-\u2022*])\s*)?")
# A turn opens with a name in capitals ("TAPPER:", "ZELENSKY (through interpreter):") or of up to three
# capitalised words ("Matthews:").
# a label may be set in bold as Markdown writes it: "**Ali Hamieh:**", "**Q**:"
_TURN = re.compile(r"(?:\*\*)?([A-Z][A-Z.'\u2019\- ]{1,30}[A-Z.])(?:\*\*)?" + TURN_LABEL_END + r"(?:\*\*)?\s+(?=\S)")
_NAMED_TURN = re.compile(r"(?:\*\*)?((?:[A-Z][\w.'\u2019\-]*[ \t]){0,2}[A-Z][\w.'\u2019\-]+)(?:\*\*)?:(?:\*\*)?"
                         r"\s+(?=\S)")
_WIRE_PREFIX = re.compile(rf"(?:{'|'.join(sorted(grammar_words()['wire_prefixes']))})(?:\s+\d+)?\s*-\s*(?=\S)")
_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT)\b)?"
                        r"(?:\s*[\u2013\u2014-]\s+(?=\S)|\s*$)")  # "10:42 a.m. ET" alone on its line, too
_QA_TURN = re.compile(r"(?:\*\*)?([QA])(?:\*\*)?:(?:\*\*)?\s+(?=\S)")  # an interview's question and answer
MIN_TURN_WORDS = 3  # "Clinton: 547." is a count, "Matthews: Well, speculation is bad." a turn
NOT_SPEAKERS = frozenset(read_lexicon("not_speakers.txt"))  # "UPDATE:", "Photo:": page furniture
_PLACE_NOUNS = frozenset({"strait", "sea", "gulf", "strip", "bank", "coast", "valley", "province", "region", "border",
                          "peninsula", "island", "islands", "corridor", "front"})


def _transcript_turns(text: str, paras: list[tuple[int, int]]) -> list[Frame]:
    """Interview transcripts ("TAPPER: Do you think ...", "FALLIN: I think ..."): a paragraph
    opened by a name in capitals and a colon is that speaker's turn, when the article has at
    least two such turns. A name in ordinary capitals ("Matthews: Well, …") opens a turn only
    when one speaker has two turns of a few words, so that a list ("Clinton: 547.") is none."""
    turns, named, answers = [], [], []
    for index, (s, e) in enumerate(paras):
        if (qa := _QA_TURN.match(text, s, e)) is not None:  # "Q: How long can you hold?" "A: As long as …"
            answers.append(Frame(qa.end(1), qa.end(1) + 1, ":", qa.span(1), [(qa.end(), e)], paragraph=index))
            continue
        m = _TURN.match(text, s, e) or _NAMED_TURN.match(text, s, e)
        if m and m.group(1).strip().upper() not in NOT_SPEAKERS:
            colon = text.index(":", m.end(1))
            frame = Frame(colon, colon + 1, ":", (m.start(1), m.end(1)), [(m.end(), e)], paragraph=index)
            if m.re is _TURN:
                turns.append(frame)
            elif len(said := text[m.end():e].split()) >= MIN_TURN_WORDS and not all(w[0].isupper() for w in said):
                named.append((m.group(1).split()[-1], frame))  # not a roster ("Iowa: Tim Albrecht, Brad …")
    surnames = Counter(surname for surname, _ in named)
    if any(count >= 2 for count in surnames.values()):
        turns = sorted(turns + [frame for _, frame in named], key=lambda f: f.cue_start)
    if {text[f.mention[0]] for f in answers} == {"Q", "A"}:  # an interview, not a list lettered A
        turns = sorted(turns + answers, key=lambda f: f.cue_start)
    return turns if len(turns) >= 2 else []


def _list_of_names(toks: list[Token]) -> bool:
    """"Adam Khan, Andres Ramirez, Andrew Diss, …": names separated by commas, a roster, not words."""
    return sum(t.text == "," for t in toks) >= 3 and all(t.text in ",." or _is_name(t) for t in toks)


def _whole_quotes(quotes: list[Quote], quote_starts: list[int], s: int, e: int) -> tuple[int, int]:
    """A quotation is never cut: a content span that reaches into one (a quotation of several
    sentences, attributed in the last) takes all of it."""
    for q in _overlapping(quotes, quote_starts, s, e):
        s, e = min(s, q.start), max(e, q.end)
    return s, e


# a label opening a paragraph, perhaps in bold: "Why it matters: ", "**Why it matters:** "
_PAGE_LABEL = re.compile(r"(?:\*\*)?([A-Z][^:\n*]{0,30}):(?:\*\*)?\s+")
# The headline's own news after a report in it: "…; U.S. strikes radar sites", "… amid protests", "…, Lebanon
# presses Israel", "… as he faces a test", "… as peace talks stall" (but not "see Sanders as electable",
# "known as Super Tuesday")
_HEADLINE_NEWS = re.compile(r"(?:;|\s(?:[Aa]mid|[Ww]hile))\s(?![^\u201c\u201d\"]*[\u201d\"])"
                            r"|,\s(?=[A-Z][\w\-]*\s+[a-z]+s\s)"
                            r"|\s[Aa]s\s(?=(?:he|she|they|it|we)\s|[a-z][\w\-]*\s+[a-z][\w\-]*s\s+[a-z][\w\-]*\s*$)")


def _clause_subject(toks: list[Token], before: int) -> tuple[int, int] | None:
    """The subject of the clause a verb without one of its own closes: of the last clause joined by ", and" or ",
    but" before it that opens with one ("Norway's union staged actions, and Danish pension fund PensionDanmark sold
    its shares, citing …"; not an owner, "and Mr. Hurt's book included"), else the sentence's."""
    m = next((m for m in range(len(toks) - 2, 0, -1) if toks[m].start < before and toks[m].text == ","
              and toks[m + 1].lower in {"and", "but"}), None)
    if m is not None and (found := _sentence_subject(toks[m + 2:], before, auxiliary_ends=True)) is not None \
            and found[0] == toks[m + 2].start \
            and not any(t.end == found[1] and t.text.endswith(("'s", "\u2019s")) for t in toks[m + 2:]):
        return found
    return _sentence_subject(toks, before, auxiliary_ends=True)


def _colon_quotes(toks: list[Token], found: list[Frame], headline: bool = False) -> list[Frame]:
    """"Kasich resisted: “…”": a quotation after a colon belongs to the subject of the clause;
    so does the rest of a headline after a name ("Clinton: Trump's view is wrong"), and a quotation
    opening a headline before a colon and a report ("‘We will not surrender’: Zelensky vows to fight on")."""
    frames = []
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if t.text == ":" and not t.quoted and i > 1 and toks[0].quoted and all(w.quoted for w in toks[:i]) \
                and (opening := next((m for m in range(i) if toks[m].text[0].isalnum()), None)) is not None \
                and (report := next((f for f in found if f.mention and f.mention[0] == nxt.start), None)):
            frames.append(Frame(t.start, t.end, ":", report.mention, [(toks[opening].start, toks[i - 1].end)]))
            continue
        if t.text == ":" and not t.quoted and 0 < i <= 4 and not nxt.quoted \
                and not any(f.cue_start < t.start for f in found) \
                and all(_is_name(x) for x in toks[:i]) and (headline or _is_title_case(toks)) \
                and _text_of(toks, 0, i - 1).upper() not in NOT_SPEAKERS and toks[0].text.upper() not in NOT_SPEAKERS \
                and toks[i - 1].lower not in _PLACE_NOUNS and not _list_of_names(toks[i + 1:]) \
                and not any(t.lower in QUESTION_WORDS for t in toks[1:i]):
            # A headline "Graham: Trump's Rhetoric Destroying GOP's Chance", not "The Doctor Who Stayed: Inside …",
            # "Axios Sudan: …" (a newsletter's label) nor "Taiwan Strait: …" (a place)
            frames.append(Frame(t.start, t.end, ":", (toks[0].start, toks[i - 1].end), [(nxt.start, toks[-1].end)]))
            continue
        if t.text != ":" or t.quoted or not nxt.quoted or i == 0:
            continue
        if any(s <= nxt.start < e for f in found for s, e in f.content):
            continue
        if (source := _source_before_colon(toks, i)) is None and (named := _name_heading(toks, i)) is not None:
            source = (toks[0].start, toks[named].end)  # "Trump on immigration: “…”"
        if source is not None:
            frames.append(Frame(t.start, t.end, ":", source, [(nxt.start, toks[-1].end)]))
            continue
        named = _np_before(toks, _skip_between(toks, i - 1, 0), 0)
        # Not "Then, later on CNN: “…”"; but "…,” by Eddie Small: “…”" and "More from Jones: “…”" quote their writer
        after_preposition = named is not None and named[0] > 0 and toks[named[0] - 1].lower in PREPOSITIONS \
            and toks[named[0] - 1].lower not in {"by", "from"}
        if named is not None and _is_name(toks[named[1]]) and not after_preposition:
            frames.append(Frame(t.start, t.end, ":", (toks[named[0]].start, toks[named[1]].end),
                                [(nxt.start, toks[-1].end)]))  # "Rep. Trey Gowdy (R-S.C.): “…”"
            continue
        # The subject of the colon's own clause: "When Trump suggested …, Rubio fired back: “…”" is Rubio's
        comma = next((m for m in range(i - 1, 0, -1) if toks[m].text == "," and not toks[m].quoted), None)
        mention = (_sentence_subject(toks[comma + 1:], t.start, auxiliary_ends=True) if comma is not None else None) \
            or _sentence_subject(toks, t.start, auxiliary_ends=True)  # "The message from Moscow was clear: “…”"
        verb = next((m for m in range(i - 1, max(0, i - 6), -1) if _may_be_verb(toks[m])), None) \
            if mention is None else None
        if verb is not None and (np_ := _subject_before(toks, verb, 0)) is not None \
                and (np_[0] == 0 or toks[np_[0] - 1].text in CLAUSE_BREAKS):
            mention = (toks[np_[0]].start, toks[np_[1]].end)  # "The head of the delegation, Vladimir Medinsky, struck:"
        if mention is None and toks[0].lower in POSSESSIVES and any(w.lower in utterance_nouns() for w in toks[1:4]):
            mention = (toks[0].start, toks[0].end)  # "Her message to the West: “…”"
        if mention is None or not _may_name_a_source([w for w in toks[:i] if mention[0] <= w.start < mention[1]]):
            continue  # not "For Kuleba, the lesson is clear: “…”"
        k = i - 1
        while k > 0 and toks[k].lower.endswith("ly") and toks[k].text.islower():
            k -= 1  # "fired back forcefully:"
        first = k - 1 if k > 0 and toks[k].lower in _PARTICLES and toks[k - 1].text.islower() else k
        if first == k and not _may_be_verb(toks[k]):
            # "worded it even more carefully:", "went further:": the cue runs from the verb to the colon
            verb = next((m for m in range(k - 1, max(-1, k - 6), -1)
                         if toks[m].start >= mention[1] and _may_be_verb(toks[m])), None)
            first, k = (verb, i - 1) if verb is not None else (first, k)
        cue = (toks[first].start, toks[k].end, _text_of(toks, first, k)) \
            if toks[k].text.isalpha() and toks[k].text.islower() else (t.start, t.end, ":")
        after = next((m for m in range(i + 1, len(toks)) if not toks[m].quoted), len(toks))
        after += after + 1 < len(toks) and toks[after].text == ","
        end = toks[after - 1].end if after < len(toks) and _is_cue_participle(toks[after]) \
            else toks[-1].end  # "“…,” referencing …": the participle's own
        frames.append(Frame(cue[0], cue[1], cue[2], mention, [(nxt.start, end)]))
    return frames


def _may_name_a_source(subject: list[Token]) -> bool:
    """Whether a subject may name whoever says what follows its colon: a name, a pronoun, or a phrase
    of a noun that speaks or names an utterance ("The message from Moscow"), not "the lesson"."""
    return subject[0].lower not in DETERMINERS or any(
        _is_name(w) or w.lower in _subject_nouns() or w.lower in utterance_nouns() for w in subject)


def _name_heading(toks: list[Token], colon: int) -> int | None:
    """Index of the last word of the name heading a quotation in a roundup: all of ``toks[:colon]`` is
    a name ("Donald Trump:") or a name and the topic it speaks on ("Trump on immigration:"), and
    ``toks[colon]`` the colon after it."""
    if not 0 < colon <= MAX_SPEAKER_WORDS or toks[colon].text != ":" or toks[colon].quoted:
        return None
    last = next((m for m in range(colon) if not _is_name(toks[m])), colon) - 1
    if last < 0 or _text_of(toks, 0, last).upper() in NOT_SPEAKERS or toks[0].lower in _cue_words():
        return None  # not "UPDATE:" nor "Asked Trump:" (his answer follows)
    if last + 1 == colon or (toks[last + 1].lower == "on" and last + 2 < colon
                             and all(t.text[0].isalnum() and not t.quoted for t in toks[last + 2:colon])):
        return last
    return None


def _source_before_colon(toks: list[Token], colon: int) -> tuple[int, int] | None:
    """The source a passage is quoted from, named before its colon: "From the report:", "More from
    Bush's Facebook post:" (the possessor: Bush), "Here's Clinton in December 1992:" (Clinton)."""
    first = next((m for m in range(colon - 1, max(-1, colon - MAX_SPEAKER_WORDS), -1)
                  if toks[m].lower in {"from", "here's", "here\u2019s"}), None)
    if first is None or not (first == 0 or toks[first - 1].lower == "more" or toks[first - 1].text in _DASHES) \
            or first + 1 == colon or not toks[first + 1].text[0].isalpha() \
            or not all(t.text[0].isalnum() and not t.quoted for t in toks[first + 1:colon]):
        return None  # not "From 2010 to 2014:"
    phrase = range(first + 1, colon)
    if toks[first].lower != "from":  # "Here's Clinton in December 1992": the name alone
        last = next((m - 1 for m in phrase if not _is_name(toks[m])), colon - 1)
        return (toks[first + 1].start, toks[last].end) if last > first else None
    owner = next((m for m in phrase if toks[m].text.endswith(("\u2019s", "'s"))), None)
    if owner is not None:  # "From Bush's Facebook post": Bush
        return (toks[first + 1].start, toks[owner].end - 2)
    return (toks[first + 1].start, toks[colon - 1].end)


def _without_overlaps(text: str, frames: list[Frame]) -> list[Frame]:
    """No character belongs to two statements: a later frame gives up what an earlier one holds
    (and the edge punctuation of what is left: not ", Mr. Kasich forcefully differed")."""
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    kept = []
    for f in frames:
        spans = []
        for s, e in sorted(f.content):
            parts = _free_parts(taken, s, e)
            spans += parts if parts == [(s, e)] else [p for p in (_strip_span(text, *p) for p in parts) if p[1] > p[0]]
        for span in spans:
            bisect.insort(taken, span)
        if spans:
            f.content = spans
            kept.append(f)
    return kept


def _free_parts(taken: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """The parts of ``[s, e)`` not covered by the disjoint sorted spans in ``taken``."""
    parts = []
    i = max(0, bisect.bisect_right(taken, (s, s)) - 1)
    while i < len(taken) and taken[i][0] < e:
        a, b = taken[i]
        if b > s:
            if a > s:
                parts.append((s, a))
            s = max(s, b)
        i += 1
    if s < e:
        parts.append((s, e))
    return parts


def _fragment_frame(text: str, toks: list[Token], at: int = 0) -> list[Frame]:
    """"Jacobs credited Merkel with holding “the entire continent together”": in a sentence with
    no reporting verb, a quoted fragment shortly after the verb of a named or described subject
    quotes that subject, and the predicate is the content. A title in quotation marks ("Trump
    made similar comments on “Squawk Box”") and a description after "is" quote no one."""
    q = next(k for k, t in enumerate(toks) if t.quoted and t.start >= at)
    if toks[q - 1].text == ":":
        return []  # "Rubio fired back: “…”": a whole quotation after a colon, the colon's own
    subject = _sentence_subject(toks, toks[q].start) if q > 1 else None
    if subject is None:
        return []
    a = next(k for k, t in enumerate(toks) if t.start == subject[0])
    b = next(k for k, t in enumerate(toks) if t.end >= subject[1])  # "He’s": the pronoun ends inside its token
    if toks[b].lower in _NO_FRAGMENT_SPEAKERS or not _can_be_subject(toks, (b, b), "") \
            or (a > 0 and toks[a - 1].lower in CONDITIONAL) or _common_word(text, toks[a]):
        return []
    v = b + 1  # the verb, after any auxiliaries and adverbs ("has always claimed")
    if v < q and toks[v].lower == "that" and b > a and toks[b].text.islower() \
            and toks[b].lower.endswith(("s", "ed", "ing")):
        v = b  # "The Sanders campaign projects that “…”": the subject ran on into its verb
        b -= 1
        while b > a and toks[b].text.islower() and (toks[b].lower in AUXILIARIES or toks[b].lower in _BE):
            b -= 1
        subject = (toks[a].start, toks[b].end)
    if v + 1 < q and toks[v].lower == "state" and toks[v + 1].lower in STATE_OWNED:
        b, v = v + 1, v + 2  # "Russian state television portrayed …": the subject runs on
        subject = (toks[a].start, toks[b].end)
    while v < q and (toks[v].lower in AUXILIARIES or (toks[v].lower.endswith("ly") and toks[v].text.islower())
                     or toks[v].lower in TIME_WORDS or (toks[v].lower == "on" and toks[v + 1].lower in TIME_WORDS)):
        v += 1  # "has always claimed", "on Sunday portrayed"
    if not (q - MAX_SPEAKER_WORDS <= v < q and toks[v].text.isalpha() and toks[v].text.islower()) \
            or toks[v].lower in PRONOUNS or toks[v].lower in _RELATIVE_WORDS \
            or AUXILIARY_VERB.match(toks[v].lower) or toks[v].lower in _BE or toks[v - 1].lower in _BE:
        return []
    quoted_words = [t for t in toks[q:] if t.quoted and t.text.isalpha()]
    if quoted_words and all(t.text[0].isupper() for t in quoted_words):
        return []
    if (naming := next((k for k in range(v + 1, q) if toks[k].lower in _NAMING_PARTICIPLES), None)) is not None:
        # a name given: the words of whoever gave it ("drones dubbed “mopeds” by Ukrainian troops"), if anyone's
        by = next((k for k in range(q, len(toks)) if not toks[k].quoted), len(toks))
        giver = _np_after(toks, by + 1, len(toks)) if by < len(toks) and toks[by].lower == "by" else None
        if giver is None or not (_names_speaker(toks, *giver) or _is_name(toks[giver[0]])):
            return []
        return [Frame(toks[naming].start, toks[naming].end, toks[naming].text,
                      (toks[giver[0]].start, toks[giver[1]].end), [(toks[q].start, toks[by - 1].end)])]
    first = v + 2 if toks[v + 1].lower == "that" and not toks[v + 1].quoted else v + 1  # "sniped that …"
    return [Frame(toks[v].start, toks[v].end, toks[v].text, subject, [(toks[first].start, toks[-1].end)])]


# Not "titled": a memo's or a book's title is its author's words
_NAMING_PARTICIPLES = frozenset({"called", "dubbed", "named", "nicknamed", "labelled", "labeled", "branded"})


def _common_word(text: str, t: Token) -> bool:
    """Whether a capitalised word opening a subject is written in lower case elsewhere in the
    article ("What", "Media", "Friends" opening a sentence): a common word, not a name."""
    if not t.text[0].isupper() or t.lower in DETERMINERS or t.lower in PRONOUNS:
        return False
    # The word as a whole word: "\bword\b", written with the word first (its opening boundary checked
    # behind it) so that the regex engine skips from one occurrence of the word to the next instead of
    # trying the pattern at every character of the article.
    word = re.escape(t.lower)
    return re.search(rf"{word}(?<=\b{word})\b", text) is not None


_NO_FRAGMENT_SPEAKERS = frozenset({"it", "this", "that", "there", "you"})
# "is a “…”", "became the first to buy a “promoted trend”": these describe; they quote no one
_BE = PASSIVE | {"am"} | _LINKING_VERBS


def _without_nested(text: str, frames: list[Frame], toks: list[Token]) -> list[Frame]:
    """A report inside the clause another one reports ("The story noted that only one of the
    members supports Trump") is part of that content, not a statement of its own; a report
    after a break ("…, and Lavrov added …") is, and so is another's claim that a verb's object names
    ("Kyiv rejected Moscow's assertion that …")."""
    kept = []
    for f in frames:
        # a noun inside the content belongs to it ("defended his calls for …"), wherever its speaker is named
        # and so does an evidential verb with no subject of its own ("said Kyiv's response showed it was …")
        evidential = f.inherited and (cue := _verb_cue(f)) is not None and cue.stance == "evidential"
        start = f.cue_start if _is_nominal(f) or not f.mention or evidential else min(f.cue_start, f.mention[0])
        # the innermost: "said that … and urged Islamabad to dismantle what he called …" is the urging's
        host = next((g for g in reversed(kept) if g.content and g.cue_end <= g.content[0][0] < start < g.content[0][1]),
                    None)
        if _is_nominal(f) and f.mention and f.content \
                and (named := _NAMED_CLAIM.fullmatch(text, f.cue_end, f.content[0][0])) is not None \
                and any(_is_name(t) for t in toks if f.mention[0] <= t.start < f.mention[1]) \
                and (rejecting := next((g for g in kept if g.content and not _says(g) and (
                    g.content[0][0] in _claim_starts(f, toks)
                    or (g.content[0][0] == f.content[0][0] and g.cue_end <= f.mention[0]))), None)) is not None:
            # "Kyiv rejected Moscow's assertion that …", "Moscow dismissed claims by Kyiv that …", "did not comment
            # on Pakistan's claim that …": the verb's object is the claim, and what it claims is its owner's
            rejecting.content[0] = (min(rejecting.content[0][0], *_claim_starts(f, toks)), named.end(1))
            kept.append(f)
            continue
        if host is None and f.inherited and f.mention and f.cue.endswith("ing") and _after_a_comma(toks, f.cue_start):
            # "Trump said he believed a deal was close, adding: …": the participle goes on with the one who said
            # it, not with the subject inside the content
            host = next((g for g in kept if g.content and g.mention and g.cue_end <= g.content[0][0] <= f.mention[0]
                         and f.cue_start < g.content[0][1] and not _subordinate(toks, g.mention[0])), None)
            if host is not None:
                f.mention, start = host.mention, f.cue_start
        carrier = next((g for g in kept if g.content and f.mention and g.content[0][0] == f.mention[0]
                        and g.cue.lower() == "according to"), None) if not f.inherited and f.mention else None
        if carrier is not None and (not _says(f) or _POLL_SHARE.match(text, f.mention[0])):
            carrier = None
        if carrier is not None:
            kept.remove(carrier)  # "According to Anadolu, the president said …": his words, which it carried
        if f.inherited and _joined_in_the_clause(toks, f) and any(
                g.content and g.cue_end <= g.content[0][0] < f.cue_start < g.content[0][1] for g in kept):
            continue  # "told reporters that Putin had been briefed and had ordered aid": Putin ordered it
        if host is not None and not _breaks_between(toks, host.content[0][0], start) \
                and (_says(host) or not _says(f) or _relative_mention(f, toks)) \
                and not (_says(f) and _NEXT_REPORTS_OBJECT.search(text, host.content[0][0], start)):
            # "who supported which bill that Christie said, “…”" is Christie's; "rebuked critics who say …" Obama's; but
            # "…, a request Takaichi said she would “consider positively”" is hers
            continue
        if not _says(f) and any(g.content and g.content[0][0] <= start and f.cue_end <= g.content[0][1] <= g.cue_start
                                and not _breaks_between(toks, g.content[0][0], start) for g in frames):
            continue  # "Americans oppose cutting funds, a new poll finds": the poll's finding, not a report of its own
        kept.append(f)
    return kept


_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:which|who|whom)\s")


def _around_relative_reports(frames: list[Frame], toks: list[Token]) -> None:
    """A report in a relative clause set off by commas inside another's content holds that clause, and the
    content goes on after it: "said the operation, which he called “Rising Lion,” would continue …"."""
    index = {t.start: k for k, t in enumerate(toks)}
    for f in frames:
        if len(f.content) != 1:
            continue
        s, e = f.content[0]
        for g in frames:
            m = index.get(g.mention[0], 0) if g is not f and g.mention and g.content and s < g.mention[0] < e else 0
            if m < 2 or toks[m - 1].lower not in {"which", "who", "whom"} or toks[m - 2].text != ",":
                continue
            close = next((k for k in range(index.get(g.cue_end, m), len(toks)) if toks[k].text == ","), len(toks))
            after = close + 1
            while after < len(toks) and _is_quote_mark(toks[after]):
                after += 1  # the quotation the comma closes
            if after < len(toks) and toks[after].start < e and FINITE.match(toks[after].lower):
                f.content = [(s, toks[m - 2].start), (toks[after].start, e)]
                g.content = [(g.content[0][0], toks[after - 1].end)]
                break


def _index_at(toks: list[Token], at: int) -> int:
    """Index of the token that starts at offset ``at`` (0 if none does)."""
    return next((k for k, t in enumerate(toks) if t.start == at), 0)


def _subordinate(toks: list[Token], at: int) -> bool:
    """Whether a subordinator opens the clause at offset ``at`` ("When Maddow pointed out …")."""
    k = _index_at(toks, at)
    return k > 0 and toks[k - 1].lower in SUBORDINATORS


def _after_a_comma(toks: list[Token], at: int) -> bool:
    """Whether a comma, or a comma and a closing quotation mark, stands before the token at offset ``at``."""
    k = _index_at(toks, at)
    k -= k > 1 and _is_quote_mark(toks[k - 1]) and toks[k - 1].quoted
    return k > 0 and toks[k - 1].text == ","


def _claim_starts(f: Frame, toks: list[Token]) -> set[int]:
    """Where a claim named by a noun may begin: its owner ("Moscow's assertion"), the noun ("claims by
    Kyiv") or an article before it ("a statement by George Clooney")."""
    noun = next(k for k, t in enumerate(toks) if t.start == f.cue_start)
    article = {toks[noun - 1].start} if noun and toks[noun - 1].lower in {"a", "an", "the"} else set()
    return {f.mention[0], f.cue_start} | article


# A share of a poll's respondents: "51 percent of respondents said", "majorities of voters say" report the poll
_POLL_SHARE = re.compile(r"(?i)\d|(?:a\s+)?(?:majorit|most\b|half\b|about\s+\d|nearly\s+\d|more\s+than)")
# A question opening with its verb: "Is reassurance even possible when Beijing views …?"
_ASKS = re.compile(r"(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|Had|Might|May|Must)\s")
# The reporter's own page is no speaker: "An earlier version of this story said …" corrects it
_THIS_PAGE = re.compile(r"\b[Tt]his\s+(?:post|story|article|page|blog|piece)\b")
# Nor a clause a question word opens: "What they are saying: “…”", "What worries the left is that …"
_QUESTION_OPENING = re.compile(r"(?:[Ww]hat|[Hh]ow|[Ww]hy)\b")
# A noun phrase whose relative clause has its own subject right before the verb is no speaker: the verb is
# the clause's, and its object the noun ("the stretch of forest that Venezuela claims", "…, an allegation
# Cairo has denied"); the clause's subject speaks if the verb reports ("a suggestion Unite described as …")
_OBJECT_RELATIVE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,6}?(?:(?:that|which)\s+([A-Z][\w.\-]*"
                              r"(?:\s+(?:and\s+)?[A-Z][\w.\-]*)*|it|he|she|they|we|(?:[a-z]+\s+)?[a-z]+s)"
                              r"|(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?|proposals?|"
                              r"plans?|moves?|decisions?|offers?|ideas?|steps?|descriptions?|labels?|"
                              r"characteri[sz]ations?|terms?|findings?|figures?|estimates?|results?|deals?|measures?|"
                              r"bills?|remarks?|comments?|statements?|requests?|demands?|appeals?|pledges?|promises?|"
                              r"warnings?|threats?)"
                              r"\s+((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*"
                              r"(?:[\u2019']s\s+[a-z]+)?))")  # "a claim India's government dismissed as …"
_NAMED_CLAIM = re.compile(r"((?:\s+by\s+[^,;]{1,60}?)?)\s+that\s+")  # "… assertion that", "… claims by Kyiv that"


def _opens_subordinate_clause(toks: list[Token], at: int) -> bool:
    """Whether a comma and a subordinator stand before the token at offset ``at`` ("…, after the Kremlin
    said", "…, even as Kyiv said")."""
    k = _index_at(toks, at)
    k -= k > 1 and toks[k - 1].lower == "as" and toks[k - 2].lower in {"even", "just"}
    return k > 1 and toks[k - 1].lower in _LEAD_IN_OPENERS and toks[k - 2].text == ","


def _joined_in_the_clause(toks: list[Token], f: Frame) -> bool:
    """Whether a verb with its own auxiliary joins the verb before it with no comma ("had been briefed … and had
    ordered"), which makes it part of the clause that verb is in."""
    k = next((k for k, t in enumerate(toks) if t.start == f.cue_start), None)
    return k is not None and k > 1 and toks[k].lower in _JOINED_AUXILIARIES and toks[k - 1].lower == "and" \
        and toks[k - 2].text != ","


_JOINED_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will"})


def _breaks_between(toks: list[Token], start: int, end: int) -> bool:
    """Whether a clause break stands between ``start`` and ``end``: a comma, a dash, or "and" or
    "but", unless "that" follows it (", but that …" goes on reporting the same clause)."""
    return any(start <= t.start < end and (t.text in _BREAKS or t.lower in {"and", "but"})
               # a comma inside a quotation is the quotation's own
               and not (t.quoted and k + 1 < len(toks) and not _is_quote_mark(toks[k + 1]))
               and not _goes_on_with_that(toks, k) for k, t in enumerate(toks))


def _goes_on_with_that(toks: list[Token], k: int) -> bool:
    """Whether "that" follows ``toks[k]``, past a closing mark and "and" or "but" after a comma ("were “a last
    resort,” and that he had …")."""
    comma = toks[k].text == ","
    k += 1
    while comma and k < len(toks) and _is_quote_mark(toks[k]):
        k += 1
    if comma and k < len(toks) and toks[k].lower in {"and", "but"}:
        k += 1
    return k < len(toks) and toks[k].lower == "that"


_BREAKS = frozenset({",", ";", ":", "\u2014", "\u2013", "-", "(", ")"})


def _trim_contents(text: str, frames: list[Frame], toks: list[Token]) -> None:
    """A content span ends where the next reporting frame of its sentence begins, and drops the
    reporter's glosses (", referring to ...") and edge punctuation."""
    for k, f in enumerate(frames):
        limit = nxt = own_clause = None
        for nxt in frames[k + 1:]:
            limit = min([nxt.cue_start] + ([nxt.mention[0]] if nxt.mention and not nxt.inherited else [])
                        # "pledged to support Kyiv “for as long as it takes,” in the words of Joe Biden": his quotation
                        + [c for c, _ in nxt.content[:1] if f.cue_end <= c and nxt.cue.startswith("in ")])
            if limit < f.cue_start:
                limit = nxt.cue_start  # a relative clause inside the next subject: "Humphrey, who calls …, said"
            if own_clause is None and any(limit == s for s, _ in f.content):
                # the next report is the content's own clause ("said he had ordered …, after the Kremlin said
                # …"): one after a comma and a subordinator ends the content
                own_clause, limit = limit, None
            elif own_clause is not None and not _opens_subordinate_clause(toks, limit) \
                    and not (nxt.inherited and nxt.mention == f.mention and nxt.cue.endswith("ing")) \
                    and not _NEXT_REPORTS_OBJECT.search(text, own_clause, limit):
                # but "said he believed a deal was close, adding …" ends before the participle, and "said he had asked
                # for support, a request Takaichi said …" before the request
                limit = None
            else:
                break
        verb = _main_verb_after_relative(toks, f) \
            if f.mention and text[f.mention[0]:f.mention[1]].lower() in {"who", "which"} else None
        trimmed = []
        for s, e in f.content:
            if verb is not None and s < verb < e:
                e = verb  # "Voters who say the economy matters most were divided": not "were divided"
            if limit is not None and s < limit < e:
                e = limit
                if _manner_only(text[s:e]):
                    continue  # "responded first by saying …": the gerund's frame holds the content
                if nxt.cue.endswith("ing") and (opener := _GERUND_OPENING.search(text, s, e)) is not None:
                    e = opener.start()  # "has justified the war by insisting …": "by" opens the gerund's phrase
                if nxt.inherited and (joined := _JOINED_VERB_OPENING.search(text, s, e)) is not None:
                    e = joined.start()  # "vowed to ban Muslims and most recently defended …": the next verb's
                elif (thing := _NEXT_REPORTS_OBJECT.search(text, s, e)) is not None:
                    e = thing.start()  # "…, a move the opposition described as a sham": what the next report is about
                elif (joined := _NEXT_CLAUSE_OPENING.search(text, s, e)) is not None:
                    e = joined.start()  # "…,” and on Thursday she insisted": the next clause's opening
                elif (relative := _RELATIVE_OPENING.search(text, s, e)) is not None:
                    e = relative.start()  # "…, Chile and Peru, whose governments had questioned …": the relative's
            gloss = (_GLOSS.search(text, s, e) if _may_gloss(text, s, e) else None) \
                or (_DASH_ASIDE.search(text, s, e) if _has_dash(text, s, e) else None) \
                or (_CAVEAT.search(text, s, e) if text.find(",", s, e) >= 0 else None) \
                or (_CAVEAT_BUT.search(text, s, e) if text.find(" but ", s, e) >= 0 else None) \
                or (_DASH_CAVEAT.search(text, s, e) if _has_dash(text, s, e) else None) \
                or (occasion_tail().search(text, s, e) if _may_close_with_occasion(text, s, e) else None) \
                or _platform_after_object(text, s, e)
            if gloss:
                e = gloss.start(1)
            s, e = _strip_span(text, s, e)
            # nor is the reporter's count alone a content ("…, the ministry said, in the latest deadly operation"),
            # nor a preposition whose phrase the next report holds ("…, a poll shows, with a third saying …")
            if e > s and _ANONYMITY.match(text, s, e) is None and _CAVEAT_ALONE.match(text, s, e) is None \
                    and text[s:e].lower() not in PREPOSITIONS:
                trimmed.append((s, e))
        f.content = trimmed


# ", and on Thursday" before the next report's subject: the conjunction and circumstance opening its clause
_NEXT_CLAUSE_OPENING = re.compile(r",?[\u201d\"]?\s+(?:and|but)(?:\s+(?:on|in|at|last|this|later|then|earlier|now)\b"
                                  r"[^,;\u201c\u201d\"]{0,30}?)?(?:\s+(?:he|she|they|it|we))?\s*$")
# ", whose", ", roughly a third of whom" before the next report's subject: a relative clause reporting on its own
_RELATIVE_OPENING = re.compile(r",\s+(?:[\w\-]+\s+){0,3}?(?:of\s+)?(?:whose|whom)\s*$")
# ", a move", ", the latest in a string of attacks" or ", after a phone call" before the next report's
# subject: a noun phrase with no verb, which the next report is about
_NEXT_REPORTS_OBJECT = re.compile(r",[\u201d\"]?\s*(?:(?:after|before|during|following|in)\s+)?(?:a|an|the)\s+"
                                  r"(?:(?!(?:is|are|was|were|has|have|had|will|would|her|him|them|it|and)\b"
                                  r"|[a-z]+ed\b)[a-z\-]+\s*){1,7}$")


def _main_verb_after_relative(toks: list[Token], f: Frame) -> int | None:
    """Where the sentence's own verb begins after a report in a relative clause inside its subject
    ("Voters who say the economy is most important were evenly divided"): at the second auxiliary
    of the content, not one after a relative word ("the plan that was proposed would fail"); None
    when the relative clause follows the sentence's verb or the content has one auxiliary."""
    relative = next(k for k, t in enumerate(toks) if t.start == f.mention[0])
    if any(FINITE.match(t.lower) or t.quoted for t in toks[:relative]):
        return None  # "said Diana Orrock, … who supports Trump": the clause comes after the verb
    s, e = f.content[0]
    seen = 0
    for k, t in enumerate(toks):
        if t.start < s or t.quoted or (toks[k - 1].lower in AUXILIARIES and not AUXILIARY_VERB.match(t.lower)):
            continue  # "doesn't have", "would not have": one verb group
        if t.start >= e or t.lower in SUBORDINATORS or t.lower in _RELATIVE_WORDS or t.lower in _JOINING_WORDS:
            return None  # "because the polls have …": another clause may hold the auxiliary
        if AUXILIARY_VERB.match(t.lower) and not AUXILIARY_VERB.match(toks[k - 1].lower):
            seen += 1
            if seen == 2:
                return t.start
    return None


_JOINING_WORDS = frozenset({"and", "or", "but", "because", ",", ";", "\u2014", "-"})


# The conjunction and adverbs opening a verb that shares the subject ("… and most recently defended")
_JOINED_VERB_OPENING = re.compile(r",?\s*\b(?:and|but|or)(?:\s+(?:most|more|also|then|later|first|now|\w+ly))+\s*$")


_GERUND_OPENING = re.compile(r"\s+(?:" + "|".join(sorted(_GERUND_OPENERS)) + r")\s*$")


def _manner_only(span: str) -> bool:
    """Whether a content cut at the next frame is only a manner before its gerund ("first by")."""
    words = span.split()
    return 0 < len(words) <= 3 and words[-1].lower() in _GERUND_OPENERS


# "too": "rejected that, too"; "though" (and "although"): "it was bad, though he added …"; "after":
# "“…,” after Fallon expressed …" leaves the subordinator behind
_CONNECTIVES = ("and", "but", "while", "as well as", "therefore", "too", "after", "because", "though")
# ... and ", with" before an absolute clause ("…, with Lavrov saying …"), but not "came up with", and the
# relative word of a clause the next report sits in ("… cluster munitions, which it said had killed …",
# "… attack on shipping in what it says is …")
_EDGE_WORDS = re.compile(r"(?:,?\s*\b(?:" + "|".join(_CONNECTIVES) + r")\s*"
                         r"|,\s*(?:with|which|who|(?:even\s+|just\s+)?as)\s*"
                         r"|\s*\bin\s+what\s*|,\s*before\s*|,?\s*\b(?:and|but)\s+that\s*"
                         # "…, days after" or "…, before" the next report's clause
                         r"|,\s*(?:[\w\-]+\s+)?(?:minutes|hours|days|weeks|months|years)\s+(?:after|before)\s*)+$")
_EDGE_ENDINGS = (*_CONNECTIVES, ", with", ", which", ", who", ", as", " even as", " just as", "in what", " before",
                 "and that", "but that")  # "said more had died and that": a second report the next frame holds
_IDIOMS = ("anything but", "all but", "nothing but")  # "it is anything but": the "but" is the content's


def _ends_in_connective(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` ends in a connective, spaces aside. ``_EDGE_WORDS`` can only match
    then, and testing this first spares most spans its scan from every position."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return text.endswith(_EDGE_ENDINGS, s, e) and not text.endswith(_IDIOMS, s, e)


MAX_SHORT_OBJECT_WORDS = 5
_OCCASION_WORD = re.compile(r" (?:on|at|during|in) ")


def _platform_after_object(text: str, s: int, e: int) -> re.Match | None:
    """Where a platform or an occasion closes a short object in ``text[s:e]``: "praised the arrests on social media",
    "defended the decision at a news conference"; not a clause ("ISIS has mentioned Trump on social media")."""
    at = m.start() if (m := _OCCASION_WORD.search(text, s, e)) is not None else -1
    if at < 0 or len(words := text[s:at].lower().split()) > MAX_SHORT_OBJECT_WORDS \
            or any(w in PRONOUNS or FINITE.match(w) for w in words):
        return None
    return platform_tail().match(text, at, e)


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, trailing connectives and the punctuation that frames rather than belongs to content."""
    for _ in range(3):
        was = s, e
        while s < e and (text[s].isspace() or text[s] in ",;:\u2014\u2013-\u2022\u25aa\u00b7"  # and a list's bullet
                         or (text[s] in ".?!" and text[s + 1:s + 2].isspace())):  # the end of a sentence before
            s += 1
        m = _EDGE_WORDS.search(text, s, e) if _ends_in_connective(text, s, e) else None
        if m:
            e = m.start()  # nothing left if the span was only a connective ("…, records show, and")
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:\u2014\u2013-"):
            e -= 1
        # A sentence-final period outside quotation marks is the reporter's; before a comma it ends "F.B.I.".
        if e > s and text[e - 1] == "." and text[e:e + 1] not in (",", ";"):
            e -= 1
        if (s, e) == was:
            break  # nothing left to trim: another round would change nothing
    return s, e


# A conjunction may stand before a quotation that goes on ("…,” he said. But “…”").
_CONTINUATION_LEADS = frozenset({"", "But", "And", "Yet", "So"})
# ... and the reporter may gloss its last words ("“… all the way through California,” which votes June 7.")
_RELATIVE_TAIL = re.compile(r"[\s,]*(?:which|who|where)\b[^,;:\u2014]{0,60}")


def _attach_continuations(text: str, frames: list[Frame], quotes: list[Quote], sents: list[tuple[int, int]],
                          paras: list[tuple[int, int]], tokens: _Tokens) -> list[Frame]:
    """A quotation standing as a whole sentence with no attribution of its own continues the
    nearest statement: the last one of its paragraph or of the paragraph before, else the next
    one in its paragraph. A long one left inside a sentence quotes the subject of the verb before
    it ("he played down the remarks as “just part of the primary campaign” and argued …")."""
    para_starts = [s for s, _ in paras]
    para_start_set = set(para_starts)
    cue_starts = [f.cue_start for f in frames]
    sent_starts = [s for s, _ in sents]
    quote_starts = [q.start for q in quotes]
    continuations = []
    covered = sorted(((s, e, f) for f in frames for s, e in f.content), key=lambda span: span[:2])  # with frames
    covered_starts = [s for s, _, _ in covered]
    host_of_previous = None  # the frame holding the quotation before, if any
    for j, q in enumerate(quotes):
        holder, host_of_previous = host_of_previous, None
        i = bisect.bisect_right(covered_starts, q.inner_end) - 1
        if i >= 0 and covered[i][1] > q.inner_start:
            host_of_previous = covered[i][2]
            continue  # already part of a statement
        if holder is not None and quotes[j - 1].continued:
            # a quotation opened again at each paragraph and closed once: every paragraph of it is the
            # speaker's, however many there are
            para = bisect.bisect_right(para_starts, q.start) - 1
            host_of_previous = Frame(holder.cue_start, holder.cue_end, holder.cue, holder.mention,
                                     [(q.inner_start, q.inner_end)], bisect.bisect_right(sent_starts, q.start) - 1,
                                     para, holder.inherited, continues=holder)
            continuations.append(host_of_previous)
            continue
        if (signed := _signed_quotation(text, q)) is not None:
            signed.sentence = max(0, bisect.bisect_right(sent_starts, q.start) - 1)
            signed.paragraph = max(0, bisect.bisect_right(para_starts, q.start) - 1)
            continuations.append(signed)
            continue
        first = bisect.bisect_right(sent_starts, q.start) - 1
        last = bisect.bisect_right(sent_starts, max(q.start, q.end - 1)) - 1
        if first < 0:
            continue
        lead = text[sents[first][0]:q.start]
        tail = text[q.end:sents[last][1]]
        # A passage opening its sentence goes on the last speaker's even when the reporter finishes
        # the sentence ("''After much consideration, I have concluded …'' or to control the arsenal.")
        first_after = tail.split(None, 1)[0].lower() if tail.strip() else ""
        opens_sentence = not lead.strip() and _is_passage(text, q) and q.end - q.start > len(tail) \
            and (first_after in {"or", "and", "but"} or first_after in PREPOSITIONS)
        # "Unless further rivals quit the race, “it's very difficult to see how he is stopped.”": the
        # quotation is the sentence's main clause, after a condition or circumstance of its speaker's
        lead_in = _lead_in_clause(lead) and not tail.strip(" .,!?;:\u201d\"'\u2019")
        bullet = lead.strip() in LIST_BULLETS and sents[first][0] in para_start_set
        if not lead_in and lead.strip() not in _CONTINUATION_LEADS and not bullet or (
                tail.strip(" .,!?;:\u201d\"'\u2019") and not _RELATIVE_TAIL.fullmatch(tail) and not opens_sentence):
            if _is_passage(text, q):
                continuations += _fragment_frame(text, tokens.within(*sents[first]), q.start)
            continue  # a quotation inside the reporter's own sentence: a scare quote, not a statement
        para = bisect.bisect_right(para_starts, q.start) - 1
        if _is_subhead(text, q, paras[para]):
            continue  # "'A really tough decision.'" alone on its line heads a section
        k = bisect.bisect_left(cue_starts, q.start)
        if k > 0 and frames[k - 1].paragraph >= para - 1:
            host = frames[k - 1]
            # '"…," said O'Donnell, who wrote about the visit. "…"': the quotation goes on, not the aside
            quoting = [f for f in frames[max(0, k - 4):k - 1] if f.sentence == host.sentence
                       and _kind(text, f.content, quotes, quote_starts) == "direct"]
            if quoting and host.mention is not None and text[slice(*host.mention)].lower() in {"who", "which"} \
                    and _kind(text, host.content, quotes, quote_starts) == "indirect":
                host = quoting[-1]
        elif holder is not None and holder.paragraph >= para - 1:
            host = holder  # a run of quoted paragraphs after one attribution: each goes on the one before
        elif k < len(frames) and (frames[k].paragraph == para or (q.continued and frames[k].paragraph == para + 1)):
            host = frames[k]  # the next attribution of the paragraph, or of the next one the quotation runs into
        else:
            continue
        start = sents[first][0] + len(lead) - len(lead.lstrip()) if lead_in else q.inner_start
        # "When I asked her whether she had been afraid, she shrugged. “Afraid is a word …”": the answer
        host = _answer_of_the_one_asked(text, host, tokens) or host
        host_of_previous = Frame(host.cue_start, host.cue_end, host.cue, host.mention, [(start, q.inner_end)],
                                 first, para, host.inherited, continues=host)
        continuations.append(host_of_previous)
    return sorted(frames + continuations, key=lambda f: f.content[0][0])


def _answer_of_the_one_asked(text: str, host: Frame, tokens: _Tokens) -> Frame | None:
    """The writer's question ("I asked her whether …") as the report of the one asked, whose answer a
    quotation after it is: the listener after "asked" is its speaker."""
    if host.mention is None or text[slice(*host.mention)].lower() not in {"i", "we"} \
            or text[host.cue_start:host.cue_end].lower() not in {"asked", "ask"}:
        return None
    after = tokens.within(host.cue_end, min(len(text), host.cue_end + 80))
    if not after:
        return None
    if after[0].lower in {"him", "her", "them"}:
        listener = (after[0].start, after[0].end)
    else:
        names = list(takewhile(_is_name, after))
        if not names:
            return None
        listener = (names[0].start, names[-1].end)
    return Frame(host.cue_start, host.cue_end, host.cue, listener, host.content, host.sentence, host.paragraph)


def _signed_quotation(text: str, q: Quote) -> Frame | None:
    """A quotation signed by its speaker, as pull quotes and epigraphs are: after a dash on the
    quotation's line ("“…” — Josh Bivens, Economic Policy Institute"), or on a line of its own before
    the closing mark ("\"We are going to enter the next recession … ¶ Josh Bivens, Economic Policy
    Institute.\"")."""
    if not _LIST_MARKER.fullmatch(text, text.rfind("\n", 0, q.start) + 1, q.start):
        return None  # not a line of its own: "watching “The Apprentice” — Donald Trump's show"
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if q.closed:
        after = len(text[q.end:line_end]) - len(text[q.end:line_end].lstrip())
        line_rest = (q.end + after, len(text[:line_end].rstrip()))
        # "“…” — Donald Trump" or "“…” (Donald Trump, June 2015)"
        # a title in brackets signs nothing: "“Sin Miedo” (Without Fear)"
        signed = _DASH_SOURCE.fullmatch(text, *line_rest) or (
            _PAREN_SOURCE.fullmatch(text, *line_rest) if _is_passage(text, q) else None)
        return None if signed is None else Frame(q.end + after, q.end + after + 1, text[q.end + after],
                                                 signed.span(1), [(q.inner_start, q.inner_end)])
    if line_end == len(text):
        return None
    next_end = text.find("\n", line_end + 1)
    last = text[line_end + 1:len(text) if next_end < 0 else next_end].rstrip()
    signed = _SIGNATURE_LINE.fullmatch(text, line_end + 1, line_end + len(last)) \
        if last.endswith(("\"", "\u201d")) else None
    if signed is None or signed.group(2) is None:
        return None  # a name alone on a line may be the quotation's own last words
    return Frame(signed.start(1), signed.start(1), "", signed.span(1), [(q.inner_start, q.inner_end)])


def _lead_in_clause(lead: str) -> bool:
    """Whether ``lead``, the words of a sentence before its quotation, is a short condition or
    circumstance closed by a comma ("Unless further rivals quit the race, ", "If he wins, ")."""
    words = lead.split()
    return 2 <= len(words) <= 20 and lead.rstrip().endswith(",") and words[0].lower() in _LEAD_IN_OPENERS \
        and not _OPENING_MARK.search(lead)


_LEAD_IN_OPENERS = (SUBORDINATORS | {"as", "because", "since"}) - {"whether"}


def _is_subhead(text: str, q: Quote, para: tuple[int, int]) -> bool:
    """Whether a quotation standing alone on its line is a section head, not someone's words: a
    single-quoted line ("'A fight from start to finish.'", as some papers head sections with a
    quotation from below) or a label ("Related:")."""
    alone = text[para[0]:q.start].strip() == "" and text[q.end:para[1]].strip(" .") == ""
    inner = text[q.inner_start:q.inner_end]
    return alone and (not q.is_double(text) or (inner.endswith(":") and len(inner.split()) <= 2))


def _kind(text: str, spans: list[tuple[int, int]], quotes: list[Quote], quote_starts: list[int]) -> str:
    """direct (every word character quoted), mixed (some) or indirect (none)."""
    quoted = unquoted = False  # whether any word character is inside, outside the quotations
    for s, e in spans:
        outside_from = s
        for q in _overlapping(quotes, quote_starts, s, e):
            a, b = max(s, q.start), min(e, q.end)
            unquoted = unquoted or _WORD_CHAR.search(text, outside_from, a) is not None
            quoted = quoted or _WORD_CHAR.search(text, a, b) is not None
            outside_from = b
        unquoted = unquoted or _WORD_CHAR.search(text, outside_from, e) is not None
    if not quoted:
        return "indirect"
    return "mixed" if unquoted else "direct"


_WORD_CHAR = re.compile(r"\w")
