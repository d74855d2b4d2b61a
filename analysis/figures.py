"""The drawing layer: house chart style, party colours, and saving each chart with the table behind it.

Every chart of the project is drawn and saved here so that all of them look alike and can be
checked and reproduced. Figures are drawn on an Agg canvas of their own (not through pyplot, so
an interactive backend in a notebook changes nothing) with matplotlib's bundled DejaVu Sans and
matplotlib's default settings under the house style, whatever a local matplotlibrc says.
``save_figure`` writes NAME.png, NAME.svg and NAME.csv (the data behind the chart) with no dates
or software versions in the files, so saving the same chart twice gives byte-identical files and
a figure only changes in git when its content does. Each party keeps one colour in every chart:
the Okabe–Ito palette (safe for the common forms of colour blindness) for the main parties of the
study, greys for statements without a party and for the narrator.
"""
from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import matplotlib
import matplotlib.style
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.transforms import ScaledTranslation

from .config import DATA_DIR, FIGURES_DIR

# Okabe & Ito (2008), "Color Universal Design": eight colours told apart under protanopia,
# deuteranopia and tritanopia.
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7",
}
# Tol (2021), "Colour schemes", SRON/EPS/TN/09-002, muted qualitative scheme: for parties beyond
# the eight Okabe–Ito colours, in an order that keeps them far from those already in use.
TOL_MUTED_EXTRA = ["#882255", "#999933", "#332288", "#CC6677", "#44AA99", "#DDCC77", "#88CCEE",
                   "#117733", "#AA4499"]

# The common parties of the study keep these colours in every chart, whatever else is drawn.
PARTY_COLORS = {
    "Russia": OKABE_ITO["vermillion"],
    "Ukraine": OKABE_ITO["yellow"],
    "United States": OKABE_ITO["blue"],
    "United Kingdom": OKABE_ITO["sky blue"],
    "NATO": OKABE_ITO["bluish green"],
    "European Union": OKABE_ITO["reddish purple"],
    "France": OKABE_ITO["orange"],
    "Belarus": OKABE_ITO["black"],
    "Hungary": TOL_MUTED_EXTRA[0],
}
# Greys say "no side": distinct from each other because they can share a chart.
UNMAPPED_COLOR = "#999999"
NARRATOR_COLOR = "#CCCCCC"
OTHER_COLOR = "#666666"
_GREYS = {"": UNMAPPED_COLOR, "unmapped": UNMAPPED_COLOR, "narrator": NARRATOR_COLOR,
          "other": OTHER_COLOR}

BLOC_COLORS = {
    "the West": OKABE_ITO["blue"],
    "Russia": OKABE_ITO["vermillion"],
    "Ukraine": OKABE_ITO["yellow"],
}
# Order of parties in tables and charts when the caller gives none: the common parties first.
PARTY_ORDER = list(PARTY_COLORS)

# Colours left for parties the fixed mapping does not know, in the order they are handed out.
_SPARE_COLORS = [c for c in [*OKABE_ITO.values(), *TOL_MUTED_EXTRA] if c not in PARTY_COLORS.values()]

FONT = "DejaVu Sans"  # bundled with matplotlib, so every machine draws the same glyphs
TEXT_COLOR = "#222222"
NOTE_COLOR = "#555555"
NOTE_SIZE = 7.5
BAR_EDGE = "#333333"  # a thin edge keeps the pale yellow bars visible on white
PNG_DPI = 150

HOUSE_STYLE = {
    "font.family": FONT,
    "mathtext.fontset": "dejavusans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.titlepad": 8,
    "axes.labelsize": 9,
    "axes.labelcolor": TEXT_COLOR,
    "axes.edgecolor": "#444444",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    # For series that are not parties; the canonical Okabe–Ito order, pale yellow and black last.
    "axes.prop_cycle": matplotlib.cycler(color=["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
                                                "#56B4E9", "#F0E442", "#000000"]),
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "xtick.labelcolor": TEXT_COLOR,
    "ytick.labelcolor": TEXT_COLOR,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "legend.fontsize": 8.5,
    "figure.facecolor": "white",
    "figure.dpi": 100,
    "savefig.facecolor": "white",
    "savefig.dpi": PNG_DPI,
    "text.color": TEXT_COLOR,
    "text.hinting": "force_autohint",
    "svg.fonttype": "path",  # glyphs as outlines: the SVG looks the same without the font installed
    "svg.hashsalt": "analysis-figures",  # ids in the SVG are then the same on every save
    "pdf.fonttype": 42,
}
_SAVE_STYLE = {k: HOUSE_STYLE[k] for k in ("svg.fonttype", "svg.hashsalt", "savefig.facecolor")}
# No dates or software versions: a file changes only when the chart does.
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None}


def use_house_style() -> None:
    """Reset matplotlib to its defaults, then apply the house style (done when this module loads).

    Resetting first means a matplotlibrc on one machine cannot make its charts differ from
    another's. Backend settings are left alone, so notebooks keep showing charts inline.
    """
    matplotlib.style.use(["default", HOUSE_STYLE])


use_house_style()


class HouseFigure(Figure):
    """A Figure that shows in a notebook exactly as the PNG it is saved to."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        _savefig(self, buffer, "png")
        return buffer.getvalue()


class SavedFigure(NamedTuple):
    png: Path
    svg: Path
    csv: Path


def new_figure(nrows: int = 1, ncols: int = 1, *, width: float = 6.4, height: float | None = None,
               **subplots_kw) -> tuple[HouseFigure, Axes | np.ndarray]:
    """A figure in the house style with its axes, like ``plt.subplots`` but outside pyplot.

    ``width`` and ``height`` are in inches (height defaults to 3.6 per row); other keywords go
    to ``Figure.subplots`` (``sharex``, ``sharey``, ``gridspec_kw``...). The layout is
    constrained, so titles, tick labels and legends do not overlap.
    """
    if width <= 0 or (height is not None and height <= 0):
        raise ValueError(f"figure size must be positive, got width={width}, height={height}")
    fig = HouseFigure(figsize=(width, height if height is not None else 3.6 * nrows), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, **subplots_kw)
    return fig, axes


def party_colors(parties: Iterable[str]) -> dict[str, str]:
    """One hex colour per party, keyed in the order given.

    The common parties (``PARTY_COLORS``) always get the same colour; "" and "unmapped" get
    ``UNMAPPED_COLOR``, "narrator" ``NARRATOR_COLOR`` and "other" ``OTHER_COLOR`` (matched
    without regard to case). Any other party gets the next unused colour in the order the
    parties are given, so pass the study's full party list (for example the order of
    data/parties.csv) to every chart and each party keeps its colour throughout.
    Raises ValueError when there are more parties than colours that can be told apart.
    """
    names = _unique_names(parties)
    known = {name.casefold(): color for name, color in PARTY_COLORS.items()}
    spare = iter(_SPARE_COLORS)
    colors = {}
    for name in names:
        key = name.strip().casefold()
        if key in _GREYS:
            colors[name] = _GREYS[key]
        elif key in known:
            colors[name] = known[key]
        else:
            color = next(spare, None)
            if color is None:
                extra = [n for n in names if n.strip().casefold() not in known and n.strip().casefold() not in _GREYS]
                raise ValueError(
                    f"{len(extra)} parties besides the common ones but only {len(_SPARE_COLORS)} colours "
                    f"that can be told apart: group the minor parties into 'other' (got {extra})")
            colors[name] = color
    return colors


def bloc_colors(blocs: Iterable[str]) -> dict[str, str]:
    """One hex colour per bloc ("the West", "Russia", "Ukraine"; "other" and "" are grey).

    A study's own blocs (data/parties.csv is the user's) take the spare colours in order."""
    known = {b.casefold(): c for b, c in BLOC_COLORS.items()}
    spare = iter(c for c in _SPARE_COLORS if c not in known.values())
    colors = {}
    for name in _unique_names(blocs):
        key = name.strip().casefold()
        if key in known:
            colors[name] = known[key]
        elif key in _GREYS:
            colors[name] = _GREYS[key]
        else:
            color = next(spare, None)
            if color is None:
                raise ValueError("too many blocs for colours that can be told apart: group them into 'other'")
            colors[name] = color
    return colors


def order_parties(parties: Iterable[str]) -> list[str]:
    """Parties in chart order: the common parties in ``PARTY_ORDER``, others alphabetically, greys last."""
    names = _unique_names(parties)
    rank = {name.casefold(): i for i, name in enumerate(PARTY_ORDER)}
    grey_rank = {key: i for i, key in enumerate(["other", "unmapped", "", "narrator"])}

    def key(name: str):
        k = name.strip().casefold()
        if k in rank:
            return (0, rank[k], "")
        if k in grey_rank:
            return (2, grey_rank[k], "")
        return (1, 0, k)
    return sorted(names, key=key)


def finding_title(target: Axes | Figure, text: str) -> None:
    """Title a chart with its finding ("Russia's officials get 61% of the quoted words"), left-aligned.

    On Axes it is the axes title; on a Figure it heads all its axes. Long titles wrap to the
    figure's width.
    """
    if not text or not text.strip():
        raise ValueError("a finding title needs text: state what the chart shows")
    fig = target if isinstance(target, Figure) else target.get_figure(root=True)
    size = HOUSE_STYLE["axes.titlesize"]
    # Axes titles start at the axes, not at the figure's edge: leave room for the tick labels.
    wrapped = _wrap(text, fig, size, bold=True, share=1.0 if isinstance(target, Figure) else 0.85)
    if isinstance(target, Figure):
        target.suptitle(wrapped, x=0.01, ha="left", fontsize=size, fontweight="bold")
    else:
        target.set_title(wrapped, loc="left")


def add_note(fig: Figure, text: str = "", *, source: str | None = None, date: str | None = None,
             n: int | str | None = None) -> None:
    """A footnote below the chart, bottom-left in small grey type: source, date and n.

    ``text`` is written first, then "Source: …", the date and "n = …" when given, joined by
    " · ". The note hangs below the figure's lower edge and the figure is saved with a tight
    bounding box, so it is never clipped and never overlaps the axes. A second call replaces
    the first note.
    """
    parts = [text.strip()] if text and text.strip() else []
    if source:
        parts.append(f"Source: {source}")
    if date:
        parts.append(str(date))
    if n is not None:
        parts.append(f"n = {n:,}" if isinstance(n, (int, np.integer)) else f"n = {n}")
    if not parts:
        raise ValueError("a note needs text, a source, a date or n")
    for old in [t for t in fig.texts if t.get_gid() == "note"]:
        old.remove()
    offset = ScaledTranslation(0, -6 / 72, fig.dpi_scale_trans)
    fig.text(0, 0, _wrap(" · ".join(parts), fig, NOTE_SIZE), transform=fig.transFigure + offset,
             ha="left", va="top", fontsize=NOTE_SIZE, color=NOTE_COLOR, gid="note")


def hbar(ax: Axes, labels: Sequence[str], values: Sequence[float], colors: Sequence[str] | Mapping[str, str] | str | None = None,
         *, value_format: str | Callable[[float], str] = "{:,.0f}", xlabel: str | None = None) -> BarContainer:
    """Horizontal bars, first label on top, each bar labelled with its value at its end.

    ``colors`` is one colour, a colour per bar, or a mapping label -> colour (for example
    ``party_colors(...)``). ``value_format`` is a format string or a function of the value;
    missing values draw no bar and read "n/a". Value labels sit outside the bars and count in
    the saved bounding box, so they are never clipped.
    """
    labels = [str(label) for label in labels]
    values = np.asarray(pd.to_numeric(pd.Series(list(values)), errors="raise"), dtype=float)
    if len(labels) != len(values):
        raise ValueError(f"hbar needs one value per label: {len(labels)} labels, {len(values)} values")
    if colors is None or isinstance(colors, str):
        bar_colors = [colors or OKABE_ITO["blue"]] * len(labels)
    elif isinstance(colors, Mapping):
        missing = [label for label in labels if label not in colors]
        if missing:
            raise ValueError(f"no colour for {missing}")
        bar_colors = [colors[label] for label in labels]
    else:
        bar_colors = list(colors)
        if len(bar_colors) != len(labels):
            raise ValueError(f"hbar needs one colour per label: {len(labels)} labels, {len(bar_colors)} colours")
    fmt = value_format.format if isinstance(value_format, str) else value_format
    positions = np.arange(len(labels))
    bars = ax.barh(positions, np.nan_to_num(values, nan=0.0), color=bar_colors, edgecolor=BAR_EDGE,
                   linewidth=0.4, height=0.7)
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()
    ax.bar_label(bars, labels=["n/a" if np.isnan(v) else fmt(v) for v in values], padding=3,
                 fontsize=8.5, color=TEXT_COLOR, clip_on=False)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    if xlabel:
        ax.set_xlabel(xlabel)
    finite = values[~np.isnan(values)]
    if finite.size and finite.min() >= 0:
        ax.set_xlim(left=0)
    return bars


def save_figure(fig: Figure, name: str, data: pd.DataFrame, folder: str | Path = FIGURES_DIR) -> SavedFigure:
    """Write NAME.png (150 dpi), NAME.svg and NAME.csv (the data behind the chart) into ``folder``.

    The files carry no dates or versions, so saving the same chart again gives the same bytes.
    The CSV is UTF-8 with "\\n" line ends and floats to 10 significant digits; a named index
    (from a groupby) is written as columns, an unnamed one is dropped. Refuses to write into
    data/, which holds inputs only.
    """
    if not isinstance(fig, Figure):
        raise TypeError(f"save_figure needs a matplotlib Figure, got {type(fig).__name__}")
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"save_figure needs the data behind the chart as a DataFrame, got {type(data).__name__}")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", name):
        raise ValueError(f"figure name {name!r} must be letters, digits, '-' and '_' without a suffix or folder")
    folder = Path(folder)
    refuse_data_dir(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = SavedFigure(folder / f"{name}.png", folder / f"{name}.svg", folder / f"{name}.csv")
    _savefig(fig, paths.png, "png")
    _savefig(fig, paths.svg, "svg")
    table = data.reset_index() if any(level is not None for level in data.index.names) else data
    table.to_csv(paths.csv, index=False, float_format="%.10g", lineterminator="\n", encoding="utf-8")
    return paths


def refuse_data_dir(path: str | Path) -> None:
    """Raise ValueError when ``path`` lies inside data/: inputs are never written to."""
    resolved = Path(path).resolve()
    data = DATA_DIR.resolve()
    if resolved == data or data in resolved.parents:
        raise ValueError(f"refusing to write into {path}: data/ holds inputs only, write outputs elsewhere")


def _savefig(fig: Figure, target, fmt: str) -> None:
    metadata = _PNG_METADATA if fmt == "png" else _SVG_METADATA
    engine = fig.get_layout_engine()
    _settle_layout(fig)
    # Save with the settled layout: constrained layout redone at another dpi or from the state a
    # previous save left would move the axes by a hair and change the bytes.
    if engine is not None:
        fig.set_layout_engine("none")
    try:
        with matplotlib.rc_context(_SAVE_STYLE):
            fig.savefig(target, format=fmt, dpi=PNG_DPI, metadata=metadata, bbox_inches="tight", pad_inches=0.1)
    finally:
        if engine is not None:
            fig.set_layout_engine(engine)


def _settle_layout(fig: Figure, max_rounds: int = 20) -> None:
    # Constrained layout starts from the current axes positions and converges over a few draws
    # to a fixed point; draw until the positions stop changing, so that the first save of a
    # chart and every later one see the same layout.
    if fig.get_layout_engine() is None:
        return
    before = None
    for _ in range(max_rounds):
        fig.draw_without_rendering()
        after = [tuple(ax.get_position().bounds) for ax in fig.axes]
        if after == before:
            return
        before = after


def _wrap(text: str, fig: Figure, fontsize: float, bold: bool = False, share: float = 1.0) -> str:
    # About 0.55 em per character in DejaVu Sans (0.62 in bold): a cheap, deterministic line length.
    em = 0.62 if bold else 0.55
    width = max(20, int(share * fig.get_figwidth() * 72 / (fontsize * em)))
    return "\n".join(textwrap.fill(line, width) if line else "" for line in text.splitlines())


def _unique_names(names: Iterable[str]) -> list[str]:
    if isinstance(names, str):
        raise TypeError(f"expected a list of names, got the string {names!r}")
    out = []
    for name in names:
        if pd.isna(name):
            name = ""
        if not isinstance(name, str):
            raise TypeError(f"names must be strings, got {name!r}")
        if name not in out:
            out.append(name)
    return out
