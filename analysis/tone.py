"""Tone of what each party says, and of what is said about each party, scored with VADER.

VADER (Hutto & Gilbert 2014) rates sentence-sized text: its rules look three words back, its
"but" rule reaches across the whole text it is given, its running time grows faster than the
text, and its compound score saturates as valence accumulates. So every text is scored sentence
by sentence (``analysis.text.sentences``) after its typography is straightened: vaderSentiment
3.3.2 knows only ASCII apostrophes, so to it "don’t" negates nothing and "parties’" is not the
lexicon word "parties". The analyzer is built once per process and per neutral-term list; a
``Scorer`` holds only its settings, so it pickles small for parallel workers. Tables in, tables
out: ``statement_tone`` scores statements, ``tone_about`` scores the sentences that mention a
party outside that party's own statements, ``summarize_tone`` gives n, mean and a bootstrap
interval per group, and ``neutral_terms_effect`` shows what removing topic words changes.
"""
from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .text import normalize_typography, read_lexicon, sentences

# Cut-offs that the vaderSentiment documentation gives for calling a compound score positive
# (>= 0.05), negative (<= -0.05) or neutral (in between).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

AGGREGATES = ("sum", "mean")

# VADER maps a text's summed valence s to s / sqrt(s**2 + 15) (vaderSentiment.normalize).
_VADER_ALPHA = 15.0


def load_neutral_terms(name: str = "neutral_terms.txt") -> frozenset[str]:
    """Terms of a neutral-terms list in ``analysis/lexicons`` (default: the project's list)."""
    return frozenset(term.lower() for term in read_lexicon(name))


@lru_cache(maxsize=None)
def _analyzer(neutral_terms: frozenset[str]) -> SentimentIntensityAnalyzer:
    """VADER with ``neutral_terms`` taken out of its lexicon; one per process and term list."""
    if not neutral_terms:
        return SentimentIntensityAnalyzer()
    # A shallow copy with its own lexicon dict: the shared analyzer is never modified.
    analyzer = copy.copy(_analyzer(frozenset()))
    analyzer.lexicon = {w: v for w, v in analyzer.lexicon.items() if w not in neutral_terms}
    return analyzer


def _valence(compound: float) -> float:
    """The summed valence behind a compound score (inverse of VADER's normalisation)."""
    c = min(max(compound, -0.9999), 0.9999)  # compounds are rounded; keep off the poles
    return c * math.sqrt(_VADER_ALPHA / (1.0 - c * c))


def _compound(valence: float) -> float:
    return valence / math.sqrt(valence * valence + _VADER_ALPHA)


class Scorer:
    """VADER, applied sentence by sentence to typographically normalised text.

    Higher compound = more positive (-1 to +1). Arguments:

    - ``neutral_terms``: lexicon words not to score, for a study that treats them as naming the
      topic rather than judging it (see ``analysis/lexicons/neutral_terms.txt`` and
      ``load_neutral_terms``). Default: none, VADER's lexicon as shipped.
    - ``aggregate``: how a text's sentences combine into its compound.
      ``"sum"`` (default) adds the sentences' valences and normalises once, which is how VADER
      combines the words of one text; the rules stay inside their sentence. A one-sentence text
      gets exactly VADER's score, and a neutral sentence does not pull an evaluative one toward
      zero. The price: many sentences of one sign move toward +/-1, as with VADER on the whole
      text, so a long text scores more extreme than a short one with the same sentences.
      ``"mean"`` averages the sentences' compounds: independent of length (use it for whole
      articles), but diluted by neutral sentences. On the VADER NYT editorial snippets both stay
      within 0.001 of stock VADER's correlation with human ratings
      (``scripts/evaluate_tone.py``).
    """

    def __init__(self, neutral_terms: Iterable[str] = (), aggregate: str = "sum"):
        if isinstance(neutral_terms, str):
            raise TypeError("neutral_terms must be a collection of words, not one string")
        terms = set()
        for term in neutral_terms:
            if not isinstance(term, str) or not term.strip() or len(term.split()) != 1:
                raise ValueError(f"neutral term {term!r} is not a single word (VADER scores tokens)")
            terms.add(term.strip().lower())
        if aggregate not in AGGREGATES:
            raise ValueError(f"aggregate must be one of {AGGREGATES}, got {aggregate!r}")
        self.neutral_terms = frozenset(terms)
        self.aggregate = aggregate

    def __repr__(self) -> str:
        return f"Scorer(neutral_terms=<{len(self.neutral_terms)} terms>, aggregate={self.aggregate!r})"

    @property
    def analyzer(self) -> SentimentIntensityAnalyzer:
        return _analyzer(self.neutral_terms)

    def polarity(self, sentence: str) -> dict[str, float]:
        """VADER's neg/neu/pos/compound for one sentence, after normalising its typography."""
        return self.analyzer.polarity_scores(normalize_typography(sentence))

    def score(self, text: str) -> dict[str, float]:
        """Compound (combined over sentences, see ``aggregate``), mean pos/neu/neg, n_sentences.

        A text with no sentence gets NaN scores and n_sentences 0: no evidence, not neutrality.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, got {type(text).__name__}")
        scores = [self.polarity(text[s:e]) for s, e in sentences(text)]
        if not scores:
            return {"compound": math.nan, "pos": math.nan, "neu": math.nan, "neg": math.nan,
                    "n_sentences": 0}
        compounds = [s["compound"] for s in scores]
        if self.aggregate == "sum":
            compound = compounds[0] if len(compounds) == 1 else _compound(sum(map(_valence, compounds)))
        else:
            compound = float(np.mean(compounds))
        return {
            "compound": round(float(compound), 4),
            "pos": float(np.mean([s["pos"] for s in scores])),
            "neu": float(np.mean([s["neu"] for s in scores])),
            "neg": float(np.mean([s["neg"] for s in scores])),
            "n_sentences": len(scores),
        }


_DEFAULT_SCORER = Scorer()


def score_text(text: str, scorer: Scorer | None = None) -> dict[str, float]:
    """Tone of a text (higher compound = more positive); see ``Scorer.score``."""
    return (scorer or _DEFAULT_SCORER).score(text)


def _require(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} lacks column(s) {missing}; it has {list(frame.columns)}")


def statement_tone(statements: pd.DataFrame, scorer: Scorer | None = None) -> pd.DataFrame:
    """The statements with ``compound`` (higher = more positive) and ``n_sentences`` added.

    Each statement's own text is split into sentences (a statement may cover part of a
    sentence) and scored with ``scorer`` (default: VADER as shipped, sentence by sentence).
    """
    _require(statements, ["text"], "statements")
    scorer = scorer or _DEFAULT_SCORER
    scores = [scorer.score(text) for text in statements["text"]]
    out = statements.copy()
    out["compound"] = [s["compound"] for s in scores]
    out["n_sentences"] = [s["n_sentences"] for s in scores]
    return out


def _bootstrap_interval(values: np.ndarray, n_boot: int, seed: int) -> tuple[float, float]:
    """95% percentile interval of the mean, resampling ``values`` with replacement."""
    rng = np.random.default_rng(seed)
    n = len(values)
    means = np.empty(n_boot)
    chunk = max(1, 2_000_000 // n)  # bound memory for large groups
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        means[start:stop] = values[rng.integers(0, n, size=(stop - start, n))].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(low), float(high)


def summarize_tone(scored: pd.DataFrame, by: Sequence[str] = ("party",), n_boot: int = 2000,
                   seed: int = 0) -> pd.DataFrame:
    """Per group: n, mean compound with a bootstrap 95% interval, and shares by VADER's cut-offs.

    Higher mean_compound = more positive. ``scored`` needs a ``compound`` column (from
    ``statement_tone`` or ``tone_about``); rows without a score are left out of n. The interval
    is the 2.5 and 97.5 percentiles of ``n_boot`` resampled means, resampling rows (statements or
    sentences) within the group; each group uses ``seed``, so results do not depend on which
    other groups are present. share_positive: compound >= 0.05; share_negative: <= -0.05.
    """
    by = list(by)
    _require(scored, ["compound", *by], "scored")
    if not isinstance(n_boot, int) or n_boot < 1:
        raise ValueError(f"n_boot must be a positive integer, got {n_boot!r}")
    columns = [*by, "n", "mean_compound", "ci_low", "ci_high",
               "share_positive", "share_neutral", "share_negative"]
    data = scored.dropna(subset=["compound"])
    rows = []
    for key, group in data.groupby(by, dropna=False, sort=True):
        values = group["compound"].to_numpy(dtype=float)
        low, high = _bootstrap_interval(values, n_boot, seed)
        positive = float(np.mean(values >= POSITIVE_THRESHOLD))
        negative = float(np.mean(values <= NEGATIVE_THRESHOLD))
        rows.append([*key, len(values), float(values.mean()), low, high,
                     positive, 1.0 - positive - negative, negative])
    return pd.DataFrame(rows, columns=columns)


def _alias_pattern(party: str, aliases: Iterable[str]) -> re.Pattern | None:
    """One regex for a party's aliases, as whole words.

    Aliases are literal strings. One that starts with a capital (a proper noun: "Russia",
    "Kremlin") must match case and all, so "Turkey" does not find "turkey"; one in lower case
    ("separatists") matches in any case. Longer aliases are tried first ("Russian" before "Russia").
    """
    if isinstance(aliases, str):
        raise TypeError(f"aliases of {party!r} must be a list of strings, not one string")
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError(f"alias {alias!r} of party {party!r} is not a non-empty string")
        escaped = re.escape(alias.strip())
        parts.append(escaped if alias.strip()[0].isupper() else f"(?i:{escaped})")
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def tone_about(article_text: str, doc_id, statements: pd.DataFrame,
               party_aliases: Mapping[str, Iterable[str]], body_start: int = 0,
               scorer: Scorer | None = None) -> pd.DataFrame:
    """Tone of the sentences that mention each party, outside that party's own statements.

    One row per (sentence, party) for sentences of ``article_text`` from ``body_start`` on
    (skip a headline or byline by passing where the body starts) that name the party by one of
    its aliases and do not overlap any statement of that party in this document. Columns:
    doc_id, party, start, end (the sentence's span in ``article_text``), text, mentions (the
    aliases found, "|"-separated), compound (higher = more positive). Summarise with
    ``summarize_tone(rows, by=["party"])``.
    """
    if not isinstance(article_text, str):
        raise TypeError(f"article_text must be a string, got {type(article_text).__name__}")
    if not isinstance(party_aliases, Mapping):
        raise TypeError("party_aliases must map each party to a list of aliases")
    if not 0 <= body_start <= len(article_text):
        raise ValueError(f"body_start {body_start} lies outside the text (length {len(article_text)})")
    _require(statements, ["doc_id", "start", "end", "party"], "statements")
    scorer = scorer or _DEFAULT_SCORER
    patterns = {party: _alias_pattern(party, aliases) for party, aliases in party_aliases.items()}
    own = statements[statements["doc_id"] == doc_id]
    own_spans: dict[str, list[tuple[int, int]]] = {}
    for party, start, end in zip(own["party"], own["start"], own["end"]):
        if isinstance(party, str) and party:
            own_spans.setdefault(party, []).append((int(start), int(end)))

    rows = []
    for start, end in sentences(article_text, start=body_start):
        sentence = article_text[start:end]
        compound = None
        for party, pattern in patterns.items():
            if pattern is None:
                continue
            found = list(dict.fromkeys(m.group() for m in pattern.finditer(sentence)))
            if not found:
                continue
            if any(s < end and start < e for s, e in own_spans.get(party, ())):
                continue  # the party's own words are its tone, not tone about it
            if compound is None:
                compound = scorer.polarity(sentence)["compound"]
            rows.append([doc_id, party, start, end, sentence, "|".join(found), compound])
    return pd.DataFrame(rows, columns=["doc_id", "party", "start", "end", "text", "mentions",
                                       "compound"])


def neutral_terms_effect(statements: pd.DataFrame, terms: Iterable[str] | None = None,
                         by: Sequence[str] = ("party",), aggregate: str = "sum") -> pd.DataFrame:
    """Per group: mean compound with VADER's full lexicon and without ``terms``, and the change.

    ``terms`` defaults to the project's list (``load_neutral_terms()``). Columns: by..., n,
    mean_compound (full lexicon), mean_compound_without_terms, difference (without - with; a
    positive difference means the topic words had been making the group look more negative).
    """
    by = list(by)
    _require(statements, ["text", *by], "statements")
    terms = load_neutral_terms() if terms is None else terms
    full = statement_tone(statements, Scorer(aggregate=aggregate))["compound"]
    reduced = statement_tone(statements, Scorer(neutral_terms=terms, aggregate=aggregate))["compound"]
    frame = statements[by].assign(_full=full.to_numpy(), _reduced=reduced.to_numpy())
    frame = frame.dropna(subset=["_full"])
    out = (frame.groupby(by, dropna=False, sort=True)
           .agg(n=("_full", "size"), mean_compound=("_full", "mean"),
                mean_compound_without_terms=("_reduced", "mean"))
           .reset_index())
    out["difference"] = out["mean_compound_without_terms"] - out["mean_compound"]
    return out
