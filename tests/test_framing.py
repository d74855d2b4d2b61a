"""Tests for analysis.framing: reporting-verb classes, hedges and boosters, generic frames.

Every text here is written for the test, with its counts worked out by hand.
"""
import csv
import math

import pandas as pd
import pytest

from analysis import framing
from analysis.framing import (CUE_CLASSES, FRAMES, cue_class, cue_classes, cue_lemma, frame_hits,
                              frame_scores, frames_by, frames_by_article, hedges_boosters,
                              narrator_markers, narrator_stance, stance_markers,
                              statement_stance_markers)
from analysis.text import normalize_typography, read_lexicon


# --- reporting-verb classes ------------------------------------------------------------------

@pytest.mark.parametrize("cue, expected", [
    ("said", "neutral"),
    ("Says", "neutral"),
    ("also stated", "neutral"),
    ("told reporters", "neutral"),
    ("according to", "neutral"),
    ("According to", "neutral"),
    ("quoted … as saying", "neutral"),
    ("quoted ... as saying", "neutral"),
    ("was quoted by Tass as saying", "neutral"),
    ("pointed out", "neutral"),
    ("went on to say", "neutral"),
    ("said, adding", "neutral"),
    ("stress", "emphatic"),
    ("highlighted", "emphatic"),
    ("reiterating", "emphatic"),
    ("has repeatedly warned", "emphatic"),
    ("were adamant", "emphatic"),
    ("had been adamant", "emphatic"),
    ("made clear", "emphatic"),
    ("claims", "distancing"),
    ("has contended", "distancing"),
    ("Alleged", "distancing"),
    ("had admitted", "concessive"),
    ("accused", "confrontational"),
    ("didn\u2019t deny", "confrontational"),  # negation is not read
    ("called on", "directive"),
    ("urged", "directive"),
    ("hinted", "tentative"),
    ("shouted", "manner"),
    ("believes", "cognitive"),
    ("attacks", "confrontational"),  # a noun that reports: "her attacks on the judge"
    ("support", "stance"),
    ("beamed", "other"),
    ("", "other"),
])
def test_cue_class_reads_inflected_and_multiword_cues(cue, expected):
    assert cue_class(cue) == expected


@pytest.mark.parametrize("cue, lemma", [
    ("has contended", "contend"),
    ("quoted … as saying", "quote"),
    ("According  to", "according to"),
    ("were adamant", "be adamant"),
    ("calls for", "call for"),
    ("beamed", ""),
])
def test_cue_lemma(cue, lemma):
    assert cue_lemma(cue) == lemma


def test_cue_class_rejects_non_strings():
    with pytest.raises(TypeError, match="cue must be a string"):
        cue_class(None)


def _cue_table():
    # Party A is "claimed", party B is "stressed": the table must show the difference.
    return pd.DataFrame({
        "doc_id": ["d1"] * 9,
        "statement": [1, 2, 3, 4, 5, 6, 7, 7, 8],
        "party": ["A", "A", "A", "B", "B", "B", "B", "B", ""],
        "bloc": ["East", "East", "East", "West", "West", "West", "West", "West", ""],
        "cue": ["claims", "has contended", "said", "stress", "highlighted", "said",
                "reiterated", "reiterated", "beamed"],
    })


def test_cue_classes_counts_shares_and_evidence():
    table = cue_classes(_cue_table())
    assert list(table.columns) == ["party", "cue_class", "n", "count", "share", "cues"]
    assert len(table) == 3 * len(CUE_CLASSES)  # every class for every group, zeros included
    row = table.set_index(["party", "cue_class"])
    assert row.loc[("A", "distancing"), "count"] == 2
    assert row.loc[("A", "distancing"), "n"] == 3
    assert row.loc[("A", "distancing"), "share"] == pytest.approx(2 / 3, abs=1e-9)
    assert row.loc[("A", "distancing"), "cues"] == "claims (1); has contended (1)"
    assert row.loc[("A", "emphatic"), "count"] == 0
    # Statement 7 has two rows (split around its cue) but one cue: B has 4 statements.
    assert row.loc[("B", "emphatic"), "count"] == 3
    assert row.loc[("B", "emphatic"), "n"] == 4
    assert row.loc[("B", "distancing"), "count"] == 0
    assert row.loc[("", "other"), "count"] == 1  # the unmapped speaker is kept


def test_cue_classes_by_other_columns_and_empty_input():
    table = cue_classes(_cue_table(), by="bloc").set_index(["bloc", "cue_class"])
    assert table.loc[("West", "emphatic"), "share"] == pytest.approx(0.75, abs=1e-9)
    overall = cue_classes(_cue_table(), by=[])
    assert overall["n"].unique().tolist() == [8]
    assert overall["count"].sum() == 8
    empty = cue_classes(_cue_table().iloc[:0])
    assert empty.empty and "share" in empty.columns


def test_cue_classes_names_a_missing_column():
    with pytest.raises(KeyError, match="party"):
        cue_classes(pd.DataFrame({"cue": ["said"]}))


# --- hedges and boosters ---------------------------------------------------------------------

STANCE_TEXT = ("Of course the talks may fail, and they might possibly collapse in May. "
               "Theresa May said it could happen. A show of force must show resolve. "
               "Russia\u2019s military might is real, rather than imagined. "
               "We cannot make sure; it is clear that I think so.")


def test_stance_markers_known_counts_and_ambiguity_rules():
    markers = stance_markers(STANCE_TEXT)
    hedges = markers.loc[markers["type"] == "hedge", "term"].tolist()
    boosters = markers.loc[markers["type"] == "booster", "term"].tolist()
    # Not counted: "in May", "Theresa May", "a show of", "military might", "rather than",
    # "make sure".
    assert hedges == ["may", "might", "possibly", "could"]
    assert boosters == ["of course", "must", "show", "clear that", "i think"]


@pytest.mark.parametrize("text, hedges", [
    ("May we ask?", 1),
    ("\u201cMay we ask?\u201d he said.", 1),
    ("They may.", 1),
    ("In May we met.", 0),
    ("May 9 is Victory Day.", 0),
    ("Theresa May said so.", 0),
    ("Russia might act.", 1),
    ("Russia\u2019s might grew.", 0),
    ("Russia's might grew.", 0),
    ("They appeared on television.", 0),
    ("There appeared to be little chance.", 1),
    ("The mayor is unlikely to come.", 1),  # "unlikely", not "likely"; "mayor" is not "may"
    ("It is LIKELY.", 1),
    ("They couldn’t agree.", 1),  # a contraction is one word with its own entry
    ("They couldn't agree.", 1),
    ("Among likely voters, Clinton leads.", 0),
    ("Not a hedge but rather a plan.", 0),
    ("She was required to appear.", 0),
])
def test_stance_markers_hedge_rules(text, hedges):
    assert (stance_markers(text)["type"] == "hedge").sum() == hedges


@pytest.mark.parametrize("text, boosters", [
    ("It was, in\nfact, over.", 1),  # a multi-word term across a line break
    ("Nevertheless the showcase went on.", 0),
    ("They will never agree.", 1),
    ("CLEARLY not.", 1),
    ("The data show a rise.", 1),
    ("It was a show of force.", 0),
    ("It\u2019s clear that they won.", 1),
    ("We must; we must not.", 2),
])
def test_stance_markers_booster_rules(text, boosters):
    assert (stance_markers(text)["type"] == "booster").sum() == boosters


@pytest.mark.parametrize("text", [STANCE_TEXT, "Of  course\u2026 it may, in fact, never end.", ""])
def test_stance_spans_index_the_text_exactly(text):
    for row in stance_markers(text).itertuples():
        assert text[row.start:row.end] == row.text
        assert " ".join(normalize_typography(row.text).lower().split()) == row.term


def _party_statements():
    return pd.DataFrame({
        "party": ["A", "A", "B", "C"],
        "text": ["We may win. Perhaps.", "It is clearly true.", "We must act now.", ""],
    })


def test_hedges_boosters_counts_and_rates():
    table = hedges_boosters(_party_statements()).set_index("party")
    assert table.loc["A", "n"] == 2
    assert table.loc["A", "words"] == 8
    assert table.loc["A", "hedges"] == 2
    assert table.loc["A", "boosters"] == 1
    assert table.loc["A", "hedges_per_1000_words"] == pytest.approx(250.0, abs=1e-9)
    assert table.loc["A", "boosters_per_1000_words"] == pytest.approx(125.0, abs=1e-9)
    assert table.loc["A", "hedge_terms"] == "may (1); perhaps (1)"
    assert table.loc["B", "hedges_per_1000_words"] == pytest.approx(0.0, abs=1e-9)
    assert table.loc["B", "boosters_per_1000_words"] == pytest.approx(250.0, abs=1e-9)
    assert math.isnan(table.loc["C", "hedges_per_1000_words"])  # no words, no rate


def test_hedges_boosters_rejects_missing_text():
    bad = pd.DataFrame({"party": ["A"], "text": [None]})
    with pytest.raises(TypeError, match="statement 0"):
        hedges_boosters(bad)


ARTICLE = ("Headline may mislead\n"
           "Putin clearly said \u201cwe may win.\u201d He suggested talks might resume, "
           "and it is likely they will.")


def _article_statements():
    def span(s):
        start = ARTICLE.index(s)
        return start, start + len(s)
    rows = []
    for content, cue in [("we may win.", "said"), ("talks might resume", "suggested")]:
        (s, e), (cs, ce) = span(content), span(cue)
        rows.append({"doc_id": "a", "text": content, "start": s, "end": e, "cue": cue,
                     "cue_start": cs, "cue_end": ce, "party": "Russia"})
    return pd.DataFrame(rows)


def test_statement_stance_markers_give_article_offsets():
    markers = statement_stance_markers(_article_statements())
    assert markers["term"].tolist() == ["may", "might"]
    assert markers["doc_id"].tolist() == ["a", "a"]
    for row in markers.itertuples():
        assert ARTICLE[row.start:row.end] == row.text


def test_narrator_stance_leaves_out_statements_cues_and_headline():
    body = ARTICLE.index("Putin")
    stance = narrator_stance(ARTICLE, _article_statements(), body_start=body)
    row = stance.iloc[0]
    # Narrator's words: Putin clearly / He / and it is likely they will (cues excluded).
    assert row["doc_id"] == "a"
    assert row["words"] == 9
    assert row["hedges"] == 1 and row["hedge_terms"] == "likely (1)"
    assert row["boosters"] == 1 and row["booster_terms"] == "clearly (1)"
    assert row["hedges_per_1000_words"] == pytest.approx(1000 / 9, abs=1e-9)
    markers = narrator_markers(ARTICLE, _article_statements(), body_start=body)
    for m in markers.itertuples():
        assert ARTICLE[m.start:m.end] == m.text
    # Without body_start the headline's "may" is the narrator's too.
    assert narrator_stance(ARTICLE, _article_statements()).iloc[0]["hedges"] == 2


def test_narrator_stance_selects_the_article_and_checks_spans():
    other = pd.DataFrame([{"doc_id": "b", "text": "x", "start": 0, "end": 1}])
    both = pd.concat([_article_statements(), other], ignore_index=True)
    with pytest.raises(ValueError, match="several articles"):
        narrator_stance(ARTICLE, both)
    assert narrator_stance(ARTICLE, both, doc_id="a").iloc[0]["hedges"] == 2
    shifted = _article_statements().assign(start=lambda t: t["start"] + 1,
                                           end=lambda t: t["end"] + 1)
    with pytest.raises(ValueError, match="does not match"):
        narrator_stance(ARTICLE, shifted)


# --- generic frames --------------------------------------------------------------------------

FRAME_TEXT = ("Both sides traded accusations as tensions rose. Families fled the shelling. "
              "The sanctions will cost billions. Leaders should seek a solution urgently; "
              "it is immoral to wait.")
FRAME_WORDS = 7 + 4 + 5 + 6 + 5


@pytest.mark.parametrize("frame, hits", [
    ("conflict", 3),               # both sides, accusations, tensions
    ("human_interest", 2),         # families, fled
    ("economic_consequences", 3),  # sanctions, cost, billions
    ("responsibility", 2),         # solution, urgently
    ("morality", 2),               # should, immoral
])
def test_frame_scores_known_counts(frame, hits):
    scores = frame_scores(FRAME_TEXT)
    assert set(scores) == set(FRAMES)
    assert scores[frame]["hits"] == hits
    assert scores[frame]["words"] == FRAME_WORDS
    assert scores[frame]["per_1000_words"] == pytest.approx(hits * 1000 / FRAME_WORDS, abs=1e-9)


def test_frame_hits_spans_and_double_frames():
    hits = frame_hits(FRAME_TEXT + " Moscow is to blame.")
    for row in hits.itertuples():
        assert (FRAME_TEXT + " Moscow is to blame.")[row.start:row.end] == row.text
    blame = hits[hits["text"].str.contains("blame")]
    assert sorted(blame["frame"]) == ["conflict", "responsibility"]
    assert hits.loc[hits["text"] == "accusations", "question"].item() == "C2"


@pytest.mark.parametrize("text", [
    "The fundamental point is important, Ned Price told President Johnson; troop morale held.",
    "",
])
def test_frame_scores_ignore_lookalike_words(text):
    assert all(s["hits"] == 0 for s in frame_scores(text).values())


@pytest.mark.parametrize("text, frame, found", [
    ("The family’s lawyer spoke.", "human_interest", ["family"]),  # possessive cut off
    ("She defended her husband's record.", "human_interest", ["her husband"]),
    ("Talks on de-escalation began.", "conflict", ["escalation"]),  # a hyphen separates words
    ("The stand-off went on.", "conflict", ["stand-off"]),
    ("They stand off the coast.", "conflict", []),
    ("The price of gas rose.", "economic_consequences", ["The price"]),  # no overlaps
    ("Costs of the\nsupply chains rose.", "economic_consequences", ["Costs", "supply chains"]),
])
def test_frame_hits_word_rules(text, frame, found):
    hits = frame_hits(text)
    assert hits.loc[hits["frame"] == frame, "text"].tolist() == found



def test_frames_by_party():
    statements = pd.DataFrame({
        "doc_id": ["d", "d", "d", "d"],
        "statement": [1, 1, 2, 3],
        "party": ["A", "A", "A", "B"],
        "text": ["The clash", "and the dispute", "We seek peace.", "Sanctions cost money."],
    })
    table = frames_by(statements)
    assert len(table) == 2 * len(FRAMES)
    row = table.set_index(["party", "frame"])
    assert row.loc[("A", "conflict"), "hits"] == 2
    assert row.loc[("A", "conflict"), "n"] == 2          # statement 1 has two rows
    assert row.loc[("A", "conflict"), "present"] == 1
    assert row.loc[("A", "conflict"), "present_share"] == pytest.approx(0.5, abs=1e-9)
    assert row.loc[("A", "conflict"), "words"] == 2 + 3 + 3
    assert row.loc[("A", "conflict"), "terms"] == "clash (1); dispute (1)"
    economic = row.loc[("B", "economic_consequences"), "per_1000_words"]
    assert economic == pytest.approx(2000 / 3, abs=1e-9)
    assert row.loc[("B", "conflict"), "hits"] == 0


def test_frames_by_article_mapping_and_table():
    texts = {"x": "Headline: tensions\nFamilies fled.", "y": "Sanctions bite."}
    table = frames_by_article(texts).set_index(["doc_id", "frame"])
    assert table.loc[("x", "conflict"), "hits"] == 1
    assert table.loc[("x", "human_interest"), "present"] == 1
    assert table.loc[("y", "economic_consequences"), "n"] == 1
    with_body = pd.DataFrame({"doc_id": ["x"], "text": [texts["x"]],
                              "body_start": [texts["x"].index("Families")]})
    body_only = frames_by_article(with_body).set_index("frame")
    assert body_only.loc["conflict", "hits"] == 0
    assert body_only.loc["human_interest", "words"] == 2
    with pytest.raises(TypeError, match="mapping"):
        frames_by_article(["Families fled."])


# --- the lexicon files -----------------------------------------------------------------------

def _rows(name):
    return list(csv.DictReader(read_lexicon(name)))


def test_hedges_boosters_lexicon_is_well_formed():
    rows = _rows("hedges_boosters.csv")
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms))
    assert {r["type"] for r in rows} == {"hedge", "booster"}
    assert {"in fact", "of course", "may", "must"} <= set(terms)


def test_generic_frames_lexicon_ties_every_term_to_a_question():
    rows = _rows("generic_frames.csv")
    letter = {"responsibility": "R", "conflict": "C", "economic_consequences": "E",
              "human_interest": "H", "morality": "M"}
    assert {r["frame"] for r in rows} == set(FRAMES)
    for r in rows:
        assert r["question"][0] == letter[r["frame"]] and r["question"][1:].isdigit(), r
    pairs = [(r["frame"], r["term"]) for r in rows]
    assert len(pairs) == len(set(pairs))


def test_lexicons_are_read_once():
    framing._stance_matcher()
    framing._frame_matchers()
    assert framing._stance_matcher.cache_info().currsize == 1
    assert framing._frame_matchers.cache_info().currsize == 1
