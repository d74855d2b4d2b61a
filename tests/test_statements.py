"""Statements of the first article against a hand annotation, and the hard cases one by one."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from analysis.config import ARTICLES_DIR, PROJ_ROOT
from analysis.statements import COLUMNS, find_statements

SEED = ARTICLES_DIR / "2022-02-01_cnn_putin-says-us-ignoring-russian-security-needs.txt"
ANNOTATION = PROJ_ROOT / "tests" / "fixtures" / "first_article_statements.csv"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold(seed_text) -> pd.DataFrame:
    lines = [line for line in ANNOTATION.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    table = pd.DataFrame(list(csv.DictReader(lines)))
    table["start"] = [seed_text.index(t) for t in table["text"]]
    table["end"] = table["start"] + table["text"].str.len()
    return table


@pytest.fixture(scope="module")
def predicted(seed_text) -> pd.DataFrame:
    return find_statements(seed_text, "seed", body_start=seed_text.index("On Tuesday"))


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match_statements(gold: pd.DataFrame, predicted: pd.DataFrame) -> dict[str, int]:
    """Gold statement number -> the predicted statement covering most of its characters
    (a gold statement counts as found when predictions cover at least half of it)."""
    found = {}
    for number, spans in gold.groupby("statement"):
        size = sum(spans["end"] - spans["start"])
        cover: dict[int, int] = {}
        for g in spans.itertuples():
            for p in predicted.itertuples():
                cover[p.statement] = cover.get(p.statement, 0) + _overlap(g.start, g.end, p.start, p.end)
        best = max(cover, key=cover.get, default=None)
        if best is not None and cover[best] >= 0.5 * size:
            found[number] = best
    return found


def test_offsets_index_the_text_exactly(seed_text, predicted):
    assert list(predicted.columns) == COLUMNS
    for row in predicted.itertuples():
        assert seed_text[row.start:row.end] == row.text
        assert seed_text[row.speaker_start:row.speaker_end] == row.speaker_mention
        assert row.cue_start < row.cue_end


def test_finds_95_percent_of_annotated_statements(gold, predicted):
    found = match_statements(gold, predicted)
    missed = sorted(set(gold["statement"]) - set(found), key=int)
    assert len(found) / gold["statement"].nunique() >= 0.95, f"missed {missed}"


def test_predicted_statements_are_annotated(gold, predicted):
    found = match_statements(gold, predicted)
    extra = set(predicted["statement"]) - set(found.values())
    assert len(extra) / predicted["statement"].nunique() <= 0.05, \
        predicted[predicted["statement"].isin(extra)][["cue", "text"]].to_string()


def test_speaker_and_party_right_for_95_percent(gold, predicted):
    found = match_statements(gold, predicted)
    first = predicted.groupby("statement").first()
    wrong = []
    for number, spans in gold.groupby("statement"):
        if number in found:
            p = first.loc[found[number]]
            g = spans.iloc[0]
            if (p.speaker, p.party) != (g.speaker, g.party):
                wrong.append((number, g.speaker, p.speaker, g.party, p.party))
    assert 1 - len(wrong) / gold["statement"].nunique() >= 0.95, wrong


def test_kinds_match_the_annotation(gold, predicted):
    found = match_statements(gold, predicted)
    first = predicted.groupby("statement").first()
    same = [first.loc[found[n]].kind == spans.iloc[0].kind for n, spans in gold.groupby("statement") if n in found]
    assert sum(same) / len(same) >= 0.9


def test_word_share_per_party_within_two_points(gold, predicted):
    def share(table):
        words = table.assign(words=table["text"].str.split().str.len()).groupby("party")["words"].sum()
        return words / words.sum()
    expected, measured = share(gold), share(predicted)
    for party in expected.index.union(measured.index):
        assert measured.get(party, 0) == pytest.approx(expected.get(party, 0), abs=0.02), party
