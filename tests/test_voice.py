"""Voice measures on small articles written for the test, and on the first article."""
import pandas as pd
import pytest

from analysis.articles import Article
from analysis.pipeline import analyse, analyse_articles

TWO_SIDES = Article(
    id="t1", headline="Moscow rejects the plan",
    text=("Russian President Vladimir Putin said the plan was a provocation by the West.\n\n"
          "“We will not accept it,” Putin added.\n\n"
          "Ukraine and Ukraine’s army were not consulted, and Kyiv stayed silent.\n\n"
          "US Secretary of State Antony Blinken said the plan was fair."),
)


@pytest.fixture(scope="module")
def tables():
    return analyse_articles([TWO_SIDES])


def test_quote_share_counts_statements_and_words(tables):
    parties = tables.parties.set_index("party")
    assert parties.loc["Russia", "statements"] == 2
    assert parties.loc["United States", "statements"] == 1
    assert parties.loc["Russia", "words"] == len("the plan was a provocation by the West".split()) + 5
    assert parties.loc["United States", "words"] == 4
    assert parties["share_of_words"].sum() == pytest.approx(1.0)
    assert parties.loc["Russia", "direct"] == 1 and parties.loc["Russia", "indirect"] == 1


def test_a_party_named_but_never_quoted_shows_its_gap(tables):
    ukraine = tables.parties.set_index("party").loc["Ukraine"]
    assert ukraine["statements"] == 0 and ukraine["mentions"] == 3  # Ukraine, Ukraine’s, Kyiv
    assert ukraine["gap"] < 0


def test_prominence_first_voice_and_headline(tables):
    p = tables.prominence.set_index("party")
    assert p.loc["Russia", "first_voice_rank"] == 1 and p.loc["United States", "first_voice_rank"] == 2
    assert p.loc["Russia", "in_headline"] and not p.loc["United States", "in_headline"]


def test_bloc_level_groups_parties():
    tables = analyse_articles([TWO_SIDES], level="bloc")
    blocs = tables.parties.set_index("bloc")
    assert blocs.loc["the West", "statements"] == 1 and blocs.loc["Russia", "statements"] == 2


def test_every_aggregate_traces_back_to_statement_rows(tables):
    statements = tables.statements
    for row in tables.parties.itertuples():
        own = statements[statements["party"].replace("", "unmapped") == row.party]
        assert own["words"].sum() == row.words
        assert own[["doc_id", "statement"]].drop_duplicates().shape[0] == row.statements


def test_a_broken_article_is_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("Putin said the talks failed.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    tables = analyse(tmp_path)
    assert list(tables.articles["id"]) == ["good"]
    assert len(tables.errors) == 2 and tables.errors["path"].str.contains("empty|binary").all()
