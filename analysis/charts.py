"""The charts of the curated notebooks: each takes the tables of an analysis and returns a figure with the data behind it.

Every function here takes ``Tables`` (from ``analysis.pipeline.analyse``) and returns a
``Chart`` (figure, data): the figure in the house style of ``analysis.figures``, titled with the
finding computed from the data, with a note giving the source, the date and n; the data is the
table the chart draws, with the counts and the statement numbers (``doc_id: 1 2 5``) a reader
needs to trace each mark back to the article. Groups are parties or blocs (``tables.level``),
always in the study's order (``tables.order``) and always in the same colour; charts use small
multiples (one panel per party, measure or frame) instead of legends wherever a legend would
have to explain colours. A notebook cell then only saves and shows:
``fig, data = charts.quote_share_by_party(tables); save_figure(fig, NAME, data, folder)``.
"""
from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from . import framing, readability, tone
from .config import ARTICLES_DIR, FIGURES_DIR
from .figures import (BAR_EDGE, NARRATOR_COLOR, NOTE_COLOR, TEXT_COLOR, UNMAPPED_COLOR, add_note,
                      bloc_colors, finding_title, new_figure, party_colors, refuse_data_dir)
from .text import normalize_typography, words
from .voice import KINDS, UNMAPPED_LABEL, labelled

# The defaults of the notebooks' parameter cell: with both, outputs go to the project's figures/.
DEFAULT_SOURCE = "../data/articles"
DEFAULT_FIGURES = "../figures"

NARRATOR = "narrator"
WHOLE_ARTICLE = "whole article"
# Within one party's colour, the kinds of statement go from full colour to a pale tint.
KIND_TINTS = {"direct": 1.0, "mixed": 1.0, "indirect": 0.22}
KIND_HATCHES = {"direct": "", "mixed": "////", "indirect": ""}  # mixed: the party's colour, striped
KIND_LABELS = {"direct": "direct quote", "mixed": "mixed (partly quoted)",
               "indirect": "indirect (reported speech)"}
MIN_N = 5  # fewest statements or sentences a group needs to be named in a title's comparison
ROW_HEIGHT = 0.3  # inches per bar row: readable at 700 px wide
LABEL_SIZE = 8
PANEL_TITLE_SIZE = 9
READABILITY_LABELS = {
    "flesch_reading_ease": "Flesch reading ease\n(higher = easier)",
    "flesch_kincaid_grade": "Flesch–Kincaid grade\n(higher = harder)",
    "gunning_fog": "Gunning fog\n(higher = harder)",
    "dale_chall": "Dale–Chall\n(higher = harder)",
}
# A name with one of these words takes "the" in a title ("the United States"; "NATO" does not).
_THE_WORDS = frozenset({"united", "union", "kingdom", "states", "republic", "nations", "federation",
                        "emirates", "netherlands", "philippines", "west", "alliance", "kremlin",
                        "pentagon", "white"})


class Chart(NamedTuple):
    """A figure and the table behind it, ready for ``figures.save_figure(figure, name, data)``."""

    figure: Figure
    data: pd.DataFrame


# --- names, colours, notes -----------------------------------------------------------------

def locations(source: str | Path = DEFAULT_SOURCE, figures: str | Path = DEFAULT_FIGURES) -> tuple[Path, Path]:
    """Where a notebook reads its articles and writes its charts.

    With the defaults of the parameter cell these are the project's ``data/articles`` and
    ``figures/`` (``analysis.config``), whatever the working directory; otherwise the paths
    given. Raises ValueError when the figures would go into data/, or the source does not exist.
    """
    default = str(source) == DEFAULT_SOURCE
    source_path = ARTICLES_DIR if default else Path(source)
    figures_path = FIGURES_DIR if default and str(figures) == DEFAULT_FIGURES else Path(figures)
    if not source_path.exists():
        raise ValueError(f"SOURCE {str(source)!r} does not exist: give a file or folder of articles, "
                         "or a corpus table")
    refuse_data_dir(figures_path)
    return source_path, figures_path


def display_name(group: str, start: bool = False) -> str:
    """A group as a title writes it: "the United States", "Russia", "NATO" ("The ..." at the start)."""
    if group == UNMAPPED_LABEL:
        text = "speakers without a party"
    elif group.lower().startswith("the ") or not set(group.lower().split()) & _THE_WORDS:
        text = group
    else:
        text = f"the {group}"
    return text[:1].upper() + text[1:] if start else text


def possessive(group: str, start: bool = False) -> str:
    """ "Russia's", "the United States'" (capitalised at the start of a sentence)."""
    text = display_name(group, start)
    return text + ("'" if text.endswith("s") else "'s")


def group_colors(tables) -> dict[str, str]:
    """One colour per group of the study (``tables.order``), plus "unmapped", "" and "narrator"."""
    order = list(tables.order)
    if tables.level == "bloc":
        known = [g for g in order if _is_bloc(g)]
        colors = {**party_colors([g for g in order if g not in known]), **bloc_colors(known)}
        colors = {g: colors[g] for g in order}
    else:
        colors = party_colors(order)
    colors.setdefault(UNMAPPED_LABEL, UNMAPPED_COLOR)
    colors[""] = colors[UNMAPPED_LABEL]
    colors.setdefault(NARRATOR, NARRATOR_COLOR)
    return colors


def _is_bloc(name: str) -> bool:
    try:
        bloc_colors([name])
    except ValueError:
        return False
    return True


def source_and_date(articles: pd.DataFrame) -> tuple[str, str]:
    """The note's source ("CNN") and date ("2022-02-01", or "2022-01-03 to 2022-02-28")."""
    if articles.empty:
        return "no articles", ""
    outlets = sorted({o for o in articles["outlet"].fillna("") if o}) or ["unknown outlet"]
    source = ", ".join(outlets[:3]) + (f" and {len(outlets) - 3} more" if len(outlets) > 3 else "")
    if len(articles) > 1:
        source += f" ({len(articles):,} articles)"
    dates = sorted({d for d in articles["date"].fillna("") if d})
    date = "" if not dates else dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"
    return source, date


def note(fig: Figure, tables, n: str, text: str = "") -> None:
    """The chart's footnote: ``text``, the source and date of the articles, and ``n``."""
    source, date = source_and_date(tables.articles)
    add_note(fig, text, source=source, date=date or None, n=n)


def statement_ids(statements: pd.DataFrame) -> str:
    """The statements of a table, as "doc_id: 1 2 5; other_doc: 3", for tracing a number back."""
    if statements.empty:
        return ""
    parts = []
    for doc_id, rows in statements.groupby("doc_id", sort=False):
        numbers = sorted(set(int(s) for s in rows["statement"]))
        parts.append(f"{doc_id}: {' '.join(map(str, numbers))}")
    return "; ".join(parts)


def _tally(terms) -> str:
    """ "Ukraine (14); Kyiv (2)": most frequent first, for a reader checking a count."""
    counts: dict[str, int] = {}
    for term in terms:
        if term:
            counts[term] = counts.get(term, 0) + 1
    return "; ".join(f"{t} ({c})" for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def signed(value: float, digits: int = 2) -> str:
    """ "+0.30", "−0.15" (a true minus sign), "0.00": tone scores as titles and labels print them."""
    text = f"{value:+.{digits}f}"
    if float(text) == 0:
        return f"{0:.{digits}f}"
    return text.replace("-", "\u2212")


def _tint(color: str, amount: float) -> str:
    """``color`` mixed with white: amount 1 = the colour, 0 = white."""
    rgb = [int(color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - amount * (255 - v)):02X}" for v in rgb)


def _wrap_label(label: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _ordered(groups, order: Sequence[str]) -> list[str]:
    rank = {g: i for i, g in enumerate(order)}
    return sorted(dict.fromkeys(groups), key=lambda g: (rank.get(g, len(rank)), g))


def _scored(tables) -> pd.DataFrame:
    """The statements with their group label (party or bloc, "unmapped" for none)."""
    return tables.statements.assign(group=labelled(tables.statements, tables.level))


def _utterances(statements: pd.DataFrame) -> pd.DataFrame:
    return statements.drop_duplicates(["doc_id", "statement"])


def summary(tables) -> str:
    """One paragraph on what was analysed: articles, statements, speakers, and any problems."""
    n_articles = len(tables.articles)
    source, date = source_and_date(tables.articles)
    source = source.split(" (")[0]  # the note's article count is said here already
    statements = _utterances(tables.statements)
    speakers = statements["speaker"].replace("", np.nan).dropna().nunique()
    words_ = int(tables.articles["words"].sum()) if n_articles else 0
    text = (f"{_plural(n_articles, 'article')} ({source}{', ' + date if date else ''}): "
            f"{_plural(len(statements), 'statement')} by {_plural(speakers, 'speaker')}, "
            f"{words_:,} words in the article bodies.")
    if len(tables.errors):
        problems = "; ".join(f"{p}: {q}" for p, q in zip(tables.errors["path"], tables.errors["problem"]))
        text += f" {_plural(len(tables.errors), 'problem')}: {problems}"
    return text


def utterances(tables) -> pd.DataFrame:
    """One row per statement (its spans' texts joined by " … "), with its speaker, party, kind,
    cue, cue class, tone (``compound``) and words, in reading order."""
    rows = tables.statements.sort_values(["doc_id", "start"], kind="stable")
    if rows.empty:
        return pd.DataFrame(columns=["doc_id", "statement", "speaker", "party", "kind", "cue", "cue_class",
                                     "compound", "words", "text"])
    return (rows.groupby(["doc_id", "statement"], sort=False)
            .agg(speaker=("speaker", "first"), party=("party", "first"), kind=("kind", "first"),
                 cue=("cue", "first"), cue_class=("cue_class", "first"), compound=("compound", "first"),
                 words=("words", "sum"), text=("text", " \u2026 ".join))
            .reset_index())


# --- drawing helpers -----------------------------------------------------------------------

def _bar_rows(ax: Axes, labels: Sequence[str]) -> np.ndarray:
    positions = np.arange(len(labels))
    ax.set_yticks(positions, labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)  # first label on top
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    return positions


def _stacked(ax: Axes, labels: Sequence[str], segments: dict[str, Sequence[float]],
             colors: Sequence[str], value_labels: Sequence[str]) -> None:
    """Horizontal bars, one per label, stacked by kind in tints of each bar's colour."""
    positions = _bar_rows(ax, labels)
    left = np.zeros(len(labels))
    for kind, values in segments.items():
        values = np.asarray(values, dtype=float)
        ax.barh(positions, values, left=left, height=0.7, linewidth=0.4, edgecolor=BAR_EDGE,
                color=[_tint(c, KIND_TINTS[kind]) for c in colors], hatch=KIND_HATCHES[kind] or None,
                hatchcolor="white")
        left += values
    for y, x, text in zip(positions, left, value_labels):
        _value_label(ax, x, y, text)
    ax.set_xlim(left=0)


def _bars(ax: Axes, labels: Sequence[str], values: Sequence[float], colors: Sequence[str],
          value_labels: Sequence[str], hollow: Sequence[bool] | None = None) -> None:
    """Horizontal bars with a text at each bar's end; a hollow bar is white with a dark edge."""
    positions = _bar_rows(ax, labels)
    values = np.asarray(values, dtype=float)
    hollow = list(hollow) if hollow is not None else [False] * len(labels)
    faces = ["white" if h else c for c, h in zip(colors, hollow)]
    drawn = ~np.isnan(values) & (values != 0)  # an empty row reads as zero without a hairline
    ax.barh(positions[drawn], values[drawn], height=0.7, color=[f for f, d in zip(faces, drawn) if d],
            edgecolor=BAR_EDGE, linewidth=[0.9 if h else 0.4 for h, d in zip(hollow, drawn) if d])
    for y, x, text in zip(positions, np.nan_to_num(values), value_labels):
        _value_label(ax, x, y, text)
    ax.set_xlim(left=0)


def _value_label(ax: Axes, x: float, y: float, text: str, italic: bool = False) -> None:
    ax.annotate(text, (x, y), xytext=(3, 0), textcoords="offset points", va="center", ha="left",
                fontsize=LABEL_SIZE, color=NOTE_COLOR if italic else TEXT_COLOR,
                fontstyle="italic" if italic else "normal", gid="value", annotation_clip=False)


def _make_room(fig: Figure, rounds: int = 4) -> None:
    """Widen each axes' x range until the value labels at the bars' ends fit inside it.

    A label sits a fixed number of points right of its bar, so the room it needs in data units
    depends on the axes' width; constrained layout settles that width, so measure and repeat.
    """
    for _ in range(rounds):
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        changed = False
        for ax in fig.axes:
            labels = [t for t in ax.texts if t.get_gid() == "value" and t.get_text()]
            if not labels:
                continue
            x0, x1 = ax.get_xlim()
            width = ax.get_window_extent(renderer).width
            need = x1
            for label in labels:
                anchor = label.xy[0]
                room = width - label.get_window_extent(renderer).width - 8
                if room <= 0:
                    continue
                need = max(need, x0 + (anchor - x0) * width / room)
            if need > x1 * 1.001:
                ax.set_xlim(x0, need)
                changed = True
        if not changed:
            return


def _done(fig: Figure, data: pd.DataFrame) -> Chart:
    """Settle the layout, round the axes' positions and fix them: the chart is finished.

    Constrained layout reaches its fixed point only up to the last bits of a float, and those
    bits can differ between Python processes (the SVG names clip paths after the exact
    positions), so the positions are rounded to a millionth of the figure and then kept.
    """
    if fig.get_layout_engine() is not None:
        before = None
        for _ in range(20):
            fig.draw_without_rendering()
            after = [ax.get_position().bounds for ax in fig.axes]
            if after == before:
                break
            before = after
        fig.set_layout_engine("none")
        for ax in fig.axes:
            ax.set_position([round(v, 6) for v in ax.get_position().bounds])
    return Chart(fig, data)


def _panel_title(ax: Axes, text: str) -> None:
    ax.set_title(text, loc="left", fontsize=PANEL_TITLE_SIZE, fontweight="bold", pad=4)


def _quiet_x(ax: Axes) -> None:
    """Bars carry their values: the x axis needs no ticks or line."""
    ax.tick_params(axis="x", length=0, labelbottom=False)
    ax.spines["bottom"].set_visible(False)


def _empty(tables, title: str, message: str) -> Chart:
    fig, ax = new_figure(height=1.6)
    ax.axis("off")
    ax.text(0, 0.5, message, transform=ax.transAxes, va="center", color=NOTE_COLOR)
    finding_title(ax, title)
    note(fig, tables, n=_plural(len(tables.articles), "article"))
    return _done(fig, pd.DataFrame({"message": [message]}))


def _figure_with_key(rows: Sequence[float], ncols: int = 1, *, height: float, width: float = 6.4,
                     sharex: bool = False, sharey: bool = False) -> tuple[Figure, Axes, np.ndarray]:
    """A figure whose first row is a strip for a key, above a grid of ``len(rows)`` x ``ncols``
    axes (``rows``: their relative heights). Returns the figure, the key's axes and the grid."""
    key_height = 0.22 * sum(rows) / max(height - 1.2, 0.5)  # about 0.22 inch
    fig, grid = new_figure(len(rows) + 1, ncols, width=width, height=height,
                           gridspec_kw={"height_ratios": [key_height, *rows]}, squeeze=False)
    spec = grid[0, 0].get_subplotspec().get_gridspec()
    for ax in grid[0]:
        ax.remove()
    key = fig.add_subplot(spec[0, :])
    key.axis("off")
    axes = grid[1:]
    first = axes.flat[0]
    for ax in axes.flat[1:]:
        if sharex:
            ax.sharex(first)
        if sharey:
            ax.sharey(first)
            ax.tick_params(labelleft=False)
    return fig, key, axes


def _kind_key(key: Axes, color: str) -> None:
    handles = [Patch(facecolor=_tint(color, KIND_TINTS[k]), edgecolor=BAR_EDGE, linewidth=0.4,
                     hatch=KIND_HATCHES[k] or None, hatchcolor="white") for k in KINDS]
    key.legend(handles, [KIND_LABELS[k] for k in KINDS], loc="center left", ncols=3, borderaxespad=0,
               handlelength=1.2, columnspacing=1.4, fontsize=LABEL_SIZE)


# --- 01: the article and its statements -----------------------------------------------------

STATEMENT_COLUMNS = ["doc_id", "statement", "kind", "speaker", "party", "cue", "text", "start", "end"]


def pick_article(tables, doc_id: str | None = None):
    """The article to show: ``doc_id``, or the first one with statements (else the first)."""
    if not tables.texts:
        raise ValueError("no articles were loaded: check SOURCE (and tables.errors)")
    if doc_id is None:
        with_statements = [d for d in tables.texts if (tables.statements["doc_id"] == d).any()]
        return tables.texts[(with_statements or list(tables.texts))[0]]
    if doc_id not in tables.texts:
        raise ValueError(f"no article {doc_id!r}; the articles are {list(tables.texts)[:5]}...")
    return tables.texts[doc_id]


def article_statements(tables, doc_id: str) -> pd.DataFrame:
    """The statements of one article in reading order, in the columns a reader checks."""
    rows = tables.statements[tables.statements["doc_id"] == doc_id]
    return rows.sort_values(["start", "end"], kind="stable")[STATEMENT_COLUMNS].reset_index(drop=True)


def article_page_colors(tables) -> dict[str, str]:
    """Party -> colour for ``render.render_article_html``, the same colours as every chart."""
    colors = party_colors([*tables.order, ""]) if tables.level == "party" else None
    if colors is None:  # the page always colours by party, even when charts show blocs
        colors = party_colors(sorted(set(tables.statements["party"]) | {""}))
    return colors


def iframe(page: str, height: int = 640) -> str:
    """An HTML page wrapped in an iframe, so that its styles do not restyle the notebook around it."""
    # In a <div>: IPython warns about HTML that starts with an iframe, though srcdoc needs no server.
    return (f'<div><iframe srcdoc="{html.escape(page, quote=True)}" style="width: 100%; height: {height}px; '
            'border: 1px solid #ddd;"></iframe></div>')


def save_table(table: pd.DataFrame, name: str, folder: str | Path = FIGURES_DIR) -> Path:
    """Write ``table`` as NAME.csv into ``folder`` the way ``save_figure`` writes a chart's data."""
    folder = Path(folder)
    refuse_data_dir(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    table.to_csv(path, index=False, float_format="%.10g", lineterminator="\n", encoding="utf-8")
    return path


# --- 02: who gets to speak ------------------------------------------------------------------

def _voice_rows(statements: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Statements and words per key, by kind, with the shares and the statement numbers behind them."""
    utterances = _utterances(statements)
    spans = statements.groupby(keys, sort=False)
    said = utterances.groupby(keys, sort=False)
    out = pd.DataFrame({"statements": said.size(), "words": spans["words"].sum()})
    counts = pd.crosstab([utterances[k] for k in keys], utterances["kind"])
    words_ = statements.pivot_table(index=keys, columns="kind", values="words", aggfunc="sum", fill_value=0)
    for kind in KINDS:
        out[f"{kind}_statements"] = counts[kind] if kind in counts else 0
        out[f"{kind}_words"] = words_[kind] if kind in words_ else 0
    out = out.fillna(0).astype(int)
    out["share_of_statements"] = out["statements"] / max(len(utterances), 1)
    out["share_of_words"] = out["words"] / max(int(statements["words"].sum()), 1)
    out["articles"] = said["doc_id"].nunique()
    out["statement_ids"] = said[["doc_id", "statement"]].apply(statement_ids)
    return out.reset_index()


def quote_share_by_party(tables) -> Chart:
    """Quoted words and statements per group, each split into direct, mixed and indirect.

    Data: one row per group that speaks, with statements, words, both by kind, the shares of
    all statements and words, articles, and the statement numbers.
    """
    level = tables.level
    scored = _scored(tables)
    if scored.empty:
        return _empty(tables, "No attributed statements were found", "No statement to count.")
    data = _voice_rows(scored, ["group"])
    data["group"] = pd.Categorical(data["group"], _ordered(data["group"], tables.order), ordered=True)
    data = data.sort_values("group").rename(columns={"group": level}).reset_index(drop=True)
    data[level] = data[level].astype(str)
    colors = group_colors(tables)
    labels = list(data[level])
    bar_colors = [colors[g] for g in labels]

    fig, key, ((left, right),) = _figure_with_key([len(labels)], 2, sharey=True,
                                                  height=1.5 + ROW_HEIGHT * len(labels))
    _stacked(left, labels, {k: data[f"{k}_words"] for k in KINDS}, bar_colors,
             [f"{w:,} · {s:.0%}" for w, s in zip(data["words"], data["share_of_words"])])
    _stacked(right, labels, {k: data[f"{k}_statements"] for k in KINDS}, bar_colors,
             [f"{n:,} · {s:.0%}" for n, s in zip(data["statements"], data["share_of_statements"])])
    _panel_title(left, "Quoted words")
    _panel_title(right, "Statements")
    for ax in (left, right):
        _quiet_x(ax)
    top = data.loc[data["words"].idxmax()]
    title = f"{possessive(top[level], start=True)} speakers get {top['share_of_words']:.0%} of the quoted words"
    if abs(top["share_of_statements"] - top["share_of_words"]) >= 0.05:
        title += f" and {top['share_of_statements']:.0%} of the statements"
    finding_title(fig, title)
    _kind_key(key, colors[top[level]])
    _make_room(fig)
    silent = [g for g in tables.order if g not in labels and g != UNMAPPED_LABEL]
    extra = f"Never quoted: {_join(silent)}. " if silent else ""
    note(fig, tables, text=f"Words inside the quoted or reported content. {extra}".strip(),
         n=f"{_plural(int(data['statements'].sum()), 'statement')}, "
           f"{_plural(int(data['words'].sum()), 'word')}")
    return _done(fig, data)


def quote_share_by_speaker(tables, top: int = 15) -> Chart:
    """Quoted words per speaker, one panel per group, split into direct, mixed and indirect.

    Shows the ``top`` speakers by words; the others of each group are one row "k other
    speakers". Data: one row per speaker shown (or the rest of a group), with party, statements,
    words by kind, share of all words and statement numbers.
    """
    scored = _scored(tables)
    if scored.empty:
        return _empty(tables, "No attributed statements were found", "No statement to count.")
    scored["speaker"] = scored["speaker"].fillna("").replace("", "unknown speaker")
    data = _voice_rows(scored, ["group", "speaker"])
    data = data.sort_values(["words", "statements", "speaker"], ascending=[False, False, True])
    shown = data.head(top)
    rest = data.iloc[top:]
    if len(rest):
        grouped = []
        for group, rows in rest.groupby("group", sort=False):
            row = {"group": group, "speaker": f"{len(rows)} other speaker{'s' if len(rows) > 1 else ''}"}
            for column in [c for c in rows.columns if c not in ("group", "speaker", "statement_ids")]:
                row[column] = rows[column].sum()
            row["statement_ids"] = "; ".join(rows["statement_ids"])
            grouped.append(row)
        shown = pd.concat([shown, pd.DataFrame(grouped)], ignore_index=True)
    groups = _ordered(shown["group"], tables.order)
    shown = shown.assign(_rank=shown["group"].map({g: i for i, g in enumerate(groups)}))
    shown = shown.sort_values(["_rank", "words"], ascending=[True, False], kind="stable").drop(columns="_rank")
    shown = shown.rename(columns={"group": tables.level}).reset_index(drop=True)
    level = tables.level
    colors = group_colors(tables)

    sizes = [int((shown[level] == g).sum()) for g in groups]
    fig, key, axes = _figure_with_key(sizes, sharex=True, height=1.5 + ROW_HEIGHT * sum(sizes) + 0.3 * len(groups))
    axes = axes[:, 0]
    for ax, group in zip(axes, groups):
        rows = shown[shown[level] == group]
        _stacked(ax, [_wrap_label(s, 30) for s in rows["speaker"]], {k: rows[f"{k}_words"] for k in KINDS},
                 [colors[group]] * len(rows),
                 [f"{w:,} words · {_plural(int(n), 'statement')}" for w, n in zip(rows["words"], rows["statements"])])
        totals = scored[scored["group"] == group]
        _panel_title(ax, f"{display_name(group, start=True)}: {int(totals['words'].sum()):,} words")
        _quiet_x(ax)
    lead = shown.loc[shown["words"].idxmax()]
    others = int(scored.loc[scored["group"] != lead[level], "words"].sum())
    title = (f"{lead['speaker']} alone gets {lead['share_of_words']:.0%} of the quoted words"
             if lead["share_of_words"] >= 0.25 else
             f"{lead['speaker']} is quoted most, with {lead['share_of_words']:.0%} of the quoted words")
    if lead["words"] > others > 0:
        title += ", more than every other party together" if level == "party" else \
            ", more than every other bloc together"
    finding_title(fig, title)
    _kind_key(key, colors[lead[level]])
    _make_room(fig)
    note(fig, tables, text="Words inside the quoted or reported content."
         + (f" The {len(data) - top} speakers beyond the top {top} are grouped per party." if len(rest) else ""),
         n=f"{_plural(len(data), 'speaker')}, {_plural(len(_utterances(scored)), 'statement')}")
    return _done(fig, shown)


def mentioned_vs_quoted(tables) -> Chart:
    """How often each group is named (outside its own statements) against how much it is heard.

    Data: tables.mentioned_vs_quoted with the words and statements behind the share, and the
    mentions as written with their counts ("Ukraine (14); Kyiv (2)").
    """
    level = tables.level
    versus = tables.mentioned_vs_quoted.copy()
    if versus.empty:
        return _empty(tables, "No party is named or quoted", "No mention and no statement found.")
    scored = _scored(tables)
    outside = tables.mentions[~tables.mentions["in_own_statement"]]
    voice = tables.parties.set_index(level)
    versus["words"] = [int(voice["words"].get(g, 0)) for g in versus[level]]
    versus["statements"] = [int(voice["statements"].get(g, 0)) for g in versus[level]]
    versus["mentioned_as"] = [_tally(normalize_typography(t) for t in outside.loc[outside[level] == g, "text"])
                              for g in versus[level]]
    versus["statement_ids"] = [statement_ids(_utterances(scored[scored["group"] == g])) for g in versus[level]]
    versus = versus.set_index(level).loc[_ordered(versus[level], tables.order)].reset_index()
    colors = group_colors(tables)
    labels = list(versus[level])

    fig, (left, right) = new_figure(1, 2, sharey=True, height=1.3 + ROW_HEIGHT * len(labels))
    _bars(left, labels, versus["mentions"], [colors[g] for g in labels],
          [f"{m:,} · {s:.0%}" for m, s in zip(versus["mentions"], versus["share_of_mentions"])])
    _bars(right, labels, versus["words"], [colors[g] for g in labels],
          [f"{w:,} · {s:.0%}" if w else "" for w, s in zip(versus["words"], versus["share_of_words"])])
    for y, w in enumerate(versus["words"]):
        if not w:
            _value_label(right, 0, y, "never quoted", italic=True)
    _panel_title(left, "Named (times)")
    _panel_title(right, "Quoted (words)")
    for ax in (left, right):
        _quiet_x(ax)
    unheard = versus[(versus["words"] == 0) & (versus["mentions"] > 0)]
    if len(unheard):
        row = unheard.loc[unheard["mentions"].idxmax()]
        title = f"{display_name(row[level], start=True)} is named {row['mentions']:,} times and never quoted"
    else:
        row = versus.loc[versus["gap"].idxmin()]
        title = (f"{display_name(row[level], start=True)} gets {row['share_of_mentions']:.0%} of the mentions "
                 f"but {row['share_of_words']:.0%} of the quoted words")
    finding_title(fig, title)
    _make_room(fig)
    note(fig, tables, text="Named: the party's names, demonyms, capitals and people in the article body, "
         "outside its own statements. Quoted: words inside its statements.",
         n=f"{_plural(int(versus['mentions'].sum()), 'mention')}, "
           f"{_plural(int(versus['words'].sum()), 'quoted word')}")
    return _done(fig, versus)


PROMINENCE_COLUMNS = {"in_headline": "named in\nthe headline", "in_lead": "named in\nthe lead",
                      "quoted_in_lead": "quoted in\nthe lead", "first_voice": "speaks\nfirst"}


def prominence(tables) -> Chart:
    """Per group: in how many articles it is named in the headline, named in the lead
    paragraph, quoted in the lead, and speaks first; and the rank of its first statement.

    Data: one row per group with the article counts and shares (n = articles).
    """
    level = tables.level
    table = tables.prominence.copy()
    n_articles = len(tables.articles)
    if table.empty or not n_articles:
        return _empty(tables, "No party is named or quoted", "No headline, lead or statement found.")
    table["first_voice"] = table["first_voice_rank"] == 1
    groups = _ordered(table[level], tables.order)
    rows = []
    for group in groups:
        own = table[table[level] == group]
        row = {level: group, "articles": n_articles}
        for column in PROMINENCE_COLUMNS:
            row[column] = int(own[column].sum())
            row[f"{column}_share"] = row[column] / n_articles
        ranks = own["first_voice_rank"].dropna()
        row["median_first_voice_rank"] = float(ranks.median()) if len(ranks) else math.nan
        row["quoted_articles"] = len(ranks)
        rows.append(row)
    data = pd.DataFrame(rows)
    colors = group_colors(tables)

    fig, ax = new_figure(height=1.6 + 0.36 * len(groups), width=6.4)
    columns = list(PROMINENCE_COLUMNS)
    for x, column in enumerate(columns):
        for y, (group, share, count) in enumerate(zip(data[level], data[f"{column}_share"], data[column])):
            if count:
                ax.scatter(x, y, s=40 + 220 * share, color=colors[group], edgecolor=BAR_EDGE, linewidth=0.6,
                           zorder=3)
                if n_articles > 1:
                    ax.annotate(f"{count:,} of {n_articles:,}", (x, y), xytext=(11, 0), textcoords="offset points",
                                va="center", fontsize=LABEL_SIZE)
            else:
                ax.text(x, y, "–", ha="center", va="center", color=NOTE_COLOR, fontsize=10)
    rank_x = len(columns)
    for y, (rank, quoted) in enumerate(zip(data["median_first_voice_rank"], data["quoted_articles"])):
        text = "never quoted" if not quoted else _ordinal(rank) if n_articles == 1 else f"median {rank:g}"
        ax.text(rank_x, y, text, ha="center", va="center", fontsize=LABEL_SIZE,
                color=NOTE_COLOR if not quoted else TEXT_COLOR, fontstyle="italic" if not quoted else "normal")
    ax.set_xticks(range(len(columns) + 1), [*PROMINENCE_COLUMNS.values(), "order of its\nfirst statement"])
    ax.xaxis.tick_top()
    ax.tick_params(axis="both", length=0)
    ax.set_yticks(range(len(groups)), groups)
    ax.set_xlim(-0.5, len(columns) + 0.6)
    ax.set_ylim(len(groups) - 0.5, -0.6)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.grid(axis="y", color="#EEEEEE", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    finding_title(fig, _prominence_finding(data, level, n_articles, set(tables.parties.loc[tables.parties["statements"] > 0, level])))
    explain = ("A dot: yes; –: no." if n_articles == 1 else "Dot size: share of articles.")
    note(fig, tables, text=f"{explain} The lead is the first paragraph of the body; a party is named by its "
         "names, demonyms, capitals or people.", n=_plural(n_articles, "article"))
    return _done(fig, data)


def _ordinal(rank: float) -> str:
    rank = int(rank)
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def _prominence_finding(data: pd.DataFrame, level: str, n_articles: int, heard: set[str]) -> str:
    parts = []
    first = data.loc[data["first_voice"].idxmax()] if data["first_voice"].any() else None
    if first is not None:
        name = display_name(first[level], start=True)
        if n_articles == 1:
            parts.append(f"{name} speaks first" + (" and is named in the headline" if first["in_headline"] else ""))
        else:
            parts.append(f"{name} speaks first in {first['first_voice']:,} of {n_articles:,} articles")
    named = data[(data["in_headline"] + data["in_lead"] > 0) & ~data[level].isin(heard)]
    if len(named):
        row = named.loc[(named["in_headline"] * 2 + named["in_lead"]).idxmax()]
        where = "headline" if row["in_headline"] else "lead"
        parts.append(f"{display_name(row[level])} is named in the {where} but never quoted" if n_articles == 1 else
                     f"{display_name(row[level])} is named in {row['in_' + where]:,} {where}s but never quoted")
    if not parts:
        return "No party speaks in these articles"
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def statement_order(tables) -> Chart:
    """Where each group's statements stand in the article: 0% is the start of the body, 100% its end.

    Data: one row per content span with doc_id, statement, group, speaker, kind, start, end and
    the relative positions.
    """
    level = tables.level
    scored = _scored(tables)
    if scored.empty:
        return _empty(tables, "No attributed statements were found", "No statement to place.")
    starts = {d: a.body_start for d, a in tables.texts.items()}
    lengths = {d: max(len(a.text) - a.body_start, 1) for d, a in tables.texts.items()}
    data = scored[["doc_id", "statement", "group", "speaker", "kind", "start", "end"]].copy()
    data["position_start"] = [(s - starts[d]) / lengths[d] for d, s in zip(data["doc_id"], data["start"])]
    data["position_end"] = [(e - starts[d]) / lengths[d] for d, e in zip(data["doc_id"], data["end"])]
    data = data.rename(columns={"group": level})
    groups = _ordered(data[level], tables.order)
    colors = group_colors(tables)
    n_articles = data["doc_id"].nunique()
    alpha = 1.0 if n_articles == 1 else max(0.15, 1 / math.sqrt(n_articles))

    fig, ax = new_figure(height=1.5 + 0.4 * len(groups))
    for y, group in enumerate(groups):
        rows = data[data[level] == group]
        spans = [(s * 100, max((e - s) * 100, 0.4)) for s, e in zip(rows["position_start"], rows["position_end"])]
        ax.broken_barh(spans, (y - 0.3, 0.6), facecolors=colors[group], edgecolor=BAR_EDGE, linewidth=0.4,
                       alpha=alpha)
    ax.set_yticks(range(len(groups)), groups)
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks(range(0, 101, 20), [f"{x}%" for x in range(0, 101, 20)])
    ax.set_xlabel("position in the article (start of the body = 0%, end = 100%)")
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x")
    ax.set_axisbelow(True)
    first = (data.groupby(["doc_id", level])["position_start"].min().groupby(level).median()
             .reindex(groups).sort_values())
    finding_title(fig, _order_finding(first, n_articles))
    note(fig, tables, text="Each mark is the content of one statement, as long as it is.",
         n=f"{_plural(len(_utterances(scored)), 'statement')} in {_plural(n_articles, 'article')}")
    return _done(fig, data)


def _order_finding(first: pd.Series, n_articles: int) -> str:
    names = list(first.index)
    lead = display_name(names[0], start=True)
    if len(names) == 1:
        return f"Only {display_name(names[0])} is heard"
    later = [f"{display_name(g)} {first[g]:.0%}" for g in names[1:4]]
    if n_articles == 1:
        return (f"{lead} speaks first; {display_name(names[1])} is first heard {first[names[1]]:.0%} of the way "
                "into the article" + (f", {_join(later[1:])}" if len(later) > 1 else ""))
    return (f"{lead} is heard first: its first statement comes a median {first[names[0]]:.0%} into the article, "
            f"{_join(later)}")


# --- 03: tone --------------------------------------------------------------------------------

def _tone_summaries(tables) -> pd.DataFrame:
    level = tables.level
    of = tables.tone_of
    about = tone.summarize_tone(tables.tone_about, by=[level]) if len(tables.tone_about) else \
        pd.DataFrame(columns=of.columns)
    groups = _ordered([*of[level], *about[level]], tables.order)
    keep = ["n", "mean_compound", "ci_low", "ci_high", "share_positive", "share_neutral", "share_negative"]
    data = pd.DataFrame({level: groups})
    data = data.merge(of[[level, *keep]].add_prefix("of_").rename(columns={f"of_{level}": level}), on=level, how="left")
    data = data.merge(about[[level, *keep]].add_prefix("about_").rename(columns={f"about_{level}": level}),
                      on=level, how="left")
    for prefix in ("of_", "about_"):
        data[f"{prefix}n"] = data[f"{prefix}n"].fillna(0).astype(int)
    scored = _scored(tables)
    data["of_statement_ids"] = [statement_ids(_utterances(scored[scored["group"] == g])) for g in groups]
    about_rows = tables.tone_about
    data["about_articles"] = [int(about_rows.loc[about_rows[level] == g, "doc_id"].nunique()) for g in groups]
    return data


def tone_by_party(tables) -> Chart:
    """Tone (VADER compound, mean with a bootstrap 95% interval) of each group's own words and
    of the sentences about it outside its own statements. Higher = more positive.

    Data: one row per group: of_* (its statements) and about_* (sentences naming it): n, mean,
    interval and the shares positive/neutral/negative; statement numbers and articles.
    """
    level = tables.level
    data = _tone_summaries(tables)
    if data.empty:
        return _empty(tables, "No tone to measure", "No statement and no sentence about a party.")
    colors = group_colors(tables)
    groups = list(data[level])
    fig, (left, right) = new_figure(1, 2, sharey=True, height=1.6 + ROW_HEIGHT * len(groups))
    for ax, prefix, missing in ((left, "of_", "never quoted"), (right, "about_", "never named")):
        _intervals(ax, groups, data, prefix, colors, missing)
    _panel_title(left, "Its own words (statements)")
    _panel_title(right, "Sentences about it")
    finding_title(fig, _tone_finding(data, level))
    note(fig, tables, text="Dot: mean VADER compound per statement (left) or per sentence (right), -1 most "
         "negative to +1 most positive; line: bootstrap 95% interval; grey band: VADER's neutral zone "
         "(-0.05 to +0.05). Sentences about a party name it outside its own statements.",
         n=f"{_plural(int(data['of_n'].sum()), 'statement')}, "
           f"{_plural(int(data['about_n'].sum()), 'sentence')} about a party (a sentence naming two counts twice)")
    return _done(fig, data)


def _intervals(ax: Axes, groups: list[str], data: pd.DataFrame, prefix: str, colors: dict[str, str],
               missing: str) -> None:
    positions = _bar_rows(ax, groups)
    ax.axvspan(-0.05, 0.05, color="#EEEEEE", zorder=0, linewidth=0)
    ax.axvline(0, color="#999999", linewidth=0.6, zorder=1)
    for y, group in zip(positions, groups):
        row = data.loc[data[data.columns[0]] == group].iloc[0]
        if not row[f"{prefix}n"]:
            ax.text(0, y, missing, ha="center", va="center", fontsize=LABEL_SIZE, color=NOTE_COLOR,
                    fontstyle="italic", zorder=4)
            continue
        mean, low, high = row[f"{prefix}mean_compound"], row[f"{prefix}ci_low"], row[f"{prefix}ci_high"]
        ax.plot([low, high], [y, y], color=BAR_EDGE, linewidth=1.2, zorder=2, solid_capstyle="butt")
        ax.scatter([mean], [y], s=46, color=colors[group], edgecolor=BAR_EDGE, linewidth=0.7, zorder=3)
        text = f"{signed(mean)} (n = {row[f'{prefix}n']:,})"
        right = high < 0.45
        ax.annotate(text, (high if right else low, y), xytext=(5 if right else -5, 0), textcoords="offset points",
                    ha="left" if right else "right", va="center", fontsize=LABEL_SIZE - 0.5)
    ax.set_xlim(-1, 1)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["−1", "−0.5", "0", "+0.5", "+1"])
    ax.set_xlabel("tone (VADER compound)")


def _tone_finding(data: pd.DataFrame, level: str) -> str:
    enough = data[data["of_n"] >= MIN_N]
    if enough.empty:
        enough = data[data["of_n"] > 0]
    if enough.empty:
        return "No party is quoted: only the tone of sentences about the parties can be shown"
    if len(enough) == 1:
        row = enough.iloc[0]
        return (f"{possessive(row[level], start=True)} own words average {signed(row['of_mean_compound'])} "
                f"(95% interval {signed(row['of_ci_low'])} to {signed(row['of_ci_high'])})")
    high = enough.loc[enough["of_mean_compound"].idxmax()]
    low = enough.loc[enough["of_mean_compound"].idxmin()]
    title = (f"{possessive(high[level], start=True)} own words read more positive ({signed(high['of_mean_compound'])}) "
             f"than {possessive(low[level])} ({signed(low['of_mean_compound'])})")
    if high["of_ci_low"] <= low["of_ci_high"]:
        title += ", but their 95% intervals overlap"
    return title


def neutral_terms_effect(tables, terms: Sequence[str] | None = None) -> Chart:
    """How much each group's tone moves when VADER no longer scores the neutral terms (topic
    words such as "security", "united", "crisis"), for its own words and for sentences about it.

    Data: one row per group and measure ("own words", "sentences about it"): n, mean with the
    full lexicon, mean without the terms, the difference (without - with) and the neutral terms
    found, with counts.
    """
    level = tables.level
    terms = tone.load_neutral_terms() if terms is None else frozenset(t.lower() for t in terms)
    scored = _scored(tables)
    joined = (scored.groupby(["doc_id", "statement"], sort=False)
              .agg(group=("group", "first"), text=("text", " ".join)).reset_index())
    parts = []
    for measure, texts in (("own words", joined), ("sentences about it", tables.tone_about.rename(columns={level: "group"}))):
        if texts.empty:
            continue
        effect = tone.neutral_terms_effect(texts, terms, by=["group"])
        effect["found"] = [_count_terms(texts.loc[texts["group"] == g, "text"], terms) for g in effect["group"]]
        parts.append(effect.assign(measure=measure))
    if not parts:
        return _empty(tables, "No tone to measure", "No statement and no sentence about a party.")
    data = pd.concat(parts, ignore_index=True).rename(columns={"group": level})
    groups = _ordered(data[level], tables.order)
    data["_rank"] = data[level].map({g: i for i, g in enumerate(groups)})
    data = data.sort_values(["measure", "_rank"], ascending=[False, True]).drop(columns="_rank").reset_index(drop=True)
    data = data[[level, "measure", "n", "mean_compound", "mean_compound_without_terms", "difference", "found"]]
    colors = group_colors(tables)

    fig, axes = new_figure(1, 2, sharey=True, height=1.6 + ROW_HEIGHT * len(groups))
    for ax, measure, missing in zip(axes, ("own words", "sentences about it"), ("never quoted", "never named")):
        rows = data[data["measure"] == measure].set_index(level)
        positions = _bar_rows(ax, groups)
        ax.axvline(0, color="#999999", linewidth=0.6, zorder=1)
        for y, group in zip(positions, groups):
            if group not in rows.index:
                ax.text(0, y, missing, ha="center", va="center", fontsize=LABEL_SIZE, color=NOTE_COLOR,
                        fontstyle="italic")
                continue
            row = rows.loc[group]
            full, reduced = row["mean_compound"], row["mean_compound_without_terms"]
            ax.scatter([full], [y], s=40, facecolor="white", edgecolor=BAR_EDGE, linewidth=0.8, zorder=3)
            ax.plot([full, reduced], [y, y], color=BAR_EDGE, linewidth=1.2, zorder=2)
            ax.scatter([reduced], [y], s=40, color=colors[group], edgecolor=BAR_EDGE, linewidth=0.7, zorder=4)
            label = signed(row["difference"]) if abs(row["difference"]) >= 0.005 else "no change"
            right = max(full, reduced) < 0.45
            ax.annotate(f"{label} (n = {int(row['n']):,})", (max(full, reduced) if right else min(full, reduced), y),
                        xytext=(6 if right else -6, 0), textcoords="offset points", ha="left" if right else "right",
                        va="center", fontsize=LABEL_SIZE - 0.5)
        ax.set_xlim(-1, 1)
        ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["−1", "−0.5", "0", "+0.5", "+1"])
        ax.set_xlabel("mean tone (VADER compound)")
    _panel_title(axes[0], "Its own words (statements)")
    _panel_title(axes[1], "Sentences about it")
    finding_title(fig, _neutral_finding(data, level))
    note(fig, tables, text="Open dot: mean tone with VADER as shipped; filled dot: without the neutral "
         f"terms (analysis/lexicons/neutral_terms.txt: {len(terms)} words such as \"security\", \"united\" and "
         "\"crisis\" that name the topic rather than judge it). Label: the change.",
         n=f"{_plural(int(data.loc[data['measure'] == 'own words', 'n'].sum()), 'statement')}, "
           f"{_plural(int(data.loc[data['measure'] != 'own words', 'n'].sum()), 'sentence')} about a party")
    return _done(fig, data)


def _count_terms(texts: pd.Series, terms: frozenset[str]) -> str:
    found = [w for text in texts for w in (t.lower() for t in words(normalize_typography(text))) if w in terms]
    return _tally(found)


def _neutral_finding(data: pd.DataFrame, level: str) -> str:
    enough = data[data["n"] >= MIN_N]
    if enough.empty:
        enough = data
    row = enough.loc[enough["difference"].abs().idxmax()]
    if abs(row["difference"]) < 0.005:
        return "Taking the neutral terms out of VADER changes no party's tone"
    found = [t.split(" (")[0] for t in row["found"].split("; ") if t][:2]
    words_ = f" ({_join([repr(t).replace(chr(39), chr(34)) for t in found])})" if found else ""
    what = "own words" if row["measure"] == "own words" else "sentences about it"
    subject = (f"{possessive(row[level])} own words" if what == "own words"
               else f"sentences about {display_name(row[level])}")
    return (f"Not scoring topic words{words_} moves {subject} most: "
            f"{signed(row['mean_compound'])} becomes {signed(row['mean_compound_without_terms'])}")


# --- 04: readability -------------------------------------------------------------------------

def article_readability(tables, min_words: int = 100) -> dict:
    """Readability of the article bodies taken together (``readability.readability``)."""
    bodies = "\n".join(a.text[a.body_start:] for a in tables.texts.values())
    return readability.readability(bodies, min_words=min_words)


def readability_by_party(tables, min_words: int = 100) -> Chart:
    """Readability of each group's quoted words against the article body as a whole, one panel
    per measure (Flesch reading ease, Flesch–Kincaid grade, Gunning fog, Dale–Chall).

    ``min_words`` is the threshold the analysis used (``analyse(min_words=...)``); a group below
    it shows "too few words" and its word count. Data: tables.readability plus a row for the
    whole article.
    """
    return _readability_chart(tables, tables.readability.copy(), tables.level, min_words,
                              list(READABILITY_LABELS), ncols=2)


def readability_by_speaker(tables, min_words: int = 100, top: int = 15,
                           measures: Sequence[str] = ("flesch_reading_ease", "flesch_kincaid_grade")) -> Chart:
    """Readability of each speaker's words (the ``top`` by words) against the whole article, on
    ``measures`` (all four are in the data)."""
    table = tables.speakers.head(top).rename(columns={"statements": "n"})
    return _readability_chart(tables, table, "speaker", min_words, list(measures), ncols=len(measures))


def _readability_chart(tables, table: pd.DataFrame, label: str, min_words: int, measures: list[str],
                       ncols: int) -> Chart:
    whole = article_readability(tables, min_words)
    if table.empty:
        return _empty(tables, "No quoted words to score", "No statement found.")
    colors = group_colors(tables)
    if label == "speaker":
        groups = labelled(table, tables.level) if tables.level in table.columns else labelled(table, "party")
        bar_colors = [colors.get(g, UNMAPPED_COLOR) for g in groups] + ["white"]
        names = [_wrap_label(s, 28) for s in table["speaker"]]
    else:
        bar_colors = [colors[g] for g in table[label]] + ["white"]
        names = list(table[label])
    # Scores are missing where the analysis found too few words (analyse(min_words=...)).
    enough = list(table["flesch_reading_ease"].notna()) + [not math.isnan(whole["flesch_reading_ease"])]
    labels = [f"{n}\n{w:,} words" for n, w in zip(names, table["words"])] + [f"{WHOLE_ARTICLE}\n{whole['words']:,} words"]
    hollow = [False] * len(table) + [True]
    nrows = math.ceil(len(measures) / ncols)
    fig, axes = new_figure(nrows, ncols, sharey=True, squeeze=False,
                           height=1.4 + nrows * (0.5 + 0.36 * len(labels)))
    for ax, measure in zip(axes.flat, measures):
        values = [*table[measure], whole[measure]]
        values = [v if ok else math.nan for v, ok in zip(values, enough)]
        _bars(ax, labels, values, bar_colors, ["" if math.isnan(v) else f"{v:.0f}" for v in values], hollow=hollow)
        for y, ok in enumerate(enough):
            if not ok:
                first = ax is axes.flat[0]
                _value_label(ax, 0, y, "too few words" if first or nrows > 1 else "–", italic=True)
        _panel_title(ax, READABILITY_LABELS[measure])
        _quiet_x(ax)
    for ax in axes.flat[len(measures):]:
        ax.remove()
    _make_room(fig)
    data = table.copy()
    whole_row = {c: whole.get(c, math.nan) for c in ["words", "sentences", *READABILITY_LABELS, "note"]}
    whole_row[label] = WHOLE_ARTICLE
    data = pd.concat([data, pd.DataFrame([whole_row])], ignore_index=True)
    keep = [label, "party" if label == "speaker" else None, "n", "words", "sentences", *READABILITY_LABELS, "note"]
    data = data[[c for c in keep if c and c in data.columns]]
    finding_title(fig, _readability_finding(table, label, whole, min_words))
    who = "speaker" if label == "speaker" else tables.level
    note(fig, tables, text=f"Each {who}'s statements scored together (published formulas, textstat's "
         f"word lists), from {min_words} words on (fewer give unstable scores). White bar: the "
         "article body as a whole, narrator and quotes together.",
         n=f"{_plural(int(table['words'].sum()), 'quoted word')}; article body {whole['words']:,} words")
    return _done(fig, data)


def _readability_finding(table: pd.DataFrame, label: str, whole: dict, min_words: int) -> str:
    scored = table[table["flesch_reading_ease"].notna()]
    article = whole["flesch_reading_ease"]
    if scored.empty or math.isnan(article):
        title = f"Too few quoted words to score anyone's readability (at least {min_words} needed)"
        return title + ("" if math.isnan(article) else f"; the article scores {article:.0f} on Flesch reading ease")
    values = list(scored["flesch_reading_ease"])
    scores = _join([f"{v:.0f}" for v in values])
    if label == "speaker" and len(scored) == 1:
        row = scored.iloc[0]
        return (f"Only {row['speaker']} is quoted at enough length to score: Flesch reading ease "
                f"{row['flesch_reading_ease']:.0f}, the article {article:.0f} (higher = easier)")
    easier = [_easier_everywhere(row, whole) for _, row in scored.iterrows()]
    if all(e is True for e in easier):
        verdict = "read easier than the article on every measure"
    elif all(e is False for e in easier):
        verdict = "read harder than the article on every measure"
    else:
        verdict = "read neither clearly easier nor harder than the article"
    owners = _join([possessive(g) if label != "speaker" else f"{g}'s" for g in scored[label]])
    return f"{owners[:1].upper() + owners[1:]} quoted words {verdict} (Flesch reading ease {scores} against {article:.0f})"


def _easier_everywhere(row: pd.Series, whole: dict) -> bool | None:
    """True when ``row`` reads easier than ``whole`` on every measure, False when harder on every one."""
    easier = [row[m] > whole[m] if m == "flesch_reading_ease" else row[m] < whole[m] for m in READABILITY_LABELS]
    return True if all(easier) else False if not any(easier) else None


# --- 05: framing -----------------------------------------------------------------------------

def reporting_verbs(tables, min_statements: int = MIN_N) -> Chart:
    """The classes of reporting verb that introduce each group's statements, one panel per group,
    each bar labelled with the cues as written.

    Classes no statement uses are left out (the note names them). Data: tables.cue_classes for
    the groups that speak.
    """
    level = tables.level
    table = tables.cue_classes[tables.cue_classes["n"] > 0].copy()
    if table.empty:
        return _empty(tables, "No reporting verbs to classify", "No statement found.")
    used = [c for c in framing.CUE_CLASSES if table.loc[table["cue_class"] == c, "count"].sum() > 0]
    unused = [c for c in framing.CUE_CLASSES if c not in used]
    groups = _ordered(table[level], tables.order)
    colors = group_colors(tables)
    fig, axes = new_figure(len(groups), 1, sharex=True, height=1.4 + (0.25 * len(used) + 0.35) * len(groups))
    axes = np.atleast_1d(axes)
    top_share = float(table.loc[table["cue_class"].isin(used), "share"].max())
    for ax, group in zip(axes, groups):
        rows = table[table[level] == group].set_index("cue_class").loc[used]
        _bars(ax, used, rows["share"], [colors[group]] * len(used),
              [f"{s:.0%}" if n else "" for s, n in zip(rows["share"], rows["count"])])
        for y, n in enumerate(rows["count"]):
            if not n:
                _value_label(ax, 0, y, "0%", italic=True)
        # The cues as written, in a column of their own right of the bars.
        for y, (cues, n) in enumerate(zip(rows["cues"], rows["count"])):
            if n:
                ax.text(1.03, y, _short_cues(cues), transform=ax.get_yaxis_transform(), va="center", ha="left",
                        fontsize=LABEL_SIZE, color=TEXT_COLOR)
        _panel_title(ax, f"{display_name(group, start=True)} · {_plural(int(rows['n'].iloc[0]), 'statement')}")
        _quiet_x(ax)
    axes[0].set_xlim(0, top_share + 0.22)
    axes[0].text(1.03, 1.0, "cues as written (count if more than one)", transform=axes[0].transAxes, va="bottom",
                 ha="left", fontsize=LABEL_SIZE, color=NOTE_COLOR, fontstyle="italic")
    data = table[table["cue_class"].isin(used)].reset_index(drop=True)
    finding_title(fig, _verbs_finding(table, level, min_statements))
    note(fig, tables, text="Share of each party's statements introduced by each class of reporting verb "
         "(analysis/lexicons/reporting_verbs.csv): neutral \"said\", emphatic \"warned\", distancing "
         "\"claimed\"." + (f" Not used: {_join(unused)}." if unused else ""),
         n=_plural(int(table.drop_duplicates(level)["n"].sum()), "statement"))
    return _done(fig, data)


def _short_cues(cues: str, limit: int = 4) -> str:
    items = [c for c in cues.split("; ") if c]
    shown = [c.replace(" (1)", "") for c in items[:limit]]
    return ", ".join(shown) + (f", +{len(items) - limit} more" if len(items) > limit else "")


def _cue_words(cues: str, limit: int = 3) -> str:
    items = [c.split(" (")[0] for c in cues.split("; ") if c][:limit]
    return ", ".join(f'"{c}"' for c in items)


def _verbs_finding(table: pd.DataFrame, level: str, min_statements: int) -> str:
    enough = table[table["n"] >= min_statements]
    if enough.empty:
        enough = table
    share = enough.pivot_table(index=level, columns="cue_class", values="share", aggfunc="first")
    cues = enough.set_index([level, "cue_class"])["cues"]
    distant = share["distancing"].idxmax()
    emphatic = share["emphatic"].idxmax()
    if share.loc[distant, "distancing"] == 0 and share.loc[emphatic, "emphatic"] == 0:
        return "The reporter introduces every party's words with neutral verbs"
    if distant == emphatic or share.loc[distant, "distancing"] == 0:
        return (f"The reporter lends {possessive(emphatic)} words force: {_cue_words(cues[(emphatic, 'emphatic')])} "
                f"introduce {share.loc[emphatic, 'emphatic']:.0%} of its statements")
    return (f"The reporter distances {possessive(distant)} words ({_cue_words(cues[(distant, 'distancing')])}: "
            f"{share.loc[distant, 'distancing']:.0%}) and lends force to "
            f"{possessive(emphatic)} ({_cue_words(cues[(emphatic, 'emphatic')])}: {share.loc[emphatic, 'emphatic']:.0%})")


def narrator_stance(tables) -> pd.DataFrame:
    """Hedges and boosters in the narrator's voice (outside every statement and cue), all
    articles together: one row with words, hedges, boosters, rates per 1,000 words and terms."""
    rows = [framing.narrator_stance(a.text, tables.statements, a.body_start, doc_id=d)
            for d, a in tables.texts.items()]
    if not rows:
        return pd.DataFrame(columns=["words", "hedges", "boosters", "hedges_per_1000_words",
                                     "boosters_per_1000_words", "hedge_terms", "booster_terms"])
    table = pd.concat(rows, ignore_index=True)
    out = {"words": int(table["words"].sum()), "hedges": int(table["hedges"].sum()),
           "boosters": int(table["boosters"].sum())}
    per = 1000 / out["words"] if out["words"] else math.nan
    out["hedges_per_1000_words"] = out["hedges"] * per
    out["boosters_per_1000_words"] = out["boosters"] * per
    for column in ("hedge_terms", "booster_terms"):
        counts: dict[str, int] = {}
        for cell in table[column]:
            for item in filter(None, str(cell).split("; ")):
                term, count = item.rsplit(" (", 1)
                counts[term] = counts.get(term, 0) + int(count.rstrip(")"))
        out[column] = _tally(t for t, c in counts.items() for _ in range(c))
    return pd.DataFrame([out])


def hedges_boosters(tables, min_words: int = 100) -> Chart:
    """Hedges and boosters per 1,000 words in each group's quoted words and in the narrator's.

    Data: tables.hedges_boosters plus a "narrator" row (its n is the number of articles).
    """
    level = tables.level
    table = tables.hedges_boosters.copy()
    narrator = narrator_stance(tables).assign(**{level: NARRATOR, "n": len(tables.texts)})
    data = pd.concat([table, narrator[table.columns]], ignore_index=True)
    data = data[data["words"] > 0].reset_index(drop=True)
    if data.empty:
        return _empty(tables, "No words to look for hedges in", "No statement and no narration found.")
    colors = group_colors(tables)
    labels = [NARRATOR if g == NARRATOR else g for g in data[level]]
    display = ["narrator (the reporter)" if g == NARRATOR else g for g in labels]
    fig, (left, right) = new_figure(1, 2, sharey=True, height=1.5 + ROW_HEIGHT * len(labels))
    for ax, kind in ((left, "hedges"), (right, "boosters")):
        _bars(ax, display, data[f"{kind}_per_1000_words"], [colors[g] for g in labels],
              [f"{r:.1f} ({c:,} in {w:,} words)" for r, c, w in zip(data[f"{kind}_per_1000_words"], data[kind], data["words"])])
        _quiet_x(ax)
    _panel_title(left, "Hedges per 1,000 words")
    _panel_title(right, "Boosters per 1,000 words")
    _make_room(fig)
    finding_title(fig, _stance_finding(data, level, min_words))
    note(fig, tables, text="Hedges (\"may\", \"likely\") commit less, boosters (\"clearly\", \"must\") commit "
         "more (analysis/lexicons/hedges_boosters.csv). Narrator: the body outside every statement and "
         "reporting verb.",
         n=f"{_plural(int(data['words'].sum()), 'word')}: "
           f"{_plural(int(table['words'].sum()), 'quoted word')}, {int(narrator['words'].iloc[0]):,} the narrator's")
    return _done(fig, data)


def _stance_finding(data: pd.DataFrame, level: str, min_words: int) -> str:
    narrator = data[data[level] == NARRATOR]
    sources = data[(data[level] != NARRATOR) & (data["words"] >= min_words)]
    if narrator.empty or sources.empty:
        row = data.loc[data["hedges_per_1000_words"].idxmax()]
        return (f"{possessive(row[level], start=True)} words hedge most: "
                f"{row['hedges_per_1000_words']:.0f} hedges per 1,000 words")
    rate = float(narrator["hedges_per_1000_words"].iloc[0])
    others = _join([f"{r:.0f} for {display_name(g)}" for g, r in zip(sources[level], sources["hedges_per_1000_words"])])
    if (sources["hedges_per_1000_words"] > rate).all():
        verdict = "hedges less than its sources"
    elif (sources["hedges_per_1000_words"] < rate).all():
        verdict = "hedges more than its sources"
    else:
        verdict = "hedges about as much as its sources"
    title = f"The narrator {verdict} ({rate:.0f} per 1,000 words against {others})"
    if int(narrator["boosters"].iloc[0]) == 0:
        title += " and never boosts"
    return title


def frames(tables) -> Chart:
    """Generic frames (Semetko & Valkenburg 2000, by dictionary) per 1,000 words in each group's
    quoted words and in the article bodies as a whole, one panel per frame.

    Data: tables.frames for the groups that speak plus "whole article" rows: hits, words, rate,
    statements with a hit, and the terms found.
    """
    level = tables.level
    table = tables.frames[tables.frames["n"] > 0].copy()
    bodies = pd.DataFrame({"doc_id": list(tables.texts), "text": [a.text for a in tables.texts.values()],
                           "body_start": [a.body_start for a in tables.texts.values()]})
    article = framing.frames_by_article(bodies) if len(bodies) else pd.DataFrame(columns=table.columns)
    whole = (article.groupby("frame", sort=False)
             .agg(n=("n", "sum"), words=("words", "sum"), hits=("hits", "sum"), present=("present", "sum"),
                  terms=("terms", lambda s: "; ".join(t for t in s if t)))
             .reset_index())
    whole["per_1000_words"] = whole["hits"] * 1000 / whole["words"].where(whole["words"] > 0)
    whole["present_share"] = whole["present"] / whole["n"]
    whole[level] = WHOLE_ARTICLE
    data = pd.concat([table, whole[table.columns]], ignore_index=True)
    if data.empty:
        return _empty(tables, "No frames to measure", "No article text found.")
    groups = [*_ordered(table[level], tables.order), WHOLE_ARTICLE]
    colors = group_colors(tables)
    frame_names = list(framing.FRAMES)
    fig, axes = new_figure(1, len(frame_names), sharey=True, sharex=True,
                           height=1.9 + ROW_HEIGHT * len(groups))
    fig.get_layout_engine().set(wspace=0.2)  # room between the panels' titles
    for ax, frame in zip(axes, frame_names):
        rows = data[data["frame"] == frame].set_index(level).reindex(groups)
        _bars(ax, groups, rows["per_1000_words"], [colors.get(g, "#FFFFFF") for g in groups],
              [f"{r:.0f} ({int(h)})" if not np.isnan(r) else "" for r, h in zip(rows["per_1000_words"], rows["hits"])],
              hollow=[g == WHOLE_ARTICLE for g in groups])
        _panel_title(ax, frame.replace("_", "\n"))
        ax.title.set_fontsize(LABEL_SIZE)
        _quiet_x(ax)
    _make_room(fig)
    finding_title(fig, _frames_finding(data, level, groups))
    note(fig, tables, text="Indicator words per 1,000 words (in brackets: how many), from "
         "analysis/lexicons/generic_frames.csv: a dictionary stand-in for a coder's judgement. "
         "White bar: the whole article body, narrator and quotes together.",
         n=f"{_plural(int(table.drop_duplicates(level)['words'].sum()), 'quoted word')}, "
           f"article bodies {int(whole['words'].iloc[0]) if len(whole) else 0:,} words")
    return _done(fig, data)


def _frames_finding(data: pd.DataFrame, level: str, groups: list[str]) -> str:
    parts = []
    for group in groups:
        rows = data[data[level] == group]
        if rows.empty or not rows["hits"].sum():
            continue
        best = rows["per_1000_words"].max()
        top = [f.replace("_", " ") for f in rows.loc[np.isclose(rows["per_1000_words"], best), "frame"]]
        who = "the article as a whole" if group == WHOLE_ARTICLE else f"{possessive(group)} words"
        parts.append((who, _join(top)))
    if not parts:
        return "No frame's indicator words were found"
    article = [frame for who, frame in parts if who == "the article as a whole"]
    sources = [(who.removesuffix(" words"), frame) for who, frame in parts if who != "the article as a whole"]
    clauses = [f"{who} on {frame}" for who, frame in sources]
    if sources:
        clauses[0] = f"{sources[0][0]} words on {sources[0][1]}"
    text = ", ".join(clauses)
    if article:
        return f"The article leans most on {article[0]}" + (f"; {text}" if text else "")
    text = f"{sources[0][0]} words lean most on {sources[0][1]}" + "".join(f", {c}" for c in clauses[1:])
    return text[:1].upper() + text[1:]
