"""Tests for analysis.tone. Every text here was written for these tests; expected compounds are
VADER 3.3.2's scores of those texts (vader_lexicon.txt values quoted where they explain one)."""
import math
import pickle

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.text import sentences
from analysis.tone import (
    Scorer,
    load_neutral_terms,
    neutral_terms_effect,
    score_text,
    statement_tone,
    summarize_tone,
    tone_about,
)


# --- typography -----------------------------------------------------------------------------

def test_stock_vader_misreads_a_curly_apostrophe():
    # The reason for normalising: to stock VADER "don’t" is not a negation.
    stock = SentimentIntensityAnalyzer()
    assert stock.polarity_scores("I don\u2019t like it.")["compound"] == pytest.approx(0.3612, abs=1e-4)
    assert stock.polarity_scores("I don't like it.")["compound"] == pytest.approx(-0.2755, abs=1e-4)


@pytest.mark.parametrize("text", ["I don\u2019t like it.", "I don't like it."])
def test_both_apostrophes_read_as_negation(text):
    assert score_text(text)["compound"] == pytest.approx(-0.2755, abs=1e-4)


@pytest.mark.parametrize("text", [
    "Both sides said a settlement must respect all parties\u2019 interests.",
    "Both sides said a settlement must respect all parties' interests.",
])
def test_possessive_plural_reaches_the_lexicon(text):
    # Stock VADER leaves "parties’" unmatched (0.6249); straightened, "parties" (+1.7) counts.
    assert score_text(text)["compound"] == pytest.approx(0.7783, abs=1e-4)


# --- sentences and aggregation ----------------------------------------------------------------

def test_one_sentence_is_scored_exactly_as_vader_scores_it():
    text = "The crisis deepened and officials were furious."
    assert score_text(text) == pytest.approx(
        {"compound": -0.8316, "pos": 0.0, "neu": 0.391, "neg": 0.609, "n_sentences": 1}, abs=1e-4)


@pytest.mark.parametrize("aggregate, expected", [
    ("sum", 0.8113),   # a neutral sentence does not dilute the evaluative one
    ("mean", 0.4057),  # (0.8113 + 0.0) / 2
])
def test_positive_plus_neutral_sentence(aggregate, expected):
    text = "We welcome this wonderful offer. The meeting is on Monday."
    scored = score_text(text, Scorer(aggregate=aggregate))
    assert scored["n_sentences"] == 2
    assert scored["compound"] == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("aggregate, expected", [
    ("sum", 0.9095),   # valences 0.8113 and 0.6249 added, normalised once
    ("mean", 0.7181),
])
def test_two_positive_sentences(aggregate, expected):
    text = "We welcome this wonderful offer. It is a great step."
    assert score_text(text, Scorer(aggregate=aggregate))["compound"] == pytest.approx(expected, abs=1e-3)


def test_sentence_scoring_keeps_but_inside_its_sentence():
    # Whole-text VADER lets "But" halve the first sentence too; sentence by sentence it cannot.
    text = "The offer is wonderful. But the timing is bad."
    whole = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    first = score_text("The offer is wonderful.")["compound"]
    second = score_text("But the timing is bad.")["compound"]
    mean = score_text(text, Scorer(aggregate="mean"))["compound"]
    assert mean == pytest.approx((first + second) / 2, abs=1e-4)
    assert mean != pytest.approx(whole, abs=1e-3)


@pytest.mark.parametrize("text", ["", "   \n "])
def test_text_without_sentences_has_no_score(text):
    scored = score_text(text)
    assert scored["n_sentences"] == 0
    assert math.isnan(scored["compound"])


def test_non_string_text_is_refused():
    with pytest.raises(TypeError, match="string"):
        score_text(None)


# --- neutral terms ----------------------------------------------------------------------------

def test_default_neutral_list_holds_the_topic_words():
    terms = load_neutral_terms()
    assert {"party", "parties", "support", "security", "war", "crisis", "united"} <= terms
    assert "attack" not in terms  # a framing choice, kept in the lexicon


@pytest.mark.parametrize("text, full, without", [
    ("The war in Ukraine continues.", -0.5994, 0.0),               # war -2.9
    ("The United States offered support.", 0.6705, 0.0),           # united +1.8, support +1.7
    ("The crisis deepened and officials were furious.", -0.8316, -0.5719),  # furious stays
    ("Both sides said a settlement must respect all parties\u2019 interests.", 0.7783, 0.4767),
])
def test_removing_neutral_terms_moves_score_toward_the_judgement(text, full, without):
    neutral = Scorer(neutral_terms=load_neutral_terms())
    assert score_text(text)["compound"] == pytest.approx(full, abs=1e-4)
    assert score_text(text, neutral)["compound"] == pytest.approx(without, abs=1e-4)


def test_neutral_scorer_leaves_the_shared_analyzer_alone():
    Scorer(neutral_terms=["war"]).score("The war goes on.")
    assert "war" in Scorer().analyzer.lexicon
    assert score_text("The war goes on.")["compound"] < 0
    assert score_text("The war goes on.", Scorer(neutral_terms=["War"]))["compound"] == 0.0


def test_scorers_share_one_analyzer_per_term_list():
    assert Scorer().analyzer is Scorer().analyzer
    assert Scorer(neutral_terms=["war"]).analyzer is Scorer(neutral_terms={"war"}).analyzer


def test_scorer_pickles_without_its_analyzer():
    scorer = Scorer(neutral_terms=["war"], aggregate="mean")
    Scorer(neutral_terms=["war"]).analyzer  # built in this process
    payload = pickle.dumps(scorer)
    assert len(payload) < 1000  # settings only, not VADER's 7,500-word lexicon
    assert pickle.loads(payload).score("The war goes on.") == scorer.score("The war goes on.")


@pytest.mark.parametrize("kwargs, error", [
    ({"aggregate": "median"}, ValueError),
    ({"neutral_terms": ["cold war"]}, ValueError),
    ({"neutral_terms": "war"}, TypeError),
])
def test_bad_scorer_settings_are_refused(kwargs, error):
    with pytest.raises(error):
        Scorer(**kwargs)


# --- statements -------------------------------------------------------------------------------

def _statements():
    return pd.DataFrame({
        "doc_id": ["d1"] * 5,
        "kind": ["direct", "direct", "indirect", "mixed", "direct"],
        "text": ["We welcome this wonderful offer.", "This is a terrible mistake.",
                 "the talks were useful", "pulling us into a military battle",
                 "The meeting is on Monday."],
        "party": ["North", "South", "North", "South", ""],
    })


def test_statement_tone_adds_compound_and_sentence_count():
    scored = statement_tone(_statements())
    assert list(scored.columns[-2:]) == ["compound", "n_sentences"]
    assert scored["n_sentences"].tolist() == [1, 1, 1, 1, 1]  # a fragment is one sentence
    assert scored["compound"].iloc[0] == pytest.approx(0.8113, abs=1e-4)
    assert scored["compound"].iloc[1] < 0
    assert "compound" not in _statements().columns  # the input is not modified


def test_statement_tone_names_a_missing_column():
    with pytest.raises(ValueError, match="text"):
        statement_tone(pd.DataFrame({"party": ["North"]}))


# --- summaries --------------------------------------------------------------------------------

def _scored():
    return pd.DataFrame({
        "party": ["A", "A", "A", "A", "B", "B"],
        "compound": [0.5, -0.5, 0.0, 0.2, -0.3, math.nan],
    })


def test_summary_counts_means_and_shares():
    summary = summarize_tone(_scored()).set_index("party")
    assert summary.loc["A", "n"] == 4
    assert summary.loc["B", "n"] == 1  # the unscored row is not counted
    assert summary.loc["A", "mean_compound"] == pytest.approx(0.05)
    assert summary.loc["A", ["share_positive", "share_neutral", "share_negative"]].tolist() == \
        pytest.approx([0.5, 0.25, 0.25])
    assert summary.loc["B", ["ci_low", "ci_high"]].tolist() == pytest.approx([-0.3, -0.3])


def test_bootstrap_interval_contains_the_mean_and_is_reproducible():
    values = [0.9, 0.1, -0.4, 0.6, 0.3, -0.8, 0.5, 0.0, 0.7, -0.2]
    data = pd.DataFrame({"party": "A", "compound": values})
    first = summarize_tone(data, n_boot=500, seed=7).iloc[0]
    again = summarize_tone(data, n_boot=500, seed=7).iloc[0]
    other = summarize_tone(data, n_boot=500, seed=8).iloc[0]
    assert first["ci_low"] < first["mean_compound"] < first["ci_high"]
    assert first["ci_low"] > min(values) and first["ci_high"] < max(values)
    assert (first["ci_low"], first["ci_high"]) == (again["ci_low"], again["ci_high"])
    assert (first["ci_low"], first["ci_high"]) != (other["ci_low"], other["ci_high"])


def test_group_interval_does_not_depend_on_other_groups():
    data = _scored()
    alone = summarize_tone(data[data["party"] == "A"]).iloc[0]
    together = summarize_tone(data).set_index("party").loc["A"]
    assert (alone["ci_low"], alone["ci_high"]) == (together["ci_low"], together["ci_high"])


def test_summary_by_two_columns():
    data = _scored().assign(outlet=["x", "y", "x", "y", "x", "x"])
    summary = summarize_tone(data, by=["party", "outlet"])
    assert list(summary.columns[:3]) == ["party", "outlet", "n"]
    assert summary["n"].tolist() == [2, 2, 1]


def test_summary_of_nothing_is_an_empty_table():
    summary = summarize_tone(_scored().iloc[:0])
    assert summary.empty and "ci_low" in summary.columns


def test_summary_refuses_bad_input():
    with pytest.raises(ValueError, match="compound"):
        summarize_tone(pd.DataFrame({"party": ["A"]}))
    with pytest.raises(ValueError, match="n_boot"):
        summarize_tone(_scored(), n_boot=0)


# --- tone about a party ----------------------------------------------------------------------

ARTICLE = (
    "Northland and Southland Meet Again\n"
    "Northland's leader said the talks were useful. Southland accused Northland of a terrible "
    "betrayal.\n"
    "\u201cNorthland will never accept this,\u201d the minister said. Officials in Southland "
    "praised the wonderful weather.\n"
    "Analysts said the turkey dinner was excellent. Northlanders celebrated.\n"
)
ALIASES = {"North": ["Northland"], "South": ["Southland", "turkey"], "East": ["Eastland"]}


def _article_statements():
    quote = "Northland will never accept this,"
    start = ARTICLE.index(quote)
    return pd.DataFrame({
        "doc_id": ["d1", "d2"],
        "text": [quote, "anything"],
        "start": [start, 0],
        "end": [start + len(quote), len(ARTICLE)],
        "party": ["North", "South"],  # d2's statement covers everything, but in another article
    })


def _about():
    body = ARTICLE.index("\n") + 1
    return tone_about(ARTICLE, "d1", _article_statements(), ALIASES, body_start=body)


def test_tone_about_rows_point_at_their_sentences():
    about = _about()
    assert list(about.columns) == ["doc_id", "party", "start", "end", "text", "mentions", "compound"]
    for row in about.itertuples():
        assert ARTICLE[row.start:row.end] == row.text
        assert (row.start, row.end) in sentences(ARTICLE)


def test_tone_about_skips_headline_and_own_statements():
    about = _about()
    north = about[about["party"] == "North"]["text"].tolist()
    assert north == ["Northland's leader said the talks were useful.",
                     "Southland accused Northland of a terrible betrayal."]
    # The sentence carrying North's own quote is North's tone, not tone about North; it still
    # counts as a mention of nobody else here.
    assert not any("never accept" in t for t in north)
    everything = tone_about(ARTICLE, "d1", _article_statements(), ALIASES)
    assert "Northland and Southland Meet Again" in everything["text"].tolist()


def test_tone_about_matches_whole_words_and_proper_noun_case():
    about = _about()
    south = about[about["party"] == "South"]
    # "Southland" found twice; lower-case alias "turkey" matches in any case; the statement
    # of party South in document d2 does not exclude anything in d1.
    assert south["mentions"].tolist() == ["Southland", "Southland", "turkey"]
    assert not about["text"].str.contains("Northlanders").any()  # "Northland" is not a prefix match
    assert "East" not in set(about["party"])


def test_tone_about_scores_each_sentence():
    about = _about().set_index(["party", "start"])
    betrayal = ARTICLE.index("Southland accused")
    assert about.loc[("North", betrayal), "compound"] < -0.05
    assert about.loc[("South", betrayal), "compound"] == about.loc[("North", betrayal), "compound"]


def test_case_sensitive_proper_noun_alias():
    text = "A turkey was served. Turkey objected."
    about = tone_about(text, "d", _article_statements().iloc[:0], {"TR": ["Turkey"]})
    assert about["text"].tolist() == ["Turkey objected."]


@pytest.mark.parametrize("aliases, error", [
    ({"North": "Northland"}, TypeError),
    ({"North": [""]}, ValueError),
    (["Northland"], TypeError),
])
def test_tone_about_refuses_bad_aliases(aliases, error):
    with pytest.raises(error):
        tone_about(ARTICLE, "d1", _article_statements(), aliases)


# --- neutral-terms effect ---------------------------------------------------------------------

def test_neutral_terms_effect_per_party():
    statements = pd.DataFrame({
        "party": ["North", "North", "South"],
        "text": ["The war in Ukraine continues.", "We are furious.",
                 "The United States offered support."],
    })
    effect = neutral_terms_effect(statements, load_neutral_terms()).set_index("party")
    assert effect.loc["North", "n"] == 2
    assert effect.loc["North", "difference"] > 0  # "war" had made North look more negative
    assert effect.loc["South", "difference"] == pytest.approx(-0.6705, abs=1e-4)
    assert effect.loc["South", "mean_compound_without_terms"] == pytest.approx(0.0)
