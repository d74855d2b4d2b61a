"""How well does the project's tone score agree with people rating news sentences?

The VADER paper's New York Times data (Hutto & Gilbert 2014): 5,190 editorial snippets, each
with the mean of about 20 human ratings on -4..+4. For VADER as shipped (vaderSentiment 3.3.2 on
whole snippets) and for the project's scorer (``analysis.tone``: typography straightened,
sentence by sentence, both ways of combining sentences, with and without the neutral terms)
this prints Pearson's r with the mean rating, the change in r against stock VADER with a paired
bootstrap 95% interval, and 3-class macro F1.

Classes: a compound >= 0.05 is positive and <= -0.05 negative (the cut-offs the vaderSentiment
documentation gives). For the human mean the paper does not say where it cut; by default a mean
rating of at least +0.5 is positive and at most -0.5 negative (--human-threshold), i.e. a mean
that rounds to the scale's 0 ("neither") is neutral. F1 at +/-0.05 is printed too.

Usage: python scripts/evaluate_tone.py PATH/TO/vader-nyt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.tone import POSITIVE_THRESHOLD, Scorer, load_neutral_terms

FILE = "nytEditorialSnippets_GroundTruth.txt"


def load(folder: Path) -> pd.DataFrame:
    path = folder / FILE
    if not path.is_file():
        sys.exit(f"error: {path} not found: pass the vader-nyt folder that holds {FILE}")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            sys.exit(f"error: {path}:{number} is not id<TAB>rating<TAB>text")
        rows.append((parts[0], float(parts[1]), parts[2]))
    return pd.DataFrame(rows, columns=["id", "rating", "text"])


def classes(values: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(values >= threshold, 1, np.where(values <= -threshold, -1, 0))


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    scores = []
    for label in (-1, 0, 1):
        tp = np.sum((predicted == label) & (truth == label))
        fp = np.sum((predicted == label) & (truth != label))
        fn = np.sum((predicted != label) & (truth == label))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(scores))


def paired_bootstrap(y: np.ndarray, a: np.ndarray, b: np.ndarray, n_boot: int = 2000,
                     seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of r(b, y) - r(a, y), resampling snippets."""
    rng = np.random.default_rng(seed)
    diffs = np.empty(n_boot)
    for i in range(n_boot):
        idx = rng.integers(0, len(y), len(y))
        diffs[i] = np.corrcoef(b[idx], y[idx])[0, 1] - np.corrcoef(a[idx], y[idx])[0, 1]
    low, high = np.percentile(diffs, [2.5, 97.5])
    return float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the vader-nyt folder")
    parser.add_argument("--human-threshold", type=float, default=0.5,
                        help="|mean rating| at which a snippet counts as positive/negative (default 0.5)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"error: {args.folder} is not a folder")
    data = load(args.folder)
    y = data["rating"].to_numpy()

    stock = SentimentIntensityAnalyzer()
    systems = {"VADER 3.3.2 as shipped, whole snippet":
               np.array([stock.polarity_scores(t)["compound"] for t in data["text"]])}
    neutral = load_neutral_terms()
    for label, scorer in [
        ("project, sentences summed (default)", Scorer()),
        ("project, sentences averaged", Scorer(aggregate="mean")),
        ("project, summed, neutral terms removed", Scorer(neutral_terms=neutral)),
    ]:
        systems[label] = np.array([scorer.score(t)["compound"] for t in data["text"]])
    n_multi = sum(Scorer().score(t)["n_sentences"] > 1 for t in data["text"])

    truth = classes(y, args.human_threshold)
    truth_005 = classes(y, POSITIVE_THRESHOLD)
    base = systems["VADER 3.3.2 as shipped, whole snippet"]
    print(f"VADER NYT editorial snippets: n = {len(data)} ({n_multi} split into more than one "
          f"sentence); human classes at +/-{args.human_threshold:g}: "
          + ", ".join(f"{name} {np.mean(truth == k):.1%}" for name, k in
                      [("negative", -1), ("neutral", 0), ("positive", 1)]))
    print(f"{'system':<42} {'r':>6} {'r - stock [95% CI]':>26} "
          f"{'F1 @' + format(args.human_threshold, 'g'):>8} {'F1 @0.05':>8}")
    for label, compound in systems.items():
        r = np.corrcoef(compound, y)[0, 1]
        if compound is base:
            delta = ""
        else:
            low, high = paired_bootstrap(y, base, compound)
            delta = f"{r - np.corrcoef(base, y)[0, 1]:+.4f} [{low:+.4f}, {high:+.4f}]"
        predicted = classes(compound, POSITIVE_THRESHOLD)
        print(f"{label:<42} {r:>6.4f} {delta:>26} {macro_f1(truth, predicted):>8.3f} "
              f"{macro_f1(truth_005, predicted):>8.3f}")
    print("reference: vaderSentiment 3.3.2 as shipped r = 0.503 (the paper: 0.492 for its 2014 code)")


if __name__ == "__main__":
    main()
