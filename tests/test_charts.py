"""Tests for analysis/charts.py: finding titles computed from the data, notes with n, labels that fit, stable files.

The article below was written for these tests. Its statements are given by hand (the extractor
is tested elsewhere), so every count in a title is known: Russia's speakers say 16 of the 22
quoted words in 3 of the 4 statements; Ukraine is named three times ("Ukraine" twice, "Kyiv"
once) and never quoted.
"""
import json

import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.layout_engine import PlaceHolderLayoutEngine

from analysis import charts, figures, pipeline
from analysis.config import ARTICLES_DIR, DATA_DIR, FIGURES_DIR

BODY = ("Vladimir Putin said the West had ignored Russia for years. \u201cWe want security for all,\u201d "
        "Putin said. Russia claims that NATO has moved east.\n\n"
        "Antony Blinken stressed that the door to diplomacy stays open. Ukraine was not asked, and Kyiv "
        "waited. Ukraine hopes for peace.\n")
META = {"headline": "Putin says the West ignores Russia", "outlet": "Test Wire", "date": "2024-05-01"}
RUSSIA = {"party": "Russia", "bloc": "Russia"}
US = {"party": "United States", "bloc": "the West"}
# statement, kind, content, cue, speaker mention, speaker, type, side
STATEMENTS = [
    (1, "indirect", "the West had ignored Russia for years", "said", "Vladimir Putin", "Vladimir Putin", "person", RUSSIA),
    (2, "direct", "We want security for all", "said", "Putin", "Vladimir Putin", "person", RUSSIA),
    (3, "indirect", "NATO has moved east", "claims", "Russia", "Russia", "institution", RUSSIA),
    (4, "indirect", "the door to diplomacy stays open", "stressed", "Antony Blinken", "Antony Blinken", "person", US),
]


def _span(needle, after=0):
    start = BODY.index(needle, after)
    return start, start + len(needle)


def hand_statements(text, doc_id="", body_start=0, actors=None):
    rows, after = [], 0
    for number, kind, content, cue, mention, speaker, kind_of_speaker, side in STATEMENTS:
        m_start, m_end = _span(mention, after)
        start, end = _span(content, after)
        c_start, c_end = _span(cue, m_end if kind != "direct" else end)
        after = max(end, c_end)
        rows.append({"doc_id": doc_id, "statement": number, "kind": kind, "text": content, "start": start,
                     "end": end, "cue": cue, "cue_start": c_start, "cue_end": c_end, "speaker_mention": mention,
                     "speaker_start": m_start, "speaker_end": m_end, "speaker": speaker,
                     "speaker_type": kind_of_speaker, "sentence": 0, "paragraph": 0, **side})
    return rows


def no_statements(text, doc_id="", body_start=0, actors=None):
    return []


def write_article(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2024-05-01_test_talks.txt").write_text(BODY, encoding="utf-8")
    (folder / "2024-05-01_test_talks.meta.json").write_text(json.dumps(META), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "statement_records", hand_statements)
        return pipeline.analyse(write_article(tmp_path_factory.mktemp("articles")))


@pytest.fixture(scope="module")
def silent(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "statement_records", no_statements)
        return pipeline.analyse(write_article(tmp_path_factory.mktemp("silent")))


def title_of(fig):
    if fig._suptitle is not None:
        return fig._suptitle.get_text().replace("\n", " ")
    return fig.axes[0].get_title(loc="left").replace("\n", " ")


def note_of(fig):
    return " ".join(t.get_text() for t in fig.texts if t.get_gid() == "note").replace("\n", " ")


CHARTS = [charts.quote_share_by_party, charts.quote_share_by_speaker, charts.mentioned_vs_quoted,
          charts.prominence, charts.statement_order, charts.tone_by_party, charts.neutral_terms_effect,
          charts.readability_by_party, charts.readability_by_speaker, charts.reporting_verbs,
          charts.hedges_boosters, charts.frames]


def test_the_hand_statements_are_the_tables_statements(tables):
    assert tables.statements["statement"].tolist() == [1, 2, 3, 4]
    assert tables.statements["words"].tolist() == [7, 5, 4, 6]


@pytest.mark.parametrize("chart", CHARTS, ids=[c.__name__ for c in CHARTS])
def test_every_chart_has_a_finding_title_a_note_with_source_and_n_and_its_data(tables, chart):
    fig, data = chart(tables)
    assert title_of(fig).strip()
    note = note_of(fig)
    assert "Source: Test Wire" in note and "2024-05-01" in note and "n = " in note
    assert isinstance(data, pd.DataFrame) and len(data)


@pytest.mark.parametrize("chart", CHARTS, ids=[c.__name__ for c in CHARTS])
def test_a_chart_of_an_article_without_statements_says_so_instead_of_failing(silent, chart):
    fig, data = chart(silent)
    assert title_of(fig).strip()
    assert "n = " in note_of(fig)


@pytest.mark.parametrize("chart", [charts.quote_share_by_party, charts.quote_share_by_speaker,
                                   charts.mentioned_vs_quoted, charts.hedges_boosters, charts.frames])
def test_value_labels_fit_inside_their_axes(tables, chart):
    fig, _ = chart(tables)
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        right = ax.get_window_extent(renderer).x1
        for label in (t for t in ax.texts if t.get_gid() == "value"):
            assert label.get_window_extent(renderer).x1 <= right + 1, label.get_text()


def test_quote_share_title_counts_and_colours(tables):
    fig, data = charts.quote_share_by_party(tables)
    assert title_of(fig) == "Russia's speakers get 73% of the quoted words"
    assert data["party"].tolist() == ["Russia", "United States"]
    assert data["words"].tolist() == [16, 6]
    assert data["indirect_words"].tolist() == [11, 6]
    assert data["direct_statements"].tolist() == [1, 0]
    assert data["statement_ids"].iloc[1] == "2024-05-01_test_talks: 4"
    assert "n = 4 statements, 22 words" in note_of(fig)
    assert "Never quoted: Ukraine and NATO." in note_of(fig)
    words_panel = fig.axes[1]  # the first axes is the key above the panels
    solid = {to_hex(p.get_facecolor()) for p in words_panel.patches}
    expected = figures.party_colors(tables.order)
    assert {expected["Russia"].lower(), expected["United States"].lower()} <= solid


def test_speaker_chart_names_the_leading_speaker(tables):
    fig, data = charts.quote_share_by_speaker(tables)
    assert title_of(fig) == "Vladimir Putin alone gets 55% of the quoted words, more than every other party together"
    assert data.loc[data["speaker"] == "Vladimir Putin", "statement_ids"].item() == "2024-05-01_test_talks: 1 2"


def test_speakers_beyond_the_top_are_grouped_per_party(tables):
    _, data = charts.quote_share_by_speaker(tables, top=2)
    assert data["speaker"].tolist() == ["Vladimir Putin", "1 other speaker", "Antony Blinken"]
    assert data["words"].tolist() == [12, 4, 6]


def test_mentioned_vs_quoted_names_the_party_never_heard(tables):
    fig, data = charts.mentioned_vs_quoted(tables)
    assert title_of(fig) == "Ukraine is named 3 times and never quoted"
    ukraine = data.set_index("party").loc["Ukraine"]
    assert (ukraine["mentions"], ukraine["words"]) == (3, 0)
    assert ukraine["mentioned_as"] == "Ukraine (2); Kyiv (1)"


def test_prominence_counts_headline_and_first_voice(tables):
    fig, data = charts.prominence(tables)
    russia = data.set_index("party").loc["Russia"]
    assert (russia["in_headline"], russia["first_voice"], russia["median_first_voice_rank"]) == (1, 1, 1.0)
    assert title_of(fig).startswith("Russia speaks first and is named in the headline")


def test_statement_order_places_each_statement_in_the_body(tables):
    fig, data = charts.statement_order(tables)
    first = data.iloc[0]
    assert first["position_start"] == pytest.approx(BODY.index("the West had") / len(BODY), abs=1e-9)
    last_us = data[data["party"] == "United States"]["position_start"].min()
    assert title_of(fig) == (f"Russia speaks first; the United States is first heard {last_us:.0%} of the way "
                             "into the article")


def test_reporting_verbs_title_quotes_the_cues(tables):
    fig, data = charts.reporting_verbs(tables)
    assert title_of(fig) == ('The reporter distances Russia\'s words ("claims": 33%) and lends force to the '
                             'United States\' ("stressed": 100%)')
    assert set(data["cue_class"]) == {"neutral", "emphatic", "distancing"}


def test_hedges_and_boosters_add_the_narrator(tables):
    _, data = charts.hedges_boosters(tables)
    assert data["party"].tolist()[-1] == charts.NARRATOR
    narrator = data.iloc[-1]
    assert narrator["words"] > 0 and narrator["n"] == 1


def test_readability_marks_too_few_words_and_adds_the_article(tables):
    fig, data = charts.readability_by_party(tables)
    assert data["party"].tolist() == ["Russia", "United States", charts.WHOLE_ARTICLE]
    assert data["flesch_reading_ease"].isna().all()  # 22 quoted words, 45 in the body: under 100
    assert data["words"].iloc[-1] == 45
    assert title_of(fig) == "Too few quoted words to score anyone's readability (at least 100 needed)"


def test_frames_add_the_whole_article(tables):
    _, data = charts.frames(tables)
    assert charts.WHOLE_ARTICLE in set(data["party"])
    assert (data.loc[data["party"] == charts.WHOLE_ARTICLE, "n"] == 1).all()


def test_redrawing_a_chart_gives_identical_files(tables, tmp_path):
    fig, data = charts.quote_share_by_party(tables)
    a = figures.save_figure(fig, "share", data, tmp_path / "a")
    fig, data = charts.quote_share_by_party(tables)
    b = figures.save_figure(fig, "share", data, tmp_path / "b")
    for x, y in zip(a, b):
        assert x.read_bytes() == y.read_bytes(), x.name


@pytest.mark.parametrize("group, start, name, owner", [
    ("Russia", False, "Russia", "Russia's"),
    ("United States", False, "the United States", "the United States'"),
    ("United States", True, "The United States", "The United States'"),
    ("NATO", False, "NATO", "NATO's"),
    ("the West", True, "The West", "The West's"),
    ("European Union", False, "the European Union", "the European Union's"),
])
def test_names_in_titles(group, start, name, owner):
    assert charts.display_name(group, start) == name
    assert charts.possessive(group, start) == owner


@pytest.mark.parametrize("value, text", [(0.3, "+0.30"), (-0.151, "\u22120.15"), (-0.001, "0.00"), (0.0, "0.00")])
def test_signed_scores(value, text):
    assert charts.signed(value) == text


@pytest.mark.parametrize("outlets, dates, source, date", [
    (["CNN"], ["2022-02-01"], "CNN", "2022-02-01"),
    (["CNN", "BBC", "CNN"], ["2022-02-03", "2022-02-01", ""], "BBC, CNN (3 articles)", "2022-02-01 to 2022-02-03"),
    ([""], [""], "unknown outlet", ""),
])
def test_source_and_date(outlets, dates, source, date):
    articles = pd.DataFrame({"outlet": outlets, "date": dates})
    assert charts.source_and_date(articles) == (source, date)


def test_statement_ids_group_by_article():
    rows = pd.DataFrame({"doc_id": ["b", "a", "b", "b"], "statement": [3, 1, 1, 3]})
    assert charts.statement_ids(rows) == "b: 1 3; a: 1"


def test_locations_default_to_the_project_folders(tmp_path):
    assert charts.locations() == (ARTICLES_DIR, FIGURES_DIR)
    assert charts.locations(tmp_path, tmp_path / "out") == (tmp_path, tmp_path / "out")
    assert charts.locations(tmp_path)[1].name == "figures"


@pytest.mark.parametrize("source, figures_dir, problem", [
    ("no/such/folder", "out", "does not exist"),
    (".", str(DATA_DIR / "charts"), "data/ holds inputs only"),
])
def test_locations_refuse_bad_paths(source, figures_dir, problem):
    with pytest.raises(ValueError, match=problem):
        charts.locations(source, figures_dir)


def _tone(rows):
    columns = ["party", "of_n", "of_mean_compound", "of_ci_low", "of_ci_high"]
    return pd.DataFrame(rows, columns=columns)


@pytest.mark.parametrize("rows, title", [
    ([("Russia", 20, -0.2, -0.4, 0.1), ("United States", 10, 0.3, 0.05, 0.5)],
     "The United States' own words read more positive (+0.30) than Russia's (\u22120.20), but their 95% intervals overlap"),
    ([("Russia", 20, -0.2, -0.4, -0.1), ("United States", 10, 0.3, 0.05, 0.5)],
     "The United States' own words read more positive (+0.30) than Russia's (\u22120.20)"),
    ([("Russia", 20, -0.2, -0.4, -0.1), ("NATO", 2, 0.9, 0.8, 1.0)],
     "Russia's own words average \u22120.20 (95% interval \u22120.40 to \u22120.10)"),
])
def test_tone_finding_needs_enough_statements_and_reports_overlap(rows, title):
    assert charts._tone_finding(_tone(rows), "party") == title


@pytest.mark.parametrize("scores, verdict", [
    ((45, 10, 12, 9), "read easier than the article on every measure"),
    ((30, 15, 18, 13), "read harder than the article on every measure"),
    ((45, 15, 12, 9), "read neither clearly easier nor harder than the article"),
])
def test_readability_finding_compares_every_measure(scores, verdict):
    whole = dict(zip(charts.READABILITY_LABELS, (36, 14, 16, 12)), words=1000)
    table = pd.DataFrame([{"party": "Russia", "words": 400, **dict(zip(charts.READABILITY_LABELS, scores))}])
    assert charts._readability_finding(table, "party", whole, 100) == (
        f"Russia's quoted words {verdict} (Flesch reading ease {scores[0]} against 36)")


def test_stance_finding_compares_the_narrator_with_sources_long_enough():
    data = pd.DataFrame({"party": ["Russia", "United Kingdom", charts.NARRATOR],
                         "words": [400, 50, 300], "hedges_per_1000_words": [15.0, 0.0, 8.0],
                         "boosters": [3, 1, 0]})
    assert charts._stance_finding(data, "party", 100) == (
        "The narrator hedges less than its sources (8 per 1,000 words against 15 for Russia) and never boosts")


def test_frames_finding_lists_ties():
    data = pd.DataFrame({"party": ["Russia", "Russia", charts.WHOLE_ARTICLE, charts.WHOLE_ARTICLE],
                         "frame": ["conflict", "morality", "conflict", "morality"],
                         "per_1000_words": [5.0, 5.0, 2.0, 1.0], "hits": [1, 1, 2, 1]})
    assert charts._frames_finding(data, "party", ["Russia", charts.WHOLE_ARTICLE]) == (
        "The article leans most on conflict; Russia's words on conflict and morality")


def test_group_colours_follow_the_study_order(tables):
    colors = charts.group_colors(tables)
    assert colors["Russia"] == figures.PARTY_COLORS["Russia"]
    assert colors["unmapped"] == colors[""] == figures.UNMAPPED_COLOR
    assert colors[charts.NARRATOR] == figures.NARRATOR_COLOR


def test_article_page_inputs(tables):
    article = charts.pick_article(tables)
    rows = charts.article_statements(tables, article.id)
    assert rows["start"].is_monotonic_increasing
    assert all(BODY[s:e] == t for s, e, t in zip(rows["start"], rows["end"], rows["text"]))
    assert charts.iframe("<p>\u201cx\u201d & y</p>").startswith('<div><iframe srcdoc="&lt;p&gt;')
    with pytest.raises(ValueError, match="no article 'missing'"):
        charts.pick_article(tables, "missing")


def test_save_table_writes_plain_csv_and_refuses_data(tmp_path):
    table = pd.DataFrame({"x": [1.0 / 3], "y": ["a"]})
    path = charts.save_table(table, "t", tmp_path)
    assert path.read_text(encoding="utf-8") == "x,y\n0.3333333333,a\n"
    with pytest.raises(ValueError, match="data/"):
        charts.save_table(table, "t", DATA_DIR)


def test_summary_and_utterances(tables, silent):
    assert charts.summary(tables) == ("1 article (Test Wire, 2024-05-01): 4 statements by 3 speakers, "
                                      "45 words in the article bodies.")
    table = charts.utterances(tables)
    assert table["statement"].tolist() == [1, 2, 3, 4]
    assert table["words"].tolist() == [7, 5, 4, 6]
    assert table.loc[2, "cue_class"] == "distancing"
    assert charts.utterances(silent).empty


def test_finished_charts_keep_rounded_positions(tables):
    # Constrained layout's last float bits vary between processes; rounded, fixed positions do not.
    fig, _ = charts.quote_share_by_speaker(tables)
    assert isinstance(fig.get_layout_engine(), (PlaceHolderLayoutEngine, type(None)))
    for ax in fig.axes:
        bounds = ax.get_position().bounds
        assert list(bounds) == pytest.approx([round(v, 6) for v in bounds], abs=1e-12)
