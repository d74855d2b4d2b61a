"""The whole analysis of the first article: each table shows what a careful reader sees in it."""
import pytest

from analysis.config import ARTICLES_DIR
from analysis.pipeline import analyse


@pytest.fixture(scope="module")
def seed():
    return analyse(ARTICLES_DIR)


def test_every_table_is_there_and_names_its_groups(seed):
    for name in ["parties", "tone_of", "readability", "hedges_boosters", "cue_classes", "frames",
                 "mentioned_vs_quoted", "neutral_terms_effect"]:
        assert "party" in getattr(seed, name).columns, name
    assert seed.order[:2] == ["Russia", "Ukraine"]  # the registry's order, Ukraine included unheard


def test_the_reporter_distances_russia_and_amplifies_the_us(seed):
    cues = seed.cue_classes.set_index(["party", "cue_class"])["count"]
    assert cues["Russia", "distancing"] >= 2          # "claims", "contended"
    assert cues["United States", "distancing"] == 0
    assert cues["United States", "emphatic"] >= 3     # "stress", "highlighted", "reiterated"


def test_tone_tables_carry_n_and_intervals(seed):
    tone = seed.tone_of.set_index("party")
    assert tone.loc["Russia", "n"] == seed.parties.set_index("party").loc["Russia", "statements"]
    for row in tone.itertuples():
        assert row.ci_low <= row.mean_compound <= row.ci_high
    assert set(seed.tone_about["party"]) >= {"Russia", "Ukraine", "United States"}


def test_readability_only_where_there_are_enough_words(seed):
    readability = seed.readability.set_index("party")
    assert readability.loc["Russia", "flesch_kincaid_grade"] > 0
    uk = readability.loc["United Kingdom"]
    assert uk["flesch_kincaid_grade"] != uk["flesch_kincaid_grade"] and "fewer than 100" in uk["note"]


def test_the_west_as_one_bloc():
    blocs = analyse(ARTICLES_DIR, level="bloc").parties.set_index("bloc")
    assert blocs.loc["the West", "statements"] > blocs.loc["Ukraine", "statements"] == 0


def test_ukraine_is_mentioned_and_never_quoted(seed):
    parties = seed.parties.set_index("party")
    assert parties.loc["Ukraine", "mentions"] >= 10 and parties.loc["Ukraine", "statements"] == 0
    assert parties.loc["Russia", "share_of_words"] > 0.5
    assert seed.errors.empty


def test_per_article_tables(seed):
    article = seed.articles.iloc[0]
    assert article["statements"] == 40 and article["flesch_kincaid_grade"] > 0
    voice = seed.voice_by_article
    assert voice.groupby("doc_id")["share_of_words"].sum().round(6).eq(1).all()
    assert set(seed.article_frames["frame"]) >= {"conflict", "responsibility"}
    narrator = seed.narrator_stance.iloc[0]
    assert 0 < narrator["words"] < article["words"] - seed.statements["words"].sum() + 50


def test_a_corpus_table_is_the_article_tables_stacked():
    from analysis.articles import Article
    from analysis.pipeline import statements_table
    from analysis.statements import COLUMNS, INTEGER_COLUMNS, find_statements

    texts = ["Putin said the talks had failed. “We will respond,” he added.",
             "No one spoke here.",
             "Blinken stressed that the door stays open, according to the State Department."]
    articles = [Article(id=f"a{i}", text=t, path=f"a{i}.txt") for i, t in enumerate(texts)]
    table = statements_table(articles)
    one_by_one = [find_statements(t, f"a{i}") for i, t in enumerate(texts)]
    assert len(table) == sum(map(len, one_by_one)) >= 3
    assert list(table.columns) == [*COLUMNS, "path", "words"]
    for column in COLUMNS:
        stacked = [value for part in one_by_one for value in part[column]]
        assert list(table[column]) == stacked, column
    assert all(table[c].dtype == "int64" for c in INTEGER_COLUMNS)
    assert list(table["path"]) == [f"a{i}.txt" for i, part in enumerate(one_by_one) for _ in range(len(part))]


def test_a_surname_takes_the_full_name_and_party_other_articles_give_it():
    from analysis.articles import Article
    from analysis.pipeline import statements_table

    texts = ["Ukrainian lawmaker Ivan Petrenko said the talks had failed.",
             "Mr. Petrenko said the talks would go on.",
             "Hillary Clinton said the vote was fair. Bill Clinton said it was close.",
             "Clinton said the vote was fair."]
    articles = [Article(id=f"a{i}", text=t, path=f"a{i}.txt") for i, t in enumerate(texts)]
    table = statements_table(articles)
    assert list(table["speaker"]) == ["Ivan Petrenko", "Ivan Petrenko", "Hillary Clinton", "Bill Clinton", "Clinton"]
    assert list(table["party"])[:2] == ["Ukraine", "Ukraine"]
    assert table["speaker_mention"].iloc[1] == "Mr. Petrenko"


def test_the_forms_of_one_name_become_the_most_common_one_across_a_corpus():
    from analysis.articles import Article
    from analysis.pipeline import statements_table

    texts = ["Hillary Clinton said the vote was fair.", "Hillary Clinton said it was close.",
             "Hillary Rodham Clinton said the count would go on.",
             "Robert Kennedy Jr. said the talks went well. Joseph Dunford Jr. said the troops were ready.",
             "Joseph Dunford Jr. said the plan held."]
    articles = [Article(id=f"a{i}", text=t, path=f"a{i}.txt") for i, t in enumerate(texts)]
    table = statements_table(articles)
    assert list(table["speaker"]) == ["Hillary Clinton"] * 3 + ["Robert Kennedy Jr"] + ["Joseph Dunford Jr"] * 2
    assert table["speaker_mention"].iloc[2] == "Hillary Rodham Clinton"
