"""Does the project's Flesch–Kincaid grade rank OneStopEnglish's three reading levels?

OneStopEnglish (Vajjala & Lučić 2018) rewrites each of 189 Guardian stories at elementary,
intermediate and advanced level. For textstat 0.7.8 as shipped and for the project's version
(``analysis.readability``: the text prepared so that textstat counts real sentences) this prints
Spearman's rho between the grade and the level (ele=0, int=1, adv=2) and the share of stories
whose three versions get strictly increasing grades. Reference: textstat 0.7.13 as shipped
gives rho = 0.567 and 98.1%. The files are read as they are (intermediate files open with the
word "Intermediate" on a line of its own; both versions see the same text).

Usage: python scripts/evaluate_readability.py PATH/TO/onestopenglish
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import textstat

from analysis.readability import readability

LEVELS = {"ele": ("Ele-Txt", 0), "int": ("Int-Txt", 1), "adv": ("Adv-Txt", 2)}


def load(folder: Path) -> pd.DataFrame:
    """One row per (story, level) with the text, from Texts-SeparatedByReadingLevel."""
    root = folder / "Texts-SeparatedByReadingLevel"
    if not root.is_dir():
        sys.exit(f"error: {root} not found: pass the onestopenglish folder (with its README.md)")
    rows = []
    for suffix, (sub, level) in LEVELS.items():
        for path in sorted((root / sub).glob(f"*-{suffix}.txt")):  # top level only
            story = path.name[: -len(f"-{suffix}.txt")]
            rows.append((story, suffix, level, path.read_text(encoding="utf-8-sig")))
    data = pd.DataFrame(rows, columns=["story", "version", "level", "text"])
    complete = data.groupby("story")["level"].transform("nunique") == len(LEVELS)
    if not complete.any():
        sys.exit(f"error: no story in {root} has all three levels")
    return data[complete].reset_index(drop=True)


def spearman(x: pd.Series, y: pd.Series) -> float:
    """Spearman's rho as the Pearson correlation of average ranks (no scipy needed)."""
    return float(x.rank().corr(y.rank()))


def share_in_order(data: pd.DataFrame, column: str) -> float:
    wide = data.pivot(index="story", columns="level", values=column)
    return float(((wide[0] < wide[1]) & (wide[1] < wide[2])).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the onestopenglish folder")
    folder = parser.parse_args().folder
    if not folder.is_dir():
        sys.exit(f"error: {folder} is not a folder")
    data = load(folder)
    data["stock"] = [textstat.flesch_kincaid_grade(t) for t in data["text"]]
    scored = [readability(t) for t in data["text"]]
    data["project"] = [s["flesch_kincaid_grade"] for s in scored]
    unscored = int(data["project"].isna().sum())

    print(f"OneStopEnglish: {data['story'].nunique()} stories x 3 levels, Flesch-Kincaid grade")
    print(f"{'version':<40} {'rho':>6} {'in order':>9}  mean grade ele/int/adv")
    for column, label in [("stock", f"textstat {textstat_version()} as shipped"),
                          ("project", "project (analysis.readability)")]:
        means = data.groupby("level")[column].mean()
        print(f"{label:<40} {spearman(data[column], data['level']):>6.3f} "
              f"{share_in_order(data, column):>8.1%}  "
              + " / ".join(f"{means[level]:.2f}" for level in range(3)))
    print("reference: textstat 0.7.13 as shipped       0.567    98.1%")
    if unscored:
        print(f"note: {unscored} texts had too few words for the project's score")


def textstat_version() -> str:
    from importlib.metadata import version
    return version("textstat")


if __name__ == "__main__":
    main()
