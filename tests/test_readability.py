"""Tests for analysis.readability. Every text here was written for these tests."""
import math
import subprocess
import sys

import pandas as pd
import pytest
import textstat
from textstat.backend.utils import get_cmudict, get_pyphen

from analysis.readability import (MEASURES, count, dictionary_form, estimate_syllables, familiar,
                                  readability, readability_by, running_sentences, syllables)

# (text, true sentence count, what textstat 0.7.8 counts on the raw text)
NEWS_SENTENCES = [
    ("The U.S. government said on Tuesday that it would act soon. "
     "Officials in the U.S. Senate said they would wait for the vote.", 2, 3),
    ("He met Mr. Smith in Washington on Monday. They talked for an hour about trade.", 2, 3),
    ("Growth was 3.5 percent last year in the region. Prices rose faster than expected this spring.", 2, 3),
    ("The meeting started at 10 a.m. on Monday in the capital. It ended late in the evening.", 2, 3),
    ("The novel by J. K. Rowling sold well in many countries. Critics praised the new book.", 2, 3),
    ("\"Why not?\" he asked. Nobody in the room answered the question.", 2, 1),
]


@pytest.mark.parametrize("text, true_count, raw_count", NEWS_SENTENCES)
def test_sentences_are_counted_right_where_textstat_is_wrong(text, true_count, raw_count):
    assert textstat.sentence_count(text) == raw_count != true_count
    assert readability(text, min_words=0)["sentences"] == true_count


@pytest.mark.parametrize("text, true_count, raw_count", NEWS_SENTENCES)
def test_words_are_counted_as_textstat_counts_them(text, true_count, raw_count):
    assert readability(text, min_words=0)["words"] == textstat.lexicon_count(text)


# (text, words, sentences): titles, headings and labels followed by text are not running text.
HEADINGS = [
    ("1 Passing clouds\nOne of the good things about flying is seeing clouds very close. "
     "They seem light.", 15, 2),
    ("Intermediate\nThe president spoke on Tuesday in Moscow.", 7, 1),
    ("Putin Says US Is Ignoring Russian Security Needs\nThe president spoke on Tuesday in Moscow.", 7, 1),
    ("Typical salary: \u00a365,000\nThe job pays well and the hours are long.", 9, 1),
    ("Introduction\n\n2 On cloud nine\nMost of us are happy to call clouds fluffy.", 9, 1),
]
# ... but these lines are: the last line, a line cut at a comma or colon, a long line.
NOT_HEADINGS = [
    ("The president spoke on Tuesday in Moscow.\nHe left the city soon after", 13, 2),
    ("This is a very, very bad idea,\nhe said to the crowd.", 12, 2),
    ("He said:\nWe will never give up the fight.", 9, 1),  # two words are no sentence (textstat)
    ("He would not give a reason, but the leaders who led a campaign to stop the sale were happy\n"
     "It was a real victory.", 24, 2),
]


@pytest.mark.parametrize("text, n_words, n_sentences", HEADINGS + NOT_HEADINGS)
def test_only_running_text_is_counted(text, n_words, n_sentences):
    scores = readability(text, min_words=0)
    assert (scores["words"], scores["sentences"]) == (n_words, n_sentences)


def test_running_sentences_keep_the_text_and_drop_the_heading():
    assert running_sentences("1 Flappy Bird\nThe game was a hit. He said\u2014quietly\u2014that it\u2019s over.") == [
        "The game was a hit.", "He said - quietly - that it's over."]


def test_dash_between_words_separates_them():
    assert readability("He paused\u2014and then he spoke.", min_words=0)["words"] == 6


@pytest.mark.parametrize("word, form", [
    ("doesnt", "doesn't"), ("Swedens", "sweden's"), ("mandelas", "mandela's"), ("U.S.", "us"),
    ("1,800", "1800"), ("its", "its"), ("can\u2019t", "can't"), ("\ufb01gures", "figures"),
])
def test_dictionary_form_restores_lost_apostrophes(word, form):
    assert dictionary_form(word) == form


@pytest.mark.parametrize("word, n", [
    ("cat", 1), ("government", 3), ("havent", 2), ("doesnt", 2), ("africas", 3), ("boss's", 2),
    ("post-apartheid", 4), ("anti-apartheid", 5), ("self-reflection", 4), ("well-known", 2),
    ("2013", 1), ("1,800", 1), ("550mph", 1), ("\ufb01gures", 2),
])
def test_syllables(word, n):
    assert syllables(word) == n


@pytest.mark.parametrize("word, n, textstat_n", [
    ("post-apartheid", 4, 1), ("anti-apartheid", 5, 4), ("self-reflection", 4, 5), ("havent", 2, 1),
    ("africas", 3, 2),
])
def test_textstat_miscounts_what_the_project_counts(word, n, textstat_n):
    assert syllables(word) == n and textstat.syllable_count(word) == textstat_n


@pytest.mark.parametrize("word, n", [
    ("flimble", 2), ("snorked", 1), ("glorpates", 2), ("zibian", 3), ("trandle", 2),
    ("plomes", 1), ("vaxes", 2), ("dalibhunga", 4), ("rolihlahla", 4), ("yarbo", 2),
])
def test_estimate_of_words_no_dictionary_has(word, n):
    assert estimate_syllables(word) == n


def test_estimate_is_closer_to_the_dictionary_than_hyphenation():
    # Every 25th plain word of the CMU dictionary: the estimate must be exact far more often
    # than textstat's fallback (hyphenation points plus one), and not biased.
    cmu, pyphen = get_cmudict("en_US"), get_pyphen("en_US")
    sample = [w for w in sorted(cmu) if w.isalpha() and len(w) > 1][::25]
    truth = {w: sum(1 for p in cmu[w][0] if p[-1].isdigit()) for w in sample}
    estimate = [estimate_syllables(w) - truth[w] for w in sample]
    hyphenation = [len(pyphen.positions(w)) + 1 - truth[w] for w in sample]
    exact = sum(e == 0 for e in estimate) / len(sample)
    assert exact > 0.85
    assert exact > sum(e == 0 for e in hyphenation) / len(sample) + 0.2
    assert abs(sum(estimate) / len(sample)) < 0.1 < -sum(hyphenation) / len(sample)


@pytest.mark.parametrize("word, expected", [
    ("house", True), ("dont", True), ("well-known", True), ("Putin", False), ("2013", False),
    ("anti-apartheid", False),
])
def test_familiar_words(word, expected):
    assert familiar(word) is expected


# "The cat sat on the mat." x 20: 120 one-syllable words, 20 sentences, no difficult word.
# Flesch: 206.835 - 1.015 * 6 - 84.6 * 1; Flesch-Kincaid: 0.39 * 6 + 11.8 * 1 - 15.59;
# fog: 0.4 * 6; Dale-Chall: 0.0496 * 6.
EASY = " ".join(["The cat sat on the mat."] * 20)
HARD = " ".join(["Representatives of international organisations deliberated "
                 "extensively regarding unprecedented humanitarian consequences."] * 10)


def test_known_scores_on_an_easy_text():
    scores = readability(EASY)
    assert scores["words"] == 120 and scores["sentences"] == 20 and scores["note"] == ""
    assert scores["flesch_reading_ease"] == pytest.approx(116.145, abs=1e-6)
    assert scores["flesch_kincaid_grade"] == pytest.approx(-1.45, abs=1e-6)
    assert scores["gunning_fog"] == pytest.approx(2.4, abs=1e-6)
    assert scores["dale_chall"] == pytest.approx(0.2976, abs=1e-6)


PLAIN = ("The council met on Monday to discuss the new budget for the city. Members argued about "
         "the cost of repairing roads and schools. The mayor promised that taxes would not rise "
         "this year, although several councillors doubted it. A final vote is expected next month.")


@pytest.mark.parametrize("text", [EASY, HARD, PLAIN])
def test_formulas_agree_with_textstat_where_the_counts_do(text):
    # No heading, abbreviation, hyphen, lost apostrophe or unknown word: textstat counts right.
    scores = readability(text, min_words=0)
    expected = {"flesch_reading_ease": textstat.flesch_reading_ease(text),
                "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
                "gunning_fog": textstat.gunning_fog(text),
                "dale_chall": textstat.dale_chall_readability_score(text)}
    assert {name: scores[name] for name in MEASURES} == pytest.approx(expected, abs=1e-9)


def test_harder_text_gets_a_higher_grade():
    easy, difficult = readability(EASY), readability(HARD)
    assert difficult["flesch_kincaid_grade"] > easy["flesch_kincaid_grade"] + 10
    assert difficult["flesch_reading_ease"] < easy["flesch_reading_ease"]


def test_counts_behind_the_scores():
    c = count("Mr. Smith doesnt like the well-known plan.\nThe plan is unprecedented.")
    # mr (mister) smith doesnt like the well-known plan / the plan is unprecedented
    assert (c.words, c.sentences, c.syllables) == (11, 2, 2 + 1 + 2 + 1 + 1 + 2 + 1 + 1 + 1 + 1 + 5)
    assert (c.complex_words, c.unfamiliar_words) == (1, 3)  # unprecedented; mr, smith, unprecedented


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
    assert scores["words"] == 0 and scores["sentences"] == 0 and scores["note"] == "no words"
    assert math.isnan(scores["flesch_kincaid_grade"])


@pytest.mark.parametrize("bad", [-1, 2.5, "100", True])
def test_bad_minimum_is_refused(bad):
    with pytest.raises(ValueError, match="min_words"):
        readability(EASY, min_words=bad)


def test_text_must_be_a_string():
    with pytest.raises(TypeError, match="text must be a string"):
        readability(None)


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


def test_readability_by_refuses_a_text_that_is_not_a_string():
    with pytest.raises(TypeError, match="statement texts must be strings"):
        readability_by(pd.DataFrame({"party": ["A"], "text": [None]}))


def test_scoring_needs_neither_nltk_nor_network():
    # A fresh interpreter with sockets disabled loads the dictionaries and scores.
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
