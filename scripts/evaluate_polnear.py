"""Score statement extraction against the PolNeAR attribution corpus (content recall by kind, precision, speakers).

Usage: ``evaluate_polnear.py SPLIT_DIR [--limit N] [--errors FILE] [--strict]`` where SPLIT_DIR is a
PolNeAR split folder holding ``text/`` and ``attributions/`` (for example
``../shared/eval/polnear/dev``). The corpus is copyrighted news kept outside the repository: read it
in place, and write any ``--errors`` file outside the repository too. An article on which the
extractor raises is scored as having no statements and counted in the report (so one bad article
cannot hide the figures of the others); ``--strict`` stops at the first with its traceback.

Gold. Each ``E`` line of an annotation is one attribution; its ``Content`` parts (discontinuous spans
and ``Content2`` included) are one gold content, its ``Source`` spans the gold speaker mention.
Attributions without content are skipped. Where several annotators annotated an article (two dev
articles, for agreement), the annotator first in sorted order of id is read.

Gold kind (PolNeAR does not label it), from the double quotation marks (straight, curly, or two
apostrophes as in some archives) in the content: a quotation mark directly before or after a content part is read with it (annotators
sometimes leave the marks out); quotation state resets at each line break (news opens a quotation
again at each paragraph); a straight mark opens after a space, line start, bracket or dash and
closes otherwise; a closing mark with no opening one before it on its line means the part began
inside the quotation. Over the content's letters and digits, the share inside quotation marks
decides: ``direct`` when it is at least 90% (DIRECT_SHARE: essentially all, allowing a leading "that"),
``mixed`` when it is above zero, ``indirect`` when it is zero.

Measures (as the evaluation data's README defines them; higher is better for all):
- recall, by gold kind and overall: a gold content is found when at least 30% of its characters lie
  inside the union of predicted content spans;
- precision: the share of predictions with at least 50% of their characters inside gold contents
  (every prediction counts, duplicates included). Characters are counted inside the union of gold
  contents, not inside a single one: only so does the README's reference baseline reproduce
  (every paragraph as content: 0.47 on dev; 0.36 when each paragraph must lie half inside a single
  content). The stricter single-content figure is printed too, without a target;
- character precision: the share of predicted content characters (the union of predicted spans, so
  a character counts once) that lie inside some gold content;
- speaker accuracy: over found gold contents that have a source, the share whose best-overlapping
  prediction (most characters in common) has a speaker mention span overlapping the gold source;
- speed: articles per second spent inside the extractor.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from analysis.polnear import Article, Span, read_split

FOUND_COVERAGE = 0.30  # share of a gold content's characters that predictions must cover
CORRECT_INSIDE = 0.50  # share of a prediction's characters that must lie inside gold contents
DIRECT_SHARE = 0.90    # share of a content's letters and digits inside quotation marks for 'direct'
KINDS = ("direct", "mixed", "indirect")

# Targets the extractor is held to, each with the direction that is better (all: at least).
TARGETS = {
    "recall direct": 0.95, "recall mixed": 0.85, "recall indirect": 0.60, "recall all": 0.70,
    "precision": 0.90, "character precision": 0.85, "speaker": 0.90,
}
TARGET_SPEED = 300.0  # articles per second, for reference (measured properly by benchmark.py)

OPENING_DOUBLE = "\u201c\u201e\u00ab"
CLOSING_DOUBLE = "\u201d\u00bb"
STRAIGHT_DOUBLE = '"'
DOUBLE_MARKS = OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE
_BEFORE_OPENING = "([{\u2014\u2013-/"

Predictor = Callable[[str, str], pd.DataFrame]


# --- spans -----------------------------------------------------------------------------------

def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same characters; empty spans dropped."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def span_length(spans: Iterable[Span]) -> int:
    return sum(end - start for start, end in merge(spans))


def overlap(a: Iterable[Span], b: Iterable[Span]) -> int:
    """Characters that two sets of spans have in common."""
    a, b = merge(a), merge(b)
    i = j = common = 0
    while i < len(a) and j < len(b):
        common += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return common


# --- gold kind -------------------------------------------------------------------------------

def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()


def quoted_share(text: str, spans: Iterable[Span]) -> float:
    """Share of the letters and digits of ``text`` in ``spans`` that stand inside double quotation marks."""
    quoted = total = 0
    # Two apostrophes stand for a double mark in some archives (''like this''): read them as a
    # space and a straight mark, which keeps every offset and the open-or-close rule below.
    text = text.replace("''", ' "')
    for start, end in merge(spans):
        if start > 0 and text[start - 1] in DOUBLE_MARKS:
            start -= 1
        if end < len(text) and text[end] in DOUBLE_MARKS:
            end += 1
        inside, seen_mark, before_first_mark = False, False, 0
        for i in range(start, end):
            ch = text[i]
            if ch == "\n":
                inside, seen_mark, before_first_mark = False, False, 0
            elif ch in DOUBLE_MARKS:
                opens = ch in OPENING_DOUBLE or (ch == STRAIGHT_DOUBLE and _straight_opens(text, i))
                if not opens and not seen_mark:  # the part began inside a quotation
                    quoted += before_first_mark
                inside, seen_mark = opens, True
            elif ch.isalnum():
                total += 1
                if inside:
                    quoted += 1
                elif not seen_mark:
                    before_first_mark += 1
    return quoted / total if total else 0.0


def gold_kind(text: str, spans: Iterable[Span]) -> str:
    """'direct', 'mixed' or 'indirect' by the rule in this module's docstring."""
    share = quoted_share(text, spans)
    if share >= DIRECT_SHARE:
        return "direct"
    return "mixed" if share > 0 else "indirect"


# --- scoring ---------------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts behind every measure; tallies of single articles add up to the corpus figures."""

    articles: int = 0
    seconds: float = 0.0
    gold: Counter = field(default_factory=Counter)        # gold contents per kind
    found: Counter = field(default_factory=Counter)       # found gold contents per kind
    predictions: int = 0
    correct: int = 0                                      # predictions >= 50% inside gold contents
    correct_in_one: int = 0                               # predictions >= 50% inside a single one
    predicted_chars: int = 0
    predicted_chars_in_gold: int = 0
    with_source: int = 0                                  # found gold contents that have a source
    speaker_right: int = 0
    kinds: Counter = field(default_factory=Counter)       # (gold kind, best prediction's kind), found only
    errors: list = field(default_factory=list)
    crashes: list = field(default_factory=list)           # (doc_id, exception) where the extractor raised

    def add(self, other: Tally) -> Tally:
        for name in ("articles", "seconds", "predictions", "correct", "correct_in_one", "predicted_chars",
                     "predicted_chars_in_gold", "with_source", "speaker_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold", "found", "kinds"):
            getattr(self, name).update(getattr(other, name))
        self.errors.extend(other.errors)
        self.crashes.extend(other.crashes)
        return self

    def recall(self, kind: str | None = None) -> float:
        """Share of gold contents found (of one kind, or all); higher is better; NaN without gold."""
        gold = self.gold[kind] if kind else sum(self.gold.values())
        found = self.found[kind] if kind else sum(self.found.values())
        return found / gold if gold else math.nan

    def precision(self) -> float:
        """Share of predictions lying at least half inside gold contents; higher is better."""
        return self.correct / self.predictions if self.predictions else math.nan

    def precision_in_one(self) -> float:
        """Share of predictions lying at least half inside a single gold content; higher is better."""
        return self.correct_in_one / self.predictions if self.predictions else math.nan

    def character_precision(self) -> float:
        return self.predicted_chars_in_gold / self.predicted_chars if self.predicted_chars else math.nan

    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_source if self.with_source else math.nan

    def measures(self) -> dict[str, tuple[float, int]]:
        """Each measure with its n (the denominator), keyed like TARGETS."""
        rows = {f"recall {kind}": (self.recall(kind), self.gold[kind]) for kind in KINDS}
        rows["recall all"] = (self.recall(), sum(self.gold.values()))
        rows["precision"] = (self.precision(), self.predictions)
        rows["precision, one content"] = (self.precision_in_one(), self.predictions)
        rows["character precision"] = (self.character_precision(), self.predicted_chars)
        rows["speaker"] = (self.speaker_accuracy(), self.with_source)
        return rows


_REQUIRED = ("kind", "start", "end", "speaker_start", "speaker_end")


def _predicted_spans(article: Article, predictions: pd.DataFrame) -> list[dict]:
    missing = [c for c in _REQUIRED if c not in predictions.columns]
    if missing:
        raise ValueError(f"{article.doc_id}: predictions lack the column(s) {', '.join(missing)}")
    rows = []
    for i, row in enumerate(predictions.to_dict("records")):
        start, end = row["start"], row["end"]
        if not (0 <= start <= end <= len(article.text)):
            raise ValueError(f"{article.doc_id}: prediction {i} has span {start}..{end} outside the "
                             f"text ({len(article.text)} characters)")
        if "text" in row and row["text"] != article.text[start:end]:
            raise ValueError(f"{article.doc_id}: prediction {i} text {str(row['text'])[:60]!r} is not "
                             f"the article's characters {start}..{end}")
        rows.append({"span": (int(start), int(end)), "kind": row["kind"],
                     "speaker": _speaker_span(row.get("speaker_start"), row.get("speaker_end"))})
    return rows


def _speaker_span(start, end) -> Span | None:
    if start is None or end is None or pd.isna(start) or pd.isna(end) or start < 0 or end <= start:
        return None
    return int(start), int(end)


def score_article(article: Article, predictions: pd.DataFrame) -> Tally:
    """Counts for one article: its gold attributions against one extractor's statements."""
    text, doc = article.text, article.doc_id
    preds = _predicted_spans(article, predictions)
    golds = [(a, merge(a.content), gold_kind(text, a.content)) for a in article.attributions if a.content]
    all_predicted = merge(p["span"] for p in preds)
    all_gold = merge(s for _, spans, _ in golds for s in spans)
    tally = Tally(articles=1, predictions=len(preds))

    for attribution, spans, kind in golds:
        tally.gold[kind] += 1
        coverage = overlap(spans, all_predicted) / span_length(spans)
        best = max(preds, key=lambda p: overlap([p["span"]], spans), default=None)
        if best is not None and overlap([best["span"]], spans) == 0:
            best = None
        content_text = " … ".join(text[s:e] for s, e in spans)
        if coverage < FOUND_COVERAGE:
            tally.errors.append({"type": "miss", "doc": doc, "spans": spans, "text": content_text,
                                 "gold_kind": kind, "pred_kind": best and best["kind"],
                                 "coverage": round(coverage, 3)})
            continue
        tally.found[kind] += 1
        tally.kinds[kind, best["kind"]] += 1
        if attribution.source:
            tally.with_source += 1
            speaker = best["speaker"]
            if speaker and overlap([speaker], attribution.source) > 0:
                tally.speaker_right += 1
            else:
                tally.errors.append({
                    "type": "speaker", "doc": doc, "spans": spans, "text": content_text,
                    "gold_kind": kind, "pred_kind": best["kind"],
                    "gold_source": " … ".join(text[s:e] for s, e in attribution.source),
                    "pred_speaker": text[speaker[0]:speaker[1]] if speaker else None})

    for pred in preds:
        start, end = pred["span"]
        length = end - start
        best_gold = max(golds, key=lambda g: overlap([pred["span"]], g[1]), default=None)
        in_one = overlap([pred["span"]], best_gold[1]) if best_gold else 0
        share = overlap([pred["span"]], all_gold) / length if length else 0.0
        if length and in_one / length >= CORRECT_INSIDE:
            tally.correct_in_one += 1
        if share >= CORRECT_INSIDE:
            tally.correct += 1
        else:
            tally.errors.append({"type": "false_positive", "doc": doc, "spans": [pred["span"]],
                                 "text": text[start:end], "pred_kind": pred["kind"],
                                 "gold_kind": best_gold[2] if in_one else None,
                                 "inside_gold": round(share, 3)})
    tally.predicted_chars = span_length(all_predicted)
    tally.predicted_chars_in_gold = overlap(all_predicted, all_gold)
    return tally


def evaluate(articles: Iterable[Article], predict: Predictor, strict: bool = False) -> Tally:
    """Run ``predict(text, doc_id) -> statements`` on each article and add up the counts.

    Only the time spent inside ``predict`` counts towards the speed. Where ``predict`` raises, the
    article is scored with no statements and the exception kept in ``crashes``, unless ``strict``.
    """
    total = Tally()
    for article in articles:
        crash = None
        began = time.perf_counter()
        try:
            predictions = predict(article.text, article.doc_id)
        except Exception as err:
            if strict:
                raise
            crash = f"{type(err).__name__}: {err}"
            predictions = pd.DataFrame(columns=list(_REQUIRED))
        seconds = time.perf_counter() - began
        tally = score_article(article, predictions)
        tally.seconds = seconds
        if crash:
            tally.crashes.append((article.doc_id, crash))
            tally.errors.append({"type": "crash", "doc": article.doc_id, "error": crash})
        total.add(tally)
    return total


# --- report ----------------------------------------------------------------------------------

def report(tally: Tally, title: str = "PolNeAR") -> str:
    """A compact table of the measures beside their targets."""
    n_gold = sum(tally.gold.values())
    lines = [
        f"{title}: {tally.articles} articles, {n_gold} gold contents "
        f"({', '.join(f'{k} {tally.gold[k]}' for k in KINDS)}), {tally.predictions} predictions",
        "",
        f"{'measure':<24}{'value':>7}  {'target':>7}  {'':<5}{'n':>7}",
    ]
    for name, (value, n) in tally.measures().items():
        target = TARGETS.get(name)
        verdict = "" if math.isnan(value) or target is None else ("ok" if value >= target else "below")
        shown = "   n/a" if math.isnan(value) else f"{value:7.3f}"
        aim = "" if target is None else f">= {target:.2f}"
        lines.append(f"{name:<24}{shown:>7}  {aim:>7}  {verdict:<5}{n:>7}")
    speed = tally.articles / tally.seconds if tally.seconds else math.nan
    lines.append(f"{'articles/s':<24}{speed:7.1f}  {'>= ' + format(TARGET_SPEED, '.0f'):>7}  "
                 f"(extraction only; scripts/benchmark.py measures it on one core)")
    if tally.crashes:
        doc, error = tally.crashes[0]
        lines.append(f"the extractor raised on {len(tally.crashes)} article(s), scored as having no "
                     f"statements; first: {doc}: {error}")
    lines += ["", "found gold contents by gold kind (rows) and predicted kind (columns):",
              f"{'':<10}" + "".join(f"{k:>10}" for k in KINDS)]
    predicted_kinds = list(KINDS) + sorted({p for _, p in tally.kinds} - set(KINDS), key=str)
    if predicted_kinds != list(KINDS):
        lines[-1] += "".join(f"{str(k):>10}" for k in predicted_kinds[3:])
    for g in KINDS:
        lines.append(f"{g:<10}" + "".join(f"{tally.kinds[g, p]:>10}" for p in predicted_kinds))
    return "\n".join(lines)


def write_errors(tally: Tally, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for error in tally.errors:
            f.write(json.dumps(error, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split_dir", type=Path, help="PolNeAR split folder with text/ and attributions/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write misses, false positives and speaker errors here as JSON lines")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first article on which the extractor raises")
    args = parser.parse_args(argv)
    if not args.split_dir.is_dir():
        sys.exit(f"error: PolNeAR split folder {args.split_dir} does not exist "
                 f"(expected e.g. ../shared/eval/polnear/dev with text/ and attributions/)")
    if args.limit is not None and args.limit < 1:
        sys.exit("error: --limit must be at least 1")

    from analysis.statements import find_statements

    def predict(text: str, doc_id: str) -> pd.DataFrame:
        return find_statements(text, doc_id=doc_id)

    try:
        tally = evaluate(read_split(args.split_dir, args.limit), predict, strict=args.strict)
    except FileNotFoundError as err:
        sys.exit(f"error: {err}")
    print(report(tally, f"PolNeAR {args.split_dir.name}"))
    if args.errors:
        write_errors(tally, args.errors)
        print(f"\n{len(tally.errors)} errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
