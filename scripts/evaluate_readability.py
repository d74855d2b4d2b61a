"""Does the project's Flesch–Kincaid grade rank OneStopEnglish's three reading levels?

OneStopEnglish (Vajjala & Lučić 2018) rewrites each of 189 Guardian stories at elementary,
intermediate and advanced level. For textstat 0.7.8 as shipped and for the project's version
(``analysis.readability``: the project's own counts of sentences, running text and syllables)
this prints Spearman's rho between the grade and the level (ele=0, int=1, adv=2), the share of
stories whose three versions get strictly increasing grades, and the share of the 3 x 189
pairs of versions that come out in order. Reference: textstat 0.7.13 as shipped gives
rho = 0.567 and 98.1% (as a share of 189 stories that figure falls between 185 = 97.9% and
186 = 98.4%).

Every intermediate file opens with the line "Intermediate": a label of the level, not part of
the story, so the loader removes a first line that only names a level, for both versions alike.
The stories out of order are listed with their grades, and stories whose versions share under
a fifth of their vocabulary are flagged: they are probably not rewrites of one article, so no
grade can order them (the files are read as they are; nothing is corrected). The check cannot
see versions swapped between levels: the "ele" file of "WNL shark" is the original article and
its "adv" file the simplest rewrite.

Usage: python scripts/evaluate_readability.py PATH/TO/onestopenglish
"""
from __future__ import annotations

import argparse
import re
import sys
from itertools import combinations
from pathlib import Path

import pandas as pd
import textstat

from analysis.readability import readability
from analysis.text import words

LEVELS = {"ele": ("Ele-Txt", 0), "int": ("Int-Txt", 1), "adv": ("Adv-Txt", 2)}
LEVEL_LABEL = re.compile(r"\A\s*(?:elementary|intermediate|advanced)[ \t]*\r?\n", re.I)
# Versions of one story share about half their vocabulary (words of four letters or more);
# under a fifth, they are different articles.
SAME_STORY_OVERLAP = 0.2


def load(folder: Path) -> pd.DataFrame:
    """One row per (story, level) with the text, from Texts-SeparatedByReadingLevel."""
    root = folder / "Texts-SeparatedByReadingLevel"
    if not root.is_dir():
        sys.exit(f"error: {root} not found: pass the onestopenglish folder (with its README.md)")
    rows = []
    for suffix, (sub, level) in LEVELS.items():
        for path in sorted((root / sub).glob(f"*-{suffix}.txt")):  # top level only
            story = path.name[: -len(f"-{suffix}.txt")]
            text = LEVEL_LABEL.sub("", path.read_text(encoding="utf-8-sig"), count=1)
            rows.append((story, suffix, level, text))
    data = pd.DataFrame(rows, columns=["story", "version", "level", "text"])
    complete = data.groupby("story")["level"].transform("nunique") == len(LEVELS)
    if not complete.any():
        sys.exit(f"error: no story in {root} has all three levels")
    return data[complete].reset_index(drop=True)


def spearman(x: pd.Series, y: pd.Series) -> float:
    """Spearman's rho as the Pearson correlation of average ranks (no scipy needed)."""
    return float(x.rank().corr(y.rank()))


def in_order(data: pd.DataFrame, column: str) -> pd.Series:
    """Per story: are the three grades strictly increasing with the level?"""
    wide = data.pivot(index="story", columns="level", values=column)
    return (wide[0] < wide[1]) & (wide[1] < wide[2])


def pairs_in_order(data: pd.DataFrame, column: str) -> float:
    """Share of the (lower, higher) pairs of versions of a story whose grades increase."""
    wide = data.pivot(index="story", columns="level", values=column)
    ordered = [(wide[a] < wide[b]) for a, b in combinations(range(len(LEVELS)), 2)]
    return float(pd.concat(ordered).mean())


def vocabulary_overlap(data: pd.DataFrame) -> pd.Series:
    """Per story: the smallest Jaccard overlap of word sets between two of its versions."""
    def vocabulary(text: str) -> set[str]:
        return {w.lower() for w in words(text) if len(w) > 3}

    overlap = {}
    for story, group in data.groupby("story"):
        sets = [vocabulary(t) for t in group.sort_values("level")["text"]]
        overlap[story] = min(len(a & b) / max(len(a | b), 1) for a, b in combinations(sets, 2))
    return pd.Series(overlap)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the onestopenglish folder")
    folder = parser.parse_args().folder
    if not folder.is_dir():
        sys.exit(f"error: {folder} is not a folder")
    data = load(folder)
    data["stock"] = [textstat.flesch_kincaid_grade(t) for t in data["text"]]
    data["project"] = [readability(t)["flesch_kincaid_grade"] for t in data["text"]]
    unscored = int(data["project"].isna().sum())
    versions = [("stock", f"textstat {textstat_version()} as shipped"),
                ("project", "project (analysis.readability)")]

    print(f"OneStopEnglish: {data['story'].nunique()} stories x 3 levels, Flesch-Kincaid grade")
    print(f"{'version':<40} {'rho':>6} {'in order':>9} {'pairs':>7}  mean grade ele/int/adv")
    for column, label in versions:
        means = data.groupby("level")[column].mean()
        print(f"{label:<40} {spearman(data[column], data['level']):>6.3f} "
              f"{in_order(data, column).mean():>8.1%} {pairs_in_order(data, column):>6.1%}  "
              + " / ".join(f"{means[level]:.2f}" for level in range(3)))
    print("reference: textstat 0.7.13 as shipped       0.567    98.1%")
    if unscored:
        print(f"note: {unscored} texts had too few words for the project's score")

    overlap = vocabulary_overlap(data)
    unrelated = set(overlap.index[overlap < SAME_STORY_OVERLAP])
    wrong = sorted(set().union(*(set(in_order(data, c).pipe(lambda s: s.index[~s])) for c, _ in versions)))
    print(f"\nstories out of order (grades ele / int / adv); * = versions share under "
          f"{SAME_STORY_OVERLAP:.0%} of their vocabulary")
    for story in wrong:
        grades = data[data["story"] == story].sort_values("level")
        print(f"  {'*' if story in unrelated else ' '} {story:<32}"
              + "   ".join(f"{c} " + " / ".join(f"{g:5.2f}" for g in grades[c]) for c, _ in versions))
    if unrelated:
        kept = data[~data["story"].isin(unrelated)]
        print(f"in order among the {kept['story'].nunique()} stories left without the {len(unrelated)} whose "
              f"versions share under {SAME_STORY_OVERLAP:.0%} of their vocabulary "
              f"({', '.join(sorted(unrelated))}): "
              + ", ".join(f"{c} {in_order(kept, c).mean():.1%}" for c, _ in versions))


def textstat_version() -> str:
    from importlib.metadata import version
    return version("textstat")


if __name__ == "__main__":
    main()
