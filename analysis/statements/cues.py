"""Reporting expressions in a sentence, and whether the words after them make a clause."""
from __future__ import annotations

from itertools import compress

from .lexicon import (
    AUXILIARY_VERB, CLAUSE_BREAKS, COMPOUND_MODIFIERS, COMPOUND_NOUNS, CONTRACTED, Cue, cue_lexicon, _cue_starts,
    DETERMINERS, FINITE, IRREGULAR_PAST, MIN_CONTENT_WORDS, _PERIODS, POSSESSIVES, PREPOSITIONS, PRONOUNS,
    _PRONOUNS_BUT_IT_YOU, SUBORDINATORS,
)
from .tokens import _is_name, _is_quote_mark, _LOWER, Token
from .subjects import _DASHES


def _match_cue(toks: list[Token], i: int, title_case: bool = False) -> tuple[int, Cue] | None:
    """Longest reporting expression starting at ``toks[i]``: (index of its last token, cue).

    Verbs are lower case in running text ("the Post reported" is not "the Post"); in a
    title-case headline ("Rubio Says Reform Was a Mistake") any case goes."""
    key = toks[i].lower if title_case else toks[i].text
    for form in _cue_starts().get(key, ()):
        if len(form) == 1:  # most cues are one word, and its first word is the key itself
            if not toks[i].quoted and not (i + 1 < len(toks) and toks[i + 1].lower in COMPOUND_NOUNS) \
                    and not (i > 0 and toks[i - 1].text in COMPOUND_MODIFIERS):
                return i, cue_lexicon()[form]  # not "a think tank", "a phone call"
            continue
        end = i + len(form)
        if end <= len(toks) and all((toks[i + n].lower if title_case else toks[i + n].text) == w
                                    and not toks[i + n].quoted for n, w in enumerate(form)):
            return end - 1, cue_lexicon()[form]
        if len(form) == 2 and form[1] == "that" and (that := _that_after_phrase(toks, i + 1)) is not None:
            return that, cue_lexicon()[form]  # "know from recent history that"
    return None


def _that_after_phrase(toks: list[Token], i: int) -> int | None:
    """Index of a "that" closing a short prepositional phrase opening at ``toks[i]`` ("from recent
    history that", "in 2010 that"), or None."""
    if i >= len(toks) or toks[i].lower not in PREPOSITIONS or toks[i].quoted:
        return None
    for k in range(i + 1, min(len(toks), i + 7)):
        t = toks[k]
        if t.lower == "that" and not t.quoted:
            return k if k > i + 1 else None
        if t.quoted or not t.text[0].isalnum() or t.lower in PREPOSITIONS or AUXILIARY_VERB.match(t.lower):
            return None
    return None


def _is_title_case(toks: list[Token]) -> bool:
    long_words = [t for t in toks if t.text.isalpha() and len(t.text) > 3 and not t.quoted]
    return len(long_words) >= 3 and sum(t.text[0].isupper() for t in long_words) >= 0.8 * len(long_words)


def _first_that(toks: list[Token], i: int, hi: int) -> int | None:
    """The first unquoted "that" of ``toks[i:hi]`` within 40 tokens, unless a semicolon or colon comes
    first; "except that" and "so that" join clauses of the reporter's."""
    window = toks[i:min(hi, i + 40)]
    for j in compress(range(i, i + len(window)), map(_THAT_OR_STOP.__contains__, map(_LOWER, window))):
        if toks[j].lower != "that" or toks[j - 1].lower in {"except", "so"}:
            return None
        if not toks[j].quoted and not _that_time(toks, j, hi):
            return j
    return None


_THAT_PERIODS = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year"})


def _that_time(toks: list[Token], i: int, hi: int) -> bool:
    """Whether ``toks[i]`` opens a time ("told reporters that night the strikes …"), not a clause ("said
    that day was the worst")."""
    return toks[i].lower == "that" and i + 1 < hi and toks[i + 1].lower in _THAT_PERIODS \
        and not (i + 2 < hi and (FINITE.match(toks[i + 2].lower) or toks[i + 2].lower in IRREGULAR_PAST))


_THAT_OR_STOP = frozenset({"that", ";", ":"})
# Verbs whose listener comes before a clause with no "that": "told reporters the plan was dead".
_TELL_A_CLAUSE = frozenset({"tell", "assure", "inform", "remind", "warn"})


_TIME_CLAUSE_OPENERS = frozenset({"when", "whenever", "while", "although", "though"})
_NOT_CLAUSE_OPENERS = PREPOSITIONS | {"to", "that", "and", "but", "or"}

_CONTRACTED_SUBJECTS = PRONOUNS | {"that", "there"}


def _present_verb(toks: list[Token], i: int, j: int) -> bool:
    """A present-tense "-s" verb after the subject that opens a clause at ``toks[i]``: "Trump
    wants", "he sees", "the party plans" (not "other Western allies", "the talks")."""
    word = toks[j].text
    if not (word.islower() and word.isalpha() and word.endswith("s")) or word.endswith(("ss", "us", "is")):
        return False
    p = toks[j - 1]
    if p.lower in {"he", "she", "it", "who", "which"}:
        return True
    if p.text.endswith("s") or not p.text.isalpha():
        return False
    if _is_name(p):
        return all(_is_name(t) for t in toks[i:j])
    return p.text.islower() and j - 2 == i and toks[i].lower in DETERMINERS


# Adverbs of frequency stand before a verb: "the app often cut her hours"
_FREQUENCY_ADVERBS = frozenset({"often", "never", "always", "sometimes", "routinely", "repeatedly", "frequently",
                                "regularly", "rarely", "seldom", "usually"})


def _looks_like_clause(toks: list[Token], i: int, hi: int) -> bool:
    """A finite verb within a few words, before any comma: "said the Kremlin is reviewing"."""
    if i + 1 < hi and toks[i].lower in {"this", "that"} and (FINITE.match(toks[i + 1].lower) or (
            toks[i + 1].text.isalpha() and toks[i + 1].text.islower() and toks[i + 1].text.endswith("s")
            and not toks[i + 1].text.endswith(("ss", "us", "is")))):
        return True  # "say this is just a rough patch", "believe this provides an incentive"
    if i + 2 < hi and toks[i].lower == "this" and toks[i + 1].lower in _PERIODS and FINITE.match(toks[i + 2].lower):
        return True  # "saying this year will meet expectations": the period is the subject, not a time
    if i >= hi or not toks[i].text[0].isalnum() or (toks[i].lower in _NOT_CLAUSE_OPENERS and not (
            toks[i].lower == "this" and i + 1 < hi and toks[i + 1].lower not in _PERIODS)):
        return False  # but "think this meeting is too late" is no "said this week"
    if toks[i].lower in _PRONOUNS_BUT_IT_YOU and i + 1 < hi and (toks[i + 1].text.isalpha() or (
            toks[i + 1].quoted and i + 2 < hi and toks[i + 2].text.islower())):
        return True  # "said she opposes ...", "said he “hand-delivered a letter”"
    j, end = i, min(hi, i + 12)
    skipped = False  # past a relative clause or a dash's aside
    while j < end:
        if toks[j].text == ",":  # "said their networks, almost all men a few years ago, were"
            if j > i and j + 1 < hi and AUXILIARY_VERB.match(toks[j + 1].lower):
                # the verb after an apposition: "said the aide …, Paul Manafort, should be"; but a speaker
                # closes the aside in "The plan, said the minister, was dead"
                return skipped
            close = next((m for m in range(j + 1, min(hi, j + 12)) if toks[m].text == ","), None)
            if close is None or j == i or toks[j + 1].lower in {"who", "which", "whose", "because"} \
                    or toks[j + 1].lower in SUBORDINATORS \
                    or (close + 1 < hi and toks[close + 1].lower in {"who", "which", "whose"}):
                return False  # "said a spokesman, Oleg Voloshyn, who also ran": no verb of the content's
            end, j = min(hi, close + 3), close + 1  # the verb right after the parenthesis
            continue
        if toks[j].text in _DASHES and j > i:  # "said state authorities – and not Washington – are"
            width = 2 if toks[j].text == "-" and j + 1 < hi and toks[j + 1].text == "-" else 1  # "--"
            close = next((m for m in range(j + width + 1, min(hi, j + 14)) if toks[m].text == toks[j].text), None)
            if close is not None:
                end, j, skipped = min(hi, close + width + 2), close + width, True
                continue
        if toks[j].text in CLAUSE_BREAKS:
            return False
        if j > i and toks[j].lower in {"who", "whom", "whose"}:
            # The relative clause's verb is not the content's: "said an official who was briefed";
            # a verb after the comma that closes it may be ("said the aide who succeeded him,
            # Paul Manafort, should be fired").
            close = next((m for m in range(j + 1, min(hi, j + 12)) if toks[m].text == ","), None)
            if close is None:
                return False
            end, j, skipped = min(hi, close + 6), close + 1, True
            continue
        possessive = toks[j].text.endswith(("'s", "\u2019s")) and j + 1 < hi and (
            toks[j + 1].text[0].isupper() or (j > i and toks[j - 1].lower in DETERMINERS))  # "the company's chief"
        # "in late May", "aide Will Ott": a month or a name, not a modal
        month_or_name = j > i and toks[j].text in {"May", "Will"} and toks[j - 1].text.islower()
        if j > i and not possessive and not month_or_name and (
                FINITE.match(toks[j].lower) or toks[j].lower in IRREGULAR_PAST or _present_verb(toks, i, j)
                or (j > i + 1 and toks[j - 1].lower in _FREQUENCY_ADVERBS and toks[j].text.isalpha()
                    and toks[j].text.islower() and toks[j].lower not in PREPOSITIONS)):
            # "said the Kremlin is reviewing", "said the minister stood by", "said the party wants", "said the app
            # often cut her hours"
            return True
        contracted = CONTRACTED.match(toks[j].lower) if j == i else None
        if contracted and contracted.group(1) in _CONTRACTED_SUBJECTS:
            return True  # "said it’s unrealistic", "said she’ll leave"
        j += 1
    return False


_RELATIVE_OPENERS = frozenset({"who", "which", "whose", "where", "when"})


def _clause_before(toks: list[Token], i: int, j: int) -> bool:
    """Whether an auxiliary verb stands in ``toks[i:j]`` outside a relative clause (", who has ...,")."""
    relative = False
    for k in range(i, j):
        word = toks[k].lower
        if word in _RELATIVE_OPENERS or word == ",":
            relative = word != "," or (k + 1 < j and toks[k + 1].lower in _RELATIVE_OPENERS)
        elif not relative and AUXILIARY_VERB.match(word):
            return True
    return False


def _infinitive_between(toks: list[Token], i: int, j: int) -> bool:
    """Whether "to" and a verb stand in ``toks[i:j]`` ("urged the party to coalesce", "urged Beijing to
    “act with restraint”", not "told reporters during a visit to Scotland")."""
    for m in range(i, min(j, len(toks) - 1)):  # "to" needs a word after it
        if toks[m].lower == "to":
            v = m + 1
            while v + 1 < len(toks) and _is_quote_mark(toks[v]):
                v += 1  # "pledges to ''make sure …''"
            verb = toks[v]
            # in a headline's title case any word is capitalised ("Cruz Refuses to Disavow …"), but not a
            # possessive ("pushes claim to Guyana's Essequibo")
            headline = m > 0 and toks[m - 1].text[0].isupper() and not verb.lower.endswith(("'s", "\u2019s"))
            if (verb.text.islower() or headline) and verb.text.isalpha() and verb.lower not in DETERMINERS \
                    and verb.lower not in POSSESSIVES:
                return True
    return False


def _quotation_before(toks: list[Token], i: int, j: int) -> bool:
    """Whether a quotation longer than a title stands in ``toks[i:j]`` ("said on Thursday he
    “…,” and he said he hoped that …": that "that" is another report's; not "said on ''Meet the
    Press'' that")."""
    return sum(t.quoted and t.text[0].isalnum() for t in toks[i:j]) > MIN_CONTENT_WORDS
