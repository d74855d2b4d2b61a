"""Who speaks: the noun phrase before (or after) a reporting expression, through appositions,
relative clauses, occasions ("Sanders at a rally in Iowa said") and introductory phrases."""
from __future__ import annotations

import re

from ..speakers import institution_words
from ..text import us_states
from .lexicon import (
    APPROXIMATORS, AUXILIARIES, AUXILIARY_VERB, CLAUSE_BREAKS, _CONJUNCTIONS, CONTRACTED, cue_lexicon, _cue_starts,
    DETERMINERS,
    _EXPLETIVES, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, _JOINERS_AND_PREPOSITIONS, _LY_NOUNS,
    MAX_SPEAKER_WORDS, MODALS, MONTHS, NAME_JOINERS, NAMING_NOUNS, NON_FINITE, _NUMBER_WORDS, OCCASIONS,
    OUTLET_MODIFIERS, PASSIVE, _PERIODS, _PLAIN_DETERMINERS, POSSESSIVES, PREPOSITIONS, PRONOUNS, _PRONOUNS_BUT_IT_YOU,
    SCENE_OPENERS, SENTENCE_ADVERBS, speaker_nouns, _subject_nouns, SUBORDINATORS, _TIME_NOUNS, TIME_WORDS,
    TITLE_MODIFIERS, utterance_nouns, _verb_cues,
)
from .tokens import _is_contracted_pronoun, _is_name, _is_number, _is_quote_mark, _LOWER, _may_be_verb, _TEXT, Token


def _is_state_after_city(toks: list[Token], a: int, b: int) -> bool:
    """Whether ``toks[a:b + 1]`` is a state after a city and a comma ("Aurora, Colorado", "Austin, Texas"), or a
    university's campus ("the University of California, Los Angeles")."""
    if a < 2 or toks[a - 1].text != "," or not _is_name(toks[a - 2]):
        return False
    if toks[a - 2].lower not in OCCASIONS and toks[a - 2].lower not in TIME_WORDS \
            and " ".join(t.text for t in toks[a:b + 1]) in us_states():
        return True
    return b - a < 3 and all(map(_is_name, toks[a:b + 1])) \
        and any(t.text == "University" for t in toks[max(0, a - 6):a - 1])


# Prepositions that are never adjectives ("$9.4 million into ads"; but "an inside source", "an outside group")
_PURE_PREPOSITIONS = frozenset({"amid", "as", "at", "during", "into", "onto", "over", "through", "under", "upon",
                                "via", "within"})


def _joiners_start(toks: list[Token], j: int, lo: int) -> int:
    """Index of the first of up to two name joiners ending at ``toks[j]`` ("von der")."""
    return j - 1 if j - 1 > lo and toks[j - 1].lower in NAME_JOINERS and toks[j - 1].lower != "the" else j


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _np_before(toks: list[Token], k: int, lo: int = 0) -> tuple[int, int] | None:
    """Token range of the noun phrase ending at ``toks[k]`` (a speaker), or None."""
    if k < lo or toks[k].quoted:
        return None
    head = toks[k]
    if head.lower in PRONOUNS or _is_contracted_pronoun(head.lower):
        verb = toks[k - 1] if k > lo else None
        if head.lower in {"it", "you"} and verb is not None and verb.text.islower() and (
                verb.lower in IRREGULAR_PAST or (verb.lower.endswith("ed") and _may_be_verb(verb))) \
                and verb.lower not in _cue_starts():  # but "announced it added": the content's subject
            return None  # "the group that seized it last year dismissed": an object, not the subject
        return (k, k)  # "he", "He's said"
    if (head.lower in SENTENCE_ADVERBS or head.lower in {"and", "or", "nor"}) \
            and (k == lo or not toks[k - 1].text[0].isalnum()) \
            and k + 1 < len(toks) and toks[k + 1].text[0].isalpha():
        return None  # "But consider …": an opening word before a verb, not a name
    nouns = _subject_nouns()
    if not (_is_name(head) or head.lower in nouns):
        # "the former secretary of state": a speaker noun and a short "of" phrase
        of = next((m for m in range(k - 1, max(lo, k - 3) - 1, -1) if toks[m].lower == "of"), None)
        if of is None or of - 1 < lo or toks[of - 1].lower not in nouns or head.lower in _CONJUNCTIONS \
                or not all(t.text.isalpha() and not t.quoted for t in toks[of + 1:k + 1]):
            return None
        np_ = _np_before(toks, of - 1, lo)
        return (np_[0], k) if np_ is not None else None
    i = k
    while i - 1 >= lo:
        prev = toks[i - 1]
        if prev.quoted:
            break
        if prev.lower in MONTHS and i - 2 >= lo and toks[i - 2].lower in PREPOSITIONS:
            break  # "in September Clinton said"
        if _is_name(prev) and prev.lower not in {"but", "and", "while", "when", "as"}:
            i -= 1
        elif prev.lower in NAME_JOINERS and prev.lower != "the" and _is_name(toks[i]) \
                and (j := _joiners_start(toks, i - 1, lo)) - 1 >= lo and _is_name(toks[j - 1]):
            i = j  # "Secretary of State", "Ursula von der Leyen"
        elif prev.lower == "on" and _is_name(toks[i]) and i - 2 >= lo and toks[i - 2].text in institution_words():
            i -= 2  # "the Council on Foreign Relations"
        elif prev.lower == "the" and i - 2 >= lo and _is_name(toks[i - 2]) \
                and " ".join(t.text for t in toks[i - 2:k + 1]) in institution_words():
            i -= 2  # "Save the Children"
        elif _is_superlative(toks, i - 1, k, lo):
            i -= 1  # "Haiti's most powerful gang coalition"
        elif (_ORDINAL.fullmatch(prev.text) or (prev.text.isdigit() and i - 2 >= lo and _is_name(toks[i - 2])
                                                and not toks[i].text.isupper())) and _is_name(toks[i]):
            i -= 1  # "the 110th Brigade", "Channel 12 News"
        elif prev.lower in DETERMINERS:
            i -= 1
            if i - 1 >= lo and toks[i - 1].lower in _BEFORE_NUMBERS and prev.lower in _NUMBER_WORDS:
                i -= 1  # "the three scholars"
            break
        elif prev.text.replace(",", "").isdigit() and len(prev.text) != 4 and head.lower in nouns and i == k \
                and not (i - 2 >= lo and toks[i - 2].text in {"No", "Number"}):
            i -= 1  # "400 professors", not "the 2008 campaign" nor "A No 10 spokesman"
            break
        elif prev.text.islower() and prev.lower in nouns and _is_name(toks[i]) and not prev.quoted and (
                (m := _modifiers_start(toks, i - 1, lo)) - 1 < lo or toks[m - 1].text in {",", "\u2014"} or (
                    _is_name(toks[m - 1]) and toks[m - 1].lower not in POSSESSIVES)):
            # "Portuguese newspaper Correio de Manha", "…, economist Paul Krugman": a title before a name;
            # "Russian state-owned news agency TASS": an outlet's with its modifiers
            i = m
        elif prev.text.islower() and prev.text.isalpha() and head.lower in nouns and not prev.lower.endswith("ly") and \
                prev.lower not in NON_FINITE and prev.lower not in AUXILIARIES and \
                prev.lower not in PASSIVE and prev.lower not in _NOT_BEFORE_A_NOUN \
                and prev.lower not in _PURE_PREPOSITIONS and prev.lower not in _NOT_MODIFIERS \
                and prev.lower not in SUBORDINATORS and not prev.lower.endswith("ed") \
                and prev.lower not in _FINITE_VERBS \
                and not (prev.lower.endswith("ing") and (prev.lower,) in cue_lexicon()):
            i -= 1  # "senior officials", "a US person"; not "citing internal documents", "said Zelensky's remarks"
        elif _is_compound_modifier(prev) and (prev.lower in OUTLET_MODIFIERS or head.lower in nouns):
            i -= 1  # "Egypt's state-affiliated Al-Qahera News", "Iran's semi-official Tasnim news agency"
        elif prev.lower in TITLE_MODIFIERS and prev.text.islower() and _is_name(toks[i]) and (
                i - 2 < lo or toks[i - 2].text == "," or (
                    _is_name(toks[i - 2]) and not toks[i - 2].quoted and toks[i - 2].lower not in FUNCTION_WORDS)):
            # "Syria's interim President Ahmad al-Sharaa": the modifier between names is the title's, and so is one
            # opening the phrase ("…, regional Governor Oleh Kiper reported")
            i -= 1
        elif len(prev.text) == 4 and prev.text.isdigit() and head.lower in nouns:
            i -= 1  # "a 2009 paper", "the 2012 nominee"
        elif prev.text == "10" and i - 2 >= lo and toks[i - 2].text in {"No", "Number"} and head.lower in nouns:
            i -= 2  # "A No 10 spokesman": Downing Street's
        elif prev.text.islower() and prev.lower.endswith(("'s", "\u2019s")) and prev.text[:-2].isalpha() \
                and (head.lower in nouns or _is_name(head)):
            i -= 1  # "The British capital's new mayor", "the party's nominee", "the U.S. military's Central Command"
        elif prev.text in {"'", "\u2019"} and i - 2 >= lo and toks[i - 2].end == prev.start \
                and toks[i - 2].text.endswith("s") and toks[i - 2].text.isalpha() and not toks[i - 2].quoted \
                and (head.lower in nouns or _is_name(head)):
            i -= 2 if toks[i - 2].text.islower() else 1  # "The Philippines' coast guard", "the rebels' spokesman"
        else:
            break
    if lo <= i - 2 and i < k and toks[i - 1].lower in {"and", "or"} and toks[i].text.islower() \
            and (toks[i - 2].text.islower() or i - 2 == 0) and toks[i - 2].text.isalpha() \
            and toks[i - 2].lower not in FUNCTION_WORDS and toks[i - 2].lower not in nouns \
            and not toks[i - 2].lower.endswith(("s", "ing")) and not toks[i].lower.endswith("ing") \
            and not _may_be_verb(toks[i - 2]):
        i -= 2  # "Current and former officials": two modifiers of one noun
    # "the former CEO of Hewlett-Packard": a determiner and adjectives before a title belong to it
    m = i - 1
    while m >= lo and i - m <= 3 and toks[m].text.islower() and toks[m].lower not in FUNCTION_WORDS \
            and toks[m].text.isalpha() and not _may_be_verb(toks[m]) and toks[m].lower not in _NOT_MODIFIERS \
            and toks[m].lower not in _RELATIVE_WORDS:
        m -= 1
    if lo <= m < i - 1 and toks[m].lower in _PLAIN_DETERMINERS and not toks[m].quoted \
            and toks[i].lower not in DETERMINERS:  # not "a move the opposition described as …"
        i = m
    # A sentence-initial capital is not a name by itself ("Meanwhile", "Nonetheless", "What Romney has said").
    while i < k and (toks[i].lower in SENTENCE_ADVERBS or toks[i].lower in _NOT_BEFORE_A_NOUN):
        i += 1
    if lo <= i - 2 and toks[i - 1].lower == "and" and toks[i].lower in DETERMINERS and _is_name(toks[i - 2]) \
            and (first := _np_before(toks, i - 2, lo)) is not None:
        i = first[0]  # "The U.S. and its allies have warned": both speak
    if i < k and any(t.lower == "and" for t in toks[i:k]):
        i = _list_start(toks, i, lo)  # "Britain, Canada and New Zealand said"
    if lo <= i - 2 and toks[i - 1].lower == "on" and toks[i].lower in {"both", "all", "either"} \
            and toks[i - 2].lower in nouns and (outer := _np_before(toks, i - 2, lo)) is not None:
        i = outer[0]  # "Officials on both sides": the officials speak
    return (i, k)


def _list_start(toks: list[Token], i: int, lo: int) -> int:
    """Index of the first name of a list opening the clause whose last names, joined by "and", begin at
    ``toks[i]`` ("Britain, Canada and New Zealand"); not a place or time set off before them ("In
    Kyiv, Zelensky and Macron", "Earlier, Zelensky and Macron")."""
    while i - 2 >= lo and toks[i - 1].text == "," and _is_name(toks[i - 2]) and toks[i - 2].lower not in TIME_WORDS \
            and toks[i - 2].lower not in SENTENCE_ADVERBS:
        j = i - 2
        while j - 1 >= lo and _is_name(toks[j - 1]):
            j -= 1
        if (j > lo and toks[j - 1].text != "," and toks[j - 1].lower not in {"of", "from"}) \
                or toks[j].lower in FUNCTION_WORDS:
            break
        i = j
        if j > lo and toks[j - 1].text != ",":
            break  # "Officials from Georgia, Tennessee and Virginia": the list closes its head's phrase
    return i


def _modifiers_start(toks: list[Token], k: int, lo: int) -> int:
    """Index of the first of up to two lower-case modifiers before a news outlet's or a company's noun
    ``toks[k]`` ("state news agency", "state-owned news agency", "maritime security firm"), or ``k``."""
    if toks[k].lower not in NAMING_NOUNS:
        return k
    m = k
    while m - 1 >= lo and k - m < 2 and _may_modify(toks[m - 1]):
        m -= 1
    return m


def _may_modify(t: Token) -> bool:
    """Whether ``t`` may be a lower-case modifier of a noun: no function word, and no verb."""
    return not t.quoted and t.lower not in FUNCTION_WORDS and (
        _is_compound_modifier(t) or (t.text.isalpha() and t.text.islower() and not _may_be_verb(t)))


def _is_compound_modifier(t: Token) -> bool:
    """Whether ``t`` is a lower-case compound before a noun or name ("state-run", "semi-official", "72-year-old")."""
    return "-" in t.text and t.text.islower() and t.text.replace("-", "").isalnum() and not t.text.startswith("-")


# Words that open a clause, not a noun phrase: "in the state, where voters said" is the voters'
_NOT_BEFORE_A_NOUN = frozenset({"and", "but", "or", "that", "which", "who", "where", "when", "whom", "whose", "what",
                                "how", "why"})
# "the three scholars", "all four candidates": a number after a determiner of its own
_BEFORE_NUMBERS = frozenset({"the", "these", "those", "all"})
_FINITE_VERBS = IRREGULAR_PAST | {"said", "says", "told", "tells"}  # never a modifier nor in a subject
# Nouns that head a phrase of their own before a name: "in a way FBI Director James Comey slammed"
# nouns, not modifiers of the subject after them: "the way Trump said", "a move Republicans warned would backfire"
_NOT_MODIFIERS = frozenset({"way", "time", "day", "year", "week", "month", "moment", "manner", "move", "step",
                            "decision", "measure", "proposal", "idea", "phrase", "refrain", "mantra", "slogan",
                            "formula"})


def _phrase_after_auxiliary(toks: list[Token], k: int, lo: int) -> int | None:
    """Index of the auxiliary before a phrase of a preposition and up to three words in lower case that ends
    at ``toks[k]``, right before a verb: "has in recent speeches described"."""
    for p in range(k - 1, max(lo, k - 4), -1):
        if not (toks[p].text.isalpha() and toks[p].text.islower()):
            return None
        if toks[p].lower in {"in", "on", "at", "during"}:
            return p - 1 if p - 1 >= lo and toks[p - 1].lower in {"has", "have", "had"} else None
    return None


def _skip_between(toks: list[Token], k: int, lo: int) -> int:
    """Step back over what stands between a subject and its verb: auxiliaries, adverbs, days
    ("Sanders on Saturday said") and a parenthesis ("Sanders (I-Vt.) said")."""
    while k >= lo:
        t = toks[k]
        if t.lower in MODALS and t.text[0].isupper() and k + 1 < len(toks) and toks[k + 1].text.islower() \
                and (toks[k + 1].lower.endswith(("ed", "s")) or toks[k + 1].lower in IRREGULAR_PAST
                     or toks[k + 1].lower in {"said", "told"}):
            return k  # "Will wrote", "May says": a modal is never followed by a finite verb; a name is
        if t.lower in _FLOATING_QUANTIFIERS and (k == lo or toks[k - 1].lower in SENTENCE_ADVERBS
                                                  or toks[k - 1].text in {",", ":", ";"}):
            return k  # "And both vowed": the quantifier is the subject, not "Bolton and Gorka both"
        if (t.lower in _BEFORE_VERB and not _adverb_as_surname(toks, k, lo)) \
                or (t.lower.endswith("ly") and t.text.islower() and t.lower not in _LY_NOUNS) or t.text in _ASIDES:
            k -= 1  # "His family say": no adverb
        elif t.lower == "on" and k + 1 < len(toks) and toks[k + 1].lower in TIME_WORDS:
            k -= 1
        elif t.lower == "past" and k - 2 >= lo and toks[k - 1].lower == "the" and toks[k - 2].lower == "in":
            k -= 3  # "who has in the past described"
        elif t.text.isalpha() and t.text.islower() and (phrase := _phrase_after_auxiliary(toks, k, lo)) is not None:
            k = phrase  # "has in recent speeches described", "had on several occasions said"
        elif t.lower == "to" and k - 1 >= lo and toks[k - 1].lower in _RAISING_VERBS:
            k -= 2  # "Clinton seems to have found"
        elif t.lower in _PERIODS and k - 1 >= lo and toks[k - 1].lower in {"last", "this", "next"}:
            k -= 2  # "Feinstein last week said"
        elif t.lower in _PERIODS and k - 2 >= lo and toks[k - 1].lower == "past" and toks[k - 2].lower == "this":
            k -= 3  # "Priebus this past week announced"
        elif t.lower == "ago" and k - 2 >= lo and toks[k - 1].lower in _TIME_NOUNS and _is_number(toks[k - 2]):
            k -= 3  # "Sanders two weeks ago said"
        elif t.lower in _TIME_NOUNS and lo < k < len(toks) - 1 and toks[k + 1].lower in {"later", "earlier"} \
                and (_is_number(toks[k - 1]) or toks[k - 1].lower in {"a", "an"}):
            k -= 2  # "Fiorina a month later announced": "later" was stepped over as an adverb
        elif t.text == ")" or t.text in _DASHES:
            opening = "(" if t.text == ")" else t.text
            j = k - 1
            while j >= lo and toks[j].text == "-" == t.text:
                j -= 1  # the rest of a "--" dash
            while j >= lo and toks[j].text != opening and k - j < 20:
                j -= 1
            if j < lo or toks[j].text != opening:
                return k
            k = j - 1
            while k >= lo and toks[k].text == "-":
                k -= 1  # the first hyphen of a "--" dash
        else:
            return k
    return k


def _adverb_as_surname(toks: list[Token], k: int, lo: int) -> bool:
    """Whether the adverb at ``toks[k]`` is capitalised after a name, as a surname: "Brock Long said" (but not a
    headline's verbs, "Trump May Not Have Said", nor a day, "Trump Monday said")."""
    t = toks[k]
    return t.text[0].isupper() and k > lo and toks[k - 1].text[0].isupper() and toks[k - 1].lower not in _BEFORE_VERB \
        and t.lower not in TIME_WORDS and t.lower not in MODALS and t.lower not in _NEGATIONS \
        and AUXILIARY_VERB.match(t.lower) is None


def _occasion_before(toks: list[Token], k: int, lo: int) -> int | None:
    """The preposition opening a phrase that ends at ``toks[k]`` and names the occasion of a report
    ("in a statement", "at a rally in Iowa", "on Twitter", "in 2012") after a speaker's last word."""
    # Most subjects have no occasion after them: the phrase ends in the occasion itself or in a
    # prepositional phrase right after it ("with CNN", "in Iowa").
    if k < lo or not (toks[k].lower in OCCASIONS or toks[k].text.isdigit()
                      or not _OCCASION_LINKS.isdisjoint(map(_LOWER, toks[max(lo, k - 3):k]))):
        return None
    window = toks[max(lo, k - 7):k + 1]
    if OCCASIONS.isdisjoint(map(_LOWER, window)) and not any(map(str.isdigit, map(_TEXT, window))):
        return None
    found = None
    occasion = None  # the last occasion word seen; after it only a prepositional phrase may follow
    for p in range(k, max(lo, k - 8), -1):
        t = toks[p]
        if t.quoted or not t.text[0].isalnum() or (_may_be_verb(t) and t.lower not in OCCASIONS) \
                or t.lower in PRONOUNS or t.lower in _CONJUNCTIONS \
                or (t.lower in FUNCTION_WORDS and t.lower not in _IN_AN_OCCASION):
            break
        if t.lower in OCCASIONS or t.text[0].isdigit():
            if p < k and toks[p + 1].lower not in _IN_AN_OCCASION:
                break  # "in September Clinton": the name after the date is the subject
            occasion = p
        if t.lower in _OCCASION_PREPOSITIONS and occasion is not None and p > lo \
                and (_is_name(toks[p - 1]) or toks[p - 1].lower in speaker_nouns()) \
                and toks[p - 1].lower not in SUBORDINATORS:
            found = p  # the earliest: "at a rally in Iowa"
    return found


_OCCASION_PREPOSITIONS = frozenset({"in", "at", "on", "during"})
_IN_AN_OCCASION = DETERMINERS | _OCCASION_PREPOSITIONS | {"with", "of", "to"}  # "in an interview with CNN"
_OCCASION_LINKS = _OCCASION_PREPOSITIONS | {"with"}  # "at a rally in Iowa", "… with CNN"


def _conjunction_before_occasion(toks: list[Token], ci: int) -> int | None:
    """Index of the "and" or "but" before an occasion phrase that ends right before the verb at
    ``toks[ci]`` ("and in a statement praised", "but on Tuesday said")."""
    for p in range(ci - 2, max(-1, ci - 8), -1):
        t = toks[p]
        if t.quoted or not t.text[0].isalnum() or t.lower in PRONOUNS or t.lower == "that":
            return None  # "but on Tuesday wrote that she agreed": "agreed" has a subject of its own
        if t.lower in _OCCASION_PREPOSITIONS:
            between = toks[p + 1:ci]
            return p - 1 if p > 0 and toks[p - 1].lower in {"and", "but"} and any(
                w.lower in OCCASIONS or w.lower in TIME_WORDS or w.text[0].isdigit() for w in between) else None
    return None


_ADVERBS = frozenset(w for w in AUXILIARIES if not AUXILIARY_VERB.match(w))  # "also", "never", "not", "still"
_NEGATIONS = frozenset({"not", "never"})


def _is_negation(word: str) -> bool:
    """"not", "never", or a verb with "n't" ("didn't", "wouldn’t")."""
    return word in _NEGATIONS or word.endswith(("n't", "n\u2019t"))
_LINKING_VERBS = frozenset({"remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
                            "become", "becomes", "became", "grew", "feel", "feels", "felt"})
_RELATIVE_WORDS = frozenset({"what", "which", "that", "who", "whom", "whose"})
# "Kasich is telling", "Trump isn’t saying" (a passive was refused before)
_PROGRESSIVE = PASSIVE - {"be", "being", "get", "got"}
_RAISING_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})  # "Bolton and Gorka both denounced"
_ASIDES = frozenset({"however", "meanwhile", "though", "instead", "nonetheless", "nevertheless", "therefore"}) \
    | _FLOATING_QUANTIFIERS  # "Carter however said"
_DASHES = frozenset({"\u2014", "\u2013", "-"})  # "Many speakers — Muslims, Jews — said"
_BEFORE_VERB = AUXILIARIES | TIME_WORDS | _PROGRESSIVE


# "Sen. Ron Johnson, R-Wis., said": a US legislator's party and state between commas.
_PARTY_AND_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")


def _subject_phrase(toks: list[Token], ci: int, lo: int, strong: bool = False) -> tuple[int, int] | None:
    """The noun phrase before the cue at ``toks[ci]``, skipping auxiliaries,
    a parenthetical (", on the other hand,") or a relative clause (", who ...,"), and taking in an
    apposition ("Russia's UN envoy, Vassily Nebenzia")."""
    k = _skip_between(toks, ci - 1, lo)
    if (p := _occasion_before(toks, k, lo)) is not None:
        k = _skip_between(toks, p - 1, lo)  # "Sanders at a rally in Iowa said", "Trump in an interview with CNN said"
    if k > lo and toks[k].text == "," and toks[k - 1].text == ")":
        # "Gov. John Kasich (R-OH), said"; not the end of an aside: "The military, in a statement from its
        # media wing Inter-Services Public Relations (ISPR), said"
        opener = next((m for m in range(k - 2, lo - 1, -1) if toks[m].text == "," and not toks[m].quoted), None)
        # a short form in brackets: "(EAC)", "(Celios)"; not a state: "Sanders (Vermont)"
        abbreviation = k >= 3 and toks[k - 3].text == "(" and len(toks[k - 2].text) > 1 and toks[k - 2].text.isalpha() \
            and (toks[k - 2].text.isupper() or toks[k - 2].text.istitle() and toks[k - 2].text not in us_states())
        if (opener is None or toks[opener + 1].lower not in PREPOSITIONS) and not abbreviation:
            # but "…, the chairman of the East African Community (EAC), said": the name's short form
            k = _skip_between(toks, k - 1, lo)
    if k < lo:
        return None
    if (toks[k].lower in {"who", "which"} or toks[k].lower in _FLOATING_QUANTIFIERS or (
            toks[k].lower in _STANDALONE_SPEAKERS and k > lo and (toks[k - 1].lower in {"and", "but", "while"} or (
                toks[k - 1].text == "," and k - 1 > lo and toks[k - 2].lower in _ASIDES and k - 2 == lo))
            and not toks[k + 1].lower.endswith("ly") and not toks[ci].lower.endswith("ing"))) \
            and not toks[k].quoted:
        # "Mr. Sanders, who said ...": the relative pronoun, resolved later; "And both vowed"; "… and others said"
        return (k, k)
    if toks[k].lower == "that" and k > lo and toks[k - 1].text[0].isalnum() and (
            strong or toks[k - 1].lower in _subject_nouns() or toks[k - 1].lower in utterance_nouns()):
        # "T-shirts that said “…”", "a new ad that urges voters to …"
        head = k - 1
        if head - 2 >= lo and (toks[head].lower in MONTHS or toks[head].lower in TIME_WORDS) \
                and toks[head - 1].lower in PREPOSITIONS:
            head -= 2  # "one in September that said": the date is no speaker
        return _np_before(toks, head, lo) or _noun_before(toks, head, lo)
    mark = k - 1 if k > lo and toks[k].text == "'" == toks[k - 1].text else k  # '' closes too
    if mark > lo and _is_quote_mark(toks[k]) and toks[mark - 1].text == ",":
        k = mark - 1  # "Humphrey, who calls Trump a “sociopath,” said"
    while toks[k].text == ",":
        # The comma that opens the parenthetical, then what it holds (quotations included).
        j = k - 1
        while j >= lo and (toks[j].text != "," or toks[j].quoted) and k - j < 30:
            j -= 1
        if j < lo or toks[j].text != ",":
            return None
        inner = toks[j + 1:k]
        if inner and _is_state_after_city(toks, j + 1, k - 1):
            # "John Smith, a teacher from Austin, Texas, said", "a woman in Worcester, Massachusetts, told":
            # the state belongs to the place
            k = j if any(t.text == "," for t in toks[max(lo, j - 30):j]) else j - 1
            continue
        first = inner[0].lower if inner else ""
        if len(inner) == 1 and _is_name(inner[0]) and _described_name_before(toks, j, lo):
            k = j  # "Philippe Lazzarini, the head of the UN agency for refugees, Unrwa, said": the agency's name
            continue
        before = _np_before(toks, _skip_between(toks, j - 1, lo), lo)  # "Sen. Isakson (R-Ga.), one of ..."
        appositive = _np_before(toks, k - 1, j + 1)
        if before is not None and appositive is not None and appositive[0] == j + 1:
            # "Russia's UN envoy, Vassily Nebenzia"; "Mike Shields, president of the fund, a super PAC"
            before = _with_description_before(toks, before, lo)  # "the U.N. force, UNIFIL, Andrea Tenenti"
            return _before_relative_clause(toks, (_described_speaker(toks, before, before[1], lo)[0], k - 1), lo, ci)
        if appositive is not None and appositive[0] == j + 1 and all(_is_name(t) for t in inner):
            return appositive  # "Mr. Trump's former campaign manager, Corey Lewandowski, said"
        if _a_name_described(inner):
            return (j + 1, k - 1)  # "One of them, supervisory special agent Thomas Reyes, told"
        if first in {"who", "which", "whose", "whom"} or first in PREPOSITIONS or first in DETERMINERS \
                or _PARTY_AND_STATE.match(inner[0].text if inner else "") \
                or first[:1].isdigit() or first in {"however", "meanwhile", "though", "too", "like"} \
                or (_is_participle(first) and inner[0].text.islower()) \
                or ((first in AUXILIARIES or first.endswith("ly")) and len(inner) > 1  # ", still stinging over …,"
                    and _is_participle(inner[1].lower) and inner[1].text.islower()) \
                or (before is not None and _is_name(toks[before[1]]) and (inner and inner[0].text.islower() or (
                    any(t.text.islower() for t in inner) and not any(_may_be_verb(t) for t in inner)))):
            # ", speaking to Iowans,", "Mary Susan, clad in a red cape,", "Chris Covert, South Carolina director,"
            if before is None and strong and toks[j - 1].text != "," and not toks[j - 1].text.isdigit():
                before = _generic_np_before(toks, j - 1, lo)  # "Proponents of the bill, however, say"
            if before is not None and _is_state_after_city(toks, *before):
                k = before[0] - 1  # "…, who lost her daughter in Aurora, Colorado, in July 2012, said": a place
                continue
            if before is not None:  # "Paul Begala, a former adviser ..., said"; "Blinken, on the other hand, was"
                return _before_relative_clause(toks, _described_speaker(toks, before, before[1], lo), lo, ci)
            k = j  # a chain: "Jillian Chase, 27, a Tinder user in New York, said"
            continue
        return None
    if toks[ci].lower.endswith("ing") and strong:
        return _noun_before(toks, k, lo)  # "carrying signs saying, “…”"
    np_ = _with_head_before_preposition(toks, _np_before(toks, k, lo), k, lo)
    if (np_ is not None or not strong) and any(toks[r].lower == "that" and _relative_that(toks, r, k)
                                              for r in range(max(lo + 1, k - 8), np_[0] if np_ is not None else k)):
        # "the resistance group that seized it last year dismissed", "The band that won last year's Eurovision
        # Song Contest said": not what the relative clause's verb took
        np_ = _relative_subject(toks, k, lo) or np_
    if np_ is None and strong:
        np_ = _with_head_before_preposition(toks, _relative_subject(toks, k, lo) or _generic_np_before(toks, k, lo)
                                            or _long_np_before(toks, k, lo), k, lo)
    return _with_owner_of_infinitive(toks, np_, lo)


def _a_name_described(words: list[Token]) -> bool:
    """Whether ``words`` are a name with a role's lower-case words before it or a place after it
    ("supervisory special agent Thomas Reyes", "Denise Harper of Ohio")."""
    end = next((m for m, t in enumerate(words) if t.lower in {"of", "from"}), len(words))
    if end < len(words) and not (0 < end < len(words) - 1 and all(
            _is_name(t) or (t.lower == "the" and m == end + 1) for m, t in enumerate(words[end + 1:], end + 1))):
        return False  # "Denise Harper of Ohio", "Dr Peter Lindahl of the British Antarctic Survey"
    first = next((m for m in range(end) if _is_name(words[m])), end)
    return 0 < end - first and all(map(_is_name, words[first:end])) and first <= 4 \
        and (first > 0 or end < len(words)) \
        and all(t.text.isalpha() and t.text.islower() and not t.lower.endswith("ing") and not _may_be_verb(t)
                and t.lower not in FUNCTION_WORDS and t.lower not in _CONJUNCTIONS and t.lower not in _RELATIVE_WORDS
                for t in words[:first])  # not "whose district includes Eagle Pass"


def _described_name_before(toks: list[Token], comma: int, lo: int) -> bool:
    """Whether a description after a name of two words or more ends at the comma ``toks[comma]``: "Philippe
    Lazzarini, the head of the UN agency for refugees,"."""
    opener = next((m for m in range(comma - 1, max(lo, comma - 16) - 1, -1) if toks[m].text == ","), None)
    if opener is None or opener + 1 >= comma or toks[opener + 1].lower not in {"the", "a", "an"}:
        return False
    name = _np_before(toks, opener - 1, lo)
    return name is not None and name[1] > name[0] and all(_is_name(t) for t in toks[name[0]:name[1] + 1])


def _is_superlative(toks: list[Token], m: int, k: int, lo: int) -> bool:
    """Whether ``toks[m]`` is the "most" or "least" of a superlative inside the noun phrase ending at ``toks[k]``,
    after "the" or a possessive ("Haiti's most powerful gang coalition"), not a determiner ("most officials")."""
    return toks[m].lower in {"most", "least"} and m < k - 1 and m - 1 >= lo \
        and (toks[m - 1].lower == "the" or toks[m - 1].text.endswith(("'s", "\u2019s")))


def _is_participle(word: str) -> bool:
    """"speaking", "dressed", "known": a word that may open a participle's phrase (lower case)."""
    return word.endswith(("ing", "ed")) or word in IRREGULAR_PAST or word in IRREGULAR_PARTICIPLES


def _before_relative_clause(toks: list[Token], np_: tuple[int, int] | None, lo: int,
                            cue: int | None = None) -> tuple[int, int] | None:
    """The phrase before a relative clause or a participle's phrase that holds ``np_`` between commas: in
    "Jones, whose son, Mark, died …, said", "Jones, who met Smith, a lawyer, last year, said", "Hochstein,
    speaking after a meeting with Nabih Berri, an ally of Hezbollah, said" and "Hamas, which Israel, the US and
    the EU designate a terrorist group, said" (a list before the ``cue``) the speaker is the first."""
    if np_ is None:
        return None
    c = np_[0] - 1 - (np_[0] > lo and toks[np_[0] - 1].text == ",")
    while c >= lo and toks[c].text != "," and np_[0] - c < 30:
        c -= 1
    opener = toks[c + 1] if lo < c < np_[0] else None
    if opener is None or toks[c].text != "," or toks[c].quoted \
            or not (opener.lower in {"who", "whose", "which"}
                    or (opener.text.islower() and _is_participle(opener.lower))) \
            or (opener.lower == "which" and np_[0] == c + 2
                and not (cue is not None and any(t.lower == "and" for t in toks[np_[1] + 1:cue]))):
        return np_  # "…, which the defense minister, Vladimir Padrino, described as …": the clause's own subject
    owner = _np_before(toks, _skip_between(toks, c - 1, lo), lo)
    if owner is not None and (toks[owner[0]].lower in PREPOSITIONS
                              or (owner[0] > lo and toks[owner[0] - 1].lower in PREPOSITIONS)):
        return np_  # "In Kharkiv, which has been without power, the mayor, Ihor Terekhov, said": a place's clause
    return _described_speaker(toks, owner, owner[1], lo) if owner is not None else np_


def _with_head_before_preposition(toks: list[Token], np_: tuple[int, int] | None, k: int,
                                  lo: int) -> tuple[int, int] | None:
    """The noun phrase ``np_`` ending at ``toks[k]``, or, after a preposition, the phrase it belongs to: "one of
    the prosecutors for David Petraeus said", "People in his audience, who …, doubted"; "officials who spoke
    with The Huffington Post said" are the officials, as are "Officials from Georgia, Tennessee and
    Virginia"; after a participle and "by", "on" or "about", its noun's: "M23 rebels backed by Rwanda", "a
    diplomat briefed on the talks"."""
    if (described := _head_before_participle(toks, np_, lo)) != np_:
        return described
    joined = np_ is not None and np_[0] - 2 > lo and toks[np_[0] - 1].lower == "and" \
        and (first := _np_before(toks, np_[0] - 2, lo)) is not None and first[0] > lo \
        and toks[first[0] - 1].lower in _NP_PREPOSITIONS
    if joined:
        np_ = (first[0], np_[1])  # "familiar with the talks between Iran and the European powers": both
    if np_ is not None and np_[0] - 1 > lo and toks[np_[0] - 1].text.islower() and (
            toks[np_[0] - 1].lower.endswith("ed") or toks[np_[0] - 1].lower in IRREGULAR_PAST) \
            and toks[np_[0] - 2].lower in {"who", "that"} and (found := _relative_subject(toks, k, lo)) is not None:
        return found  # "Analysts who reviewed the files said": the analysts, not the files
    if np_ is not None and np_[0] > lo and (toks[np_[0] - 1].lower in {"since", "until", "before", "after"} or (
            toks[np_[0] - 1].lower == "who" and toks[np_[0]].text.islower() and toks[np_[0]].lower not in DETERMINERS
            and toks[np_[0]].lower not in PRONOUNS)) and (found := _relative_subject(toks, k, lo)) is not None:
        # "Activists who have protested every Friday since March welcomed", "A witness who lives nearby, who …, said":
        # the activists, the witness
        return found
    if np_ is not None and np_[0] > lo and toks[np_[0] - 1].lower in _NP_PREPOSITIONS and not (
            toks[np_[0] - 1].lower == "on" and np_[0] - 2 >= lo and toks[np_[0] - 2].lower.endswith("ed")):
        # "Republicans on the Senate Judiciary Committee", but "A statement posted on GunBroker.com" is the site's
        found = _relative_subject(toks, k, lo) or _generic_np_before(toks, k, lo)
        if joined and (found is None or found[0] >= np_[0]) and np_[0] - 2 > lo:
            # "A Western diplomat familiar with the talks between Iran and the European powers said"
            before = np_[0] - 2 - (toks[np_[0] - 2].lower == "familiar")
            head = _np_before(toks, before, lo)
            found = (head[0], np_[1]) if head is not None and head[1] == before else found
        if found is not None and any(t.text == "," for t in toks[np_[0]:found[0]]):
            # a list the phrase stops inside: "Officials from Georgia, Tennessee and Virginia said"
            head = _generic_np_before(toks, np_[0] - 2, lo) if np_[0] - 2 >= lo else None
            found = (head[0], np_[1]) if head is not None else np_
        return found or np_
    return np_


def _head_before_participle(toks: list[Token], np_: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The phrase ``np_``, or, after a participle and "by", "in", "on" or "about", the noun the participle
    describes: "M23 rebels backed by Rwanda said", "A Western diplomat briefed on the talks said", "Families of
    hostages held in Gaza, who …, accused"."""
    if np_ is not None and np_[0] - 3 >= lo and toks[np_[0] - 2].text.islower() and (
            (toks[np_[0] - 1].lower in {"by", "in"} and _is_participle(toks[np_[0] - 2].lower))
            or (toks[np_[0] - 1].lower in {"on", "about"} and toks[np_[0] - 2].lower in {"briefed", "informed"})):
        noun = np_[0] - 3
        if noun > lo and toks[noun].lower.endswith("ly") and toks[noun].text.islower():
            noun -= 1  # "a man fatally shot by police"
        if (head := _np_before(toks, noun, lo)) is not None:
            if head[0] - 2 >= lo and toks[head[0] - 1].lower == "of" \
                    and (owner := _np_before(toks, head[0] - 2, lo)) is not None:
                head = owner  # "The family of a man shot by police called on": the family
            return (head[0], np_[1])
    # "A former officer accused of overseeing the torture of detainees told": the one accused
    charged = next((m for m in range(np_[0] - 1, max(lo + 1, np_[0] - 8), -1)
                    if toks[m].lower in {"of", "with"} and toks[m - 1].lower in _CHARGED
                    and not any(t.text in CLAUSE_BREAKS for t in toks[m:np_[0]])), None) if np_ is not None else None
    if charged is not None and charged - 2 >= lo and (head := _np_before(toks, charged - 2, lo)) is not None:
        return (head[0], np_[1])
    return np_


_CHARGED = frozenset({"accused", "suspected", "charged", "convicted"})


def _with_owner_of_infinitive(toks: list[Token], np_: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The noun phrase ``np_``, or, when it is the object of an infinitive after a noun, the whole phrase
    from that noun's determiner: "The plan to build a wall says" is the plan's, not the wall's."""
    if np_ is None:
        return None
    verb = np_[0] - 1
    if verb - 2 >= lo and toks[verb - 1].lower == "to" and toks[verb].text.isalpha() and toks[verb].text.islower() \
            and toks[verb].lower not in FUNCTION_WORDS and not toks[verb].lower.endswith("ly") \
            and toks[verb - 2].text.islower() \
            and (owner := _np_before(toks, verb - 2, lo) or _noun_before(toks, verb - 2, lo)) is not None \
            and toks[owner[0]].lower in DETERMINERS:
        return (owner[0], np_[1])
    return np_


def _long_np_before(toks: list[Token], k: int, lo: int) -> tuple[int, int] | None:
    """A long subject that opens its clause: a noun group, then a preposition or a participle
    and what they take ("Republican activists clamoring to block Trump from the nomination say",
    "proponents of more controls on hate speech here say"), with no finite verb, conjunction,
    relative pronoun or quotation in it."""
    i = k
    while i > lo and k - i < MAX_SPEAKER_WORDS and toks[i - 1].text not in CLAUSE_BREAKS \
            and toks[i - 1].lower not in SENTENCE_ADVERBS:
        i -= 1
    if not (i == lo or toks[i - 1].text in CLAUSE_BREAKS or toks[i - 1].lower in SENTENCE_ADVERBS):
        return None
    if any(t.quoted or not t.text[0].isalnum() or AUXILIARY_VERB.match(t.lower) or t.lower in _NOT_IN_LONG_NP
           for t in toks[i:k + 1]):
        return None
    # The noun group: past any determiner, up to the first preposition or participle; only
    # its last word may be a plural ("Republican activists", not "Trump faces backlash").
    g = i + (toks[i].lower in DETERMINERS)
    while g <= k and not (toks[g].lower in PREPOSITIONS or toks[g].lower == "to"
                          or (toks[g].text.islower() and toks[g].lower.endswith(("ing", "ed")))):
        g += 1
    if g > k or g == i or toks[g].lower.endswith("ed") and toks[g - 1].lower in DETERMINERS:
        return None
    group = toks[i:g]
    head = group[-1]
    plural_inside = any(t.text.islower() and t.text.endswith("s") for t in group[:-1]) or (
        len(group) > 1 and head.text.islower() and group[-2].text.islower())  # "the PR effort comes ahead"
    if plural_inside or not (_is_name(head) or head.lower in speaker_nouns() or toks[i].lower in DETERMINERS
                             or (head.text.islower() and head.text.endswith("s"))):
        return None
    return (i, k)


_NOT_IN_LONG_NP = PRONOUNS | {"that", "which", "who", "whom", "whose", "and", "or", "but"}


def _noun_before(toks: list[Token], k: int, lo: int) -> tuple[int, int] | None:
    """The few words of a plain noun phrase ending at ``toks[k]`` ("water bottles", "a sign"),
    stopping at a verb form, a preposition or punctuation."""
    i = k
    while i >= lo and k - i < 4:
        t = toks[i]
        if t.lower in DETERMINERS:
            return (i, k)
        if t.quoted or not t.text.isalpha() or t.lower in FUNCTION_WORDS or t.lower in AUXILIARIES \
                or t.lower in PASSIVE or t.lower.endswith(("ed", "ing", "ly")) or t.lower in IRREGULAR_PAST \
                or t.lower in _PARTICLES:
            break
        i -= 1
    return (i + 1, k) if i < k else None


_PARTICLES = frozenset({"out", "up", "off", "down", "back", "away"})  # "passed out water bottles"


def _relative_subject(toks: list[Token], k: int, lo: int) -> tuple[int, int] | None:
    """"A White House official who spoke anonymously … said", "the resistance group that seized it last year
    dismissed": a relative clause without commas between the subject and its verb; the speaker is the noun
    phrase before "who" or "that"."""
    for r in range(k, max(lo, k - MAX_SPEAKER_WORDS) - 1, -1):
        if toks[r].quoted or toks[r].text in CLAUSE_BREAKS:
            return None
        if r > lo and (toks[r].lower in {"who", "whose"} or _relative_that(toks, r, k)):
            np_ = _np_before(toks, r - 1, lo) or _generic_np_before(toks, r - 1, lo)
            # "an education professor at Harvard who", "Geoff Garin, a Democratic pollster who …"
            return _described_speaker(toks, np_, r - 1, lo)
    return None


def _relative_that(toks: list[Token], r: int, k: int) -> bool:
    """Whether the "that" at ``toks[r]`` opens a relative clause after a speaker's noun, which runs on to
    ``toks[k]`` with no conjunction: "the group that seized it last year dismissed"."""
    return toks[r].lower == "that" and r + 1 < len(toks) and toks[r - 1].lower in _subject_nouns() \
        and toks[r + 1].text.islower() and (toks[r + 1].lower in IRREGULAR_PAST or toks[r + 1].lower.endswith("ed")) \
        and not any(t.lower in _CONJUNCTIONS for t in toks[r + 1:k + 1])


def _described_speaker(toks: list[Token], np_: tuple[int, int] | None, k: int, lo: int) -> tuple[int, int] | None:
    """A speaker's description ``np_`` ending at ``toks[k]`` with the phrase its preposition belongs to
    and the name it stands in apposition to ("Mike Shields, president of the Congressional Leadership Fund")."""
    return _with_name_before(toks, _with_head_before_preposition(toks, np_, k, lo), lo)


def _with_name_before(toks: list[Token], np_: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The description ``np_`` with the name it stands in apposition to, if a comma and a name
    come just before it ("Mike Shields, president of the Congressional Leadership Fund")."""
    if np_ is None or np_[0] <= lo + 1 or toks[np_[0] - 1].text != "," or _is_name(toks[np_[0]]):
        return np_
    # past an age between commas: "Oleksandr, 43, a soldier from Kharkiv"
    end = np_[0] - 4 if np_[0] - 4 >= lo and toks[np_[0] - 2].text.isdigit() and toks[np_[0] - 3].text == "," \
        else np_[0] - 2
    if (name := _np_before(toks, end, lo)) is not None and _is_name(toks[name[1]]) \
            and toks[name[0]].lower not in SCENE_OPENERS and toks[name[0]].lower not in SENTENCE_ADVERBS \
            and toks[name[1]].lower not in TIME_WORDS \
            and not (name[0] > lo and toks[name[0] - 1].lower in _NP_PREPOSITIONS):
        # not "On Tuesday, his adviser" (a time), "Meanwhile, the SDF" (an adverb) or "At a news conference outside
        # City Hall, the family’s attorney" (a place)
        return (name[0], np_[1])
    return np_


def _with_description_before(toks: list[Token], np_: tuple[int, int], lo: int) -> tuple[int, int]:
    """The name ``np_`` with the description it stands in apposition to, if a comma and a
    description come just before it ("A spokesperson for the U.N. peacekeeping force, UNIFIL", "The head
    of the U.N. nuclear watchdog, the IAEA")."""
    at = np_[0] - 2  # the description's last word
    name = np_[0] + (toks[np_[0]].lower == "the")  # "the IAEA"
    if at < lo or toks[at + 1].text != "," or name > np_[1] or not all(map(_is_name, toks[name:np_[1] + 1])):
        return np_
    description = _generic_np_before(toks, at, lo)
    if description is None or _is_name(toks[description[1]]) \
            or toks[description[0]].lower in SCENE_OPENERS or toks[description[0]].lower in _RELATIVE_WORDS \
            or (description[0] > lo and toks[description[0] - 1].text not in CLAUSE_BREAKS):
        return np_  # not "Dashing into a luncheon of senators, Senator Capito"
    return (description[0], np_[1])


# Word sets the rules below derive from the lexicon's, built once rather than at every test.
_ADVERBS_BUT_AND = SENTENCE_ADVERBS - {"and"}
# Prepositions inside a speaker's noun phrase: "advocates for stem cell research", "officials at the agency".
_NP_PREPOSITIONS = frozenset({"of", "in", "for", "at", "from", "with", "to", "on", "between", "outside", "inside",
                              "within", "near", "across"})
# Determiners that stand for a noun phrase of their own: "Yet another said", "many said".
_STANDALONE = frozenset({"another", "many", "some", "most", "several", "both", "all", "one"})
# Those of them that speak for a group of their own before a clause: "many believe …", "few think …".
_STANDALONE_SPEAKERS = frozenset({"many", "some", "most", "few", "others", "several"})
_NOT_NP_ENDS = (DETERMINERS - {"one", "two", "three", "four"}) | _NP_PREPOSITIONS | {"and"}  # "One in three said"


def _generic_np_before(toks: list[Token], k: int, lo: int) -> tuple[int, int] | None:
    """Any short noun phrase before an unambiguous reporting verb ("the commission said",
    "half of GOP primary voters said"), if it starts the clause or with a determiner."""
    i = k
    while i >= lo and k - i < 10:
        t = toks[i]
        if t.lower in APPROXIMATORS and i < k and _is_number(toks[i + 1]):
            i -= 1  # "only 24 percent said", "nearly two-thirds of voters said"
            break
        if i < k and _is_number(toks[i + 1]):  # "as many as 40 percent of voters said", "at least half … say"
            words = 3 if i >= lo + 2 and (toks[i - 2].lower, toks[i - 1].lower, t.lower) in _MANY_AS else \
                2 if i >= lo + 1 and (toks[i - 1].lower, t.lower) == ("at", "least") else 0
            if words:
                first = i - words + 1
                opens = first == lo or toks[first - 1].text in CLAUSE_BREAKS or toks[first - 1].lower in SENTENCE_ADVERBS
                return (first, k) if opens else None
        if t.text == "%" and i > lo and toks[i - 1].text[0].isdigit():
            i -= 1  # "47% say"
            continue
        if t.quoted or not t.text[0].isalnum() or t.lower in AUXILIARIES or t.lower in PASSIVE \
                or t.lower in _ADVERBS_BUT_AND or t.lower in {"that", "which", "who", "but", "or", "please"} \
                or (t.lower in PREPOSITIONS and t.lower not in _NP_PREPOSITIONS) or t.lower in _FINITE_VERBS \
                or (t.lower.endswith("ly") and (t.text.islower() or i == lo)  # not "Anatoly"
                    and t.lower not in _LY_NOUNS):
            break
        if _is_superlative(toks, i, k, lo):
            i -= 1
            continue
        if t.lower in _NOT_MODIFIERS and i < k and _is_name(toks[i + 1]):
            break  # "a move Republicans warned would backfire": the subject after the noun
        if t.lower in DETERMINERS:
            i -= 1
            if i >= lo and toks[i].lower in _NP_PREPOSITIONS:
                continue  # "speakers at the service"
            if i >= lo and toks[i].lower in _BEFORE_NUMBERS and t.lower in _NUMBER_WORDS:
                i -= 1  # "the three scholars"
            break
        i -= 1
    i += 1
    while i <= k and (toks[i].lower == "and" or toks[i].lower in _NP_PREPOSITIONS):
        i += 1
    if i > k or (toks[k].lower in _NOT_NP_ENDS and not (i == k and toks[k].lower in _STANDALONE)):
        return None
    starts_clause = i == lo or toks[i - 1].text in CLAUSE_BREAKS or _is_quote_mark(toks[i - 1]) \
        or toks[i].lower in DETERMINERS or toks[i - 1].lower in SENTENCE_ADVERBS or toks[i].lower in APPROXIMATORS \
        or toks[i - 1].lower in {"which", "who", "whom", "that", "and", "but"} \
        or (toks[i - 1].lower in _CLAUSE_SUBORDINATORS  # "in which 67 percent of voters say"
            and not any(t.lower in PRONOUNS or _may_be_verb(t) for t in toks[i:k + 1]))  # "as mediators in Cairo said"
    return (i, k) if starts_clause else None


_CLAUSE_SUBORDINATORS = SUBORDINATORS | {"as", "because", "since"}


_MANY_AS = frozenset({("as", "many", "as"), ("as", "much", "as")})
_COMPARATIVES = frozenset({"more", "fewer", "less"})


def _subject_before(toks: list[Token], ci: int, lo: int, strong: bool = False) -> tuple[int, int] | None:
    """The speaker before a cue; for "His remarks ... hinted" the possessor of the utterance.
    ``strong`` cues (a past "said") take any short noun phrase as their subject."""
    np_ = _subject_phrase(toks, ci, lo, strong)
    if np_ is not None and _is_number(toks[i := np_[0]]):  # the quantity is the subject's: "Fewer than one in ten"
        if i - 2 >= lo and toks[i - 1].lower == "than" and toks[i - 2].lower in _COMPARATIVES:
            np_ = (i - 2, np_[1])  # "More than 400 professors", "Fewer than one in ten respondents"
        elif i - 1 >= lo and toks[i - 1].lower in APPROXIMATORS and not toks[i - 1].quoted:
            np_ = (i - 1, np_[1])  # "nearly 400 professors"
    if np_ is not None and toks[np_[1]].lower in utterance_nouns():
        i, j = np_
        if toks[i].lower in POSSESSIVES:
            return (i, i)
        owner = [t for t in range(i, j) if toks[t].text.endswith(("\u2019s", "'s"))]
        if owner and not any(toks[t].lower in PREPOSITIONS or toks[t].lower == "to" for t in range(i, owner[-1])):
            return (i, owner[-1])
    return np_


def _np_after(toks: list[Token], i: int, hi: int, stop: frozenset[str] | set[str] = frozenset()) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at ``toks[i]`` and running to a comma, a word in
    ``stop`` or the end."""
    j = i
    while j < hi and toks[j].text not in CLAUSE_BREAKS and not toks[j].quoted and toks[j].text not in ".!?" \
            and toks[j].lower not in stop:
        j += 1
    return (i, j - 1) if j > i else None


def _first_past_verb(toks: list[Token], i: int, before: int, auxiliary_ends: bool = False) -> int | None:
    """Index of the first verb-like word (a past form or a cue, or with ``auxiliary_ends`` an
    auxiliary) within a few words of ``toks[i]``, with only words before it: where a subject ends."""
    m = i
    while m < len(toks) and toks[m].text[0].isalnum() and toks[m].lower not in _RELATIVE_WORDS and not (
            toks[m].text.islower() and (toks[m].lower.endswith("ed") or (toks[m].text,) in cue_lexicon()
                                        or toks[m].lower in IRREGULAR_PAST
                                        or (auxiliary_ends and _auxiliary_before_predicate(toks, m)))):
        if m - i >= 7 and not (_is_name(toks[m]) or toks[m].lower in NAME_JOINERS or toks[m].text[0].isdigit()
                               or (m - i < 12 and any(t.lower in speaker_nouns() for t in toks[i:m]))):
            # past a few words, only a name goes on ("the U.S. Court of Appeals for the 6th Circuit"), or the
            # description of a speaker ("The Pentagon's top adviser on the military campaign went")
            return None
        m += 1
    if m < len(toks) and m - i < 14 and toks[m].text.islower() and toks[m].start < before:
        return m
    return None


def _auxiliary_before_predicate(toks: list[Token], m: int) -> bool:
    """Whether ``toks[m]`` is an auxiliary followed by a verb or an adjective ("has been clear", "is
    suing"), not by a noun phrase, which may name someone other than the subject ("The place is the
    townhome my husband and I bought, thinking …")."""
    return AUXILIARY_VERB.match(toks[m].lower) is not None and m + 1 < len(toks) and toks[m + 1].text.islower() \
        and toks[m + 1].lower not in DETERMINERS and toks[m + 1].lower not in POSSESSIVES


def _verb_after_aside(toks: list[Token], i: int, before: int) -> int | None:
    """Index of the comma that opens an aside after the few words from ``toks[i]``, when a past verb
    follows the aside ("The Clinton campaign, in a Q&A posted on its website, worded it …"): where a subject ends."""
    comma = next((m for m in range(i, min(len(toks), i + 6)) if not toks[m].text[0].isalnum()), None)
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks) or toks[comma + 1].lower not in PREPOSITIONS:
        return None
    close = next((m for m in range(comma + 2, min(len(toks) - 1, comma + 14)) if toks[m].text == ","), None)
    verb = toks[close + 1] if close is not None else None
    if verb is None or verb.start >= before or not verb.text.islower() or not (
            verb.lower.endswith("ed") or verb.lower in IRREGULAR_PAST or (verb.text,) in cue_lexicon()):
        return None
    return comma


def _lower_case_title(toks: list[Token], i: int) -> int | None:
    """Index of the last word of a lower-case title starting at ``toks[i]`` and standing before a
    name ("presidential hopeful" in "Republican presidential hopeful Sen. Ted Cruz"), or None."""
    for m in range(i, min(i + 3, len(toks) - 1)):
        if not (toks[m].text.isalpha() and toks[m].text.islower()) or toks[m].lower in FUNCTION_WORDS:
            return None
        if toks[m].lower in speaker_nouns() and _is_name(toks[m + 1]):
            return m
    return None


def _opens_with_participle(toks: list[Token]) -> bool:
    """Whether the sentence opens with a participle and its object ("Facing mounting criticism, …"),
    not a name ending in -ing ("Manning has said", "King wrote")."""
    if len(toks) < 2 or not toks[0].lower.endswith("ing") or not toks[1].text.islower():
        return False
    after = toks[1].lower
    return not (after in AUXILIARIES or after in IRREGULAR_PAST or after.endswith(("ed", "ly")) or after in _verb_cues())


def _sentence_subject(toks: list[Token], before: int, auxiliary_ends: bool = False) -> tuple[int, int] | None:
    """The subject of a sentence: the name or pronoun that opens it, or opens the clause after
    an introductory phrase ("In an attempt to ..., Lavrov wrote ..."), followed by a verb; with
    ``auxiliary_ends``, a noun phrase may end at an auxiliary too ("The Kremlin has been clear, insisting …")."""
    # The sentence's start, and after each comma or dash ("TALLAHASSEE — Rep. Gwen Graham …", "ORLANDO (AP) - …")
    openings = [0] + [k + 1 for k, t in enumerate(toks) if (t.text == "," or t.text in _DASHES) and t.start < before]
    for k in openings:
        if k + 1 < len(toks) and (toks[k].lower in SUBORDINATORS or toks[k].lower == "because") \
                and toks[k + 1].text != "," and any(t.text == "," and t.start < before for t in toks[k + 2:]):
            continue  # "In June, after Clinton suffered a concussion, Axelrod emailed …": closed before the verb
        while k < len(toks) and toks[k].start < before and (toks[k].lower in SENTENCE_ADVERBS or (
                toks[k].lower.endswith("ly") and k + 1 < len(toks) and toks[k + 1].lower.endswith("ing"))):
            k += 1  # "And then Trump went on the attack, saying …", "Hastily politicizing the tragedy, Trump …"
        if k == 0 and toks[0].lower.endswith("ed") and (toks[0].lower,) in cue_lexicon():
            continue  # "Asked which county was his favorite, he demurred: …": a participle, not a name
        if (k < len(toks) and toks[k].lower in TIME_WORDS) or (k == 0 and _opens_with_participle(toks)):
            continue  # "Soon afterward, Clinton …"; "Facing mounting criticism, Mr. Trump released …"
        if k < len(toks) and toks[k].lower in {"on", "last", "this", "early", "late"}:
            m = k + 1  # "On Sunday morning Mr. Trump made …", "Last week the senator said …"
            while m < len(toks) and (toks[m].lower in _PERIODS or toks[m].lower in MONTHS or toks[m].text.isdigit()):
                m += 1
            k = m if m > k + 1 and m < len(toks) and toks[m].text != "," else k
        if k < len(toks) and (toks[k].lower in SCENE_OPENERS or (
                k > 0 and toks[k - 1].text in _DASHES and toks[k].lower.endswith("ing"))):
            continue  # "Despite …, Clinton has …", "BUENA PARK, Calif. - Rallying workers, Clinton tried …"
        if (k + 2 < len(toks) and toks[k + 1].lower.endswith("ly") and toks[k + 2].text == ",") or any(
                toks[m + 1].text == "," and _is_state_after_city(toks, k, m)
                for m in range(k, min(k + 3, len(toks) - 1))):
            continue  # "More recently, he …"; "in Green Bay, Wis., citing …": a place, not a subject
        j = k
        if j >= len(toks) or toks[j].start >= before:
            break
        if j < len(toks) and toks[j].lower in PRONOUNS:
            return (toks[j].start, toks[j].end)
        if toks[j].lower in _EXPLETIVES:
            # "There's still time for Cruz to build bridges, even after dismissing them …": the first name
            # after the expletive; "There's also a series, called “Quick Question”": no one
            j = next((m for m in range(j + 1, len(toks)) if toks[m].start < before and _is_name(toks[m])
                      and toks[m].lower not in SENTENCE_ADVERBS), None)
            if j is None:
                continue
            k = j
        contracted = CONTRACTED.match(toks[j].lower) if j < len(toks) and not toks[j].quoted else None
        if contracted and contracted.group(1) in _PRONOUNS_BUT_IT_YOU:  # "He’s comparing … and says"; not "It’s"
            return (toks[j].start, toks[j].start + len(contracted.group(1)))
        if j + 1 < len(toks) and toks[j].lower in APPROXIMATORS and _is_number(toks[j + 1]):
            j += 1  # "about 200 protesters congregated …": a quantity opens the subject
        elif j + 2 < len(toks) and toks[j].lower in _COMPARATIVES and toks[j + 1].lower == "than" \
                and _is_number(toks[j + 2]):
            j += 2  # "More than 400 professors signed …"
        if j < len(toks) and (toks[j].lower in _PLAIN_DETERMINERS or toks[j].lower in POSSESSIVES
                              or _is_number(toks[j])):
            # "The former Republican candidate continued, ...": up to the first verb-like word
            m = _first_past_verb(toks, j + 1, before, auxiliary_ends) or _verb_after_aside(toks, j + 1, before)
            if m == j + 2 and toks[m - 1].lower.endswith("ly") and toks[m - 1].lower not in _LY_NOUNS:
                continue  # "The carefully choreographed speech came": an adjective, and the verb not found
            while m is not None and m > j + 2 and (toks[m - 1].lower in AUXILIARIES or toks[m - 1].lower.endswith("ly")
                                                   or (toks[m - 1].lower in TIME_WORDS and toks[m - 2].lower == "on")):
                # "The State Department repeatedly obfuscated", "The Federal Trade Commission on Thursday sued": the
                # adverb and the day are not the subject's
                m -= 2 if toks[m - 1].lower in TIME_WORDS and toks[m - 2].lower == "on" else 1
            # "His office released …", not "His face darted …"
            if m is not None and m > j + 1 and (toks[j].lower not in POSSESSIVES or toks[m - 1].lower in speaker_nouns()):
                return (toks[k].start, toks[m - 1].end)
            continue
        if j < len(toks) and toks[j].lower in FUNCTION_WORDS:
            continue
        if j < len(toks) and toks[j].lower in TITLE_MODIFIERS:
            # "former Arkansas Gov. Mike Huckabee agreed", "Former presidential candidate Mitt Romney, who …"
            m = j + 1
            while m < min(len(toks), j + 5) and toks[m].text.isalpha() and toks[m].text.islower() \
                    and toks[m].lower not in FUNCTION_WORDS:
                m += 1
            if m < len(toks) and _is_name(toks[m]):
                j = m
            elif toks[j].text.islower():
                j += 1
        if j > k and not (j < len(toks) and _is_name(toks[j])):
            continue
        # "Sanders of Vermont", "Republican presidential hopeful Sen. Ted Cruz": a joiner or a title between names
        while j < len(toks) and toks[j].start < before:
            if _is_name(toks[j]) or (toks[j].lower in NAME_JOINERS and j > k and j + 1 < len(toks)
                                     and _is_name(toks[j + 1])):
                j += 1
            elif j > k and (title_end := _lower_case_title(toks, j)) is not None:
                j = title_end + 1
            else:
                break
        end = j  # the subject ends here; "(R-Iowa)" and "on Wednesday" may stand before the verb
        if j > k and j < len(toks) and toks[j].text == "(":
            j = next((m + 1 for m in range(j + 1, min(len(toks), j + 8)) if toks[m].text == ")"), j)
        if j > k and j + 1 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower in TIME_WORDS:
            j += 2
        nxt = toks[j] if j < len(toks) else None
        if j > k and nxt is not None and nxt.text.islower() and (
                nxt.lower not in _JOINERS_AND_PREPOSITIONS or nxt.lower.endswith("ly")
                or (auxiliary_ends and nxt.lower in SENTENCE_ADVERBS and nxt.lower not in NAME_JOINERS
                    and j + 1 < len(toks) and _may_be_verb(toks[j + 1]))):  # "Mr Whitfield later issued …, saying"
            if j == k + 1 and nxt.lower.endswith("s") and j + 1 < len(toks) and toks[j + 1].start < before \
                    and (AUXILIARY_VERB.match(toks[j + 1].lower) or nxt.lower in _subject_nouns()):
                # "Local authorities were …", "Clinton supporters were …", "Federal prosecutors on Tuesday charged"
                return (toks[k].start, nxt.end)
            if toks[end - 1].text.endswith(("'s", "\u2019s")) \
                    and (verb := _first_past_verb(toks, j, before)) is not None and verb - j <= 3:
                while verb > j and (toks[verb - 1].lower in AUXILIARIES or AUXILIARY_VERB.match(toks[verb - 1].lower)):
                    verb -= 1
                if verb > j and toks[verb - 1].lower in _subject_nouns():  # "Israel's foreign ministry summoned …"
                    return (toks[k].start, toks[verb - 1].end)
            m = next((m for m in range(j, min(len(toks), j + 3)) if not toks[m].text.islower()), j)
            if m > j and toks[m].text == "," and toks[m - 1].lower in _subject_nouns():
                return (toks[k].start, toks[m - 1].end)  # "Russian state media, citing …"
            return (toks[k].start, toks[end - 1].end)  # "Clinton repeatedly invoked …"
        if j > k and nxt is not None and nxt.text == "," and j + 1 < len(toks) and (
                toks[j + 1].lower in {"who", "whose"}
                or (toks[j + 1].text.islower() and toks[j + 1].lower.endswith("ing"))):
            return (toks[k].start, toks[end - 1].end)  # "Republicans, who hold a majority, ...", "Obama, making it clear …,"
        if j > k and nxt is not None and nxt.text == ",":  # "Silverman, herself a supporter, incurred …"
            close = next((m for m in range(j + 1, min(len(toks) - 1, j + 12)) if toks[m].text == ","), None)
            if close is not None and toks[close + 1].start < before and _may_be_verb(toks[close + 1]):
                return (toks[k].start, toks[end - 1].end)
        if j > k and nxt is not None and nxt.lower == "and":
            verb = _first_past_verb(toks, j + 1, before)  # "Netanyahu and other leaders shunned"
            if verb is None:  # "Establishment Republicans and their allies are rushing …"
                verb = next((m for m in range(j + 1, min(len(toks), j + 8))
                             if AUXILIARY_VERB.match(toks[m].lower) or not toks[m].text[0].isalnum()), None)
                verb = verb if verb is not None and toks[verb].start < before \
                    and AUXILIARY_VERB.match(toks[verb].lower) else None
            if verb is not None:
                return (toks[k].start, toks[verb - 1].end)
    # "..., though last week he used stronger language, saying ...": the last pronoun with a verb
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].start < before and toks[k].lower in _PRONOUNS_BUT_IT_YOU and not toks[k].quoted \
                and toks[k + 1].text.islower() and (toks[k + 1].lower.endswith("ed") or toks[k + 1].lower in IRREGULAR_PAST):
            return (toks[k].start, toks[k].end)
    return None
