"""Tests for analysis/figures.py: byte-identical saves, the table beside each chart, stable party colours."""
import re

import pandas as pd
import pytest

from analysis import figures
from analysis.config import DATA_DIR

VOICE = pd.DataFrame({
    "party": ["Russia", "United States", "Ukraine", ""],
    "quoted_words": [612, 240, 80, 3],
    "share": [612 / 935, 240 / 935, 80 / 935, 3 / 935],
})


def voice_chart():
    fig, ax = figures.new_figure(height=2.4)
    labels = [p or "unmapped" for p in VOICE.party]
    figures.hbar(ax, labels, VOICE.quoted_words, figures.party_colors(labels), xlabel="quoted words")
    figures.finding_title(ax, "Russia's officials get 65% of the quoted words")
    figures.add_note(fig, source="CNN, 2022-02-01", n=935)
    return fig


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """The voice chart saved once, for the tests that only read the files."""
    return figures.save_figure(voice_chart(), "voice", VOICE, tmp_path_factory.mktemp("figures"))


def test_saving_twice_gives_identical_bytes(tmp_path):
    fig = voice_chart()
    first = figures.save_figure(fig, "voice", VOICE, tmp_path / "a")
    second = figures.save_figure(fig, "voice", VOICE, tmp_path / "b")
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_redrawing_from_scratch_gives_identical_bytes(tmp_path):
    first = figures.save_figure(voice_chart(), "voice", VOICE, tmp_path / "a")
    second = figures.save_figure(voice_chart(), "voice", VOICE, tmp_path / "b")
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_files_carry_no_dates_or_versions(saved):
    png, svg = saved.png.read_bytes(), saved.svg.read_text(encoding="utf-8")
    assert png.startswith(b"\x89PNG")
    assert b"Software" not in png and b"Matplotlib version" not in png
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert not re.search(r"20\d\d-\d\d-\d\dT", svg)


def test_csv_beside_the_chart_holds_the_same_rows(saved):
    paths = saved
    assert [p.name for p in paths] == ["voice.png", "voice.svg", "voice.csv"]
    back = pd.read_csv(paths.csv, keep_default_na=False)
    assert list(back.columns) == list(VOICE.columns)
    assert back.party.tolist() == VOICE.party.tolist()
    assert back.quoted_words.tolist() == VOICE.quoted_words.tolist()
    assert back.share.tolist() == pytest.approx(VOICE.share.tolist(), abs=1e-9)
    assert "\r" not in paths.csv.read_text(encoding="utf-8")


def test_named_index_is_kept_as_a_column(tmp_path):
    table = VOICE.set_index("party")
    fig, ax = figures.new_figure(width=2, height=1)
    paths = figures.save_figure(fig, "voice", table, tmp_path)
    assert pd.read_csv(paths.csv).columns[0] == "party"


def test_note_and_title_are_in_the_svg(saved):
    svg = saved.svg.read_text(encoding="utf-8")
    assert "Source: CNN, 2022-02-01 · n = 935" in svg
    assert 'id="note"' in svg
    assert "Russia's officials get 65% of the quoted words" in svg.replace("&#x27;", "'")


def test_second_note_replaces_the_first():
    fig = voice_chart()
    figures.add_note(fig, "Replaced")
    notes = [t.get_text() for t in fig.texts if t.get_gid() == "note"]
    assert notes == ["Replaced"]


def test_note_lies_below_the_axes_and_inside_the_saved_image():
    fig = voice_chart()
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    note = next(t for t in fig.texts if t.get_gid() == "note").get_window_extent(renderer)
    axes = fig.axes[0].get_tightbbox(renderer)
    saved = fig.get_tightbbox(renderer)  # in inches
    assert note.y1 < axes.y0
    assert note.x0 < axes.x0
    assert saved.y0 * fig.dpi <= note.y0 + 1e-6


def test_value_labels_are_drawn_and_never_clipped():
    fig, ax = figures.new_figure()
    figures.hbar(ax, ["a", "b", "c"], [10, 2.5, float("nan")], value_format="{:.1f}")
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["10.0", "2.5", "n/a"]
    assert all(not t.get_clip_on() for t in ax.texts)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b", "c"]
    assert ax.yaxis_inverted()


@pytest.mark.parametrize("labels, values, colors, problem", [
    (["a", "b"], [1], None, "one value per label"),
    (["a", "b"], [1, 2], ["#000000"], "one colour per label"),
    (["a", "b"], [1, 2], {"a": "#000000"}, "no colour"),
])
def test_hbar_rejects_mismatched_input(labels, values, colors, problem):
    fig, ax = figures.new_figure()
    with pytest.raises(ValueError, match=problem):
        figures.hbar(ax, labels, values, colors)


@pytest.mark.parametrize("name", ["", "voice.png", "sub/voice", "../voice"])
def test_bad_figure_names_are_refused(tmp_path, name):
    with pytest.raises(ValueError, match="figure name"):
        figures.save_figure(voice_chart(), name, VOICE, tmp_path)


def test_never_writes_into_data(tmp_path):
    with pytest.raises(ValueError, match="data/ holds inputs"):
        figures.save_figure(voice_chart(), "voice", VOICE, DATA_DIR / "figures")
    assert not (DATA_DIR / "figures").exists()


def test_data_must_be_a_dataframe(tmp_path):
    with pytest.raises(TypeError, match="DataFrame"):
        figures.save_figure(voice_chart(), "voice", VOICE.to_dict(), tmp_path)


def test_fonts_are_the_ones_bundled_with_matplotlib():
    import matplotlib
    from matplotlib import font_manager
    path = font_manager.findfont(font_manager.FontProperties(family=matplotlib.rcParams["font.family"]))
    assert path.startswith(matplotlib.get_data_path())
    assert path.endswith("DejaVuSans.ttf")


# Colours ---------------------------------------------------------------------------------------

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
MAIN = ["Russia", "United States", "United Kingdom", "NATO", "Ukraine", "European Union", "France", "Belarus"]


def test_main_parties_get_distinct_okabe_ito_colours():
    colors = figures.party_colors(MAIN)
    assert set(colors.values()) <= OKABE_ITO
    assert len(set(colors.values())) == len(MAIN)


@pytest.mark.parametrize("party, color", [
    ("Russia", "#D55E00"), ("Ukraine", "#F0E442"), ("United States", "#0072B2"),
    ("", figures.UNMAPPED_COLOR), ("unmapped", figures.UNMAPPED_COLOR), ("narrator", figures.NARRATOR_COLOR),
    ("russia", "#D55E00"),
])
def test_a_party_keeps_its_colour_whatever_else_is_drawn(party, color):
    alone = figures.party_colors([party])
    crowded = figures.party_colors(["Chad", "Peru", *reversed(MAIN), "Hungary", "narrator", "", party])
    assert alone[party] == crowded[party] == color


def test_greys_are_grey_and_not_used_for_parties():
    colors = figures.party_colors([*MAIN, "Hungary", "Chad", "Peru", "", "narrator", "other"])
    greys = {colors[""], colors["narrator"], colors["other"]}
    assert len(greys) == 3
    for grey in greys:
        assert grey[1:3] == grey[3:5] == grey[5:7]
    parties = [colors[p] for p in [*MAIN, "Hungary", "Chad", "Peru"]]
    assert len(set(parties)) == len(parties)
    assert not greys & set(parties)


def test_further_parties_take_the_spare_colours_in_order():
    colors = figures.party_colors(["Chad", "Russia", "Peru"])
    spare = [c for c in figures._SPARE_COLORS]
    assert (colors["Chad"], colors["Peru"]) == (spare[0], spare[1])
    assert colors == figures.party_colors(["Chad", "Russia", "Peru"])
    assert list(colors) == ["Chad", "Russia", "Peru"]


def test_too_many_parties_is_a_clear_error():
    many = [f"party {i}" for i in range(len(figures._SPARE_COLORS) + 1)]
    with pytest.raises(ValueError, match="group the minor parties"):
        figures.party_colors(many)


def test_bloc_colours():
    assert figures.bloc_colors(["the West", "Russia", "Ukraine", "other"]) == {
        "the West": "#0072B2", "Russia": "#D55E00", "Ukraine": "#F0E442", "other": figures.OTHER_COLOR}
    study = figures.bloc_colors(["the West", "Atlantis", "Lemuria"])  # a study's own blocs
    assert len(set(study.values())) == 3 and study["Atlantis"] in figures._SPARE_COLORS


def test_order_parties_puts_common_parties_first_and_greys_last():
    assert figures.order_parties(["", "Peru", "Ukraine", "narrator", "Chad", "Russia", "Ukraine"]) == [
        "Russia", "Ukraine", "Chad", "Peru", "", "narrator"]


def test_a_string_is_not_a_party_list():
    with pytest.raises(TypeError, match="list of names"):
        figures.party_colors("Russia")


def test_finding_title_needs_text():
    fig, ax = figures.new_figure()
    with pytest.raises(ValueError, match="finding title"):
        figures.finding_title(ax, " ")
    figures.finding_title(fig, "All parties")
    assert fig.get_suptitle() == "All parties"


def test_figure_shows_in_a_notebook_as_its_png(saved):
    assert voice_chart()._repr_png_() == saved.png.read_bytes()
