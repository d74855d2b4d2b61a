"""The words the statement rules know (reporting verbs and nouns, grammar word sets, verb-form
patterns) and the thresholds they share.

Everything here is read from ``analysis/lexicons`` (each file's header cites its source) or derived
from those files once; the other modules of the package use these sets and never open a file.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import LEXICON_DIR
from ..quotes import Quote
from ..text import abbreviations, grammar_words, read_lexicon

_WORDS = grammar_words()  # analysis/lexicons/grammar_words.csv says what each set is for
PRONOUNS = _WORDS["pronouns"]
POSSESSIVES = _WORDS["possessives"]
DETERMINERS = _WORDS["determiners"] | POSSESSIVES
AUXILIARIES = _WORDS["auxiliaries"]
PASSIVE = _WORDS["passive"]
COMPOUND_NOUNS = _WORDS["compound_nouns"]
COMPOUND_MODIFIERS = _WORDS["compound_modifiers"]
TIME_WORDS = _WORDS["time_words"]
NAME_JOINERS = _WORDS["name_joiners"]
NON_FINITE = _WORDS["non_finite"]
PREPOSITIONS = _WORDS["prepositions"]
STRONG_CUES = _WORDS["strong_cues"]
CONDITIONAL = _WORDS["conditional"]
TO_INFINITIVE = _WORDS["to_infinitive"]
NEEDS_QUOTE = _WORDS["needs_quote"]
AS_OBJECTS = _WORDS["as_objects"]
INFINITIVE_ONLY = _WORDS["infinitive_only"]
NAMING_VERBS = _WORDS["naming_verbs"]
TELL = _WORDS["tell"]
SHORT_OBJECTS = _WORDS["short_objects"]
PHRASE_OBJECTS = _WORDS["phrase_objects"]
LISTENERS = _WORDS["listeners"]
SENTENCE_ADVERBS = _WORDS["sentence_adverbs"]
APPROXIMATORS = _WORDS["approximators"]
IRREGULAR_PAST = _WORDS["irregular_past"]
IRREGULAR_PARTICIPLES = _WORDS["irregular_participles"]
MODALS = _WORDS["modals"]
CLAUSE_VERBS = _WORDS["clause_verbs"]
EVIDENCE_NOUNS = _WORDS["evidence_nouns"]
POLL_NOUNS = _WORDS["poll_nouns"]
LIST_BULLETS = frozenset({"\u2022", "-", "*"})  # opening a line of a list
READY_ADJECTIVES = _WORDS["ready_adjectives"]
CAUSATIVES = _WORDS["causatives"]
QUESTION_WORDS = _WORDS["question_words"]
PHYSICAL_TARGETS = _WORDS["physical_targets"]
FORCE_VERBS = _WORDS["force_verbs"]
SUBORDINATORS = _WORDS["subordinators"] | CONDITIONAL
REPORT_TIME_ADVERBS = _WORDS["report_time_adverbs"]
TITLE_MODIFIERS = _WORDS["title_modifiers"]
OUTLET_NOUNS = _WORDS["outlet_nouns"]
OUTLET_MODIFIERS = _WORDS["outlet_modifiers"]
NAMING_NOUNS = OUTLET_NOUNS | _WORDS["company_nouns"]  # "news agency Interfax", "security firm Ambrey"
SCENE_OPENERS = _WORDS["scene_openers"]
MONTHS = _WORDS["months"]
OCCASIONS = _WORDS["occasions"] | MONTHS  # "Sanders on March 3 said"


class _WordPattern:
    """A pattern that tests one word at a time, its answers remembered: the same words come up in
    sentence after sentence, and looking one up costs far less than matching it again."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)
        self.match = lru_cache(maxsize=65536)(self.pattern.match)


# A finite verb or modal shortly after a reporting verb marks a clause with "that" left out.
FINITE = _WordPattern(r"^(is|are|was|were|has|have|had|will|would|can|cannot|could|may|might|must|"
                      r"should|shall|did|does|do|\w+n['\u2019]t|\w+ed|\w+['\u2019](d|ll|s|re|ve))$")
# An auxiliary verb between a reporting verb and a "that" shows the content began before it.
AUXILIARY_VERB = _WordPattern(r"^(is|are|was|were|has|have|had|will|would|can|cannot|could|may|might|must|"
                              r"should|shall|did|does|do|\w+n['\u2019]t)$")
# "it’s", "he'd", "she’ll", "they're": a subject and its verb in one word
CONTRACTED = _WordPattern(r"^(\w+)['\u2019](s|d|ll|re|ve|m)$")
FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | NON_FINITE | SENTENCE_ADVERBS
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "\u2014", "\u2013", "-"}
# The reporter's own glosses after a content: they end it.
_GLOSS = re.compile(r"[,\u201d\"](\s+)(?:referring to|citing|in reference to|according to|per)\b")
# ... and a dash after a closing quotation mark, with no quotation or second dash after it, opens an aside
# ("''I'm a progressive who likes to get things done'' - he has often been an effective legislator").
_DASH_ASIDE = re.compile(r"(?:[\u201d\"]|'')(\s+)[-\u2013\u2014]\s[^\u201c\u201d\"\u2013\u2014-]*$")
# ... and so does the reporter's word on the claim: that it is one ("…, a claim Kyiv denied",
# "…, allegations it denies", "…, which Moscow denies"), what it admits or alludes to ("…, a rare
# admission of setbacks"), that others say it too ("…, a phrase officials have repeated"), that no one
# could check it ("…, figures which could not be independently verified"), what it left out ("…, without
# saying why", "…, but did not elaborate"), how many came before ("…, the latest in a string of attacks")
# or when it came ("…, hours after a gunfight left four dead"), after a comma or a dash
_COUNT = r"(?:latest|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))"  # the reporter's count of events
_CAVEAT_WORDS = (r"(?:(?:just\s+|only\s+)?(?:hours|days|weeks"
                 r"|(?:a|one|two|three|several|a\s+few)\s+"
                 r"(?:hour|day|week)s?)\s+(?:after|before)\s[^,;]*$"
                 # "…, a rare admission of setbacks", "…, an apparent reference to Kyiv"
                 r"|(?:a|an)\s+(?:(?:rare|apparent|tacit|implicit|veiled|clear|thinly\s+veiled|pointed)\s+[a-z]+"
                 r"|admission|acknowledg(?:e)?ment|reference|phrase|refrain|mantra|slogan|formula)\b[^.;,]*"
                 r"|(?:(?:a|an)\s+(?:claim|assertion|allegation|accusation|charge|account|position|stance|demand|"
                 r"decision|ruling|verdict|finding|characteri[sz]ation)|allegations|accusations|charges)\b[^.;,]*"
                 # "…, a figure it has not backed with evidence", "…, the lowest figure ever recorded"
                 r"|(?:a|the)\s+(?:[a-z]+\s+){0,2}(?:figure|toll)\b[^.;]*"
                 r"|which\s+(?:[\w\u2019'.\-]+\s+){1,4}(?:denies|denied|deny|rejects|rejected|disputes|disputed)"
                 # "…, the latest in a string of attacks", "…, the third such incident this month": the
                 # reporter's count
                 rf"|the\s+{_COUNT}\s+(?:such\s+|in\s+)"
                 r"[^.;,\u201c\u201d\"]*"
                 # "…, without saying what caused the crashes", "…, without directly referring to the
                 # fighting": what the source left out
                 r"|without\s+(?:(?:directly|explicitly|specifically)\s+)?(?:saying|giving|providing|offering|"
                 r"elaborating|specifying|explaining|citing|naming|identifying|presenting|referring|mentioning|"
                 r"addressing)\b[^.;]*"
                 # "…, but did not elaborate", "…, though he offered no timetable", "…, but has stopped short
                 # of …"
                 r"|(?:but|though|although)\s+(?:(?:he|she|they|it)\s+)?(?:(?:did\s+not|didn[\u2019']t|would\s+not|"
                 r"wouldn[\u2019']t|declined\s+to|refused\s+to)\s+(?:elaborate|say|specify|give|provide|offer|explain|"
                 r"comment|identify|name|disclose|mention|address|assign)"
                 r"|(?:gave|offered|provided|cited|presented)\s+no"
                 r"|(?:has\s+|have\s+|had\s+)?stopped\s+short)\b[^.;]*"
                 # "…, escalating a monthslong standoff", "…, a dramatic break with the party's nominee",
                 # "…, testimony that reignited calls for …": what the report did, in the reporter's words
                 r"|(?:escalating|deepening|intensifying|heightening|reigniting|sparking|prompting|drawing|marking|"
                 r"capping|fuel(?:l)?ing|ending|dealing|defying|delivering|signal(?:l)?ing|complicating|"
                 r"undercutting|undermining|paving|clearing)\s[^.;]*"
                 # "…, making a direct appeal to members of Congress": the reporter's name for the report
                 r"|making\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:appeal|plea|pitch|case|bid)\b[^.;]*"
                 # "…, as Chinese military pressure continues to mount", "…, following talks he hosted in Putrajaya":
                 # what was happening around it, in the reporter's words
                 r"|as\s+(?:[\w\u2019'\-]+\s+){1,6}?(?:continues?|continued|mount(?:s|ed)?|climb(?:s|ed)?|"
                 r"ris(?:es|e)|rose|grows?|grew|intensif(?:ies|ied)|escalat(?:es|ed)|deepen(?:s|ed)?|loom(?:s|ed)?|"
                 r"spread(?:s)?|worsen(?:s|ed)?)\b[^.;]*"
                 r"|(?:following|after)\s+(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\w\-]+\s+){0,3}?(?:summit|talks|"
                 r"meetings?|visit|call|election|vote|attacks?|strikes?|ruling|announcement|speech|debate|"
                 r"negotiations)\b[^.;]*"
                 # "…, after a Russian opponent complained", "…, even as agents were overwhelmed": when, in the
                 # reporter's words
                 r"|after\s+(?:[\w\u2019'\-]+\s+){1,5}?(?:[a-z]+ed|was|were|had)\s[^.;]*"
                 r"|even\s+as\s+(?:[\w\u2019'\-]+\s+){1,4}?(?:[a-z]+ed|was|were|is|are|has|have|had)\s[^.;]*"
                 r"|raising\s+(?:fears|concerns|questions|doubts|alarm|hopes"
                 r"|the\s+(?:prospect|possibility|spectre|specter))\b[^.;]*"
                 r"|(?:a|an)\s+(?:(?:dramatic|sharp|stark|major|marked|notable|clear|sudden)\s+)?(?:break|shift|"
                 r"departure|reversal|escalation|rebuke)\s+(?:with|from|in|of|for)\b[^.;]*"
                 r"|(?:testimony|remarks|comments|words)\s+(?:that|which)\s[^.;]*"
                 # "…, amid growing unease in Kyiv", "…, in the starkest warning yet from ministers", "…, a
                 # deadline officials now privately admit will not be met", "…, in what military sources described
                 # as …"
                 r"|amid\s[^.;]*"
                 # "…, although studies have found no link", "…, though few in Jerusalem take it seriously": the
                 # reporter's background
                 r"|(?:although|though)\s+(?:studies|research|data|evidence|records|figures|experts|analysts|critics|"
                 r"few|many|some|others|officials|observers)\b[^.;]*"
                 # "…, an unusually drastic step": the reporter's name for what was done
                 r"|(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:step|move|measure)"
                 r"|in\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:warning|sign|signal|indication|rebuke|escalation|incident|"
                 r"move|development|confrontation|clash|standoff|row|spat|salvo|episode|round|setback|twist|blow|"
                 r"challenge)\b[^.;]*"
                 r"|(?:a|an)\s+(?:deadline|target|timeline|timetable|goal)\b[^.;]*"
                 r"|in\s+what\s+[^,;.]{1,60}?\b(?:described|called|termed|dubbed|hailed)\s+as\b[^.;]*"
                 # "…, a procedural gamble that angered the hard-right flank": the reporter's gloss on the report
                 r"|(?:a|an)\s+(?:[a-z\-]+\s+){1,3}(?:that|which)\s[^.;,]*"
                 # "…,” a militia founded by Hutu extremists who fled Rwanda": the reporter's gloss on a name
                 r"|(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:militia|group|movement|party|faction|coalition|alliance|force|"
                 r"organi[sz]ation)\s+(?:founded|formed|based|backed|led|created|set\s+up|that|which|whose)\b[^.;]*"
                 r"|(?:(?:(?:a|an|the)\s+)?(?:claim|claims|assertion|account|figure|figures|report)\s+"
                 r"(?:that|which)|which|though\s+(?:this|that|it))\s[^.;,]{0,40}?\b"
                 r"(?:could not|cannot|can't|can\u2019t|couldn't|couldn\u2019t|has not been|have not been|was not|"
                 r"were not)\s+(?:be\s+)?"
                 r"(?:immediately\s+|independently\s+)*(?:verif|confirm)\w*[^.;]*)\.?\s*$")
_CAVEAT = re.compile(r",[\u201d\"]?(\s+)" + _CAVEAT_WORDS)
# ... and "but" with no comma before it: "“stands ready to help” but did not elaborate", "confirmed his death in a
# brief statement but did not say how" (a pattern of its own: one that may open anywhere is slow to search)
_CAVEAT_BUT = re.compile(r"(\s+)(?=but\s)" + _CAVEAT_WORDS)
# or after the attribution ("…, the military said, the latest in a string of launches")
_CAVEAT_ALONE = re.compile(rf"(?:in|amid)\s+the\s+{_COUNT}\s|the\s+{_COUNT}\s+(?:in\s+an?|such)\s")
_DASH_CAVEAT = re.compile(r"(\s+)[\u2013\u2014]\s+" + _CAVEAT_WORDS)
# A source's request for anonymity is no statement ("a diplomat, who asked not to be named, …")
_ANONYMITY = re.compile(r"(?i:not\s+to\s+be|to\s+be)\s+(?:named|identified|quoted)\b|anonymity\b"
                        # "because he was not authorized to discuss military matters"
                        r"|not\s+authori[sz]ed\s+to\s+(?:discuss|speak|comment|talk|brief)\b"
                        # "who asked that his surname not be published", "… that only her first name be used"
                        r"|(?i:(?:only\s+)?(?:his|her|their)\s+(?:(?:full|last|first|real|family)\s+)?(?:sur)?names?)"
                        r"\s+(?:not\s+be|be\s+(?:withheld|used))\b"
                        # "who declined to give his surname"
                        r"|(?:to\s+)?(?:give|gave|giving|provide|disclose)\s+(?:his|her|their)\s+"
                        r"(?:(?:full|last|real)\s+)?(?:sur)?names?\b")


def _may_gloss(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a phrase of ``_GLOSS``, before trying it: finding a word costs far
    less than the pattern's stop at every comma, and most contents have no gloss."""
    return text.find("ing to", s, e) >= 0 or text.find("citing", s, e) >= 0 or text.find("reference to", s, e) >= 0 \
        or text.find(" per ", s, e) >= 0


def _has_dash(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a dash, before trying ``_DASH_ASIDE`` (most contents have none)."""
    return text.find(" -", s, e) >= 0 or text.find("\u2014", s, e) >= 0 or text.find("\u2013", s, e) >= 0


# Words after a closing attribution before the sentence ends ("…, a source said in a statement.").
MAX_TRAILING_WORDS = 6
# A participle's object shorter than this is a topic, not a statement ("reiterating their stances").
MIN_OBJECT_WORDS = 8
# What a poll or a record shows is its finding however short ("polls show Clinton with a lead").
MIN_FINDING_WORDS = 3
# A double-quoted passage of this many words is someone's words, not a scare quote or a title:
# inside a reporter's sentence it quotes the subject of the verb before it; in a digest paragraph
# closed by "[Reuters.]" it is that source's.
LONG_QUOTE_WORDS = 6


def _is_passage(text: str, q: Quote) -> bool:
    """Whether a quotation is a passage of someone's words (see ``LONG_QUOTE_WORDS``)."""
    return q.is_double(text) and q.words(text) >= LONG_QUOTE_WORDS


# The longest speaker description between a quotation and its verb, in words and commas.
MAX_SPEAKER_WORDS = 20
# The fewest words a content before its attribution has ("After the talks, he said." has none).
MIN_CONTENT_WORDS = 4


@dataclass(frozen=True)
class Cue:
    lemma: str
    stance: str
    takes_object: bool


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, ...], Cue]:
    """Inflected reporting expression (as a tuple of words) -> its cue entry."""
    lines = [line for line in (LEXICON_DIR / "reporting_verbs.csv").read_text(encoding="utf-8")
             .splitlines() if line.strip() and not line.startswith("#")]
    lexicon: dict[tuple[str, ...], Cue] = {}
    for row in csv.DictReader(lines):
        cue = Cue(row["lemma"], row["class"], row.get("takes_object", "no") == "yes")
        for form in row["forms"].split("|"):
            if tuple(form.split()) in lexicon:  # an edit that lists a form twice would silently drop one row
                raise ValueError(f"{LEXICON_DIR / 'reporting_verbs.csv'}: the form {form!r} is listed twice "
                                 f"(lemmas {lexicon[tuple(form.split())].lemma!r} and {row['lemma']!r})")
            lexicon[tuple(form.split())] = cue
    return lexicon


@lru_cache(maxsize=1)
def _cue_starts() -> dict[str, list[tuple[str, ...]]]:
    """First word -> the cue forms starting with it, longest first."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(cue_lexicon(), key=len, reverse=True):
        starts.setdefault(form[0], []).append(form)
    return starts


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word that can start a reporting frame, lower case."""
    return frozenset(set(_cue_starts()) | {"according", "per", "words", "view"} | _QUOTING
                     | set(nominal_cues()) | set(nominal_objects()))


@lru_cache(maxsize=1)
def _verb_cues() -> frozenset[str]:
    """The reporting verbs' one-word forms, which can be verbs; the first word of "vote against" and
    a noun cue such as "remarks" are mostly not."""
    return frozenset(form[0] for form in cue_lexicon() if len(form) == 1)


# A name and a colon open a quotation or a transcript turn.
_NAME_COLON = re.compile(r"(?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*:\s")
# Any quotation may be attributed: after a colon, before a name, or as a fragment of a subject's words.
# (“, ‘, " or two apostrophes; one set of characters first lets the regex engine skip to the next mark.)
_OPENING_MARK = re.compile(r"[\u201c\u2018\"'](?:(?<=')'|(?<!'))")


def _may_report(text: str, words: list[str], start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]``, whose lower-case tokens are ``words``, can hold a
    reporting frame at all (most sentences of an article don't)."""
    return not _cue_words().isdisjoint(words) or \
        _OPENING_MARK.search(text, start, end) is not None or _NAME_COLON.match(text, start, end) is not None or \
        (words[:1] == ["in"] and not POLL_NOUNS.isdisjoint(words))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(a for a in abbreviations() if a[:1].isupper())


@lru_cache(maxsize=1)
def nominal_cues() -> frozenset[str]:
    return frozenset(read_lexicon("nominal_cues.txt"))


@lru_cache(maxsize=1)
def nominal_objects() -> dict[str, str]:
    """Noun -> the preposition that opens what it reports ("attacks" -> "on")."""
    rows = list(csv.DictReader(read_lexicon("nominal_objects.csv")))
    if bad := next((row for row in rows if not (row.get("noun") and row.get("preposition"))), None):
        raise ValueError(f"{LEXICON_DIR / 'nominal_objects.csv'}: {bad} lacks a noun or a preposition")
    return {row["noun"]: row["preposition"] for row in rows}


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("speaker_nouns.txt"))


@lru_cache(maxsize=1)
def _subject_nouns() -> frozenset[str]:
    """Nouns that head a subject reporting something: speakers, and sources that show ("a new poll shows")."""
    return speaker_nouns() | EVIDENCE_NOUNS


@lru_cache(maxsize=1)
def utterance_nouns() -> frozenset[str]:
    return frozenset(read_lexicon("utterance_nouns.txt"))


# The rest of an occasion closing a content: a few words with no verb of their own, and any comma left before the
# next report
# (a show's title after its channel's possessive counts: "CBS’s “Face the Nation”")
_OCCASION_REST = r"(?:(?!\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b)" \
    r"(?:[^,;:\u201c\u201d\"]|(?<=[\u2019']s )\u201c[^\u201c\u201d]{1,60}\u201d)){0,60}[,;\s]*$"


@lru_cache(maxsize=1)
def occasion_tail() -> re.Pattern:
    """Where the words were said, closing the sentence, which ends a content like a gloss ("…, in
    remarks carried by state media.", "…, during a news conference in Moscow.", "… the attack in a
    statement on Telegram"); not a long clause nor one with a verb of its own ("… her statements in
    an interview were truthful")."""
    nouns = "|".join(sorted(_WORDS["occasions"] | utterance_nouns(), key=len, reverse=True))
    utterances = "|".join(sorted(utterance_nouns(), key=len, reverse=True))
    return re.compile(r"(\s*)(?:,[\u201d\"]?\s+(?:in|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                      rf"(?:[\w\-]+\s+){{0,3}}?(?:{nouns})"
                      rf"|(?<=\s)in\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{utterances}))\b"
                      + _OCCASION_REST)


@lru_cache(maxsize=1)
def platform_tail() -> re.Pattern:
    """Where or when a short object was given, closing it: "praised the arrests on social media", "mocked Trump on
    Twitter before the speech", "criticized the administration on Fox News", "called the law “cruel” during an
    appearance on MSNBC", "defended the decision at a news conference", "rejected that characterization on Monday";
    not what a clause says happened there ("ISIS has mentioned Trump on social media")."""
    outlets = "|".join(sorted(read_lexicon("news_outlets.txt"), key=len, reverse=True))
    occasions = "|".join(sorted(_WORDS["occasions"], key=len, reverse=True))
    return re.compile(r"(\s+)(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(?:\s+(?:morning|afternoon|evening|night))?[.,;\s]*$"
                      r"|(?:on\s+(?:social\s+media|X|Twitter|Facebook|Telegram|Instagram|TikTok|"
                      rf"{outlets}|(?:[A-Z][\w\-]*\s+){{1,2}}News)"
                      rf"|(?:during|at|in)\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{occasions}))\b"
                      + _OCCASION_REST + ")")



def _may_close_with_occasion(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds an opening of ``occasion_tail`` (", in", ",” during", " in a"), before
    trying it: the whole pattern costs far more, and most contents have none."""
    return _OCCASION_OPENING.search(text, s, e) is not None


_OCCASION_OPENING = re.compile(r",[\u201d\"]?\s+(?:in|during)\s|\sin\s+(?:a|an|his|her|its|their)\s")

_PRONOUNS_BUT_IT_YOU = PRONOUNS - {"it", "you"}

# After "this", a time rather than a subject: "said this week that …"
_PERIODS = TIME_WORDS | {"week", "weekend", "month", "year", "season", "spring", "summer", "fall", "winter", "time"}

_NUMBER_WORDS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "half", "dozen", "dozens", "hundreds", "thousands"})

_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet", "who", "which", "that"})

_QUOTING = frozenset({"quoted", "quotes", "quoting"})

_TIME_NOUNS = frozenset({"later", "ago", "earlier", "day", "days", "week", "weeks", "weekend", "month", "months", "year",
                         "years", "decade", "decades"})

_PLAIN_DETERMINERS = DETERMINERS - POSSESSIVES
_JOINERS_AND_PREPOSITIONS = NAME_JOINERS | PREPOSITIONS

# Words ending in "-ly" that are no adverbs: "the rally denounced", "the family said".
_LY_NOUNS = frozenset({"rally", "ally", "family", "assembly", "supply", "anomaly", "monopoly", "bully", "reply"})
_EXPLETIVES = frozenset({"there", "there's", "there\u2019s"})  # "There's still time for Cruz …": no subject
