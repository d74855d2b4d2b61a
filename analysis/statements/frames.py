"""The reporting frames of one sentence: a cue, its speaker mention and its content spans."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, takewhile

from ..speakers import default_actors, MAX_NAME_WORDS, _news_outlets, title_words
from .lexicon import (
    APPROXIMATORS, AS_OBJECTS, AUXILIARIES, AUXILIARY_VERB, CAUSATIVES, CLAUSE_BREAKS, CLAUSE_VERBS, CONDITIONAL,
    _CONJUNCTIONS, CONTRACTED, Cue, cue_lexicon, _cue_starts, _cue_words, DETERMINERS, EVIDENCE_NOUNS, FINITE,
    FORCE_VERBS, FUNCTION_WORDS, INFINITIVE_ONLY, IRREGULAR_PAST, LIST_BULLETS, LISTENERS, _LY_NOUNS, MAX_SPEAKER_WORDS,
    MAX_TRAILING_WORDS, MIN_CONTENT_WORDS, MIN_FINDING_WORDS, MIN_OBJECT_WORDS, MODALS, MONTHS, NAME_JOINERS,
    NAMING_VERBS, NEEDS_QUOTE, nominal_cues, nominal_objects, NON_FINITE, OCCASIONS, OUTLET_NOUNS, PASSIVE, _PERIODS,
    PHRASE_OBJECTS, PHYSICAL_TARGETS, _PLAIN_DETERMINERS, POLL_NOUNS, POSSESSIVES, PREPOSITIONS, PRONOUNS,
    _PRONOUNS_BUT_IT_YOU, QUESTION_WORDS, _QUOTING,
    READY_ADJECTIVES, REPORT_TIME_ADVERBS, SCENE_OPENERS, SENTENCE_ADVERBS, SHORT_OBJECTS, speaker_nouns,
    STRONG_CUES, _subject_nouns, SUBORDINATORS, TELL, _TIME_NOUNS, TIME_WORDS, TO_INFINITIVE, utterance_nouns,
    _verb_cues,
)
from .tokens import (
    _is_contracted_pronoun, _is_name, _is_number, _is_quote_mark, _may_be_verb, _QUOTE_MARKS, _QUOTED, _TEXT, Token,
)
from .subjects import (
    _ADVERBS, _conjunction_before_occasion, _DASHES, _generic_np_before, _is_negation, _LINKING_VERBS, _NEGATIONS,
    _noun_before, _NOT_MODIFIERS, _np_after, _np_before, _PARTICLES, _PARTY_AND_STATE, _PROGRESSIVE, _RELATIVE_WORDS,
    _sentence_subject, _skip_between, _STANDALONE_SPEAKERS, _subject_before,
)
from .cues import (
    _clause_before, _first_that, _infinitive_between, _is_title_case, _looks_like_clause, _match_cue, _present_verb,
    _NOT_CLAUSE_OPENERS, _quotation_before, _RELATIVE_OPENERS, _TELL_A_CLAUSE,
    _that_time, _TIME_CLAUSE_OPENERS,
)


@dataclass(slots=True)
class Frame:
    """One reporting event found in a sentence, before spans become table rows."""

    cue_start: int
    cue_end: int
    cue: str
    mention: tuple[int, int] | None
    content: list[tuple[int, int]] = field(default_factory=list)
    sentence: int = 0
    paragraph: int = 0
    inherited: bool = False      # subject taken from an earlier verb ("..., but said ...")
    near_subject: tuple[int, int] | None = None  # the noun before a participle's comma, if the clause has no subject
    continues: "Frame | None" = None  # for a quotation that goes on without a new attribution
    statement: int = 0


# Words between a reporting verb and its content: "has also said", "said Monday that".
_SKIPPED_AFTER_CUE = (AUXILIARIES - {"last", "first", "since", "now"}) | (TIME_WORDS - {"once", "soon"})
_PREPOSITIONS_BUT_ABOUT = PREPOSITIONS - {"about"}
# Words that open an embedded question as the content ("explained how", "asked whether").
_QUESTION_OPENERS = frozenset({"how", "why", "what", "whether", "if"})
# Verbs after which a negated "when" or "where" is the question left unanswered ("wouldn't say when").
_WITHHELD_ANSWERS = frozenset({"say", "tell", "explain", "disclose", "reveal", "specify"})
# Words that lift the subject out of a reported clause: "which it said had killed", "what she said were"
_LIFTING = frozenset({"which", "that", "who", "whom", "what", "whatever", "everything"})
_FREE_RELATIVES = frozenset({"what", "all", "everything", "whatever"})  # "What he said was …"
_ANSWERS = frozenset({"yes", "no"})  # a one-word content: "75 percent said yes"
_QUANTIFIERS = frozenset({"all", "any", "anything", "every", "everyone", "everything", "half", "no", "none", "nothing"})


def _quantifies(toks: list[Token], i: int, hi: int) -> bool:
    """Whether ``toks[i]`` is a quantity an adverb before it modifies ("virtually all", "nearly 40 percent")."""
    return i < hi and (toks[i].lower in _QUANTIFIERS or _is_number(toks[i]))


# Words that open a clause of circumstance after a listener ("told his advisers as he labored …");
# "if", "whether" and "when" may open the question that "asked" reports.
_CIRCUMSTANCE_OPENERS = (SUBORDINATORS | {"as", "because", "since"}) - {"if", "whether", "when"}


def _clause_after_occasion(toks: list[Token], j: int, hi: int) -> bool:
    """Whether a clause opens at ``toks[j]``, right after the occasion of a report ("said in a statement the
    strikes were illegal"); not a relative clause of the occasion's ("in a statement it released on Friday")."""
    if toks[j].quoted or toks[j].lower in TIME_WORDS or toks[j].lower in MONTHS \
            or not (toks[j].lower in DETERMINERS or toks[j].lower == "it" or _is_name(toks[j])) \
            or not _looks_like_clause(toks, j, hi):
        return False
    verb = next((k for k in range(j + 1, min(hi, j + 8)) if FINITE.match(toks[k].lower)
                 or toks[k].lower in IRREGULAR_PAST or (toks[k].text.islower() and toks[k].lower.endswith("ed"))), None)
    after = verb + 1 if verb is not None else hi
    return verb is not None and after < hi and toks[after].text[0].isalnum() and toks[after].lower not in TIME_WORDS \
        and toks[after].lower not in {"on", "online", "that", "by"}


def _after_named_place(toks: list[Token], j: int, hi: int) -> int | None:
    """Where a clause opens after the preposition at ``toks[j]`` and the name it governs ("aboard Air Force
    One the ceasefire was …", "at the White House the plan …"), or None."""
    k = j + 1 + (j + 1 < hi and toks[j + 1].lower == "the")
    named = k
    while k < hi and _is_name(toks[k]) and not toks[k].quoted:
        k += 1
    return k if named < k < hi and toks[k].lower in DETERMINERS and _looks_like_clause(toks, k, hi) else None


def _place_claimed(toks: list[Token], i: int, n: int) -> bool:
    """Whether the name from ``toks[i]`` is what is claimed, a place, not the subject of a clause claimed: a
    preposition or the sentence's end follows it ("claim Kashmir in full", "claims Taiwan as its own")."""
    while i < n and _is_name(toks[i]):
        i += 1
    return i == n or toks[i].text in {".", ",", ";", "?", "!"} or toks[i].lower in PREPOSITIONS


_EARLY_OR_LATE = frozenset({"early", "late"})


def _opens_noun_phrase(toks: list[Token], i: int, hi: int) -> bool:
    """Whether a word that could be an adverb after a cue opens the content's noun phrase instead: "said
    supply routes had been cut", "said early voting data showed" (but "said early on Tuesday that")."""
    word = toks[i].lower
    if word in _LY_NOUNS:
        return True
    return word in _EARLY_OR_LATE and i + 1 < hi and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
        and toks[i + 1].lower not in TIME_WORDS and toks[i + 1].lower not in _PERIODS \
        and toks[i + 1].lower not in FUNCTION_WORDS and toks[i + 1].lower not in {"last", "next", "this", "that"}


def _content_after(toks: list[Token], ci: int, cj: int, cue: Cue, hi: int) -> int | None:
    """Index of the first content token after a cue ending at ``toks[cj]``, or None."""
    i = cj + 1
    # the content's verb after a lifted subject is no auxiliary of the cue's
    while i < hi and not _opens_noun_phrase(toks, i, hi) and (
            (toks[i].lower in _SKIPPED_AFTER_CUE and not (AUXILIARY_VERB.match(toks[i].lower) and _lifted(toks, ci)))
            or (toks[i].lower.endswith("ly") and toks[i].text.islower() and not _quantifies(toks, i + 1, hi))
            or (toks[i].lower == "on" and i + 1 < hi and toks[i + 1].lower in TIME_WORDS)
            or (toks[i].lower in {"last", "this"} and i + 1 < hi and toks[i + 1].lower in _PERIODS
                and not (i + 2 < hi and FINITE.match(toks[i + 2].lower)))  # not "said this week was"
            or (toks[i].lower == "that" and _that_time(toks, i, hi))
            or (toks[i].lower in _PERIODS and toks[i - 1].lower in {"last", "this", "that"} and i > cj + 1)
            or (toks[i].lower == "at" and i + 2 < hi and toks[i + 1].lower == "first"
                and toks[i + 2].lower in {"to", "that"})):
        i += 1 + (toks[i].lower == "at")  # "argued insistently that", "promised on Tuesday to", "declined at first to"
    if i + 3 < hi and toks[i].text == "," == toks[i + 2].text and toks[i + 1].lower.endswith("ly") \
            and toks[i + 1].text.islower():
        i += 3  # "refused, generally, to concede"
    if i < hi and (toks[i].text in _DASHES or toks[i].text == "(") and not toks[i].quoted:
        # "said — on Twitter, as it happens — that", "said (through an interpreter) that"
        mark = ")" if toks[i].text == "(" else toks[i].text
        close = next((k for k in range(i + 1, min(hi, i + 15)) if toks[k].text == mark and k > i + 1), None)
        if close is not None:
            i = close + 1
    if i + 3 < hi and toks[i].lower in {"this", "that"} and toks[i + 1].lower == "way" and toks[i + 2].text == ":":
        i += 2  # "put it this way: …"
    if i >= hi:
        return None
    t = toks[i]
    if i + 2 < hi and (t.lower in _QUESTION_OPENERS or (
            t.lower in {"when", "where"} and cue.lemma in _WITHHELD_ANSWERS
            and ci > 0 and (_is_negation(toks[ci - 1].lower) or toks[ci - 1].lower == "to"))):
        # "explained how much it upset her"; "wouldn't say when, or if, the Senate will vote", but "did not
        # complain when …" is a time
        return i
    if t.lower == "about" and i + 1 < hi and toks[i + 1].lower in PREPOSITIONS and not toks[i + 1].quoted:
        return None  # "the change the party warned about in its report": what it was about came before
    if t.lower in {"or", "and"} and i + 2 < hi and _may_be_verb(toks[i + 1]):
        i += 2  # "defended and explained her decision": the verbs share their object
        t = toks[i]
        if AUXILIARY_VERB.match(t.lower):
            return None  # "what Obama says and promises is now …": the sentence's own verb
    if t.lower in _TIME_CLAUSE_OPENERS and not t.quoted and i + 1 < hi \
            and not toks[i + 1].lower.endswith(("ed", "ing")):
        return None  # "had demanded when it created the program": a time, not what was said; but "said when asked that"
    if t.text in {":", ","} and i + 1 < hi and toks[i + 1].quoted:
        return i + 1
    if t.text == ":" and i + 2 < hi and (_looks_like_clause(toks, i + 1, hi)
                                        or (toks[i + 1].text[0].isupper() and toks[hi - 1].text == "?")):
        return i + 1  # "A reporter asked: Did they talk about …?", "Blinken warned: the US would respond"
    if t.quoted:
        return i
    if t.lower in _ANSWERS and (i + 1 == hi or toks[i + 1].text in ",.;"):
        return i  # "Hewlett said yes."
    if t.lower == "that":
        if i + 1 < hi and toks[i + 1].text == ":":
            return None  # "argued that:" and the paragraph below: what follows the colon is the content
        if i + 2 < hi and AUXILIARY_VERB.match(toks[i + 1].lower) and toks[i + 1].text.islower() \
                and not toks[i + 1].quoted and toks[cj].lower not in nominal_cues():  # not "remarks that were"
            return i  # "said that was a fraction of what was needed": the pronoun is the content's subject
        if all(w.lower in _PERIODS or w.lower in {"on", "at", "the", "last", "this", "too", "again"}
               or not w.text[0].isalnum() for w in toks[i + 1:hi]):
            return i  # "He said that yesterday", "rejected that, too": the pronoun is what he said
        if i + 1 < hi and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
                and toks[i + 1].lower not in FUNCTION_WORDS and (i + 2 == hi or toks[i + 2].text in ".,;!?"):
            return i  # "rejected that idea.": a determiner, no clause
        if i + 1 < hi and toks[i + 1].lower in PREPOSITIONS and not any(
                w.text in CLAUSE_BREAKS or w.quoted or _may_be_verb(w) or FINITE.match(w.lower)
                for w in toks[i + 1:hi]):
            return None  # "does not mention that on the campaign trail"; not "said that in the past he had"
        return i + 1 if i + 1 < hi else None
    if t.lower == "to" and cue.lemma in TO_INFINITIVE and i + 1 < hi and _infinitive_between(toks, i, i + 1):
        return i - 1 if toks[i - 1].lower in {"not", "never"} else i  # "pledged to work", "vowed not to vote"
    if t.lower == "as" and cue.takes_object and i + 1 < hi and (toks[i + 1].quoted or (
            toks[i + 1].lower in DETERMINERS and toks[i + 2:i + 3] and toks[i + 2].quoted
            and (toks[ci - 1].lower in PRONOUNS or toks[ci - 1].lower in _subject_nouns()
                 or _is_name(toks[ci - 2 if toks[ci - 1].text == "," and ci > 1 else ci - 1])))):
        # "which he described as “making sure …”", "what he described as a “piece of history”", "which the
        # defense minister described as a “provocation”"
        return i + 1
    if t.text == ",":  # "said, without evidence, that ..."
        that = _first_that(toks, i, min(hi, i + 12))
        if that is not None and that + 1 < hi and toks[that - 1].text == ",":
            return that + 1
        close = next((m for m in range(i + 1, min(hi - 1, i + 12)) if toks[m].text == "," or toks[m].quoted), None)
        if close is not None and toks[close].text == "," and toks[i + 1].lower not in _CONJUNCTIONS \
                and (toks[close + 1].lower in _PRONOUNS_BUT_IT_YOU or _is_contracted_pronoun(toks[close + 1].lower)) \
                and _looks_like_clause(toks, close + 1, hi):
            return close + 1  # "says, win or lose in Florida, he’s staying in the race"
        if close is not None and toks[close].text == "," and cue.takes_object and toks[close + 1].text[0].isalnum() \
                and (toks[i + 1].lower in PREPOSITIONS or toks[i + 1].lower.endswith("ly")) \
                and not any(map(_may_be_verb, toks[i + 1:close])):
            return close + 1  # "described, in fairly blistering terms, a set of email practices"
    if ((t.lower == "at" and i + 2 < hi and toks[i + 1].lower in {"least", "most"} and _is_number(toks[i + 2]))
            or (t.lower in APPROXIMATORS and i + 1 < hi and _is_number(toks[i + 1]))
            or (t.lower == "as" and i + 3 < hi and toks[i + 1].lower in {"many", "much", "few", "little"}
                and toks[i + 2].lower == "as" and _is_number(toks[i + 3]))) \
            and cue.lemma not in TELL and _looks_like_clause(toks, i + 1, hi):
        # "reported at least six planes filled the skies", "said as many as 250 people had fled": a quantity,
        # not a preposition
        return i
    if cue.lemma in TELL or t.lower in PREPOSITIONS or (t.lower in LISTENERS and not cue.takes_object):
        # "told the crowd on Tuesday that"; a listener of "said" is short ("said to him that")
        that = _first_that(toks, i, hi if cue.lemma in TELL or t.lower in PREPOSITIONS else min(hi, i + 4))
        if that is not None and that + 1 < hi and not _clause_before(toks, i, that) \
                and not (t.lower in PREPOSITIONS and _quotation_before(toks, i, that)) \
                and not _cue_between(toks, i, that, outside_relatives=True) \
                and not (cue.lemma in TELL and _infinitive_between(toks, i, that)) \
                and not (cue.lemma not in TELL and t.lower not in PREPOSITIONS and not _names_a_listener(toks, that)) \
                and not (toks[that - 1].lower in nominal_cues() and FINITE.match(toks[that + 1].lower)
                         and toks[that + 1].text.islower()) \
                and not (cue.lemma == "ask" and any(w.lower in QUESTION_WORDS for w in toks[i:that])) \
                and not (toks[that - 1].text != "," and any(toks[m].text == "," and toks[m + 1].lower in _ARTICLES
                                                             for m in range(i, that - 1))):
            # "told reporters on Tuesday that", not "said the plan is a step that", "repeating a claim that has
            # angered …" (a relative clause), "urged X to coalesce …
            # that", "asked the candidate if he was ready for the possibility that" or "said in a report
            # released Monday, the latest in a string of findings that have fueled …"
            return that + 1
        if t.lower in _ARTICLES and cue.lemma not in TELL and _looks_like_clause(toks, i, hi):
            return i  # "say the framework obscures more than it reveals": the clause opens with its subject
        for j in range(i + 1, min(hi - 1, i + 10)):  # "said in a statement Thursday night they pulled"
            if not toks[j].quoted and (
                    (toks[j].lower in _PRONOUNS_BUT_IT_YOU and _looks_like_clause(toks, j, hi))
                    or (_is_contracted_pronoun(toks[j].lower) and toks[j].lower[:2] != "it")  # "said for weeks he’s"
                    or (toks[j].lower == "it" and toks[j + 1].text.islower() and toks[j + 1].lower not in FUNCTION_WORDS
                        and (FINITE.match(toks[j + 1].lower) or toks[j + 1].lower.endswith("s")))):  # "it takes time"
                return j
            if t.lower in PREPOSITIONS and (toks[j - 1].lower in OCCASIONS or toks[j - 1].lower in TIME_WORDS) \
                    and _clause_after_occasion(toks, j, hi):
                return j  # "said in a statement it stood with Iran", "said in a statement on Friday Israel would pay"
            if toks[j].lower in _CIRCUMSTANCE_OPENERS and cue.lemma == "tell" and not toks[j].quoted:
                return None  # "told his advisers as he labored over the speech": a circumstance, not a content
            if toks[j].text in CLAUSE_BREAKS or toks[j].quoted or toks[j].lower == "that" \
                    or toks[j].lower in QUESTION_WORDS or AUXILIARY_VERB.match(toks[j].lower):
                break  # "said the senator … was the only candidate they trusted": the clause began earlier
        owned = t.lower in POSSESSIVES  # "told her weekly briefing the plan was …"
        if cue.lemma in _TELL_A_CLAUSE and (t.lower in LISTENERS or _is_name(t) or owned or (
                t.text.isalpha() and t.text.islower() and not _may_be_verb(t) and t.lower not in FUNCTION_WORDS)):
            for j in range(i + 1, min(hi - 2, i + 5)):  # "told reporters the plan was dead", "told state television …"
                if toks[j].lower in PREPOSITIONS and (after_place := _after_named_place(toks, j, hi)) is not None:
                    return after_place  # "told reporters aboard Air Force One the ceasefire was holding"
                if _that_time(toks, j, hi) and _looks_like_clause(toks, j + 2, hi):
                    return j + 2  # "told reporters that night the strikes came without warning"
                if toks[j].quoted or not toks[j].text[0].isalnum() \
                        or (_may_be_verb(toks[j]) and not (owned and toks[j].lower.endswith("ing"))) \
                        or toks[j].lower in _CONJUNCTIONS or (toks[j].lower in PREPOSITIONS and not (
                            toks[j].lower == "on" and toks[j + 1].lower in TIME_WORDS)):
                    break  # "told viewers about his job", "told him and his associates"
                if (toks[j].lower in DETERMINERS or toks[j].lower == "there"  # "told reporters there were no plans"
                    or (_is_name(toks[j]) and not _is_name(toks[j - 1])
                        and toks[j - 1].lower not in DETERMINERS  # "told the Guardian"
                        and toks[j].lower not in TIME_WORDS)) \
                        and _looks_like_clause(toks, j, hi):
                    return j
        comma = next((m for m in range(i, min(hi - 1, i + 5)) if toks[m].text == ","), None)
        if cue.lemma in TELL and comma is not None and comma > i and AUXILIARY_VERB.match(toks[comma + 1].lower) \
                and all(_is_name(w) or w.lower in LISTENERS for w in toks[i:comma]):
            return None  # "The person …, several people told POLITICO, has been chosen": the sentence resumes
        listener = True  # no comma yet: a question word still follows the listener
        for j in range(i, min(hi - 1, i + 12)):  # "told his supporters, “…”", "told WEEI: ''…''"
            if toks[j].text in {",", ":"} and toks[j + 1].quoted and not toks[j].quoted:
                if _looks_like_clause(toks, i, j) or _cue_between(toks, i, j):
                    break  # "said the turmoil was not the banks' fault, “not by a long shot”"; "asked …, had said, ''…''"
                return j + 1
            if listener and cue.lemma in TELL and toks[j].lower in QUESTION_WORDS and j > i and not toks[j].quoted \
                    and not (toks[j].lower == "who" and j + 1 < hi and toks[j + 1].text.islower()
                             and toks[j + 1].lower not in PRONOUNS and toks[j + 1].lower not in DETERMINERS) \
                    and not (toks[j].lower == "if" and any(toks[m].lower in PREPOSITIONS for m in range(i, j))):
                # "asked Sanders how he is feeling", not "told MSNBC Monday, when asked" or "warned Putin of
                # severe consequences if Russia invades"
                return j
            if listener and cue.lemma in TELL and toks[j].lower == "to" and j > i and not toks[j].quoted:
                return i  # "asked her to call … if possible": a request, its listener included
            listener = listener and toks[j].text not in CLAUSE_BREAKS
    if cue.takes_object and t.text not in CLAUSE_BREAKS and t.text not in ".!?" \
            and t.lower not in _PREPOSITIONS_BUT_ABOUT and not (t.lower == "about" and i + 1 >= hi) \
            and not (cue.lemma.endswith(" for") and t.lower.rstrip("s") in _PERIODS):  # "pushed for months"
        return i + (t.lower == "about")
    if cue.takes_object and cue.lemma == "be adamant" and t.lower == "about":
        return i + 1
    if _looks_like_clause(toks, i, hi):
        return i
    if AUXILIARY_VERB.match(t.lower) and i + 1 < hi and toks[i + 1].text[0].isalnum() and _lifted(toks, ci):
        # "which it said had killed", "a tactic Democrats hope will dampen": the content's subject was
        # lifted out ("what she said were punitive policies"); but in "What Trump said was false" the
        # verb is the sentence's
        return None if toks[0].lower in _FREE_RELATIVES and ci <= 4 else i
    if cue.lemma in CLAUSE_VERBS and _opens_content(toks, i, hi):
        return i  # "said each year of education yields …": "say" reports a clause
    if cue.lemma in TELL and t.lower in _OBJECT_PRONOUNS and _opens_content(toks, i + 1, hi):
        return i + 1  # "Mr. Hannity told me his support … makes him"
    # "joked, again using a Southern accent, “Amen”", "tweeted last January, “In breaking news”"
    quote = _quote_after_comma(toks, i, hi)
    if quote is not None and not _clause_before(toks, i, quote) and not _cue_between(toks, i, quote) \
            and not (t.text == "," and _is_cue_participle(toks[i + 1])):  # "said, adding, “…”": the adding's
        return quote
    return None


def _lifted(toks: list[Token], ci: int) -> bool:
    """Whether a relative word before the cue at ``toks[ci]`` lifted the subject out of its content
    ("which it said had killed", "what she said were", "a referendum he said had given", "a move Republicans
    warned would backfire": a subject right after a noun opens a relative clause with no relative word)."""
    if any(t.lower in _LIFTING for t in toks[max(0, ci - 5):ci]):
        return True
    if ci > 0 and toks[ci - 1].lower in PRONOUNS:
        subject = (ci - 1, ci - 1)
    elif toks[ci].lower.endswith("ed") or toks[ci].lower in IRREGULAR_PAST or toks[ci].lower in {"said", "says"}:
        # a verb, not a noun: "China's Central Asian plans did not"
        subject = _np_before(toks, ci - 1)
    else:
        return False
    return subject is not None and subject[0] > 0 and toks[subject[0] - 1].text.isalpha() \
        and toks[subject[0] - 1].text.islower() and toks[subject[0] - 1].lower not in FUNCTION_WORDS


def _apposition_opens(toks: list[Token], ci: int, strong: bool) -> bool:
    """Whether the sentence opens with the subject of the cue at ``toks[ci]`` and an apposition
    ("His foreign minister, Péter Szijjártó, echoed those comments"): no content stands before it."""
    subject = _subject_before(toks, ci, 0, strong)
    return subject is not None and subject[0] == 0 and any(t.text == "," for t in toks[:subject[1]])


def _names_a_listener(toks: list[Token], that: int) -> bool:
    """Whether the word before "that" (or before a dash) can close a listener of a verb that needs
    no "to" ("promised voters that", "repeating his claim that"); in "said the plan that Biden
    proposed would fail" "that" opens a relative clause inside the content."""
    w = toks[that - 2 if toks[that - 1].text in _DASHES else that - 1].lower
    return w in LISTENERS or w in utterance_nouns() or w in nominal_cues()


def _is_cue_participle(t: Token) -> bool:
    """"adding", "citing": a reporting verb's participle, which carries its own content."""
    return t.lower.endswith("ing") and t.lower in _cue_words()


def _opens_content(toks: list[Token], i: int, hi: int) -> bool:
    """Whether ``toks[i:hi]`` can be a clause of its own: a few words, not opening with a
    preposition, "to", a time word or punctuation ("said Tuesday", "said in a statement"), unless
    the preposition opens a quantity ("said about half of ...")."""
    if hi - i < MIN_CONTENT_WORDS:
        return False
    t = toks[i]
    if t.lower in APPROXIMATORS and _is_number(toks[i + 1]):
        return True
    return _opens_noun_phrase(toks, i, hi) or (
        t.text[0].isalnum() and t.lower not in _NOT_CLAUSE_OPENERS
        and t.lower not in TIME_WORDS and t.lower not in AUXILIARIES and not t.lower.endswith("ly"))


_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def _quote_after_comma(toks: list[Token], i: int, hi: int, within: int = MAX_SPEAKER_WORDS // 2) -> int | None:
    """Index of a quotation opening after a comma or colon within a few words of ``toks[i]``, or
    further on if it goes on in lower case (“…,” Thiel wrote in a statement …, “but most …”)."""
    for j in range(i, min(hi - 1, i + MAX_SPEAKER_WORDS)):
        if toks[j].quoted:
            return None
        if toks[j].text in {",", ":"} and toks[j + 1].quoted:
            return j + 1 if j < i + within or (j + 2 < hi and toks[j + 2].text.islower()) else None
    return None


def _cue_between(toks: list[Token], i: int, j: int, outside_relatives: bool = False) -> bool:
    """Whether a reporting verb in the past, or a participle after a comma, stands in ``toks[i:j]``: "In a
    series of Twitter posts Sunday, Mr. Frum wrote: “…”", "…, the governor said on Telegram, adding that …":
    what follows is its, not the first cue's; with ``outside_relatives``, not one in a relative clause ("told
    lawmakers in Washington, where he asked for aid, that …")."""
    starts = _cue_starts()
    relative = False
    for k in range(i, j):
        t = toks[k]
        if t.text == ",":
            relative = outside_relatives and k + 1 < j and toks[k + 1].lower in _RELATIVE_OPENERS
        elif not relative and t.text in starts and (
                # not "a statement posted", "an emailed statement"
                (t.lower.endswith("ed") and toks[k - 1].lower not in utterance_nouns()
                 and toks[k - 1].lower not in _PLAIN_DETERMINERS)
                or t.lower in IRREGULAR_PAST or t.lower == "said"
                or (t.lower.endswith("ing") and toks[k - 1].text == ",")):
            return True
    return False


def _frames_in_sentence(toks: list[Token], words: list[str]) -> list[Frame]:
    """The reporting frames of one sentence, whose tokens are ``toks`` and lower-case words ``words``."""
    frames: list[Frame] = []
    n = len(toks)
    starts = _cue_starts()
    cue_words = _cue_words()
    nouns, noun_objects = nominal_cues(), nominal_objects()
    title_case = None  # decided on the first capitalised candidate: most sentences have none
    i = 0  # the first token not yet read as part of a frame
    # Most words can start no frame: the candidates are picked out without a Python loop.
    for k in compress(range(n), map(cue_words.__contains__, words)):
        if k < i or toks[k].quoted:
            continue
        i, t = k, toks[k]
        frame = None
        if t.lower == "according" and i + 1 < n and toks[i + 1].lower == "to":
            frame = _according_to(toks, i, i + 1, frames)
            i += 2
            if frame is not None:  # "according to a Watchdog report released …": the source holds no cue
                i = next((k for k in range(i, n) if toks[k].start >= frame.mention[1]), n)
        elif t.lower == "per" and _per_source(toks, i):
            frame = _according_to(toks, i, i, frames)  # "…, per the Post.", "Per Axios, …"
            i += 1
            if frame is not None:
                i = next((k for k in range(i, n) if toks[k].start >= frame.mention[1]), n)
        elif i + 1 < n and toks[i + 1].lower == "by" and (as_at := _as_reported(toks, i)) is not None:
            frame = _according_to(toks, as_at, i + 1, frames)  # "As reported by Western Journalism, …"
            i += 2
            if frame is not None:
                i = next((k for k in range(i, n) if toks[k].start >= frame.mention[1]), n)
        elif t.lower in {"words", "view"}:
            frame = _in_words(toks, i)  # "in Forbes’ words, …", "in the words of …", "…, in Bolton’s view."
            i += 1
        elif t.lower in _QUOTING or (t.lower in _CITING and _as_saying(toks, i) is not None):
            frame = _quoted_as_saying(toks, i)  # "Price quoted Blinken as saying", "was quoted as saying"
            i = next((k + 1 for k in range(i, n) if frame and toks[k].end == frame.cue_end), i + 1)
        elif ((t.lower in nouns or t.lower in noun_objects) and i + 2 < n
              and _nominal_content(toks, i) is not None
              and (frame := _nominal_frame(toks, i)) is not None):
            i += 2
        else:
            match = None
            if t.text in starts:
                match = _match_cue(toks, i)
            elif t.lower in starts and i == 0 and n > 2 and (
                    t.lower.endswith("ing") or (t.lower == "asked" and toks[1].lower == "by")):
                match = _match_cue(toks, i, True)  # "Adding, “…”", "Noting that …, Tester added", "Asked by …"
            elif t.lower in starts and t.text[0].isupper():
                if title_case is None:
                    title_case = _is_title_case(toks)
                match = _match_cue(toks, i, title_case) if title_case else None
            if match is not None:
                cj, cue = match
                if i == 0 and t.lower.endswith("ing") and not (cj + 1 < n and toks[cj + 1].text == ","):
                    # "Noting that …, Schlafly put …": hers; not "Pointing to a chart, …" or "Reporting from …"
                    frame = _opening_gerund(toks, 0, cj, cue) if cj == 0 and t.lower != "reporting" else None
                else:
                    frame = _verb_frame(toks, i, cj, cue, frames)
                i = cj + 1
            else:
                i += 1
        if frame is not None:
            frames.append(frame)
    if any(map(_QUOTED, toks)):  # only a quotation can have its speaker after it
        frames += _quote_then_speaker(toks, frames)
    return frames + _said_first(toks, frames) + _in_poll(toks, frames)


def _caused_speaker(toks: list[Token], to: int) -> tuple[int, int] | None:
    """The noun phrase between a causative verb and the "to" at ``toks[to]`` ("led some allies to
    worry", "prompted Anderson Cooper to accuse"), if a causative comes within a few words."""
    for k in range(to - 1, max(-1, to - MAX_SPEAKER_WORDS - 1), -1):
        if toks[k].quoted or toks[k].text in CLAUSE_BREAKS or toks[k].lower == "to":
            return None  # not "causing that race to be too close to call"
        if toks[k].lower in CAUSATIVES:
            return (k + 1, to - 1) if k + 1 < to else None
    return None


def _opening_gerund(toks: list[Token], ci: int, cj: int, cue: Cue) -> Frame | None:
    """"After suggesting that he regretted the insults, Mr. Rubio …": a gerund at ``toks[ci]``
    opening the sentence, or the clause after a colon, reports for the subject after its comma."""
    n = len(toks)
    comma = next((m for m in range(cj + 1, n - 1) if toks[m].text == "," and not toks[m].quoted), None)
    if comma is None:
        return None
    subject = _sentence_subject(toks[comma + 1:], toks[-1].end)
    after = _content_after(toks, ci, cj, cue, comma)
    if subject is None or subject[0] != toks[comma + 1].start or after is None:
        return None
    return Frame(toks[ci].start, toks[cj].end, _text_of(toks, ci, cj), subject,
                 [(toks[after].start, toks[comma - 1].end)])


def _in_poll(toks: list[Token], frames: list[Frame]) -> list[Frame]:
    """"In the new Post-ABC poll, Trump wins about 1 in 3 GOP voters": a sentence opening with a poll
    reports its finding."""
    n = len(toks)
    if frames or n < 6 or toks[0].lower != "in" or toks[1].lower not in DETERMINERS and not _is_name(toks[1]):
        return []
    comma = next((k for k in range(2, min(n, 16)) if toks[k].text in CLAUSE_BREAKS), None)
    if comma is None or toks[comma].text != "," or not any(t.lower in POLL_NOUNS for t in toks[2:comma]) \
            or any(t.quoted or FINITE.match(t.lower) or t.lower in {"that", "which", "who"} for t in toks[1:comma]):
        return []  # "In the polls that showed …": a clause of the reporter's
    start = comma + 1
    if start < n and toks[start].text.islower() and toks[start].lower.endswith("ed"):
        # "In the latest poll, conducted in May, Clinton led …": past the participle's phrase
        start = next((k + 1 for k in range(start + 1, min(n, start + 10)) if toks[k].text == ","), n)
    while start + 1 < n and toks[start].lower in SENTENCE_ADVERBS and toks[start + 1].text == ",":
        start += 2  # "In a CNN poll, however, 73 percent …"
    if sum(t.text[0].isalnum() for t in toks[start:]) < MIN_FINDING_WORDS:
        return []  # "In the polls, anyway."
    return [Frame(toks[0].start, toks[0].end, toks[0].text, (toks[1].start, toks[comma - 1].end),
                  [(toks[start].start, toks[-1].end)])]


def _said_first(toks: list[Token], frames: list[Frame]) -> list[Frame]:
    """"Said Comey, “…”": the verb opens the sentence."""
    if frames or len(toks) < 4 or toks[0].text not in {"Said", "Says", "Added", "Asked", "Wrote"} \
            or toks[1].lower in QUESTION_WORDS or toks[1].lower == "about":
        return []  # "Asked which county was his favorite, he …": the question, not the speaker
    np_ = _np_after(toks, 1, len(toks))
    # "Said Ann Poynter, who grew up with Ali, “…”"
    quote = _quote_after_comma(toks, 1, len(toks), MAX_SPEAKER_WORDS)
    if np_ is None or np_[1] - np_[0] > 10 or quote is None:
        return []
    return [Frame(toks[0].start, toks[0].end, toks[0].text, (toks[np_[0]].start, toks[np_[1]].end),
                  [(toks[quote].start, toks[-1].end)])]


def _nominal_content(toks: list[Token], i: int) -> int | None:
    """Index of the first word of what the noun at ``toks[i]`` reports: after "that" ("her remark
    that", "his claim is that", "his statement on Wednesday that"), or from the "to" of a pledge
    ("his promise to be “neutral”"), or from the object of its preposition ("his attacks on the judge")."""
    n = len(toks)
    j = i + 1
    if toks[i].lower not in nominal_cues():
        return j + 1 if nominal_objects().get(toks[i].lower) == toks[j].lower and j + 1 < n else None
    if (by := _agent_after(toks, i)) is not None:
        j = by[1] + 1  # "claims by Kyiv that"
    elif j + 1 < n and toks[j].lower in {"is", "was"}:
        j += 1  # "his most explosive claim is that"
    elif j + 1 < n and toks[j].lower in {"on", "last", "this"} and toks[j + 1].lower in _PERIODS:
        j += 2  # "his statement on Wednesday that", "his remark last week that"
    if j + 1 < n and toks[j].lower == "that" and not toks[j].quoted:
        return j + 1
    if j == i + 1 and j + 1 < n and toks[j].lower == "to" and toks[i].lower in _PLEDGES:
        return j
    return None


# verbs whose object is always the listener, never a speaker put after the verb
_LISTENER_FIRST = frozenset({"tell", "brief", "inform", "assure", "remind", "advise"})
# before the noun phrase a participle follows, they make it a place, not the participle's subject
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "through", "across", "near", "around", "at", "in", "into",
                                 "along", "past", "toward", "towards", "before", "behind"})
_PLEDGES = frozenset({"promise", "pledge", "demand"})  # "his pledge to be “neutral”"


def _agent_after(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The name after a report noun and "by", before its "that" ("accusations by Kyiv that", "the claim
    by the Hamas-run health ministry that"): who made the claim."""
    if i + 3 >= len(toks) or toks[i + 1].lower != "by":
        return None
    that = next((m for m in range(i + 3, min(len(toks) - 1, i + 9)) if toks[m].lower == "that"), None)
    if that is None or not any(_is_name(t) for t in toks[i + 2:that]) \
            or any(t.quoted or t.text in CLAUSE_BREAKS or _may_be_verb(t) for t in toks[i + 2:that]):
        return None
    return i + 2, that - 1


def _before_outer_verb(toks: list[Token], first: int, last: int) -> int:
    """The end of a clause that opens at ``toks[first]`` inside a subject: the token before a
    finite verb that follows the clause's own verb group with nothing joining them ("that the US
    is lying | was rejected", "to cut taxes | was popular", "that taxes must rise | won support")."""
    m = first + 1
    if toks[first].lower != "to":  # an infinitive has no finite verb of its own
        while m <= last and not ((FINITE.match(toks[m].lower) or toks[m].lower in IRREGULAR_PAST)
                                 and not toks[m].quoted):
            if toks[m].text in CLAUSE_BREAKS:
                return last
            m += 1
        m += 1
        while m <= last and (toks[m].lower in _VERB_GROUP or toks[m].lower.endswith(("ing", "ed"))):
            m += 1  # the rest of the clause's verb group: "is lying", "has been proved"
    while m <= last and toks[m].text[0].isalnum() and toks[m].lower not in _CLAUSE_JOINERS:
        if FINITE.match(toks[m].lower) or toks[m].lower in IRREGULAR_PAST:
            return m - 1
        m += 1
    return last


_VERB_GROUP = frozenset({"be", "been", "being", "not", "never"})
_CLAUSE_JOINERS = frozenset({"and", "but", "or", "that", "which", "who", "because", "if", "when", "while"})


def _nominal_frame(toks: list[Token], i: int) -> Frame | None:
    """"her remark that ...", "Russia's claim that ...", "Podliska's most explosive claim is that
    ...": the possessor speaks."""
    if (by := _agent_after(toks, i)) is not None:  # "accusations by Kyiv that …": the one "by" names
        start = i - 1 if i > 0 and toks[i - 1].lower in _PLAIN_DETERMINERS else i
        mention = (toks[by[0]].start, toks[by[1]].end)
    else:
        o = i - 1  # the possessor, before any adjectives ("most explosive")
        while o > 0 and i - o <= 3 and (_is_date_word(toks[o]) or (  # "her March comment that"
                toks[o].text.islower() and toks[o].lower not in POSSESSIVES
                and toks[o].text.replace("-", "").isalpha()
                and (toks[o].lower not in FUNCTION_WORDS or toks[o].lower in {"most", "more"}))):
            o -= 1
        if o < 0:
            return None
        owner = toks[o]
        if not (owner.lower in POSSESSIVES or owner.text.endswith(("\u2019s", "'s"))):
            return None
        start = o
        while start > 0 and _is_name(toks[start - 1]) and owner.text[0].isupper():
            start -= 1
        if start > 0 and (toks[start - 1].lower in _PLAIN_DETERMINERS or toks[start - 1].lower in POSSESSIVES):
            start -= 1  # "The senator's defense of the program", "his campaign's suggestion that"
        while start < o and toks[start].lower in SENTENCE_ADVERBS:
            start += 1  # "But Podliska’s claim"
        mention = (toks[start].start, owner.end - (2 if owner.text.endswith(("\u2019s", "'s")) else 0))
    n = len(toks)
    first = _nominal_content(toks, i)
    if first is None:
        return None
    last = n - 1
    if by is None and first == i + 2 and toks[i].lower in nominal_objects():
        # "The GOP leaders have signaled their support for …": the subject the pronoun stands for
        subject = _sentence_subject(toks, owner.start) if owner.lower in POSSESSIVES else None
        if subject is not None and _may_own(owner.lower, [t for t in toks if subject[0] <= t.start < subject[1]]):
            mention = subject
        last = _object_end(toks, first)
        if start == 0 or toks[start - 1].lower in SENTENCE_ADVERBS:  # "Trump's attacks on the judge drew …"
            last = next((m - 1 for m in range(first + 1, last + 1) if _may_be_verb(toks[m])), last)
    if start > 0 and (toks[start - 1].lower in PREPOSITIONS or toks[start - 1].lower in SCENE_OPENERS):
        # "Despite his claim that he was a journalist, a judge kept him …": the main clause is not his
        last = next((m - 1 for m in range(first + 1, n - 1)
                     if toks[m].text == "," and _opens_main_clause(toks, m + 1, n)), last)
    elif start == 0 or toks[start - 1].lower in SENTENCE_ADVERBS:
        last = _before_outer_verb(toks, first, last)  # "Russia's claim that the US is lying was rejected"
    # "his statement that ''Islam hates us,'' but he kept his temper": the reporter's clause resumes
    last = next((m - 1 - (toks[m - 1].text == ",") for m in range(first + 2, last)
                 if toks[m].lower in {"but", "and"} and not toks[m].quoted
                 and (toks[m - 1].text == "," or _is_quote_mark(toks[m - 1])) and _opens_main_clause(toks, m + 1, n)),
                last)
    return Frame(toks[i].start, toks[i].end, toks[i].text, mention, [(toks[first].start, toks[last].end)])


def _may_own(possessive: str, subject: list[Token]) -> bool:
    """Whether a possessive pronoun agrees with a subject: "his" or "her" a person ("he", a name),
    "their" a plural ("they", "leaders"), "its" a group ("the campaign")."""
    head = subject[-1]
    plural = head.lower == "they" or any(t.text.islower() and t.lower.endswith("s") and not t.lower.endswith("ss")
                                          for t in subject)
    if possessive in {"his", "her"}:  # a name, but not a capitalised plural opening the sentence ("Critics")
        return head.lower == {"his": "he", "her": "she"}[possessive] or (
            _is_name(head) and not (len(subject) == 1 and head.lower.endswith("s")))
    if possessive == "their":
        return plural
    return possessive == "its" and not plural and head.lower not in PRONOUNS


def _quote_then_speaker(toks: list[Token], frames: list[Frame]) -> list[Frame]:
    """"“Over my dead body,” Palin posted.": a quotation closed by a comma, question or
    exclamation mark and followed by a name and a past-tense verb is attributed even when the
    verb is not a reporting verb."""
    found = []
    taken = [span for f in frames for span in f.content]
    cues = {f.cue_start for f in frames}  # a verb that reports a content of its own already
    marks = compress(range(len(toks) - 2), map(_QUOTE_MARKS.__contains__, map(_TEXT, toks)))
    for k in marks:
        close = toks[k]
        p = k - 1 if toks[k - 1].text == "'" and close.text == "'" else k  # '' closes too
        if not (close.quoted and p > 0 and toks[p - 1].text in {",", "?", "!"} and _is_quote_mark(close)):
            continue
        j = k + 1
        if toks[j].quoted:
            continue
        verb_first = j + 1 < len(toks) and toks[j].text.islower() and toks[j].lower.endswith("ed") \
            and _is_name(toks[j + 1]) and toks[j].start not in cues  # "“This is fantastic!” beamed Donald Hartley"
        if verb_first:
            verb, j = toks[j], j + 1
            end = j
            while end + 1 < len(toks) and _is_name(toks[end + 1]):
                end += 1
        elif toks[j].lower in PRONOUNS:
            end = j
        elif _is_name(toks[j]):
            end = j
            while end + 1 < len(toks) and _is_name(toks[end + 1]):
                end += 1
        elif toks[j].lower in {"the", "a", "an"}:  # "the Republican nominee riffed"
            end = next((m - 1 for m in range(j + 2, min(len(toks), j + 8)) if toks[m].text.islower()
                        and (toks[m].lower.endswith("ed") or toks[m].lower in IRREGULAR_PAST)), None)
            if end is None or not all(t.text[0].isalnum() for t in toks[j:end + 1]):
                continue
        else:
            continue
        if not verb_first:
            verb = toks[end + 1] if end + 1 < len(toks) else None
            if verb is None or not _may_be_past_verb(verb) or verb.start in cues:
                continue
        opening = k - 1
        while opening > 0 and toks[opening - 1].quoted:
            opening -= 1
        span = (toks[opening].start, close.end)
        if any(s < span[1] and span[0] < e for s, e in taken) or _quote_reports_no_one(toks, k, frames):
            continue  # "In “Hail, Caesar!,” Mr. Brolin gets …": a title
        found.append(Frame(verb.start, verb.end, verb.text, (toks[j].start, toks[end].end), [span]))
    return found


def _opens_main_clause(toks: list[Token], i: int, n: int) -> bool:
    """Whether a clause with a subject of its own starts at ``toks[i]`` ("…, a trio of PACs have …")."""
    t = toks[i]
    if t.lower in DETERMINERS and i + 1 < n and toks[i + 1].lower.endswith("ly"):
        return False  # "…, and most recently defended …": an adverb, not a subject
    return (t.lower in PRONOUNS or t.lower in DETERMINERS or _is_name(t)) and _looks_like_clause(toks, i, n)


def _heads_a_speaker(toks: list[Token], np_: tuple[int, int], possessive: bool = False) -> bool:
    """Whether a noun phrase after an inverted verb names a speaker when no quotation comes before:
    a determiner's noun (or, if ``possessive``, a possessive's) before any preposition or relative
    pronoun must be a speaker noun or a name ("…, said a spokeswoman for the campaign", not "…,
    explained the reason for his support")."""
    a, b = np_
    if toks[a].lower not in _PLAIN_DETERMINERS and not (possessive and toks[a].lower in POSSESSIVES):
        return True
    m = _head_end(toks, a + 1, b)
    if m - 1 > a and toks[m - 1].lower in _GROUPS and m < b and toks[m].lower == "of":
        a, m = m, _head_end(toks, m + 1, b)  # "a handful of Democrats": the Democrats speak
    head = toks[m - 1]
    return m - 1 > a and (head.lower in _subject_nouns() or _is_name(head))


def _head_end(toks: list[Token], first: int, last: int) -> int:
    """Index of the first preposition or relative pronoun in ``toks[first:last + 1]`` (else ``last + 1``):
    the head of a noun phrase comes just before it."""
    return next((m for m in range(first, last + 1)
                 if toks[m].lower in PREPOSITIONS or toks[m].lower in _RELATIVE_OPENERS), last + 1)


# A noun counting the speakers named after its "of" ("a handful of Democrats", "a group of the donors").
# nouns of a group whose members speak ("a handful of Democrats"), which after "a" take a plural verb ("a majority say")
_GROUPS = frozenset({"handful", "number", "group", "majority", "minority", "couple", "dozen", "host", "lot", "few",
                     "series", "slew", "third", "quarter", "half", "team", "panel"})


def _may_be_past_verb(tok: Token) -> bool:
    """A lower-case word that is no function word: after "“…,” Trump" it is his verb ("shot back")."""
    return tok.text.islower() and tok.text.isalpha() and (tok.lower.endswith("ed") or (
        tok.lower not in FUNCTION_WORDS and tok.lower not in AUXILIARIES and tok.lower not in PASSIVE
        and tok.lower not in _CONJUNCTIONS and not tok.lower.endswith(("ing", "ly"))))


# After "according to Y," these open a description of Y rather than the rest of the clause.
_DESCRIPTION_OPENERS = DETERMINERS | {"who", "which", "whose", "where", "when", "but", "and", "or", "while", "as",
                                      "even", "though", "although", "including"}


# Words that end the source after "according to" and open a clause about it.
_SOURCE_ENDS = frozenset({"that", "which", "who", "whose"})
_SOURCE_DESCRIBED = _SOURCE_ENDS - {"that"}  # after a comma, "that" opens the report's content instead


def _according_to(toks: list[Token], i: int, j: int, frames: list[Frame]) -> Frame | None:
    """"according to Y" or "as reported by Y" in ``toks[i:j + 1]``: what precedes or follows is Y's."""
    n = len(toks)
    np_ = _np_after(toks, j + 1, n, _SOURCE_ENDS)  # "according to a new poll that shows …": the poll
    if np_ is None and j + 2 < n and toks[j + 1].quoted and _is_quote_mark(toks[j + 1]):
        np_ = (j + 1, j)  # "according to “Perfect Enough” by George Anders": a title opens the source
    if np_ is None:
        return None
    a, b = np_
    if (toks[b].lower in DETERMINERS or b < a) and b + 1 < n and toks[b + 1].quoted:
        m = b + 1  # "according to the “Medicare for all” document he released": a title inside the source
        while m < n and toks[m].quoted:
            m += 1
        rest = _np_after(toks, m, n) if m < n and toks[m].text.islower() else None
        b = rest[1] if rest is not None else m - 1
    frame = Frame(toks[i].start, toks[j].end, _text_of(toks, i, j), (toks[a].start, toks[b].end))
    # An earlier frame of the sentence owns what precedes ("X was adamant about “…,” according to
    # Y"), unless it says next to nothing ("He … said little, according to an attendee") or is a
    # relative clause inside it ("Clinton did well among voters who believe that …, according to
    # exit polls").
    # A verb that need not report ("Orlen has expressed interest in the assets, according to two people …") is
    # part of the source's report too.
    unquoted = not any(map(_QUOTED, toks[:i]))
    owned = any(_words_in(toks, s, min(e, toks[i].start)) >= MIN_CONTENT_WORDS
                or any(t.quoted and s <= t.start < min(e, toks[i].start) for t in toks)  # "“We will win,” Trump said"
                for f in frames if not _relative_mention(f, toks) and not _object_relative(f, toks, frames)
                and not (unquoted and not _says(f) and f.mention and f.mention[0] == toks[0].start)
                for s, e in f.content)
    if frames and not owned:
        frames.clear()  # the sentence's earlier frames are nested in this one and give way to it
    # "And it hasn't gone unnoticed: According to recent polls, …": a colon ends the reporter's clause
    before = [] if owned or toks[i - 1].text == ":" else \
        [t for t in toks[_dateline_end(toks):i] if t.text not in CLAUSE_BREAKS]
    if owned:  # "…, as the Times reported, and he will be part of it, according to three people": the last clause
        before = _clause_after_frames(toks, frames, i)
    if all(t.lower in SENTENCE_ADVERBS for t in before) or (
            len(before) == 2 and before[0].lower in PREPOSITIONS and before[1].text.islower()):
        before = []  # "But according to reports, he …", "In addition, according to …": the clause comes after
    after_start = b + 1
    if after_start < n and toks[after_start].text == "(":  # "according to the UN office (OCHA), only 86 trucks …"
        after_start = next((k + 1 for k in range(after_start, min(n, after_start + 8)) if toks[k].text == ")"),
                           after_start)
    while after_start < n and toks[after_start].text in CLAUSE_BREAKS:
        after_start += 1
    last_word = next((k for k in range(n - 1, after_start - 1, -1) if toks[k].text[0].isalnum()), None)
    if before and after_start > b + 1 and last_word is not None and last_word - after_start < MAX_NAME_WORDS \
            and all(_is_name(t) and not t.quoted for t in toks[after_start:last_word + 1]):
        # "…, according to a spokeswoman, Anna-Kaisa Itkonen.": her name ends the sentence
        frame.mention = (frame.mention[0], toks[last_word].end)
        after_start = n
    if after_start < n and (toks[after_start].lower in _SOURCE_ENDS if after_start == b + 1 else
                            toks[after_start].lower in _SOURCE_DESCRIBED):
        # the clause describes the source: "according to a poll that shows …, Clinton", "According to the
        # brigade's count, which could not be verified, its operators …"
        after_start = next((k + 1 for k in range(after_start, n) if toks[k].text == "," and not toks[k].quoted), n)
        while after_start < n and toks[after_start].text in CLAUSE_BREAKS:
            after_start += 1
    participle = after_start < n and toks[after_start].text.islower() and toks[after_start].lower.endswith("ing")
    if after_start < n and ((before and toks[after_start].lower in DETERMINERS) or participle):
        # "…, according to Dennis Ross, another former envoy, was a decision …": past a description
        # ("According to Jack Kelly, writing for RealClearPolitics, the foundation …")
        comma = next((k for k in range(after_start, min(n, after_start + 12)) if toks[k].text == ","), None)
        if comma is not None and comma + 1 < n and (toks[comma + 1].text.islower() or participle):
            after_start = comma + 1  # "According to Ukrainska Pravda, citing sources …, Andriy Yermak will …"
        elif comma is None and participle and not any(FINITE.match(t.lower) for t in toks[after_start:]):
            after_start = n  # "According to Jack Kelly, writing for RealClearPolitics:" describes him to the end
    elif after_start < n and not before and toks[after_start].lower in {"a", "an", "another", "the"}:
        # "According to ISW, a Washington-based think tank, Russian forces …", "According to Elering, the Estonian
        # grid operator, repairs …": the source's description
        comma = next((k for k in range(after_start, min(n, after_start + MAX_SPEAKER_WORDS))
                      if toks[k].text in CLAUSE_BREAKS), None)
        if comma is not None and toks[comma].text == "," and not any(
                FINITE.match(t.lower) or t.quoted for t in toks[after_start:comma]) \
                and _looks_like_clause(toks, comma + 1, n):
            frame.mention = (frame.mention[0], toks[comma - 1].end)
            after_start = comma + 1
    elif not before and toks[b].lower in speaker_nouns() and after_start < n and _is_name(toks[after_start]) \
            and (comma := next((k for k in range(after_start, min(n, after_start + MAX_NAME_WORDS + 1))
                                if not _is_name(toks[k])), n)) + 1 < n \
            and toks[comma].text == "," and toks[comma + 1].lower not in _RELATIVE_WORDS \
            and _looks_like_clause(toks, comma + 1, n):
        # "According to the U.N. humanitarian office, OCHA, …", "According to a neighbor, Tasha Greene, officers …":
        # its name is no content, and a person's names the source
        if not toks[after_start].text.isupper():
            frame.mention = (frame.mention[0], toks[comma - 1].end)
        after_start = comma + 1
    after = toks[after_start:]
    # "…, because, according to Trump, the media would …": the reporter's clause ends before it
    # and the source's begins after it, as after a short report of its own ("Politico reported,
    # according to sources, Clinton …"); "While most …, according to an official, two were …":
    # the main clause comes after the subordinate one
    opens_clause = bool(before) and (before[-1].lower in SUBORDINATORS or before[-1].lower in {"because", "that"}
                                     or (len(before) <= 3 and (before[-1].lower,) in cue_lexicon()
                                         and not any(map(_QUOTED, before))))
    subordinate_first = bool(before) and before[0].lower in SUBORDINATORS \
        and sum(t.text == "," for t in toks[:i]) <= 1  # the subordinate clause alone
    if opens_clause:
        before = []
    if before:
        frame.content.append((before[0].start, before[-1].end))
    # After "X, according to Y," the clause goes on ("..., has a package ready", "…, $234
    # million"); after a final "according to Y" only a description of Y can follow (", a
    # former prosecutor").
    # A short phrase without a verb before it ("For Trump, according to Y, Monday's speech …")
    # cannot be the whole content either.
    fragment = 0 < len(before) <= 6 and not any(FINITE.match(t.lower) for t in before) and j + 1 < n \
        and toks[i - 1].text == ","
    # ("…, according to Andy Smith, director of the survey center, which …": a description too)
    goes_on = (not before and not owned) or subordinate_first or (after and (fragment or not after[0].text[0].isupper())
                                                  and (fragment or (after[0].lower not in _DESCRIPTION_OPENERS
                                                                    and after[0].lower not in speaker_nouns())))
    if after and goes_on and any(t.text[0].isalnum() for t in after):  # not "(according to Nielsen.)"
        frame.content.append((after[0].start, toks[-1].end))
    return frame if frame.content else None


def _reports_carried(toks: list[Token], frames: list[Frame], first: int, last: int, evidence: bool) -> list[Frame]:
    """The earlier reports of the sentence whose contents run into an attribution to a news outlet or a court's
    document at ``toks[first:last + 1]`` ("…, TASS reported", "…, state media said", "Schmidt told investigators
    …, the complaint says") or to a poll's ``evidence`` ("…, the survey found"): it carries them."""
    if not any(t.text in _news_outlets() or t.lower in OUTLET_NOUNS or t.lower == "media" or t.lower in _DOCUMENTS
               or (evidence and t.lower in POLL_NOUNS) for t in toks[first:last + 1]):
        return []
    at = toks[first].start
    return [f for f in frames if f.mention and f.content and f.content[0][0] < at <= f.content[-1][1]]


_DOCUMENTS = frozenset({"complaint", "indictment", "affidavit", "filing", "lawsuit"})


def _participle_phrase(words: list[Token]) -> bool:
    """Whether ``words`` are a participle's phrase with no verb of their own ("Weighing in on the discussion,
    Huckabee agreed"): the speaker's circumstance, not a content."""
    return bool(words) and words[0].text[:1].isupper() and words[0].lower.endswith("ing") and not words[0].quoted \
        and not any(FINITE.match(t.lower) or t.lower in IRREGULAR_PAST for t in words[1:])


def _clause_after_frames(toks: list[Token], frames: list[Frame], i: int) -> list[Token]:
    """The words of a clause that ", and" or ", but" opens after the earlier frames of a sentence and before
    ``toks[i]``, if it has a verb: what an "according to" there reports."""
    end = max(max([f.cue_end] + [e for _, e in f.content]) for f in frames)
    conjunction = next((m for m in range(1, i - 1) if toks[m].start >= end and toks[m - 1].text == ","
                        and toks[m].lower in {"and", "but"} and not toks[m].quoted), None)
    if conjunction is None or not _looks_like_clause(toks, conjunction + 1, i):
        return []
    return [t for t in toks[conjunction + 1:i] if t.text not in CLAUSE_BREAKS]


def _per_source(toks: list[Token], i: int) -> bool:
    """Whether "per" at ``toks[i]`` names a source ("…, per the Post.", "Per Axios, …"): it opens the
    sentence or follows a comma, and a name follows it (not "$5 per person", "per the terms")."""
    k = i + 1 + (i + 2 < len(toks) and toks[i + 1].lower == "the")
    return (i == 0 or toks[i - 1].text == ",") and k < len(toks) and _is_name(toks[k])


def _as_reported(toks: list[Token], i: int) -> int | None:
    """Index of the "as" opening "as reported by" or "as first reported by" at ``toks[i]``, if it
    opens the sentence or follows a comma (not "a dual mission as declared by Erdogan")."""
    k = i - 1
    if k >= 0 and toks[k].lower in {"first", "previously", "originally", "earlier"}:
        k -= 1
    opens = k == 0 or (k > 0 and toks[k - 1].text == ",")
    return k if opens and toks[k].lower == "as" and toks[i].lower == "reported" else None


def _words_in(toks: list[Token], start: int, end: int) -> int:
    """How many words of ``toks`` lie within ``[start, end)``."""
    return sum(1 for t in toks if start <= t.start and t.end <= end and t.text[0].isalnum())


def _in_words(toks: list[Token], i: int) -> Frame | None:
    """"in Forbes’ words, “…”", "in his words, …", "in the words of Ned Price, …", "in his view,
    …": what follows the comma is the named speaker's; closing a sentence ("…, in Bolton’s view."),
    what precedes it."""
    n = len(toks)
    k = i - 1
    if k >= 1 and toks[k].text in {"\u2019", "'"} and toks[k - 1].text.endswith("s"):
        k -= 1  # "Forbes’" is two tokens
    if k >= 1 and toks[k - 1].lower == "in" and (toks[k].lower in POSSESSIVES or toks[k].text.endswith(("\u2019s", "'s"))
                                                 or k < i - 1):
        start, mention, comma = k - 1, (k, k), i + 1
    elif k >= 1 and toks[k - 1].lower == "in" and toks[k].lower == "the" and i + 2 < n and toks[i + 1].lower == "of" \
            and toks[i].lower == "words":
        np_ = _np_after(toks, i + 2, n)
        if np_ is None:
            return None
        start, mention, comma = k - 1, np_, np_[1] + 1
    else:
        return None
    if start > 0 and toks[start - 1].text not in {",", "(", "\u2014"} and toks[start - 1].lower not in {"and", "but"} \
            and not toks[start - 1].quoted:
        return None  # "Asked who leads the party in his view, he said …": a phrase inside a clause
    a, b = mention
    end = toks[b].end - (2 if toks[b].text.endswith(("\u2019s", "'s")) else 0)
    frame = Frame(toks[start].start, toks[i].end, _text_of(toks, start, i), (toks[a].start, end))
    if comma + 1 < n and toks[comma].text == ",":
        frame.content.append((toks[comma + 1].start, toks[-1].end))
    elif start > 1 and toks[start - 1].text == "," and all(t.text in ".!?" or t.quoted for t in toks[comma:]):
        frame.content.append((toks[0].start, toks[start - 2].end))  # "…, in Bolton’s view.", "…, in the words of X."
    elif start > 1 and toks[start - 1].quoted and _is_quote_mark(toks[start - 1]) and toks[start - 2].text == "," \
            and all(t.text in ".!?" for t in toks[comma:]):
        # "pledged to support Kyiv “for as long as it takes,” in the words of Joe Biden.": the quotation is theirs
        first = start - 1
        while first > 0 and toks[first - 1].quoted:
            first -= 1
        frame.content.append((toks[first].start, toks[start - 1].end))
    else:
        return None
    return frame


_CASUALTY_WORDS = frozenset({"killed", "dead", "missing", "injured", "wounded", "hurt", "detained", "arrested"})
_CITING = frozenset({"cited", "cites", "citing"})


def _hits_a_target(toks: list[Token], i: int) -> bool:
    """Whether the object from ``toks[i]`` is what a military attack hits, or weapons or the dead follow it:
    "attacked a commercial ship", "attacked Kyiv with drones", "attacked southern Israel on October 7, killing …"."""
    end = next((m for m in range(i, min(len(toks), i + 7)) if toks[m].quoted or not toks[m].text[0].isalnum()
                or toks[m].lower in PREPOSITIONS or toks[m].lower in _CONJUNCTIONS), min(len(toks), i + 7))
    weapons = end + 1 < len(toks) and toks[end].lower == "with" and toks[end + 1].lower in PHYSICAL_TARGETS
    region = i + 1 < len(toks) and toks[i].lower in _REGIONS and _is_name(toks[i + 1])
    killing = any(t.lower in _KILLING and toks[m - 1].text == "," for m, t in enumerate(toks[end:end + 8], end))
    return end > i and (any(t.lower in PHYSICAL_TARGETS for t in toks[i:end]) or weapons or region or killing)


_REGIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern"})
_KILLING = frozenset({"killing", "wounding", "injuring"})


def _one_party_on_another(toks: list[Token], subject: tuple[int, int], i: int) -> bool:
    """Whether the subject and the name that opens the object at ``toks[i]`` are both parties: "Russia
    attacked Ukraine", "Hamas attacked Israel" (but "Trump attacked China" names a person)."""
    name = []
    for t in toks[i:i + 4]:
        if not _is_name(t) or t.quoted:
            break
        name.append(t.text)
    actors = default_actors()
    return bool(name) and actors.names_a_party(_text_of(toks, *subject)) and actors.names_a_party(" ".join(name))


def _as_saying(toks: list[Token], i: int) -> int | None:
    """Index of the "as" of "as saying" (or "as telling", "as warning" …) within a few words after ``toks[i]``."""
    return next((j for j in range(i + 1, min(len(toks) - 2, i + 16))
                 if toks[j].lower == "as" and toks[j + 1].lower in _AS_SAYING), None)


# "quoted him as saying", "… as telling Trump that", "… as warning that": the participles of a quoted report
_AS_SAYING = frozenset({"saying", "telling", "warning", "adding", "stating", "claiming", "arguing", "insisting"})


def _quoted_as_saying(toks: list[Token], i: int) -> Frame | None:
    """"Price quoted Blinken as saying that …" is Blinken's; "The minister was quoted as saying …"
    is the subject's; "The agency cited sources as saying …" the sources'."""
    n, j = len(toks), _as_saying(toks, i)
    if j is None:
        return None
    passive = i > 0 and toks[i - 1].lower in PASSIVE
    if j == i + 1 or (passive and toks[i + 1].lower == "by"):
        # "was quoted as saying", "was quoted by RIA Novosti as saying": the subject's, not the agency's
        np_ = _subject_before(toks, i, 0, True) if passive else None
        first = i - 1
    else:
        np_, first = _np_after(toks, i + 1, j), i
        if np_ is not None and np_[1] + 2 < j - 1 and toks[np_[1] + 1].text == "," == toks[j - 1].text \
                and all(_is_name(t) for t in toks[np_[1] + 2:j - 1]):
            np_ = (np_[0], j - 2)  # "quoted the head of the judiciary, Gholamhossein Mohseni-Ejei, as saying"
    if np_ is None:
        return None
    cue = _text_of(toks, first, j + 1) if j == i + 1 else f"{_text_of(toks, first, i)} \u2026 as {toks[j + 1].lower}"
    frame = Frame(toks[first].start, toks[j + 1].end, cue, (toks[np_[0]].start, toks[np_[1]].end))
    start = j + 2
    if toks[j + 1].lower == "telling":  # "as telling Trump that …": past the one told
        start = next((m for m in range(start, min(n, start + 8)) if toks[m].lower == "that"), start)
        # "as telling Putin, as the two men parted at the door: “…”": the quotation after the colon
        start = next((m for m in range(start, n - 1) if toks[m].text == ":" and toks[m + 1].quoted), start)
    start += start + 1 < n and (toks[start].lower == "that" or toks[start].text in {",", ":"})
    if start < n and (toks[start].text[0].isalnum() or toks[start].quoted) and toks[start].lower != "by":
        frame.content.append((toks[start].start, toks[-1].end))  # "… as saying (that|,) …"
    else:
        # "“…,” Braynard is quoted as saying (by IRNA).", "“…,” TASS quoted Kartapolov as saying."
        before = np_[0] if j == i + 1 or passive else (_subject_before(toks, i, 0, True) or (i, i))[0]
        if before > 0 and toks[before - 1].quoted:
            opening = before - 1
            while opening > 0 and toks[opening - 1].quoted:
                opening -= 1
            frame.content.append((toks[opening].start, toks[before - 1].end))
    return frame if frame.content else None


_PRONOUNS_AND_DETERMINERS = PRONOUNS | DETERMINERS
# "is reported to have said": hearsay before a report, its subject the speaker
_HEARSAY = frozenset({"reported", "said", "believed", "thought", "understood", "known", "alleged", "rumored"})
# Before a participle, these leave its subject to the clause: "…, before adding", "by saying".
_GERUND_OPENERS = frozenset({"before", "after", "by", "while", "upon"})
# ... and these need no comma before them: "She followed that by saying"
_MANNER_OPENERS = frozenset({"by", "while", "upon"})
# A verb's base form follows these; a naming verb's base form after anything else is a noun ("the brand")
_BEFORE_A_BASE_VERB = MODALS | {"to", "not", "never", "do", "does", "did", "i", "we", "you", "they"}
# Before a participle, these are one verb with it: "keeps insisting", "began saying"
_ASPECTUAL = frozenset({"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing",
                        "began", "begin", "begins", "start", "started", "starts"})


# A cue just before one of these is a noun ("G-III reports show …").
_EVIDENCE_VERBS = frozenset({"show", "shows", "showed", "found", "suggest", "suggests", "indicate", "indicates"})
# An evidential verb before one of these reports nothing ("Obama found himself in …").
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
# Verbs aimed at someone: a name after them is their object, not an inverted speaker, unless a
# quotation comes just before ("“How big is it?” asked the boy").
_AIMED_STANCES = frozenset({"confrontational", "evaluative", "stance", "directive"})


def _verb_frame(toks: list[Token], ci: int, cj: int, cue: Cue, frames: list[Frame]) -> Frame | None:
    n = len(toks)
    # where a phrase stands between the verb and the "that" of its cue ("know from history that")
    phrase_before_that = ci + 1 if cj > ci + 1 and toks[cj].lower == "that" and toks[ci + 1].lower in PREPOSITIONS \
        else None
    if ci > 0 and toks[ci - 1].lower == "having" and not toks[ci - 1].quoted:
        ci -= 1  # "-- having suggested that …": a perfect participle reads as one
        if ci == 0 or toks[ci - 1].text == ":":
            return _opening_gerund(toks, ci, cj, cue)  # "Having announced that …, Judge Berman …"
    if toks[ci].lower == "asked" and cj + 2 < n and toks[cj + 1].lower == "by":
        return _asked_by(toks, ci, cj)
    if cj == ci and cj + 1 < n and toks[cj + 1].lower == "by" and toks[ci].lower.endswith("ed") and ci > 0 \
            and (toks[ci - 1].text[0].isalnum() or _is_quote_mark(toks[ci - 1])) and toks[ci - 1].lower not in PASSIVE \
            and toks[ci - 1].lower not in AUXILIARIES:
        return None  # a participle: "Houthi rebels supported by Iran said", "“safe corridors” announced by the RSF"
    if ci > 1 and toks[ci].lower.endswith("s") and toks[ci - 1].text.islower() and toks[ci - 1].lower.endswith("ing") \
            and toks[ci - 2].text in {",", "and"}:
        return None  # "…, raising fears that the conflict could spread": a noun, not the participle's report
    if cj + 1 < n and toks[cj + 1].lower in POLL_NOUNS and not toks[cj].lower.endswith(("ed", "s")):
        return None  # "A CNN/ORC snap poll of debate watchers found": a kind of poll
    if toks[ci].lower == "accused" and cj == ci and cj + 1 < n and toks[cj + 1].lower == "of" and ci > 0 \
            and toks[ci - 1].text[0].isalnum() and toks[ci - 1].lower not in AUXILIARIES:
        return None  # "A former officer accused of torture told a court": he is the one accused
    if toks[ci].lower == "briefed" and ci > 1 and toks[ci - 1].lower == "who" and toks[ci - 2].lower in speaker_nouns():
        return None  # "A senior U.S. official who briefed reporters after the meeting said": the source's description
    if toks[ci].lower == "reported" and cj + 1 < n and toks[cj + 1].lower in _CASUALTY_WORDS:
        return None  # "with two people reported killed": a count, not a report
    if toks[ci].lower == "briefed" and cj + 1 < n and toks[cj + 1].lower in {"on", "about"} and ci > 0 \
            and toks[ci - 1].lower in speaker_nouns() \
            and (any(FINITE.match(t.lower) or t.lower in IRREGULAR_PAST for t in toks[cj + 2:])
                 or any(t.lower == "according" for t in toks[max(0, ci - 8):ci])):
        # "A Western diplomat briefed on the talks said", "according to an official briefed on the talks": the
        # source's description
        return None
    if cue.lemma == "post" and ci > 1 and toks[ci - 1].lower in utterance_nouns() \
            and toks[ci - 2].lower in DETERMINERS:
        return None  # "said in a statement posted on Telegram that …": the statement's participle
    if toks[ci].lower == "asked" and ci > 0 and toks[ci - 1].text == "," and cj + 1 < n and toks[cj + 1].lower == "about":
        return None  # "Mr. Trump, asked about the deaths of journalists, had said …": he was asked
    if cue.lemma in FORCE_VERBS and _hits_a_target(toks, cj + 1):
        return None  # "Houthi rebels attacked a ship", "attacked the city with drones": no words
    if cue.lemma in AS_OBJECTS and not _object_as(toks, cj + 1):
        return None  # "sees Cruz as a uniter", but "saw the film"
    if cue.lemma in INFINITIVE_ONLY and not _infinitive_between(toks, cj + 1, min(n, cj + 6)):
        return None  # "offered to mediate", "pressed China not to arm Russia", but "offered his condolences"
    prev = toks[ci - 1] if ci > 0 else None
    caused = _caused_speaker(toks, ci - 1) if prev is not None and prev.lower == "to" else None
    if prev is not None and not prev.quoted and caused is None:
        p = ci - 1
        while p > 0 and toks[p].text.islower() and (toks[p].lower.endswith("ly") or toks[p].lower in _ADVERBS):
            p -= 1  # "had been soundly rejected", "was also endorsed": passive across an adverb
        if toks[p].lower in PASSIVE and not cue.lemma.startswith("be ") and not toks[ci].lower.endswith("ing") \
                and not (p < ci - 1 and cue.lemma == "expect") \
                and not (cue.stance == "cognitive" and cj + 1 < n and toks[cj + 1].lower == "that"):
            return None  # but "is widely expected to", "is worried that" still report
        if prev.lower in _GERUND_OPENERS and toks[ci].lower.endswith("ing"):
            prev = toks[ci - 2] if ci > 1 else None  # "Cruz replied, before adding that ...": his
            if (prev is None or prev.text == ":") and toks[ci - 1].text[0].isupper():
                return _opening_gerund(toks, ci, cj, cue)
            if prev is None or (prev.text != "," and toks[ci - 1].lower not in _MANNER_OPENERS
                                and not any(map(_QUOTED, toks[cj + 1:]))
                                and (frames or _opening_subject(toks, ci - 1) is None)):
                # "She followed that by saying, “…”", "… while praising her as a “work horse”"; but "Trump
                # left the stage after saying that …" is his
                return None
        elif prev.lower == "to" and ci > 1 and (
                (_may_be_past_verb(toks[ci - 2]) and toks[ci - 2].lower.endswith(("ed", "s")))
                or (ci > 2 and toks[ci - 2].lower.endswith("ing") and toks[ci - 2].text.islower()
                    and toks[ci - 3].lower in _PROGRESSIVE)):  # "is continuing to insist"
            if frames and (frames[-1].cue_start == toks[ci - 2].start
                           or (ci > 2 and frames[-1].cue_end == toks[ci - 3].end)):
                return None  # "declined to comment", "urged officials to respond": the first verb's frame holds it
            ci -= 2  # "refused to say", "continued to say": the subject is the first verb's
            prev = toks[ci - 1] if ci > 0 else None
        elif prev.lower == "have" and ci > 3 and toks[ci - 2].lower == "to" and toks[ci - 3].lower in _HEARSAY \
                and toks[ci - 4].lower in PASSIVE:
            ci -= 3  # "Putin is reported to have said": the subject is before "is"
            prev = toks[ci - 1]
        elif prev.lower == "to" and ci > 2 and toks[ci - 2].lower == "on" and toks[ci - 3].lower in {"went", "goes"}:
            ci -= 3  # "went on to explain": the subject is before "went"
            prev = toks[ci - 1] if ci > 0 else None
        elif prev.lower == "to" and ci > 2 and toks[ci - 2].lower in READY_ADJECTIVES and toks[ci - 3].lower in PASSIVE:
            ci -= 3  # "was quick to add": the subject is before "was"
            prev = toks[ci - 1] if ci > 0 else None
        elif prev.lower in _ASPECTUAL and toks[ci].lower.endswith("ing"):
            ci -= 1  # "keeps insisting": the subject is the first verb's
            prev = toks[ci - 1] if ci > 0 else None
        elif prev.lower in NON_FINITE or (p < ci - 1 and toks[p].lower == "to"):
            return None  # "to say", "the only pollster to correctly predict"
    form = toks[ci].lower
    if form == cue.lemma and cue.lemma in NAMING_VERBS and form != "call" \
            and (prev is None or prev.lower not in _BEFORE_A_BASE_VERB):
        return None  # "One label Rubio resists", "the Ivanka Trump brand": nouns, but "will brand you a liar"
    be = toks[ci - 2] if prev is not None and prev.lower in _NEGATIONS and ci > 1 else prev  # "are not convinced"
    if cue.lemma.startswith("be ") and form.endswith("ed") and (be is None or be.lower not in PASSIVE):
        return None  # "are convinced that …", but "he convinced voters" is another verb
    # "is confident (that) …"; not "a confident Trump", "confident in his ability", "as far as … is concerned",
    # nor a title: "Democratic hopeful Bernie Sanders edged out …"
    if cue.lemma.startswith("be ") and not cue.takes_object and (not (
            cj + 1 < n and (toks[cj + 1].lower == "that" or _opens_main_clause(toks, cj + 1, n)))
            or (prev is not None and prev.text[0].isupper() and toks[ci].text.islower() and _is_name(toks[cj + 1]))):
        return None
    if cue.lemma.startswith("be ") and ci > 1 and toks[ci - 1].lower in _LINKING_VERBS:
        ci -= 1  # "his donors remain confident that …": the subject comes before the linking verb
        prev = toks[ci - 1]
    if cj + 1 < n and ((form == "thanks" and toks[cj + 1].lower == "to")  # "thanks to an early decision"
                       or toks[cj + 1].lower in _EVIDENCE_VERBS  # "G-III reports show": a noun before the verb
                       or _noun_reading(toks, ci, cj, form, cue)
                       or (cue.stance == "evidential" and toks[cj + 1].lower in _REFLEXIVES_AND_UP)
                       or (cue.lemma == "add" and toks[cj + 1].lower == "up")):
        # "found himself in the awkward position", "the nearly 120,000 who showed up", "promises add up to"
        return None
    if form.endswith("ed") and prev is not None and prev.text == "," and cj + 2 < n and toks[cj + 1].lower == "by" \
            and (head := toks[next((m for m in range(cj + 2, n) if not toks[m].text.isalpha() or toks[m].lower in
                                    _RELATIVE_WORDS or toks[m].lower in PREPOSITIONS), n) - 1]).text.isalpha() \
            and head.lower not in _subject_nouns() and not _is_name(head) and head.lower not in PRONOUNS:
        return None  # "advancing in waves, supported by glide bombs that …": a passive participle, no report
    ing_form = form.endswith("ing")  # "saying", "adding": a participle or gerund
    first = ci  # the cue's first token
    # Keep an adjacent auxiliary in the cue ("has contended"), and a negation with its auxiliary, so
    # that the cue as written shows it ("did not say", "never claimed").
    if prev is not None and (prev.lower in {"has", "have", "had"} or (cue.lemma.startswith("be ") and prev.lower in PASSIVE)):
        first = ci - 1  # "has contended", "was adamant"
    elif prev is not None and _is_negation(prev.lower):
        first = ci - 1
        if first > 0 and prev.lower in _NEGATIONS and AUXILIARY_VERB.match(toks[first - 1].lower):
            first -= 1  # "did not say"
    cue_start = toks[first].start
    frame = Frame(cue_start, toks[cj].end, "", None)
    quotes_next = cj + 2 < n and (toks[cj + 1].quoted or (toks[cj + 1].text in {",", ":"} and toks[cj + 2].quoted))
    after_quote = _after_quote(toks, ci)
    quote_just_before = prev is not None and prev.quoted and _is_quote_mark(prev)  # "“…,” said the man who …"
    # "suggested that", or a cue that reports only a that-clause ("realizes that")
    that_next = (cj + 1 < n and toks[cj + 1].lower == "that" and not toks[cj + 1].quoted) or toks[cj].lower == "that"
    # Any noun phrase can be the subject of these; of a participle only when it introduces a
    # quotation ("signs saying, “…”").
    source = None  # the poll or record that shows: "the poll shows", "a poll last week showed", "polls showing"
    if cue.stance == "evidential" and (not ing_form or (prev is not None and prev.lower in _PROGRESSIVE)):
        source = _evidence_source(toks, ci)  # "the poll shows", "early results of a poll are showing"
    elif cue.stance == "evidential" and prev is not None and prev.lower in EVIDENCE_NOUNS:
        source = ci - 1
    evidence = source is not None
    if cue.stance == "evidential" and form == cue.lemma and not evidence:
        return None  # "polls show", but "the reality show “The Apprentice”"
    if cue.lemma == "find" and not evidence and not that_next and ci > 0 and toks[ci - 1].lower in PRONOUNS:
        return None  # "I found Anahit again in a rented flat": a place, not a finding
    if form in {"called", "named", "titled", "dubbed"} and prev is not None and prev.text.isalpha() \
            and prev.text.islower() and (any(t.lower in {"a", "an"} for t in toks[max(0, ci - 3):ci - 1])
                                         or any(t.lower == "by" for t in toks[cj + 2:cj + 5])):
        # "a company called Cambridge Analytica", "a consulting firm called …", "drones dubbed “mopeds” by
        # Ukrainian troops": a participle naming
        return None
    if form.endswith("ed") and cj + 1 < n and toks[cj + 1].lower in speaker_nouns() \
            and toks[cj + 1].lower.endswith("s") and prev is not None and (prev.lower in DETERMINERS or (
                prev.text == "," and ci > 1 and toks[ci - 2].text.isalpha() and toks[ci - 2].text.islower()
                and not _may_be_verb(toks[ci - 2]) and not any(t.text == "," for t in toks[max(0, ci - 9):ci - 1]))):
        # "a majority of regular, pledged delegates": an adjective before its noun; but not after an
        # aside ("Zelenskyy, in his address, urged allies to …")
        return None
    strong_cue = cue.lemma in STRONG_CUES or after_quote or quotes_next or that_next or evidence \
        or _as_clause(toks, ci) or (cue.lemma in NAMING_VERBS and _names_as(toks, cj + 1))  # "64 percent call him …"
    # A verb that takes a clause, with a clause after it, takes a noun phrase of a few words as its
    # subject ("a number of writers suggested such a list was important").
    by_clause = not strong_cue and cue.lemma in CLAUSE_VERBS and not ing_form \
        and (_looks_like_clause(toks, cj + 1, n) or _parenthetical(toks, ci, cj))
    strong = (strong_cue or by_clause) and not (
        ing_form and not (quotes_next and prev is not None and prev.text.isalpha() and prev.text.islower()
                          and not prev.lower.endswith("ly")))  # "signs saying, “…”", not "…, alternately shouting “…”"
    subject = caused  # "The victory led Priebus to declare …": the one made to speak
    if strong and ci > 1 and subject is None:
        subject = _speaker_after_quote(toks, ci) if after_quote else None
        if subject is not None and cj + 1 < n and toks[cj + 1].lower not in PREPOSITIONS \
                and not toks[cj + 1].lower.endswith("ly") and _looks_like_clause(toks, cj + 1, n):
            subject = None  # "…,” Sanders said he had not …": the quotation is not his
        subject = subject or _speaker_after_comma(toks, ci, cj)
    inverted_name = subject is None and prev is not None and prev.text == "," and cue.lemma != "tell" \
        and _speaker_follows(toks, cj + 1, cue.takes_object) and not _relative_before(toks, ci) \
        and not _apposition_opens(toks, ci, strong) and not _apposed_subject(toks, ci)
    # A participle after a comma shares the clause's subject, not the noun before the comma
    # ("Emanuel fired his police chief, Garry McCarthy, acknowledging that …").
    participle = ing_form and prev is not None and prev.text == "," and not strong
    near = _subject_before(toks, ci, 0, strong) if participle else None
    # "… backed the bill and in a statement praised it": the verb shares the clause's subject
    coordinated_at = _conjunction_before_occasion(toks, ci)
    if subject is None and not inverted_name and not participle and coordinated_at is None:
        subject = _subject_before(toks, ci, 0, strong)
        if ing_form and quotes_next and subject is not None and subject[0] > 1 \
                and toks[subject[0] - 1].lower in _PLACE_PREPOSITIONS \
                and (whole := _sentence_subject(toks, toks[subject[0]].start)) is not None:
            # "Activists gathered outside the hall chanting “pay up”": the activists, not the hall
            subject = next(((a, b) for a, t in enumerate(toks) if t.start == whole[0]
                            for b in range(a, ci) if toks[b].end == whole[1]), subject)
        elif ing_form and quotes_next and subject is not None and subject[0] > 1 \
                and toks[subject[0] - 1].lower == "to" and _may_be_verb(toks[subject[0] - 2]):
            # "TCI wrote to Pichai calling for “action”": the writer, not the one written to
            subject = _subject_before(toks, subject[0] - 2, 0) or subject
        elif ing_form and quotes_next and subject is not None and subject[0] > 0 \
                and toks[subject[0] - 1].text.islower() and toks[subject[0] - 1].lower in IRREGULAR_PAST:
            # "Petro, who took office promising “total peace”": the one who took it, not the office
            subject = _subject_before(toks, subject[0] - 1, 0) or subject
        if by_clause and subject is not None and not (
                subject[1] > subject[0] and (toks[subject[0]].lower in DETERMINERS or _is_name(toks[subject[0]]))) \
                and toks[subject[0]].lower not in _STANDALONE_SPEAKERS:
            subject = _subject_before(toks, ci, 0)  # "both suggested …" names no one; "Clinton suggested …" does
    share = subject is None and ing_form and not participle and (subject := _quantity_after_with(toks, ci)) is not None
    # "with 22 percent saying they …": the share of a poll speaks, up to the next comma
    if subject is None and evidence:
        subject = _np_before(toks, source)  # "The poll, released Wednesday by the institute, showed"
    elif evidence and ing_form:
        subject = _noun_before(toks, source, 0) or subject  # "need their support with recent polls showing": the polls
    if subject is not None and not _can_be_subject(toks, subject, form):
        return None  # "Russia’s requests", "Trump's call for": a noun, not a verb
    if cue.lemma == "attack" and subject is not None and _one_party_on_another(toks, subject, cj + 1):
        return None  # "Russia attacked Ukraine": a war, not words
    if subject is not None and (toks[subject[0]].lower == "there"
                                or (toks[subject[1]].text == "time" and subject[1] - subject[0] <= 1)):
        return None  # "There have been telling responses", "Only time will tell": no one speaks
    if subject is not None and (subject[0] > 0 and toks[subject[0] - 1].lower in CONDITIONAL
                                or (subject[0] == subject[1] and toks[subject[0]].lower in SUBORDINATORS)):
        return None  # "if it wants to show ...", "When asked about it, ...": a condition, not a report
    if subject is not None and ing_form and (prev is None or prev.lower not in _PROGRESSIVE) \
            and (toks[subject[1]].lower in utterance_nouns()  # but "The Post is reporting"
                 or any(toks[m].lower in utterance_nouns() and toks[m + 1].lower in {"to", "with"}
                        for m in range(subject[0], subject[1]))):
        subject = None  # "issued a statement saying …", "wrote in a statement to Wired explaining …": its author's
    inverted = False
    if subject is not None:
        a, b = subject
        if b == a + 2 and toks[a].lower in {"who", "which"} and toks[a + 1].text == "," and toks[b].lower in PRONOUNS:
            a = b  # "Venezuelans, who, she argued, had already chosen": she argued it
        end = toks[b].end
        if a == b and _is_contracted_pronoun(toks[b].lower):
            end = toks[b].start + len(CONTRACTED.match(toks[b].lower).group(1))  # "He's said": "He"
        frame.mention = (toks[a].start, end)
    elif (prev is not None and (prev.text == "," or (_is_quote_mark(prev) and not _inside_verb_group(toks, ci - 1)))
          and cj + 1 < n and not ing_form
          and not ((_is_pronoun(toks, cj + 1) or (toks[cj + 1].lower in DETERMINERS and not quote_just_before))
                   and _looks_like_clause(toks, cj + 1, n))  # ", said he had …", "X, clad in red, said the …"
          and (inverted_name or _is_name(toks[cj + 1]) or toks[cj + 1].lower in _PRONOUNS_AND_DETERMINERS
               # "…, say experts like Paul Bauman, is …", but "pledged delegates", "noted analysts"
               or (toks[cj + 1].lower in speaker_nouns() and not form.endswith("ed"))
               # "“…,” said 9/11 widow Terry Strada"
               or (toks[cj + 1].text[0].isalnum() and after_quote and not AUXILIARY_VERB.match(toks[cj + 1].lower)))
          and not (toks[cj + 1].lower == "it" and cue.takes_object)  # "…, called it “critical”": an object
          # "…, admitted it withheld emails": a pronoun with a verb of its own is a subject
          and not (_is_pronoun(toks, cj + 1) and cj + 2 < n and toks[cj + 2].text[0].isalnum())
          # "Dick Dever, who …, told POLITICO, “…”", "DiCarlo, the UN's chief, briefed the council": a listener
          and cue.lemma not in _LISTENER_FIRST
          and toks[cj + 1].lower != "that"  # "…, suggested that …": a clause, not an inverted speaker
          and not (cue.takes_object and cue.stance in _AIMED_STANCES and not after_quote)  # "…, criticized Sanders"
          # "The Resistance Front, considered a shadow group of the LeT, claimed": a participle, no inverted speaker
          and not (cue.stance == "cognitive" and form.endswith("ed") and not after_quote)):
        # Inversion: "“…,” said Putin." "…, said the man who built his career on it."
        k = cj + 1
        while k < n and (toks[k].lower in TIME_WORDS or toks[k].lower == "on"):
            k += 1  # "“…,” said Tuesday the senator", but "The deal, announced Friday, would …" names no one
        np_ = _np_after(toks, k, n, stop={"who", "which", "that", "whose"}) if k < n and toks[k].text != "," else None
        if np_ is None or np_[1] - np_[0] > 15 \
                or not (after_quote or quote_just_before or _heads_a_speaker(toks, np_, True)) \
                or (cue.takes_object and toks[np_[0]].lower in POSSESSIVES and not _heads_a_speaker(toks, np_, True)):
            return None  # "“…,” denounced her record and said …": an object, not "her lawyer"
        a, b = np_
        # "… Portman on Tuesday", "… Sanders as he closed out", "… Sanders in an interview"; not "… a spokesman for"
        b = next((m - 1 for m in range(a + 1, b + 1) if toks[m].lower in TIME_WORDS
                  or (toks[m].lower == "on" and m < b and toks[m + 1].lower in TIME_WORDS)
                  or (toks[m].text.islower() and (
                      toks[m].lower in SUBORDINATORS or toks[m].lower == "because"
                      or (toks[m].lower == "as" and m < b and toks[m + 1].text.islower())  # not "known as Bob"
                      or (toks[m].lower in PREPOSITIONS and toks[m].lower != "of" and _is_name(toks[m - 1]))))), b)
        if (toks[a].text.islower() or toks[b].text.islower()) and b + 2 < n and toks[b + 1].text == ",":
            # "said a spokesman for Ted Cruz, Rick Tyler.", "said Ukraine's defense minister, Oleksii
            # Reznikov.": the name after the description is the speaker's
            e = next((m for m in range(b + 2, min(n, b + 7)) if not _is_name(toks[m])), n)
            if e > b + 2 and (e == n or toks[e].text in {",", ".", ";"}):
                b = e - 1
        frame.mention = (toks[a].start, toks[b].end)
        inverted = True
    else:
        # A verb without a subject of its own shares the previous one ("..., but said ...",
        # "..., adding that ..."); a bare verb ("and urge") or a noun ("security requests") does not.
        k = ci - 1 if coordinated_at is None else coordinated_at
        while k >= 0 and (toks[k].lower in AUXILIARIES or toks[k].lower in TIME_WORDS
                          or (toks[k].lower in {"most", "more"} and toks[k + 1].lower.endswith("ly"))
                          or (ing_form and (toks[k].lower in _GERUND_OPENERS
                                            or (toks[k].lower.endswith("ly") and toks[k].text.islower())))):
            k -= 1
        # "Silverman was booed … after telling holdouts that …": the person the sentence opens with
        opener = _opening_subject(toks, ci - 1) if not frames and ing_form and toks[ci - 1].lower in _GERUND_OPENERS \
            else None
        # "followed that by saying"; "told the AP on Wednesday after hinting that …": the earlier speaker's
        by_doing = ing_form and (toks[ci - 1].lower in _MANNER_OPENERS
                                 or ((bool(frames) or opener is not None) and toks[ci - 1].lower in _GERUND_OPENERS))
        opening = ci == 0 and ing_form and quotes_next  # "Adding, “…”" after the last speaker's words
        coordinated = by_doing or opening or k >= 0 and (
            toks[k].lower in {"and", "but", ",", "or", "then", "\u2013", "\u2014", "-"}
            or toks[k].lower in utterance_nouns()
            or (k > 1 and _is_name(toks[k]) and toks[k - 1].lower in {"to", "with"}  # "a statement to Wired explaining"
                and toks[k - 2].lower in utterance_nouns())
            or (_is_quote_mark(toks[k]) and k > 0 and toks[k - 1].text == ","))  # “…,” adding
        # a bare verb ("and urge") reports nothing; after an auxiliary it does ("but do believe")
        is_base = form in {cue.lemma, cue.lemma.split()[0]} and not form.endswith(("ed", "ing")) \
            and not (prev is not None and prev.lower in {"do", "does", "did"})
        if is_base or not coordinated or (k >= 0 and toks[k].lower in {"and", "or"} and (
                _passive_joined(toks, k, cj, cue) or _joined_in_content(toks, frames, ci))):
            return None
        frame.inherited = True
        # "he expanded upon his calls for …, warning that …": a noun's possessor is not the clause's subject
        verbs = [f for f in frames if not _is_nominal(f)]
        if verbs and not _in_opening_clause(toks, verbs[-1], ci):
            frame.mention = _outside_relative(toks, verbs[-1].mention, ci)
        elif opener is not None:
            frame.mention = (toks[opener[0]].start, toks[opener[1]].end)
        if near is not None:
            frame.near_subject = (toks[near[0]].start, toks[near[1]].end)
    # "know … that" around "from recent history"
    frame.cue = _text_of(toks, first, cj) if phrase_before_that is None else \
        _text_of(toks, first, phrase_before_that - 1) + " \u2026 that"
    after = None if inverted else _content_after(toks, ci, cj, cue, n)
    if after is not None and toks[after].lower in {"and", "or"} and not toks[after].quoted:
        return None  # "fueled by American demand and by weapons": a noun, not a verb with its content
    if after is not None and cue.lemma == "claim" and after == cj + 1 and _is_name(toks[after]) \
            and not toks[after].quoted and _place_claimed(toks, after, n) and not _is_title_case(toks):
        return None  # "Both countries claim Kashmir", "Russia claimed Bakhmut": a territory, not words
    if after is None and evidence and cj + MIN_FINDING_WORDS < n and toks[cj + 1].text[0].isalnum():
        after = cj + 1  # "A new poll shows Clinton with an 8-point lead"
    # "As the Post reported just today, …": an object-taking verb's circumstances are no object
    circumstances = after is not None and cue.takes_object and (
        toks[after].lower in TIME_WORDS or toks[after].lower in REPORT_TIME_ADVERBS or toks[after].lower.endswith("ly")
        or _is_time_phrase(toks[after:]))
    as_at = _as_before(toks, subject[0]) if subject is not None and (after is None or circumstances) else None
    if as_at is not None:
        return _as_frame(toks, frame, as_at, cj, cue)
    attribution_start = subject[0] if subject is not None else ci
    attribution_end = np_[1] if inverted else cj
    before_attribution = toks[attribution_start - 1] if attribution_start > 0 else None
    if after is not None and evidence and before_attribution is not None and before_attribution.text == "," \
            and not before_attribution.quoted and (toks[after].lower in {"in", "on", "at", "during"} or circumstances) \
            and _ends_the_report(toks[cj + 1:]):
        after = None  # "…, a survey by the Forsa institute showed on Tuesday.": the content came before
    if after is not None and ing_form and cue.takes_object and toks[after - 1].lower != "that" \
            and not (prev is not None and prev.lower in _PROGRESSIVE) \
            and n - after < MIN_OBJECT_WORDS and cue.lemma not in SHORT_OBJECTS \
            and not any(map(_QUOTED, toks[after:])) \
            and not (cue.lemma in TELL and any(t.lower == "to" for t in toks[after:])) \
            and not (cue.lemma in NAMING_VERBS and _names_as(toks, after)):  # "asking them to …", "calling X a …"
        # "reiterating their stances" is too short to carry a statement; "calling it “absurd”" and "is revealing
        # Silicon Valley's vulnerability" are not
        after = None
    own_speaker = not frame.inherited
    quote_before = own_speaker and before_attribution is not None and (
        (_is_quote_mark(before_attribution) and before_attribution.quoted)  # not "Sanders' team said"
        or (before_attribution.text == "," and attribution_start > 1 and toks[attribution_start - 2].quoted)) \
        and not (after is not None and _quote_reports_no_one(toks, attribution_start - 1, frames))
    if after is None and cue.lemma in TELL and not inverted:
        attribution_end = _listener_end(toks, attribution_end)  # "Instead, Trump told CNN, his policy …"
    elif after is None and own_speaker and not inverted and before_attribution is not None \
            and before_attribution.text == "," and (day := _day_after(toks, attribution_end + 1)) is not None:
        attribution_end = day  # "The ceasefire, officials said on Tuesday, remains fragile": the day is its
    elif after is None and own_speaker and not inverted and attribution_end + 2 < n \
            and toks[attribution_end + 1].lower in PREPOSITIONS \
            and toks[attribution_end + 1].lower not in {"by", "about"} \
            and before_attribution is not None and before_attribution.text == ",":
        # "The incident, Ash argued in his email, is …": the circumstance belongs to the attribution
        comma = next((m for m in range(attribution_end + 2, min(n, attribution_end + 8))
                      if toks[m].text in CLAUSE_BREAKS or toks[m].text == ";"), None)
        resumed_by = toks[comma + 1] if comma is not None and comma + 1 < n and toks[comma].text == "," else None
        if resumed_by is not None and not any(t.quoted or _may_be_verb(t) for t in toks[attribution_end + 1:comma]) \
                and (AUXILIARY_VERB.match(resumed_by.lower) or (
                    (resumed_by.lower in PRONOUNS or resumed_by.lower in _PLAIN_DETERMINERS or _is_name(resumed_by))
                    and not _is_number(resumed_by) and _looks_like_clause(toks, comma + 1, n))):
            attribution_end = comma - 1
    # "…, a source said." ends the sentence within a few words; "Lavrov wrote letters …" does not.
    rest = toks[attribution_end + 1:]
    closes_sentence = inverted or (own_speaker and after is None and _ends_the_report(rest))
    # "The goal, he said, is to forge ...": the content goes on after the attribution.
    resumes = own_speaker and not inverted and after is None and len(rest) > 2 and rest[0].text == "," \
        and not _is_cue_participle(rest[1]) \
        and not (attribution_end > cj and rest[1].lower in _ARTICLES and _has_no_verb(rest[1:])
                 and not any(t.lower in _verb_cues() for t in rest[1:]))
    # not "…, Nefzi said, adding, “…”" nor "…, a poll showed on Thursday, the widest gap since …"
    if quote_before or (own_speaker and after is None and (closes_sentence or resumes)
                        and before_attribution is not None and before_attribution.text == ","):
        if not quote_before and closes_sentence \
                and (carried := _reports_carried(toks, frames, attribution_start, attribution_end, evidence)):
            # "Putin said on Tuesday that the talks had failed, TASS reported": the outlet carries his report
            for holder in carried:
                holder.content[-1] = (holder.content[-1][0], toks[attribution_start - 2].end)
            return None
        # The content comes first: "“…,” Putin added" or "…, a source said."
        # An earlier frame bounds the content, unless it is a relative clause inside the
        # speaker's own description ("“…,” Cruz, who has proposed …, said").
        relatives = {t.start for t in toks[attribution_start:ci] if t.lower in {"who", "which"}}
        # "Local authorities were treating it as an attack and urging people to stay home, BFM TV reported.":
        # verbs sharing the clause's subject are part of the report, not bounds of it
        # ("Americans oppose cutting funds, a new poll finds": a stance is part of the finding; "Slovakia has
        # asked Brussels to mediate, two people familiar with the matter said", "The Kremlin dismissed it as
        # “a jamboree,” spokesman Dmitry Peskov said": so is any verb but one that always reports, unless
        # its content is a quotation or a relative clause tells the sentence's own report)
        sourced = closes_sentence and not any(_opens_with_quotation(toks, f) for f in frames) \
            and not any(t.lower in _RELATIVE_WORDS for t in toks[attribution_start:ci])
        nested = (not quote_before or sourced) and bool(frames) \
            and toks[0].lower not in SUBORDINATORS and toks[0].lower not in SCENE_OPENERS \
            and all(((f.inherited and closes_sentence) or _takes_a_stance(f) or (sourced and not _says(f)))
                    and (f.mention is None or f.mention[0] == toks[0].start) for f in frames)
        # "…, when Bush's support for ethanol helped him win, Grassley told POLITICO": a noun's report, or a
        # verb's in a relative clause, sits inside the sentence the speaker is reported as saying
        lo = toks[0].start if nested else \
            max((f.cue_end for f in frames if not (f.mention and f.mention[0] in relatives)
                 and (quote_before or not closes_sentence or not _embedded(f, toks))), default=toks[0].start)
        if (dateline := _dateline_end(toks)) < n:
            lo = max(lo, toks[dateline].start)  # "PORTLAND, Maine - On Friday, …": a dateline is no content
        colon = next((m for m in range(attribution_start - 2, 0, -1) if toks[m].text == ":" and not toks[m].quoted),
                     None)
        if colon is not None and (quote_before or _names_before_colon(toks, colon)):
            # "For example: “…,” he told CNN": the quotation alone; "Kremlin spokesman Dmitry Peskov: Any such strikes
            # …, he told reporters": the label names the speaker, its words follow
            lo = max(lo, toks[colon + 1].start)
        before = [t for t in toks[:attribution_start - 1] if lo <= t.start and t.text not in CLAUSE_BREAKS]
        # No "But, he added, …", "Last month, 26 percent said …", "When he came to Washington, he
        # felt blindsided …" (a subordinate clause alone before a state of mind) or "BuzzFeed,
        # which does not disclose …"
        subordinate_alone = bool(before) and before[0].lower in SUBORDINATORS and cue.stance == "cognitive" \
            and not resumes \
            and not any(t.text == "," for t in toks if before[0].start < t.start < before_attribution.start)
        circumstance = all(t.lower in SENTENCE_ADVERBS or t.lower in TIME_WORDS or t.lower == "even" for t in before) \
            or (not quote_before and (_is_time_phrase(before) or subordinate_alone or _relative_mention(frame, toks)
                                      or (not resumes and _participle_phrase(before))))
        if before and not circumstance and (quote_before or not _only_a_circumstance(
                [t for t in toks[:attribution_start - 1] if lo <= t.start])):
            frame.content.append((before[0].start, before[-1].end))
        # "“…,” Putin added, “…”": the quotation goes on after the attribution
        # (also after "he said of the campaign, “…”").
        k = attribution_end + 1
        if inverted and k + 1 < n and toks[k].text == "," and not AUXILIARY_VERB.match(toks[k + 1].lower):
            # past an apposition: "The paradox, says Carl Anthony, a historian, is that …"
            k = next((m for m in range(k + 1, min(n - 1, k + 12)) if toks[m].text == ","
                      and AUXILIARY_VERB.match(toks[m + 1].lower)), k)
        resumed = inverted and k + 1 < n and AUXILIARY_VERB.match(toks[k + 1].lower) is not None  # "…, said Doyle, would be"
        # "“Only you, Dinesh,” she said, would use the occasion …": the quoted sentence goes on
        goes_on = quote_before and resumes and k + 1 < n and AUXILIARY_VERB.match(toks[k + 1].lower) is not None
        if k + 1 < n and toks[k].text == "," and (toks[k + 1].quoted or resumed or goes_on or (
                resumes and not quote_before and not _apposition_to_clause(toks[k + 1:])
                and not (frame.content and _narration_goes_on(toks, k + 1)))):
            frame.content.append((toks[k + 1].start, toks[-1].end))  # not "…, a poll finds, a debate that …"
        elif quote_before and (quote := _quote_after_comma(
                toks, k, n, MAX_SPEAKER_WORDS if inverted else MAX_SPEAKER_WORDS // 2)) is not None \
                and ((quote + 1 < n and toks[quote + 1].text.islower()) or not _clause_before(toks, k, quote)):
            # "“…,” said Ed Leamer, an economist at …, “…”"; "“…,” Thiel wrote … why he is speaking, “but …”"
            frame.content.append((toks[quote].start, toks[-1].end))
        elif quote_before and (that := _that_after_circumstances(toks, k, n)) is not None:
            frame.content.append((toks[that + 1].start, toks[-1].end))  # "“…,” they wrote in a letter, that …"
        elif frame.content and not quote_before and (semicolon := next(
                (m for m in range(k, n - 2) if toks[m].text == ";" and not toks[m].quoted), None)) is not None \
                and not (_is_name(toks[semicolon + 1]) and toks[semicolon + 2].lower in _cue_starts()):
            # "…, his aides argued; rather, …"; but "…, says Army; Islamabad denies charge" is another's report
            frame.content.append((toks[semicolon + 1].start, toks[-1].end))
    elif after is not None:
        # A declared position is its object: "endorsed Cruz last week", "opposed the deal in 2015"
        last = _object_end(toks, after) if cue.stance == "stance" and cue.takes_object else n - 1
        if frames and frames[-1].content and toks[after].start < frames[-1].content[0][0] <= toks[last].start:
            # "reported, citing the defence ministry, that …": the source cited ends where the report's content begins
            last = max((m for m in range(after, last + 1) if toks[m].end <= frames[-1].content[0][0]), default=after)
            while last > after and (toks[last].text in CLAUSE_BREAKS or toks[last].lower == "that"):
                last -= 1
        if cue.lemma.split()[0] in PHRASE_OBJECTS and after == cj + 1 and not (
                toks[after].quoted or toks[after].lower in QUESTION_WORDS or _looks_like_clause(toks, after, n)):
            last = _topic_end(toks, after, last)  # "recalled her days as secretary of state, …"
        if attribution_start > 1 and toks[attribution_start - 1].lower in {"which", "that"} \
                and toks[attribution_start - 2].text == ",":
            # "The strike, which Ukraine said killed 12, drew condemnation": the relative clause lifted the
            # content's subject, and ends at its comma
            last = next((m - 1 for m in range(after + 1, last + 1) if toks[m].text == "," and not toks[m].quoted), last)
        elif AUXILIARY_VERB.match(toks[after].lower) and _lifted(toks, ci):
            # "struck a boat it said was carrying drugs, killing 11 people": the participle is the main clause's
            last = next((m - 1 for m in range(after + 1, last) if toks[m].text == "," and not toks[m].quoted
                         and toks[m + 1].text.islower() and toks[m + 1].text.endswith("ing")), last)
        if toks[after].lower == "to" and not toks[after].quoted:
            last = _infinitive_end(toks, after, last)
        elif toks[after].lower in _ANSWERS and after + 1 < n and toks[after + 1].text == ",":
            last = after  # "said no, and laughed": the answer alone
        elif toks[after - 1].lower == "about":
            last = _topic_end(toks, after, last)
        if toks[after - 1].lower == "as" and toks[after].quoted:
            # "slammed as “extremely careless,” Clinton has …": the quotation is what it was called
            last = next((m - 1 for m in range(after + 1, last + 1) if not toks[m].quoted), last)
        elif cue.lemma in NEEDS_QUOTE and attribution_start > 0 and toks[attribution_start - 1].lower == "what" \
                and (toks[after].quoted or (toks[after].lower == "the" and after < last and toks[after + 1].quoted)):
            # "what Moscow calls “liberation” has brought ruin", "what the Kremlin calls the “denazification”
            # of Ukraine has left …": the name alone, unless it goes on after the quotation ("what it calls
            # “psychographic” profiles of voters")
            quoted = after if toks[after].quoted else after + 1
            end = next((m for m in range(quoted + 1, last + 1) if not toks[m].quoted), None)
            if end is not None and toks[end].lower == "of":
                end = next((m for m in range(end + 1, min(last + 1, end + 8)) if FINITE.match(toks[m].lower)), None)
            if end is not None and (not toks[end].text[0].isalnum() or FINITE.match(toks[end].lower)):
                last = end - 1
        if cue.takes_object and (joined := _second_predicate(toks, after, last)) is not None:
            last = joined  # "calls the war a “special military operation” and has banned the word": the reporter's
        if cue.takes_object:  # "called it “terrible,” denounced her record …": the list's next verb ends it
            last = next((m for m in range(after + 1, last) if toks[m - 1].text == "," and toks[m].quoted
                         and _is_quote_mark(toks[m]) and toks[m + 1].lower.endswith("ed")
                         and _may_be_verb(toks[m + 1])), last)
            if not _looks_like_clause(toks, after, n):  # "reported it to the F.B.I., and removed it", "…; hours later"
                last = next((m - 1 for m in range(after + 1, last - 1) if not toks[m].quoted and (
                    toks[m].text == ";" or (toks[m].text == "," and toks[m + 1].lower == "and" and (
                        (toks[m + 2].lower.endswith("ed") and _may_be_verb(toks[m + 2]))
                        or AUXILIARY_VERB.match(toks[m + 2].lower))))), last)  # "…, and has also"
        if share or (cue.lemma in NEEDS_QUOTE and not any(map(_QUOTED, toks[after:]))):
            # "with 22 percent saying they …, …", "called Trump his friend, meeting with him …"; but "called him a
            # kind, loving and admirable person" goes on through its list of adjectives
            last = next((m - 1 for m in range(after + 1, last) if toks[m].text == "," and not _adjective_list(toks, m)),
                        last)
        if prev is not None and prev.text in _DASHES:  # "argued - rebuking Trump eight times - that …"
            last = next((m - 1 for m in range(after + 1, n) if toks[m].text == prev.text), last)
        if (subject is not None and subject[0] > 0 and toks[subject[0]].lower in {"who", "which"}
                and any(t.text == "," for t in toks[max(0, subject[0] - 8):subject[0]])) or (
                participle and all(_is_name(t) or t.lower in SENTENCE_ADVERBS for t in toks[:ci - 1])):
            # "Norton, which declined to comment, returned …", "Obama, making it clear that …, stood …": the
            # relative clause or the participle's phrase ends where the main verb comes
            # ("who also said that the two men, and Mr. Cruz in particular, must do more": not before its own verb)
            that = toks[after - 1].lower == "that"
            for m in range(after + 1, last):
                # the comma, or a quotation closing after it ("…, who has described Trump as “a sociopath,” spoke")
                close = m + 1 if toks[m].text == "," and toks[m].quoted and _is_quote_mark(toks[m + 1]) else m
                if toks[m].text == "," and close < last and _may_be_verb(toks[close + 1]) \
                        and not (that and not any(map(_may_be_verb, toks[after:m]))):
                    last = m - 1 if close == m else close
                    break
        elif subject is not None and subject[0] > 0 and (toks[subject[0] - 1].lower in SUBORDINATORS
                                                         or (subject[0] == 1 and toks[0].lower == "as")):
            # "while Trump boasts that he has no super PAC, a trio of PACs have …": the main clause is not his
            last = next((m - 1 for m in range(after + 1, last) if toks[m].text == "," and _opens_main_clause(toks, m + 1, n)),
                        last)
        frame.content.append((toks[after].start, toks[last].end))
    if not frame.content:
        return None
    if cue.lemma in NEEDS_QUOTE and not any(t.quoted for t in toks if frame.content[-1][0] <= t.start) \
            and not (cue.lemma in NAMING_VERBS and _names_as(toks, cj + 1)) \
            and not (cue.lemma == "post" and after is not None and toks[after - 1].lower == "that"):
        # "called the talks “honest”" reports words; "called a meeting" does not; "posted on X that …" does
        return None
    return frame


def _in_opening_clause(toks: list[Token], f: Frame, ci: int) -> bool:
    """Whether the frame ``f`` stands in a clause that opens the sentence with "as", "while" or the like,
    closed by a comma before the verb at ``toks[ci]``: "As the White House hints at …, Abbott is not
    having it, saying …" (the participle is Abbott's, the sentence's subject)."""
    return (toks[0].lower in SUBORDINATORS or toks[0].lower == "as") and f.mention is not None \
        and f.mention[0] == toks[1].start and any(t.text == "," and f.cue_end <= t.start for t in toks[:ci])


# After "as", these make it a conjunction or a comparison, not the start of a description.
_NOT_DESCRIPTION = frozenset({"well", "soon", "much", "many", "long", "far", "if", "though", "part", "usual"})


def _object_as(toks: list[Token], i: int) -> bool:
    """Whether an object of a few words from ``toks[i]`` is followed by "as" and a description
    ("Cruz as a uniter", "the calendar farther ahead as increasingly favorable")."""
    for m in range(i + 1, min(i + 9, len(toks) - 1)):
        t = toks[m]
        if not t.text[0].isalnum() or t.lower == "by":
            return False  # "framed their remarks by portraying Trump as …": the "as" is the gerund's
        if t.lower == "as":
            after = toks[m + 1].lower
            return after not in _NOT_DESCRIPTION and after not in PRONOUNS and not AUXILIARY_VERB.match(after)
    return False


def _adjective_list(toks: list[Token], m: int) -> bool:
    """Whether the comma at ``toks[m]`` separates adjectives of one list that "and" or "or" closes
    before a noun ("a kind, loving and admirable person")."""
    for k in range(m + 1, min(len(toks) - 1, m + 4)):
        t = toks[k]
        if not (t.text.isalpha() and t.text.islower()) or (t.lower in FUNCTION_WORDS and t.lower not in {"and", "or"}) \
                or t.lower in _OBJECTS:
            return False
        if t.lower in {"and", "or"}:
            return k > m + 1 and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
    return False


def _apposition_to_clause(rest: list[Token]) -> bool:
    """Whether ``rest`` opens with "a" or "an", a noun and a relative pronoun ("a debate that …",
    "a move which …", "in an escalation that …"), with a time before a clause ("two days after
    voters went …") or is a superlative's noun phrase, or one after "in", with no verb ("in one of the largest
    attacks of the war"): a comment on the clause before, not its continuation."""
    if any(t.lower in SUBORDINATORS and rest[m - 1].lower in _TIME_NOUNS and _is_time_phrase(rest[:m])
           for m, t in enumerate(rest[:5]) if m):
        return True
    superlative = rest[0].lower == "the" and len(rest) > 2 and (rest[1].lower.endswith("est")
                                                               or rest[1].lower in {"most", "first", "worst"})
    if len(rest) > 2 and (superlative or (
            rest[0].lower == "in" and (rest[1].lower in DETERMINERS or rest[1].lower == "one"))) and not any(
            FINITE.match(t.lower) or t.lower in IRREGULAR_PAST or (t.text.islower() and t.lower.endswith("ed"))
            or (m and _present_verb(rest, 0, m)) for m, t in enumerate(rest)):
        # "…, the air force said Saturday, in one of the largest attacks of the war" or ", the biggest attack of
        # the war": no clause goes on (but "…, the polls tell us, a lot of anxiety" completes one)
        return True
    if len(rest) > 3 and rest[0].lower == "in":
        rest = rest[1:]
    return len(rest) > 2 and rest[0].lower in {"a", "an"} \
        and any(t.lower in {"that", "which"} for t in rest[2:5])


def _relative_before(toks: list[Token], ci: int) -> bool:
    """Whether the verb at ``toks[ci]`` follows its subject's relative clause ("James Bruner, whose
    father …, remembers Mr. Bush"): the subject is before it, not an inverted name after it."""
    subject = _subject_before(toks, ci, 0)
    return subject is not None and subject[1] + 2 < ci and toks[subject[1] + 1].text == "," \
        and toks[subject[1] + 2].lower in {"who", "whose", "which"}


def _dateline_end(toks: list[Token]) -> int:
    """Index of the first token after a dateline opening the sentence ("WASHINGTON (AP) — …",
    "PORTLAND, Maine - …", "KYIV, Nov 28 (Reuters) - …", "Jenin, occupied West Bank – …", "Addis Abeba –
    Fighting …", "Seoul — North Korea …"), or 0."""
    if not (toks[0].text.isupper() and len(toks[0].text) > 1) and not (len(toks) > 2 and toks[1].text == ",") \
            and not (len(toks) > 3 and toks[2].text in _DASHES and _is_name(toks[1]) and toks[3].text[:1].isupper()) \
            and not (len(toks) > 2 and toks[1].text in _DASHES and _is_name(toks[0]) and toks[2].text[:1].isupper()):
        return 0
    dash = next((m for m in range(1, min(len(toks), 10)) if toks[m].text in _DASHES), None)
    if dash is not None and all(_is_name(t) or _is_number(t) or t.text in {",", "(", ")"}
                                or (t.lower in _REGION_WORDS and toks[0].text[1:].islower()) for t in toks[:dash]):
        return dash + 1
    return 0


# Lower-case words of a place in a dateline in title case: "Jenin, occupied West Bank –", "Gaza City, northern Gaza –"
_REGION_WORDS = frozenset({"occupied", "northern", "southern", "eastern", "western", "central"})


def _outside_relative(toks: list[Token], mention: tuple[int, int] | None, ci: int) -> tuple[int, int] | None:
    """The subject a verb at ``toks[ci]`` shares with an earlier one: the antecedent of a relative
    pronoun once the relative clause has closed ("Mr. Trump, who said …, issued a statement saying …")."""
    if mention is None:
        return None
    r = next((m for m in range(2, ci) if toks[m].start == mention[0]), None)
    if r is None or toks[r].lower not in {"who", "which"} or toks[r - 1].text != "," \
            or not any(t.text == "," for t in toks[r + 1:ci]):
        return mention
    np_ = _np_before(toks, r - 2)
    return mention if np_ is None else (toks[np_[0]].start, toks[np_[1]].end)


def _infinitive_end(toks: list[Token], first: int, last: int) -> int:
    """The end of an infinitive content opening at ``toks[first]``: it has no subject, so a clause
    with a subject of its own after a comma or semicolon is the reporter's again ("pledged to stay in
    the race, the party said nothing", "claimed to have brought new voters, but turnout was lower")."""
    n = len(toks)
    for m in range(first + 2, last):
        if toks[m].text in {",", ";"} and not toks[m].quoted:
            if _opens_main_clause(toks, m + 1, n) or (toks[m + 1].lower in {"but", "yet"}
                                                       and _looks_like_clause(toks, m + 2, n)) \
                    or (toks[m + 1].lower == "and" and m + 2 < n and _opens_main_clause(toks, m + 2, n)):
                return m - 1  # "to pick up the bill tonight, and he's even springing for …"
            if toks[m].text == "," and (AUXILIARY_VERB.match(toks[m + 1].lower) or (
                    _may_be_verb(toks[m + 1]) and not toks[m + 1].lower.endswith("ing"))):
                return m - 1  # "who declined to comment, was born in …", "declined to comment, didn't respond …"
        elif toks[m].lower in {"but", "and"} and m + 1 < last and not toks[m + 1].quoted \
                and (toks[m + 1].lower.endswith("ed") or toks[m + 1].lower in IRREGULAR_PAST) \
                and _may_be_verb(toks[m + 1]) and "-" not in toks[m + 1].text and not toks[m - 1].lower.endswith("ed"):
            # "pledged to provide guarantees but stopped short of …": the subject's next verb; not "need-based
            # aid" nor "the undivided and recognized capital"
            return m - 1
    return last


# Words that open a clause of the reporter's after a noun phrase ("mentioned Cruz until a reference …")
_SUBORDINATE_OPENERS = SUBORDINATORS - CONDITIONAL | {"because"}


def _topic_end(toks: list[Token], first: int, last: int) -> int:
    """The end of what someone talked about or recalled, opening at ``toks[first]``: a noun phrase with
    its prepositional phrases, so it ends at a break, a subordinate clause, or "and" before a verb or a
    clause ("talked about Zika and his campaign did not …", "talks about immigration at every rally and
    always gets …", "talked about trade, but …", "recalled her days as secretary of state, …")."""
    n = len(toks)
    for m in range(first + 1, last):
        t = toks[m]
        if t.quoted:
            continue
        if t.text in CLAUSE_BREAKS or t.lower in _SUBORDINATE_OPENERS or (t.lower in {"and", "but"} and (
                toks[m + 1].lower in AUXILIARIES or _may_be_verb(toks[m + 1]) or _opens_main_clause(toks, m + 1, n))):
            return m - 1
    return last


def _day_after(toks: list[Token], i: int) -> int | None:
    """The last token of a day or time ("Tuesday", "on Tuesday", "late Friday") opening at ``toks[i]``
    and closed by a comma, if one opens there."""
    k = i + (i < len(toks) and toks[i].lower == "on")
    while k < len(toks) and toks[k].lower in TIME_WORDS:
        k += 1
    return k - 1 if i < k < len(toks) and toks[k - 1].lower in TIME_WORDS and toks[k].text == "," else None


def _parenthetical(toks: list[Token], ci: int, cj: int) -> bool:
    """Whether the verb at ``toks[ci:cj + 1]`` ends a short aside between commas that holds its
    subject ("That attitude, many think, could carry …")."""
    return cj + 2 < len(toks) and toks[cj + 1].text == "," and not toks[cj + 1].quoted \
        and any(t.text == "," and not t.quoted for t in toks[max(0, ci - 4):ci])


_DENIALS = frozenset({"rejected", "dismissed", "denied", "disputed", "refuted", "rebutted", "contested", "challenged",
                      "questioned"})


def _noun_reading(toks: list[Token], ci: int, cj: int, form: str, cue: Cue) -> bool:
    """Whether a cue word that can be a noun ("note", "claims", "shouts") is one here: after an
    article or a possessive ("a rare note of", "the brief moment", "his comments", also past a quotation:
    "Putin's “denazification” claim"), after a verb
    ("came shouts from the crowd"), or before a finite verb ("the 10-year Treasury note fell"),
    unless a clause was lifted out of it ("what he believes are", "a step they believe could help")."""
    if form != cue.lemma and form != cue.lemma + "s":
        return False
    prev = toks[ci - 1] if ci > 0 else None
    if prev is not None and prev.quoted and _is_quote_mark(prev) and ci > 1 and toks[ci - 2].text[0].isalnum():
        # "Putin's “denazification” claim persists", not "Iowa's “silver standard,” says"
        m = next((m for m in range(ci - 2, -1, -1) if not toks[m].quoted), -1)
        if m >= 0 and (toks[m].lower in _ARTICLES or toks[m].lower in POSSESSIVES
                       or toks[m].text.endswith(("'s", "\u2019s"))):
            return True
    if prev is not None and (prev.lower in _ARTICLES or prev.lower in POSSESSIVES
                             or (prev.lower in IRREGULAR_PAST and prev.text.islower()
                                 and not AUXILIARY_VERB.match(prev.lower))
                             # "She rejected claims that …": the object of a denial
                             or (form == cue.lemma + "s" and prev.lower in _DENIALS)
                             # "The October report"
                             or (ci > 1 and (prev.lower in _NOUN_MODIFIERS or _is_date_word(prev)
                                             or ("-" in prev.text and form == cue.lemma))  # "The Biden-era hope"
                                 and (toks[ci - 2].lower in _ARTICLES or toks[ci - 2].lower in POSSESSIVES))):
        return True
    if prev is not None and ci > 2 and prev.text[0].isupper() and toks[ci - 2].lower in _ARTICLES \
            and toks[ci - 3].text.islower() \
            and (toks[ci - 3].lower.endswith("ed") or toks[ci - 3].lower in IRREGULAR_PAST):
        return True  # "called the American claims “a fabrication”": the object of a verb
    if form == "state" and cj + 1 < len(toks) and toks[cj + 1].lower in STATE_OWNED:
        return True  # "Russian state television portrayed …": the state's, no verb
    if prev is not None and form == cue.lemma and ci > 1 and toks[ci - 2].lower in {"a", "an"} \
            and prev.text.islower() and prev.lower not in _GROUPS:
        return True  # "a key demand that": one noun after "a" cannot be the subject of a verb without "-s"
    if prev is not None and form != cue.lemma and prev.lower in {"has", "have", "had"}:
        return True  # "Brunei and Taiwan have claims": after "have" a verb is a participle
    if prev is not None and form == cue.lemma + "s" and prev.lower in _PLURAL_QUANTIFIERS:
        return True  # "many disputes that had divided them": a verb after "many" would have no "-s"
    after = toks[cj + 1]
    return after.text.islower() and (after.lower in IRREGULAR_PAST or AUXILIARY_VERB.match(after.lower) is not None) \
        and cue.stance != "cognitive" and cue.lemma != "say" and (prev is None or prev.lower not in PRONOUNS) \
        and not any(t.lower in _RELATIVE_WORDS for t in toks[max(0, ci - 6):ci - 1])


def _is_date_word(t: Token) -> bool:
    """A month or a year, which may stand before a noun ("the October report", "a 2015 survey")."""
    return (t.lower in MONTHS and t.text.istitle()) or (len(t.text) == 4 and t.text.isdigit())


_ARTICLES = frozenset({"a", "an", "the"})
# what "state" owns when it is no verb: "state television", "state media"
STATE_OWNED = frozenset({"television", "tv", "media", "news", "radio", "broadcaster", "agency", "newspaper", "press",
                         "officials", "department", "secretary", "council", "prosecutors", "legislature"})
_PLURAL_QUANTIFIERS = frozenset({"many", "several", "some", "few", "most", "numerous", "multiple", "other", "these",
                                 "those"})
# "a rare note of", "his recent remarks": adjectives between an article or possessive and a noun
_NOUN_MODIFIERS = frozenset({"only", "rare", "brief", "recent", "latest", "earlier", "previous", "own"})
_REFLEXIVES_AND_UP = _REFLEXIVES | {"up", "off"}  # "showed up", "showing off the hat"


def _asked_by(toks: list[Token], ci: int, cj: int) -> Frame | None:
    """"Asked by Matt Lauer whether she had practised, she said …", "… when asked by a reporter if
    that remains his view": the asker asks the question, up to the comma that closes it."""
    q = next((m for m in range(cj + 3, min(len(toks), cj + 10)) if toks[m].lower in {"if", "whether"}), None)
    if q is None or any(not t.text[0].isalnum() for t in toks[cj + 2:q]):
        return None
    end = next((m - 1 for m in range(q + 1, len(toks)) if toks[m].text == "," and not toks[m].quoted), len(toks) - 1)
    return Frame(toks[ci].start, toks[cj].end, _text_of(toks, ci, cj), (toks[cj + 2].start, toks[q - 1].end),
                 [(toks[q].start, toks[end].end)])


def _evidence_source(toks: list[Token], ci: int) -> int | None:
    """Index of the poll, study or record heading the subject of the evidential verb at ``toks[ci]``
    ("A CNN/ORC poll last month showed", "The poll, released by the institute, showed", "Many studies of
    the minimum wage have found"), if any."""
    start = _skip_between(toks, ci - 1, 0)  # past "have" in "Many studies have found"
    if start >= 0 and toks[start].lower in {"and", "but"}:
        return None  # "Trump has led every poll and has shown": the verb is his
    for k in range(start, max(-1, ci - MAX_SPEAKER_WORDS), -1):
        t = toks[k]
        if t.quoted or t.text in {";", ":"} or t.lower in {"that", "which"} or AUXILIARY_VERB.match(t.lower):
            return None  # another clause: "Trump has led every poll and showed", "a poll that shows"
        if t.lower in EVIDENCE_NOUNS:
            return k
    return None


def _second_predicate(toks: list[Token], first: int, last: int) -> int | None:
    """Index of the last word of an object from ``toks[first]`` that "and" and a second verb of the subject
    end ("… a “special military operation” and has banned …"), or a clause of time ("pledged £3bn as
    Lord Cameron visited Kyiv"), or None."""
    for m in range(first + 1, last):
        nxt = toks[m + 1]
        if toks[m].lower in {"as", "while"} and not toks[m].quoted and _clause_of_time(toks, m + 1, last):
            end = m - 1 if toks[m - 1].lower in {"just", "even"} and m - 1 > first else m  # "even as he …"
            return end - 1 - (toks[end - 1].text == ",")
        if toks[m].lower in _RELATIVE_WORDS or (not toks[m].quoted and (
                FINITE.match(toks[m].lower) or toks[m].lower in IRREGULAR_PAST
                or (toks[m].lower not in PREPOSITIONS and _present_verb(toks, first, m)))):
            return None  # "Hinckley, who shot and wounded …", "warned that Clinton opposes …": a clause
        if toks[m].lower in {"and", "but"} and not toks[m].quoted and not nxt.quoted and nxt.text.isalpha() \
                and nxt.text.islower() and (AUXILIARY_VERB.match(nxt.lower) or nxt.lower in IRREGULAR_PAST or (
                    nxt.lower.endswith("ed") and m + 2 <= last
                    and (toks[m + 2].lower in DETERMINERS or toks[m + 2].lower in POSSESSIVES
                         or toks[m + 2].lower in _OBJECT_PRONOUNS))):  # not "and advanced cellulosic fuels"
            return m - 1 - (toks[m - 1].text == ",")
    return None


def _clause_of_time(toks: list[Token], i: int, last: int) -> bool:
    """Whether a pronoun or a name at ``toks[i]`` and its verb open a clause ("as Lord Cameron visits Kyiv",
    "while he was in Kyiv", "as the Kremlin hails “constructive” talks"; not "as a threat", "as Hitler", "as
    Chinese bases"), or a plural speaker noun and a report ("as aid groups warn")."""
    if toks[i].lower == "the" and i + 1 < last and _is_name(toks[i + 1]):
        i += 1
    noun = next((m for m in range(i, min(last, i + 3)) if toks[m].text.islower() and toks[m].lower in speaker_nouns()
                 and toks[m].lower.endswith("s")), None) if toks[i].text.islower() else None
    if noun is not None and all(t.text.isalpha() and t.lower not in PRONOUNS for t in toks[i:noun]) \
            and toks[noun + 1].lower in _cue_starts():
        return True  # "as aid groups warn of atrocities": people who report
    j = i + 1 if toks[i].lower in _PRONOUNS_BUT_IT_YOU or toks[i].lower == "it" else next(
        (m for m in range(i, min(last + 1, i + 5)) if not _is_name(toks[m])), i)
    return i < j < last and not toks[j].quoted and (
        FINITE.match(toks[j].lower) is not None or toks[j].lower in IRREGULAR_PAST
        or (_present_verb(toks, i, j) and (toks[j + 1].text[0].isalnum() or _is_quote_mark(toks[j + 1]))))
    # not "as Chinese bases."


def _object_end(toks: list[Token], i: int) -> int:
    """Index of the last token of the noun phrase that opens at ``toks[i]`` (quotations included):
    before a comma, a time word, a preposition other than "of", a relative pronoun or a second
    verb ("and has appeared"); an infinitive after a common noun is the noun's ("a bill to tighten")."""
    k = i + 1
    while k < len(toks) and (toks[k].quoted or not (
            toks[k].text in CLAUSE_BREAKS or toks[k].text in ".!?;" or toks[k].lower in TIME_WORDS
            or (toks[k].lower in _PREPOSITIONS_BUT_OF and toks[k - 1].lower not in DETERMINERS  # "an earlier bill"
                and not (toks[k].lower in _BEFORE_AN_OBJECT and k + 1 < len(toks)
                         and toks[k + 1].lower in DETERMINERS)
                and not (toks[k].lower == "to" and k + 1 < len(toks) and toks[k + 1].text.isalpha()
                         and toks[k + 1].text.islower() and toks[k - 1].text.islower()
                         and toks[k - 1].lower not in _OBJECTS))
            or toks[k].lower in {"who", "which", "that", "but"}
            or (toks[k].lower == "and" and k + 1 < len(toks) and _may_be_verb(toks[k + 1])))):
        k += 1
    return k - 1


_PREPOSITIONS_BUT_OF = PREPOSITIONS - {"of"}
# prepositions an object runs past before a determiner: "cooperation among the three democracies"
_BEFORE_AN_OBJECT = frozenset({"to", "for", "with", "on", "against", "among", "between"})


def _names_as(toks: list[Token], i: int) -> bool:
    """"called Clinton a liar", "calls the deal a disaster": an object, then "a" or "an" opening
    what the speaker names it (not "called a meeting", "called the police")."""
    if i >= len(toks) or toks[i].lower in {"a", "an", "for", "on", "off", "up", "in", "back"} or not (
            toks[i].lower in _OBJECTS or _is_name(toks[i]) or toks[i].lower in _PLAIN_DETERMINERS
            or toks[i].lower in POSSESSIVES) or _is_number(toks[i]):
        return False  # the object is a pronoun, a name or a determined phrase: not "a close call driving down …"
    j = i + 1 if toks[i].lower in _OBJECTS else next(
        (m for m in range(i, min(len(toks), i + 4)) if not _is_name(toks[m])), i) if _is_name(toks[i]) else i
    if i < j < len(toks) - 1 and _predicate(toks, j):
        return True  # "calls Clinton unqualified", "calling them rapists", "call it the nerd prom"
    for k in range(i + 1, min(len(toks) - 1, i + 5)):
        if toks[k].lower in {"a", "an"}:
            return k > i and all(t.text[0].isalnum() and not _may_be_verb(t) for t in toks[i:k])
        if not toks[k].text[0].isalnum():
            return False
    return False


_OBJECTS = frozenset({"it", "him", "her", "them", "himself", "herself", "itself", "themselves"})


def _predicate(toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` opens what an object is called: an adjective or a noun ("unqualified",
    "rapists") or a determined noun phrase ("her home state"), not a particle, time or infinitive."""
    t = toks[j]
    if t.quoted or not t.text.isalpha():
        return False
    if t.lower in DETERMINERS:
        return j + 1 < len(toks) and toks[j + 1].text.isalpha() and toks[j + 1].lower not in FUNCTION_WORDS
    return t.text.islower() and t.lower not in FUNCTION_WORDS and t.lower not in _CONJUNCTIONS \
        and t.lower not in _PARTICLES and t.lower not in AUXILIARIES and t.lower not in TIME_WORDS \
        and t.lower not in PASSIVE and t.lower not in IRREGULAR_PAST and AUXILIARY_VERB.match(t.lower) is None \
        and t.lower not in {"to", "twice", "again", "quits"} and not t.lower.endswith(("ly", "ing"))


def _listener_end(toks: list[Token], cj: int) -> int:
    """The last token of a short listener after "told" and before a comma ("told CNN,") or a
    circumstance ("told his advisers as he labored …"), or ``cj``."""
    for m in range(cj + 1, min(len(toks), cj + 6)):
        if toks[m].text == "," or (toks[m].lower in _CIRCUMSTANCE_OPENERS and not toks[m].quoted):
            return m - 1 if m > cj + 1 else cj
        if not toks[m].text[0].isalnum() or toks[m].quoted or _may_be_verb(toks[m]):
            return cj
    return cj


def _as_before(toks: list[Token], i: int) -> int | None:
    """Index of the "as" opening the attribution whose speaker starts at ``toks[i]`` ("As White House
    press secretary Josh Earnest explained, …"), if only a title stands between them."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].lower == "as":
            return k
        if not toks[k].text.isalpha() or _may_be_verb(toks[k]) or toks[k].lower in FUNCTION_WORDS:
            return None
    return None


def _as_frame(toks: list[Token], frame: Frame, as_at: int, cj: int, cue: Cue) -> Frame | None:
    """"As the Global Times noted in an op-ed, the candidate …", "That's because, as he puts it,
    “…”": the clause around the "as" attribution is the content."""
    if cue.stance == "directive":
        return None  # "…, as Kyiv appealed for more help": an appeal reports no clause around it
    n = len(toks)
    comma = next((k for k in range(cj + 1, min(n, cj + 2 * MAX_TRAILING_WORDS)) if toks[k].text in {",", ":"}), None)
    end = n if comma is None else comma
    # "As he explained in an op-ed, …", not "As Kerry continues to pursue diplomacy, …" or
    # "…, as Bush continued to interject."
    if not _only_circumstances(toks[cj + 1:end]) or (end > cj + 1 and toks[cj + 1].lower == "to") \
            or (cue.lemma not in TELL and end > cj + 2 and toks[cj + 1].lower in DETERMINERS
                and toks[cj + 2].lower not in TIME_WORDS and not _is_time_phrase(toks[cj + 1:end])):
        return None  # "…, as Mrs. Clinton echoed the criticism, …": an object, so no "as" attribution
    if as_at > 0 and toks[as_at - 1].text == ",":
        before = [t for t in toks[:as_at - 1] if t.text not in CLAUSE_BREAKS]
        if len(before) >= 2 and not _only_a_circumstance(toks[:as_at - 1]) and not any(map(_QUOTED, before)) \
                and not (as_at > 2 and toks[as_at - 2].text in _cue_starts()
                         and (toks[as_at - 3].lower in PRONOUNS or _is_name(toks[as_at - 3]))):
            # not "…, he said, as the Paris Agreement made clear"
            frame.content.append((before[0].start, before[-1].end))
    if comma is not None and comma + 1 < n and not (frame.content and toks[comma + 1].lower in {"and", "but"}):
        frame.content.append((toks[comma + 1].start, toks[-1].end))  # not "…, as the Times reported, and he …"
    return frame if frame.content else None


def _is_time_phrase(rest: list[Token]) -> bool:
    """"a few days later", "two weeks ago", "last week": a time, not an object."""
    if len(rest) > 8:
        return False  # most contents are longer than any time
    words = [t.lower for t in rest if t.text[0].isalnum()]
    return 0 < len(words) <= 4 and (words[-1] in _TIME_NOUNS or words[-1] in TIME_WORDS)


def _only_a_circumstance(before: list[Token]) -> bool:
    """Whether the words before an attribution only set the scene ("In an interview with CNN,
    Trump continued …", "Of course, as Pollak observed, …"): a phrase opened by a preposition,
    with no verb of its own, and perhaps a clause of time after it ("On Tuesday, even as shares
    were tumbling, Mr. Ackman wrote …")."""
    words = [t for t in before if t.text not in CLAUSE_BREAKS]
    if not words or words[0].lower not in SCENE_OPENERS:
        return False
    # a participle after an utterance is no verb of the phrase's: "In a statement released Thursday"
    words = [t for k, t in enumerate(words) if not (k and words[k - 1].lower in utterance_nouns()
                                                    and t.lower.endswith("ed"))]
    if len(words) <= 16 and not any(map(_is_finite, words)):
        return True
    comma = next((m for m, t in enumerate(before) if t.text == "," and m > 0), len(before))
    scene, clause = before[:comma], before[comma + 1:]
    opener = 1 if len(clause) > 1 and clause[0].lower == "even" else 0
    return len(words) <= 24 and not any(map(_is_finite, scene)) and len(clause) > opener + 2 \
        and (clause[opener].lower in SUBORDINATORS or clause[opener].lower == "as") and clause[opener + 1].text != ","


def _is_finite(t: Token) -> bool:
    """Whether ``t`` is a finite verb; "in late May" has none."""
    return FINITE.match(t.lower) is not None and not t.text[0].isupper()


def _that_after_circumstances(toks: list[Token], k: int, n: int) -> int | None:
    """Index of a "that" resuming the content after ", " and the circumstances of an attribution
    that start at ``toks[k]`` ("in a letter to the president, that …")."""
    for m in range(k, min(n - 2, k + 2 * MAX_TRAILING_WORDS)):
        if toks[m].text == ",":
            return m + 1 if toks[m + 1].lower == "that" and _only_circumstances(toks[k:m]) else None
        if toks[m].quoted or toks[m].text in CLAUSE_BREAKS:
            return None
    return None


def _quote_reports_no_one(toks: list[Token], close: int, frames: list[Frame]) -> bool:
    """Whether the quotation closing at or just before ``toks[close]`` is not the words of the
    speaker after it: a title after a preposition, determiner or possessive ("on “CBS This
    Morning,” Sanders said he …", "on Fox News channel’s “Sunday Morning Futures,” Issa said …"),
    what a participle opening the sentence names ("Recalling “…,” the statement urged …", "Holding
    signs calling Christie “…,” the protesters chanted …", not "Acknowledging that …"), or what an
    earlier frame of the sentence reports after "that" ("as Trump claimed that “…,” one of the
    prosecutors said …")."""
    o = close
    while o > 0 and toks[o - 1].quoted:
        o -= 1
    if o == 0:
        return False
    before = toks[o - 1]
    return before.lower in PREPOSITIONS or before.lower in DETERMINERS \
        or before.text.endswith(("\u2019s", "'s")) or before.lower.endswith("ing") \
        or (o <= 5 and toks[0].lower.endswith("ing")
            and all(t.text.isalpha() and t.lower != "that" for t in toks[:o])) \
        or (before.lower == "that" and bool(frames) and frames[-1].cue_end <= before.start)


# After "X, the military said," these open the reporter's own clause, not more of the report
# ("…, the military said, as Kyiv appealed for help"); but "In 1990, she said, when she was …" is
# hers, and "because" gives the speaker's own reason
# "…, the spokesperson said, without giving details", "…, Peskov said, per TASS"
_NARRATION_GOES_ON = SUBORDINATORS | frozenset({"as", "amid", "without", "per", "according", "citing"})
# "…, the military said, hours after the North threatened …", "…, shortly before …"
_BEFORE_A_SUBORDINATOR = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "moments", "shortly",
                                    "soon", "just", "only", "even", "long", "a", "day", "week", "month", "year"})


def _narration_goes_on(toks: list[Token], k: int) -> bool:
    """Whether the reporter's narration goes on from ``toks[k]`` after an attribution: a subordinator,
    perhaps after a time ("hours after", "a day before", "even as")."""
    m = k
    while m < min(len(toks) - 1, k + 2) and (toks[m].lower in _BEFORE_A_SUBORDINATOR or _is_number(toks[m])):
        m += 1
    return toks[m].lower in _NARRATION_GOES_ON
# After a comma, these open a clause of its own: "“…,” Stevens says, but she cautions …"
_CLAUSE_LINKS = frozenset({"but", "and", "while", "though", "although", "yet"})


def _speaker_after_quote(toks: list[Token], ci: int) -> tuple[int, int] | None:
    """"“…,” Democratic pollster Peter Fenn said": everything between a quotation closed by a comma,
    question or exclamation mark and the verb names the speaker, titles and appositions included."""
    k = _skip_between(toks, ci - 1, 0)
    if toks[k].lower in {"who", "which"}:
        return None  # "“…,” Cruz, who has proposed …, said": the relative clause's verb is not the report
    if k > 0 and toks[k].text == ",":
        k -= 1  # "“…,” Bill Frelick, of Human Rights Watch, said"
    if (toks[k].lower in PRONOUNS and k > 0 and toks[k - 1].lower in {"which", "that", "what", "whom"}) \
            or any(t.lower in {"which", "what"} for t in toks[max(0, k - 3):k]):
        return None  # "“tax reform,” which he described as …", "“…,” which Mozloom thinks will …": the thing described
    q = k
    while q >= 0 and ci - q <= MAX_SPEAKER_WORDS and not toks[q].quoted:
        if (toks[q].text in ".!?;:()—–" and not _closes_party_and_state(toks, q)) \
                or (q > 0 and toks[q].lower in _CLAUSE_LINKS and toks[q - 1].text == ","):
            return None  # "“…,” Stevens says, but she cautions …": the quotation is the first verb's
        q -= 1
    p = q - 1 if q > 0 and toks[q].text == "'" and toks[q - 1].text == "'" else q  # '' closes too
    if p < 1 or q == k or not _is_quote_mark(toks[q]) or toks[p - 1].text not in {",", "?", "!"} \
            or toks[q + 1].text == "," or toks[q + 1].lower in {"and", "but", "or", "then"} \
            or (k == q + 1 and toks[k].lower in IRREGULAR_PAST):  # "“Call the roll,” came shouts from …"
        return None
    if not (_names_speaker(toks, q + 1, k) or _is_name(toks[q + 1])):  # "Ann Lee, 67, a nurse, said"
        return None  # "“…,” and encouraged Russia": a verb sharing the earlier subject
    if toks[q + 1].lower in DETERMINERS and q + 2 < k and (toks[q + 2].lower in _NOT_MODIFIERS or any(
            t.lower in {"that", "which"} for t in toks[q + 2:k])):
        # "“…,” a phrase Russian officials have repeated", "“…,” a position that diplomats said left little room":
        # the quotation, described
        return None
    if any((t.text,) in cue_lexicon() and (t.text.endswith("ed") or t.text in IRREGULAR_PAST) for t in toks[q + 2:k + 1]):
        return None  # "“…,” Axelrod tweeted after Clinton argued": the quotation is the first verb's
    opener = q + 2 if toks[q + 1].lower in {"just", "even"} else q + 1
    if toks[opener].lower in {"as", "because", "since", "while", "when", "after", "before", "although"}:
        # "“…,” just as Clinton did in 2008, Rendell added": the speaker follows the clause
        comma = next((m for m in range(k - 1, opener, -1) if toks[m].text == ","), None)
        if comma is not None and _is_name(toks[comma + 1]):
            return (comma + 1, k)
        if comma is None and toks[opener].lower != "as":
            return None  # "“…,” Axelrod tweeted, “…,” after Fallon expressed …": the clause is the reporter's
    # The speaker is named before a relative clause: "Cruz, who has proposed …, said" is Cruz.
    relative = next((m for m in range(q + 2, k) if toks[m].text == "," and toks[m + 1].lower in {"who", "which"}), None)
    return (q + 1, relative - 1 if relative is not None else k)


def _closes_party_and_state(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the period of a legislator's party and state ("Mitch McConnell, R-Ky., said")."""
    return toks[k].text == "." and k > 0 and toks[k - 1].end == toks[k].start \
        and _PARTY_AND_STATE.match(toks[k - 1].text) is not None


def _speaker_after_comma(toks: list[Token], ci: int, cj: int) -> tuple[int, int] | None:
    """"…, current and former officials said.": at the end of a sentence, or before a comma that
    resumes it ("The goal, a source close to him said, is …"), everything between the last comma and
    the verb names the speaker."""
    k = _skip_between(toks, ci - 1, 0)
    q = k
    while q >= 0 and ci - q <= MAX_SPEAKER_WORDS // 2 and toks[q].text != ",":
        if toks[q].quoted or toks[q].text in ".!?;:()\u2014\u2013" or AUXILIARY_VERB.match(toks[q].lower):
            return None
        q -= 1
    if q < MIN_CONTENT_WORDS or q == k or toks[q].text != "," \
            or toks[q + 1].lower in {"and", "but", "or", "then", "who", "which", "where", "that", "because", "so"} \
            or any(t.lower in SUBORDINATORS for t in toks[q + 1:k]) or toks[k].lower in _RELATIVE_WORDS:
        # "…, because he said …", "…, begging a woman who claimed …", "…, days after Lai vowed …": a clause
        # of its own
        return None
    if not _names_speaker(toks, q + 1, k) or _list_goes_on(toks, q, k):
        return None
    resumes = cj + 1 < len(toks) and toks[cj + 1].text == ","
    if not resumes and not _ends_the_report(toks[cj + 1:]):
        return None
    if cj + 1 < len(toks) and toks[cj + 1].text.islower() and (AUXILIARY_VERB.match(toks[cj + 1].lower) or (
            any(t.lower in {"that", "which"} for t in toks[q + 1:k])
            and (toks[cj + 1].lower in IRREGULAR_PAST or toks[cj + 1].lower.endswith("ed")))):
        # "…, a move Republicans warned would backfire", "…, a position that diplomats said left little room": the
        # content's subject was lifted
        return None
    as_at = q + 2 if toks[q + 1].lower in {"just", "even"} and q + 2 < k else q + 1  # "…, even as the Kremlin said"
    if toks[as_at].lower == "as":  # "The last part, as Paul Krugman points out, is …", not "…, as Bush went on."
        return (as_at + 1, k) if resumes and as_at < k else None
    if toks[k].lower in PRONOUNS and toks[q + 1].text[0].isalnum():
        return (k, k)  # "…, at the town hall this week she said": the scene is no part of her
    return (q + 1, k)


def _list_goes_on(toks: list[Token], comma: int, k: int) -> bool:
    """Whether the names joined by "and" after the comma at ``toks[comma]`` up to ``toks[k]`` go on a
    list opened by "of" or "from" before it: "The foreign ministers of Egypt, Jordan and Qatar said"."""
    m = comma - 1
    while m > 0 and _is_name(toks[m]):
        m -= 1
    return m < comma - 1 and toks[m].lower in {"of", "from"} \
        and any(t.lower == "and" for t in toks[comma + 1:k]) and all(_is_name(t) or t.lower == "and"
                                                                    for t in toks[comma + 1:k + 1])


def _names_speaker(toks: list[Token], i: int, k: int) -> bool:
    """Whether ``toks[i:k + 1]`` can name a speaker: a name, a pronoun, a speaker noun or a
    determined phrase ("a person familiar with the matter")."""
    return _is_name(toks[k]) or toks[k].lower in PRONOUNS or toks[k].lower in speaker_nouns() \
        or toks[i].lower in DETERMINERS or toks[k].lower in EVIDENCE_NOUNS  # "…, campaign records show."


def _only_circumstances(rest: list[Token]) -> bool:
    """Whether what follows an attribution only says when, where or how ("…, she said in a video
    message to the convention.") rather than going on with a content of its own."""
    if rest and rest[0].lower in _CIRCUMSTANCE_OPENERS and not any(map(_QUOTED, rest)):
        return True  # "…, he told his advisers as he labored over one of the last addresses of his term."
    words = []
    for k, t in enumerate(rest):
        if t.text == "," and k + 1 < len(rest) and rest[k + 1].lower.endswith("ing"):
            break  # "…, Hollande said Tuesday in Paris, noting …": the narration goes on
        if t.text[0].isalnum():
            words.append(t)
            if len(words) > 2 * MAX_TRAILING_WORDS:
                return False  # most attributions go on: stop counting early
    if len(words) > 1 and words[0].lower in APPROXIMATORS and _is_number(words[1]):
        return False  # "…, investigators found over 2,200 emails": a quantity is an object
    if len(words) <= MAX_TRAILING_WORDS:
        return True
    return (words[0].lower in PREPOSITIONS or words[0].lower in TIME_WORDS) and len(words) <= 2 * MAX_TRAILING_WORDS \
        and not any(AUXILIARY_VERB.match(t.lower) or t.quoted for t in words)


def _ends_the_report(rest: list[Token]) -> bool:
    """Whether what follows an attribution only gives its circumstances, up to the end of the
    sentence, to a new clause or to a noun phrase about the report ("…, a spokeswoman said on Saturday, and
    it has been used five times", "…, he said after meeting aides, because …", "…, officials said Tuesday, as
    …", "…, the Air Force said on July 9, the largest attack of the war")."""
    semicolon = next((k for k, t in enumerate(rest) if t.text == ";" and not t.quoted), None)
    if semicolon is not None:
        rest = rest[:semicolon]  # "…, his aides argued in interviews this week; rather, …"
    comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if comma is not None and comma + 1 < len(rest) and (
            rest[comma + 1].lower in {"and", "but", "because", "as", "with"} or rest[comma + 1].lower in SUBORDINATORS
            or (rest[comma + 1].lower in _ARTICLES and _has_no_verb(rest[comma + 1:]))):
        rest = rest[:comma]  # "…, the largest attack of the war", "…, the latest in a string of findings that …"
    return _only_circumstances(rest)


def _joined_in_content(toks: list[Token], frames: list[Frame], ci: int) -> bool:
    """Whether the verb at ``toks[ci]``, after "and", goes on with the clause a report's "that" opened rather than
    with the report: in the past after a present cue ("Prosecutors allege that he bought fuses and discussed
    targets"), or a participle after the clause's "had" ("added that Biden had pressed Xi … and welcomed …")."""
    if toks[ci].lower in {"said", "added", "told"} or (ci + 1 < len(toks) and (
            toks[ci + 1].lower == "that" or toks[ci + 1].quoted or toks[ci + 1].text == ":")):
        return False  # "said that … and added that …": a report of its own
    host = next((f for f in reversed(frames) if not _is_nominal(f) and f.content
                 and f.content[0][0] < toks[ci].start <= f.content[-1][1]), None)
    if host is None:
        return False
    opens = next((m for m, t in enumerate(toks) if t.start == host.content[0][0]), None)
    if opens is None or opens == 0 or toks[opens - 1].lower != "that":
        return False
    verb, cue = toks[ci].lower, host.cue.split()[-1].lower()
    past = verb.endswith("ed") or verb in IRREGULAR_PAST
    # "adds", or "allege" after a plural ("Prosecutors allege"); not "Mr. Putin forecast"
    present_cue = (cue.endswith("s") and not cue.endswith("ss")) or (
        not cue.endswith("ed") and cue not in IRREGULAR_PAST and host.mention is not None
        and next((t.lower for t in reversed(toks) if t.end <= host.mention[1]), "").endswith("s"))
    return past and (present_cue or any(t.lower in {"had", "has", "have"} for t in toks[opens:ci]))


def _names_before_colon(toks: list[Token], colon: int) -> bool:
    """Whether a label of a name, with the lower-case words of a role, opens the sentence up to the colon at
    ``toks[colon]``: "Kremlin spokesman Dmitry Peskov:"."""
    start = 1 if toks[0].text in LIST_BULLETS or toks[0].text == "\u2014" else 0
    words = toks[start:colon]
    return 0 < len(words) <= MAX_NAME_WORDS + 3 and _is_name(words[-1]) and not any(t.quoted for t in words) \
        and all(_is_name(t) or (t.text.islower() and t.text.isalpha() and t.lower not in FUNCTION_WORDS) for t in words)


def _apposed_subject(toks: list[Token], ci: int) -> bool:
    """Whether a description and a name set off by commas end right before the cue at ``toks[ci]``: the
    subject ("a spokesman for the European Commission, Peter Stano, said Serbia, as a candidate, was …")."""
    subject = _subject_before(toks, ci, 0)
    return subject is not None and subject[1] == ci - 2 and _is_name(toks[ci - 2]) \
        and any(t.text == "," for t in toks[subject[0]:subject[1]])


def _is_pronoun(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a pronoun, not a surname written first: "said You Ying-lung"."""
    return toks[i].lower in PRONOUNS and not (
        toks[i].text == "You" and i + 1 < len(toks) and _GIVEN_NAME_AFTER_SURNAME.fullmatch(toks[i + 1].text))


_GIVEN_NAME_AFTER_SURNAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ying-lung"


def _has_no_verb(phrase: list[Token]) -> bool:
    """Whether a noun phrase after a comma has no finite verb of its own up to any relative clause: "the largest
    attack of the war", "the latest in a string of findings that have fueled …", "the widest gap recorded by the
    firm" (a participle's "by")."""
    words = list(takewhile(lambda t: t.lower not in _SOURCE_ENDS, phrase))
    return not any(t.quoted or ((FINITE.match(t.lower) or t.lower in IRREGULAR_PAST)
                                and not (m + 1 < len(words) and words[m + 1].lower == "by"))
                   for m, t in enumerate(words))


def _speaker_follows(toks: list[Token], i: int, takes_object: bool = False) -> bool:
    """Whether ``toks[i:]`` opens with a speaker that closes the clause: a name ("said DeSantis,
    who …"), a title and a name ("says political scientist Dossym Satpayev in Almaty"), or a
    described person ("said an American official who was briefed"). After a verb that
    ``takes_object``, a described person must be named by a speaker noun ("called for an open
    primary process." is an object)."""
    n = len(toks)
    if i < n and toks[i].lower in DETERMINERS:
        if _looks_like_clause(toks, i, n):
            return False  # "said the aide who succeeded him should be fired"
        j = next((m for m in range(i + 1, min(n, i + 12)) if not toks[m].text[0].isalnum()
                  or toks[m].lower in {"who", "whose"}), None)
        if j is not None and toks[j].text == "," and j + 1 < n and _is_name(toks[j + 1]):
            j = next((m for m in range(j + 1, min(n, j + 6)) if not _is_name(toks[m])), n)  # ", Oleg Voloshyn"
        if takes_object and j is not None and toks[j].lower not in {"who", "whose"} \
                and toks[j - 1].lower not in speaker_nouns():
            return False
        return j is not None and (j >= n or toks[j].lower in {"who", "whose"} or toks[j].text in {".", "!", "?"}
                                  or (toks[j].text == "," and j + 1 < n and toks[j + 1].lower in {"who", "whose"}))
    # Names with at most three words of a title in lower case among them ("political scientist
    # Dossym Satpayev", "former Pennsylvania governor Ed Rendell"), ending in a name; a lower-case
    # title names a role ("said he expects Obama, …" is a clause, not a speaker).
    # an age or a date may open the title: "said 62-year-old Terry Strada", "said 9/11 widow Terry Strada"
    k = i + 1 if i < n and toks[i].text[0].isdigit() and ("-" in toks[i].text or "/" in toks[i].text) else i
    lower = []
    while k < min(n, i + 8) and (_is_name(toks[k]) or toks[k].lower in NAME_JOINERS or (
            toks[k].text.isalpha() and toks[k].text.islower() and not FINITE.match(toks[k].lower)
            and toks[k].lower not in FUNCTION_WORDS and toks[k].lower not in PRONOUNS)):
        if toks[k].text.islower():
            lower.append(toks[k].lower)
        k += 1
    if k == i or len(lower) > 3 or not _is_name(toks[k - 1]) or (
            lower and not any(w in title_words() or w in speaker_nouns() for w in lower)):
        return False
    if k < n and toks[k].lower in {"in", "of", "at"} and k + 1 < n and _is_name(toks[k + 1]):
        k += 1  # "… in Almaty"
        while k < n and _is_name(toks[k]):
            k += 1
    return k == n or toks[k].text in {",", ".", "(", "!", "?"}


def _as_clause(toks: list[Token], ci: int) -> bool:
    """Whether the cue at ``toks[ci]`` ends a clause opened by "as" ("As the Post reported, …")."""
    for k in range(max(0, ci - 8), ci - 1):
        if toks[k].lower == "as" and (k == 0 or toks[k - 1].text == ","):
            return True
    return False


def _passive_joined(toks: list[Token], k: int, cj: int, cue: Cue) -> bool:
    """Whether the participle after the "and" at ``toks[k]`` is passive like the verb it joins: "had been studied last
    year and rejected because …", "was followed to his car and told he “would not make it home”" (nothing it could
    have as an object follows it)."""
    nxt = toks[cj + 1].lower if cj + 1 < len(toks) else ""
    if cue.lemma == "say" or not (nxt in SUBORDINATORS or nxt in {"he", "she", "they", "we", "i", "because"}):
        return False
    m = next((m for m in range(k - 1, max(-1, k - 8), -1)
              if toks[m].text.islower() and (toks[m].lower.endswith("ed") or toks[m].lower in IRREGULAR_PAST)), None)
    return m is not None and m > 0 and toks[m - 1].lower in PASSIVE


def _inside_verb_group(toks: list[Token], close: int) -> bool:
    """Whether the quotation closing at ``toks[close]`` stands between an auxiliary and its verb ("had
    “voluntarily” requested asylum"), not before a speaker put after the verb."""
    if toks[close - 1].text in {",", "?", "!"}:
        return False  # "could “do some kind of order …,” said Loomis": a quotation closed as an utterance
    opening = close - 1
    while opening > 0 and toks[opening - 1].quoted:
        opening -= 1
    return opening > 0 and toks[opening - 1].lower in AUXILIARIES and toks[opening - 1].text.islower()


def _after_quote(toks: list[Token], ci: int) -> bool:
    """Whether a quotation closes shortly before the cue at ``toks[ci]`` ("“…,” the official said")."""
    window = toks[max(0, ci - MAX_SPEAKER_WORDS):ci]
    if not any(map(_QUOTED, window)):
        return False  # most windows hold no quotation: spared the test of each word for a mark
    return any(map(_QUOTED, compress(window, map(_QUOTE_MARKS.__contains__, map(_TEXT, window)))))


# "Russian", "Mexican", "Korean", "Chinese", "Democratic", but not "Ryan", "Ban" or "Sullivan".
_DEMONYM_ENDING = re.compile(r"\w\w(?:ian|ican|ean|ish|ese|ic)$")


def _quantity_after_with(toks: list[Token], ci: int) -> tuple[int, int] | None:
    """The share of a poll between "with" and a participle: "with 22 percent saying …", "with three
    in 10 saying …", "with 47 percent of Cuban Americans saying …"."""
    w = next((m for m in range(ci - 2, max(-1, ci - 10), -1) if toks[m].lower == "with" and not toks[m].quoted), None)
    if w is None:
        return None
    np_ = _generic_np_before(toks, ci - 1, w + 1)
    if np_ is None or np_[0] != w + 1 or not any(_is_number(t) or t.lower in _SHARES for t in toks[np_[0]:np_[1] + 1]):
        return None
    return np_


_SHARES = frozenset({"percent", "half", "majority", "plurality", "third", "quarter"})


def _opening_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The person who opens the sentence before ``toks[k]``: the noun phrase before its first verb,
    headed by a name, a pronoun or a speaker noun ("Comedian Sarah Silverman was booed …")."""
    start = 0
    while start < k and toks[start].lower in SENTENCE_ADVERBS:
        start += 1
    if toks[start].lower in SUBORDINATORS:
        return None  # "When he came, the senator …": not the main clause's subject
    for j in range(start + 1, min(k, start + MAX_SPEAKER_WORDS)):
        if toks[j].quoted or toks[j].text in CLAUSE_BREAKS:
            return None
        if _may_be_verb(toks[j]) and not toks[j].lower.endswith("ing"):
            subject = _subject_before(toks, j, start, True)
            if subject is None or subject[0] != start:
                return None
            a, b = subject
            if toks[a].lower in PRONOUNS:
                return subject if a == b else None
            m = next((m for m in range(a + 1, b + 1)
                      if toks[m].lower in PREPOSITIONS or toks[m].lower in _RELATIVE_OPENERS), b + 1)
            head = toks[m - 1]
            person = head.lower in speaker_nouns() or (_is_name(head) and not head.text.endswith(("'s", "\u2019s")))
            return subject if person else None
    return None


_LONE_ADVERBS = frozenset({"alone", "too", "also", "only", "even", "still", "again", "either", "instead"})


def _can_be_subject(toks: list[Token], subject: tuple[int, int], form: str) -> bool:
    """A verb follows a real subject, not a possessive ("Trump's call for"); a present-tense "-s"
    form not a lone adjective either ("Russian requests")."""
    a, b = subject
    last = toks[b].text
    if a == b and toks[a].lower in _LONE_ADVERBS:
        return False  # "none of which alone justifies": an adverb, no subject
    if last.endswith(("\u2019s", "'s")) and not _is_contracted_pronoun(toks[b].lower) and not (
            any(t.lower == "of" for t in toks[a:b]) and b + 1 < len(toks) and toks[b + 1].lower in {"who", ","}) \
            and not (b + 1 < len(toks) and toks[b + 1].lower in utterance_nouns() and toks[b + 1].lower != form):
        # "Trump's call", but "He's said", "Friends of Mr. Clinton's who have seen him say" and "Putin's
        # remarks hinted" (the owner of the words speaks)
        return False
    return not (form.endswith("s") and a == b and _DEMONYM_ENDING.search(last) and last[0].isupper())


def _text_of(toks: list[Token], i: int, j: int) -> str:
    """The words of ``toks[i:j + 1]``, a space wherever the text had one ("Forbes’ words")."""
    if i == j:
        return toks[i].text  # most cues are one word
    span = toks[i:j + 1]
    return "".join(t.text + (" " if nxt.start > t.end else "") for t, nxt in zip(span, span[1:])) + span[-1].text


def _relative_mention(f: Frame, toks: list[Token]) -> bool:
    """Whether a frame's speaker is a relative pronoun ("critics who say") or opens a relative clause after one
    ("Peru, whose governments had questioned", "a third of whom it believes")."""
    return f.mention is not None and any(
        t.start == f.mention[0] and (t.lower in {"who", "which"} or (k and toks[k - 1].lower in {"whose", "whom"}))
        for k, t in enumerate(toks))


def _object_relative(f: Frame, toks: list[Token], frames: list[Frame]) -> bool:
    """Whether a frame's speaker opens a relative clause after a noun ("a proposal that they hope can bridge
    the gaps", "the deal which he says"), not the clause after another frame's verb ("said that they hope")."""
    first = next((k for k, t in enumerate(toks) if t.start == f.mention[0]), None) if f.mention else None
    return first is not None and first > 1 and toks[first - 1].lower in {"that", "which", "whom"} \
        and not any(g.cue_end == toks[first - 2].end for g in frames)


def _embedded(f: Frame, toks: list[Token]) -> bool:
    """Whether a frame is part of a noun phrase or a clause rather than a sentence of its own: a
    noun's report ("Bush's support for ethanol"), a finding ("a strong showing could show the extent
    of his appeal") or a verb after a relative word ("which he's expected to win")."""
    if _is_nominal(f) or ((cue := _verb_cue(f)) is not None and cue.stance == "evidential"):
        return True
    first = next((k for k, t in enumerate(toks) if t.start == f.mention[0]), None) if f.mention else None
    return first is not None and first > 0 and toks[first - 1].lower in {"which", "that", "who", "whom"}


def _is_nominal(f: Frame) -> bool:
    """Whether a frame's cue is a noun ("his claim that …", "her attacks on …")."""
    return f.cue.lower() in nominal_cues() or f.cue.lower() in nominal_objects()


def _verb_cue(f: Frame) -> Cue | None:
    """The lexicon entry of a frame's verb, the last word of its cue ("has noted": "noted")."""
    return cue_lexicon().get((f.cue.rsplit(None, 1)[-1].lower(),)) if f.cue.strip() else None


def _says(f: Frame) -> bool:
    """Whether a frame's cue is one of the verbs that always report ("said", "has noted")."""
    cue = _verb_cue(f)
    return cue is not None and cue.lemma in STRONG_CUES


def _opens_with_quotation(toks: list[Token], f: Frame) -> bool:
    """Whether a frame's content opens with a quotation ("chanted, “Build a wall,”")."""
    return bool(f.content) and next((t.quoted for t in toks if t.start >= f.content[0][0]), False)


def _takes_a_stance(f: Frame) -> bool:
    """Whether a frame's cue declares a position ("oppose", "endorsed") rather than reports words."""
    cue = _verb_cue(f)
    return cue is not None and cue.stance == "stance"
