"""Tests for analysis.readability. Every text here was written for these tests."""
import math
import subprocess
import sys

import pandas as pd
import pytest
import textstat

from analysis.readability import MEASURES, prepare_for_textstat, readability, readability_by

# (text, true sentence count, what textstat 0.7.8 counts on the raw text)
NEWS_SENTENCES = [
    ("The U.S. government said on Tuesday that it would act soon. "
     "Officials in the U.S. Senate said they would wait for the vote.", 2, 3),
    ("He met Mr. Smith in Washington on Monday. They talked for an hour about trade.", 2, 3),
    ("Growth was 3.5 percent last year in the region. Prices rose faster than expected this spring.", 2, 3),
    ("The meeting started at 10 a.m. on Monday in the capital. It ended late in the evening.", 2, 3),
    ("The novel by J. K. Rowling sold well in many countries. Critics praised the new book.", 2, 3),
    ("Putin Says US Is Ignoring Russian Security Needs\nThe president spoke on Tuesday in Moscow.", 2, 1),
]


@pytest.mark.parametrize("text, true_count, raw_count", NEWS_SENTENCES)
def test_sentence_count_wrong_before_and_right_after_preparation(text, true_count, raw_count):
    assert textstat.sentence_count(text) == raw_count != true_count
    assert textstat.sentence_count(prepare_for_textstat(text)) == true_count


@pytest.mark.parametrize("text, true_count, raw_count", NEWS_SENTENCES)
def test_preparation_keeps_the_word_count(text, true_count, raw_count):
    assert textstat.lexicon_count(prepare_for_textstat(text)) == textstat.lexicon_count(text)


@pytest.mark.parametrize("raw, prepared", [
    ("The U.S. Senate met.", "The US Senate met."),
    ("Mr. Putin spoke at 10 a.m. on Monday.", "Mr Putin spoke at 10 am on Monday."),
    ("Growth was 3.5 percent.", "Growth was 35 percent."),
    ("\u201cWe will win,\u201d he said!? Then he left", "\"We will win,\" he said?\nThen he left."),
])
def test_preparation_rewrites(raw, prepared):
    assert prepare_for_textstat(raw) == prepared


def test_dash_between_words_separates_them():
    assert textstat.lexicon_count(prepare_for_textstat("He paused\u2014and then he spoke.")) == 6


# "The cat sat on the mat." x 20: 120 one-syllable words, 20 sentences, no difficult word.
# Flesch: 206.835 - 1.015 * 6 - 84.6 * 1; Flesch-Kincaid: 0.39 * 6 + 11.8 * 1 - 15.59;
# fog: 0.4 * 6; Dale-Chall: 0.0496 * 6.
EASY = " ".join(["The cat sat on the mat."] * 20)


def test_known_scores_on_an_easy_text():
    scores = readability(EASY)
    assert scores["words"] == 120 and scores["sentences"] == 20 and scores["note"] == ""
    assert scores["flesch_reading_ease"] == pytest.approx(116.145, abs=1e-6)
    assert scores["flesch_kincaid_grade"] == pytest.approx(-1.45, abs=1e-6)
    assert scores["gunning_fog"] == pytest.approx(2.4, abs=1e-6)
    assert scores["dale_chall"] == pytest.approx(0.2976, abs=1e-6)


def test_harder_text_gets_a_higher_grade():
    hard = " ".join(["Representatives of international organisations deliberated "
                     "extensively regarding unprecedented humanitarian consequences."] * 10)
    easy, difficult = readability(EASY), readability(hard)
    assert difficult["flesch_kincaid_grade"] > easy["flesch_kincaid_grade"] + 10
    assert difficult["flesch_reading_ease"] < easy["flesch_reading_ease"]


@pytest.mark.parametrize("min_words, scored", [(100, True), (120, True), (121, False)])
def test_minimum_words(min_words, scored):
    scores = readability(EASY, min_words=min_words)
    assert scores["words"] == 120
    assert all(math.isnan(scores[m]) for m in MEASURES) is not scored
    assert (scores["note"] == "") is scored
    if not scored:
        assert scores["note"] == "only 120 words (fewer than 121)"


def test_empty_text_says_why():
    scores = readability("", min_words=0)
    assert scores["words"] == 0 and scores["note"] == "no words"
    assert math.isnan(scores["flesch_kincaid_grade"])


@pytest.mark.parametrize("bad", [-1, 2.5, "100"])
def test_bad_minimum_is_refused(bad):
    with pytest.raises(ValueError, match="min_words"):
        readability(EASY, min_words=bad)


def test_readability_by_joins_statements_as_sentences():
    statements = pd.DataFrame({
        "party": ["A", "A", "B"],
        "text": ["we will act on this matter soon", "they must leave the region now", "Short one."],
    })
    table = readability_by(statements, min_words=10).set_index("party")
    assert list(table.columns) == ["n", "words", "sentences", *MEASURES, "note"]
    assert table.loc["A", ["n", "words", "sentences"]].tolist() == [2, 13, 2]
    assert table.loc["A", "note"] == ""
    assert not math.isnan(table.loc["A", "flesch_kincaid_grade"])
    assert table.loc["B", "note"] == "only 2 words (fewer than 10)"
    assert math.isnan(table.loc["B", "flesch_kincaid_grade"])


def test_readability_by_names_a_missing_column():
    with pytest.raises(ValueError, match="party"):
        readability_by(pd.DataFrame({"text": ["x"]}))


def test_scoring_needs_neither_nltk_nor_network():
    # A fresh interpreter with sockets disabled loads textstat, its dictionaries and scores.
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise RuntimeError('network used')\n"
        "socket.socket = refuse; socket.create_connection = refuse\n"
        "from analysis.readability import readability\n"
        f"s = readability({EASY!r})\n"
        "assert abs(s['flesch_kincaid_grade'] + 1.45) < 1e-6, s\n"
        "assert 'nltk' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
