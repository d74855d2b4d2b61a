"""How often "he" and "she" resolve to a person of the right sex, on a PolNeAR split.

Usage: ``evaluate_pronouns.py SPLIT_DIR`` (for example ``../shared/eval/polnear/dev``).

PolNeAR marks a pronoun as the source and says no more, so the truth here is the article's own
honorifics: a surname the article writes only after "Mr." is a man's, only after "Mrs.", "Ms." or
"Miss" a woman's. The resolver must not see them: every honorific is replaced by the neutral
"Mx." (padded to the same length, so that no offset moves) before the statements are found. Counted
are the statements whose speaker is "he" or "she" and resolves to a full name with such a surname;
those the resolver leaves unresolved are counted apart.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from analysis.polnear import read_split
from analysis.speakers import HONORIFIC_SEX
from analysis.statements import statement_records

HONORIFIC = re.compile(r"\b(Mrs|Mr|Ms|Miss)\b\.?(?=\s+([A-Z][\w\-]*))")
PRONOUN_SEX = {"he": "m", "she": "f"}


def without_honorifics(text: str) -> str:
    """``text`` with each honorific replaced by "Mx." of the same length."""
    return HONORIFIC.sub(lambda m: ("Mx." if len(m.group()) > 2 else "Mx").ljust(len(m.group())), text)


def sex_by_surname(text: str) -> dict[str, str]:
    """Surname -> "m" or "f", for the surnames the article gives honorifics of one sex only."""
    seen: dict[str, set[str]] = {}
    for m in HONORIFIC.finditer(text):
        seen.setdefault(m.group(2), set()).add(HONORIFIC_SEX[m.group(1)])
    return {surname: sexes.pop() for surname, sexes in seen.items() if len(sexes) == 1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split_dir", type=Path, help="a PolNeAR split folder (text/ and attributions/)")
    args = parser.parse_args(argv)
    if not args.split_dir.is_dir():
        sys.exit(f"error: PolNeAR split folder {args.split_dir} does not exist "
                 f"(expected e.g. ../shared/eval/polnear/dev with text/ and attributions/)")
    try:
        articles = list(read_split(args.split_dir))
    except FileNotFoundError as err:
        sys.exit(f"error: {err}")
    counts: Counter[str] = Counter()
    for article in articles:
        truth = sex_by_surname(article.text)
        if not truth:
            continue
        for row in statement_records(without_honorifics(article.text), article.doc_id):
            pronoun = row["speaker_mention"].lower()
            if pronoun not in PRONOUN_SEX:
                continue
            if row["speaker"].lower() == pronoun:
                counts["unresolved"] += 1
            elif " " in row["speaker"] and (sex := truth.get(row["speaker"].split()[-1])):
                counts["right" if sex == PRONOUN_SEX[pronoun] else "wrong"] += 1
    checked = counts["right"] + counts["wrong"]
    print(f"PolNeAR {args.split_dir.name}: he/she resolved to a person the article gives an honorific: {checked}")
    print(f"  of the right sex: {counts['right']} ({counts['right'] / max(checked, 1):.3f})")
    print(f"  of the other sex: {counts['wrong']}")
    print(f"he/she left unresolved in those articles: {counts['unresolved']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
