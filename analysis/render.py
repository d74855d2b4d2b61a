"""An article as a standalone HTML page with every attributed statement marked in its party's colour.

A chart of who speaks is only as credible as the statements behind it, and a reader checks
those best in the article itself. The page shows the article with each statement's content on a
light tint of its party's colour (the colours of ``analysis.figures``), the speaker mention
underlined and the cue in bold; hovering a statement shows its speaker, party, kind and cue,
and a table beneath lists every statement with its character span. The page is one file with
inline CSS and no scripts or external assets, so it opens anywhere, can be mailed or archived,
and is the same bytes for the same input.
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import figures

REQUIRED = ["kind", "text", "start", "end"]
# Optional columns and what a missing one means.
OPTIONAL = {"doc_id": "", "cue": "", "cue_start": -1, "cue_end": -1, "speaker_mention": "",
            "speaker_start": -1, "speaker_end": -1, "speaker": "", "party": ""}
SPAN_COLUMNS = ["start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end"]
TABLE_COLUMNS = ["kind", "speaker", "party", "cue", "text", "start", "end"]
TINT = 0.35  # share of the party colour in a highlight; the rest is white, so text stays legible

CSS = """\
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; margin: 2em auto; max-width: 48em; padding: 0 1em; }
h1 { font-family: Georgia, "DejaVu Serif", serif; font-size: 1.6em; line-height: 1.25; }
.meta, .key, .furniture-label { color: #555; font-size: 0.85em; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.4em; font-size: 0.9em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em; vertical-align: -0.1em; border: 2px solid; }
.article, .furniture { font-family: Georgia, "DejaVu Serif", serif; white-space: pre-wrap; line-height: 1.65; }
.furniture { color: #777; border-left: 3px solid #ddd; padding-left: 0.8em; margin-bottom: 1.5em; }
mark { color: inherit; padding: 0.1em 0; border-radius: 2px; }
u { text-decoration-thickness: 2px; text-underline-offset: 2px; }
table { border-collapse: collapse; font-size: 0.85em; margin-top: 1em; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
"""


def render_article_html(article_text: str, statements: pd.DataFrame, headline: str = "",
                        party_colors: dict[str, str] | None = None, body_start: int = 0) -> str:
    """The article as an HTML page with its statements highlighted, and a table of them beneath.

    ``statements`` has the columns of the statements table (``kind, text, start, end`` are
    required; ``cue, cue_start, cue_end, speaker_mention, speaker_start, speaker_end, speaker,
    party, doc_id`` are optional). Offsets index ``article_text``; -1 marks a missing cue or
    mention; party "" means unmapped. Content spans of different statements must not overlap;
    a cue or mention may lie inside another statement's content. ``party_colors`` maps each
    party to a hex colour (default: ``analysis.figures.party_colors``). Text before
    ``body_start`` (page furniture such as a repeated headline) is shown apart, greyed.
    Raises ValueError when a span is out of range, does not match its text, or content spans
    overlap.
    """
    if not isinstance(article_text, str):
        raise TypeError(f"article_text must be a string, got {type(article_text).__name__}")
    if not 0 <= body_start <= len(article_text):
        raise ValueError(f"body_start {body_start} lies outside the article (0..{len(article_text)})")
    rows = _prepare(statements, article_text)
    doc_ids = sorted({r["doc_id"] for r in rows if r["doc_id"]})
    if len(doc_ids) > 1:
        raise ValueError(f"statements of {len(doc_ids)} articles ({', '.join(doc_ids[:3])}...): "
                         "select the rows of one article")
    for r in rows:
        if r["start"] < body_start < r["end"]:
            raise ValueError(f"statement {r['number']} ({r['start']}-{r['end']}) straddles the start of "
                             f"the body at {body_start}")

    parties = figures.order_parties(r["party"] for r in rows)
    colors = _colors(parties, party_colors)
    css_class = {party: f"p{i}" for i, party in enumerate(parties)}
    for r in rows:
        r["class"] = css_class[r["party"]]

    title = headline.strip() or (doc_ids[0] if doc_ids else "Article")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(title)}</title>",
        "<style>",
        CSS + "".join(_party_css(css_class[p], colors[p]) for p in parties),
        "</style>",
        "</head>",
        "<body>",
    ]
    if headline.strip():
        parts.append(f"<h1>{_esc(headline.strip())}</h1>")
    n = len(_utterances(rows))
    meta = [f"{n} statement{'s' if n != 1 else ''}"]
    if doc_ids:
        meta.insert(0, doc_ids[0])
    unmapped = len(_utterances(r for r in rows if not r["party"]))
    if unmapped:
        meta.append(f"{unmapped} without a party")
    parts.append(f'<p class="meta">{_esc(" · ".join(meta))}</p>')
    parts.append(_legend(parties, colors, css_class, rows))
    parts.append('<p class="key">Highlight: what was said. <u>Underlined</u>: who said it, as the '
                 "article names them. <b>Bold</b>: the reporting expression. Hover over a statement "
                 "for its speaker, party, kind and cue.</p>")
    if body_start > 0:
        parts.append('<p class="furniture-label">Before the body (page furniture, not analysed):</p>')
        parts.append(f'<div class="furniture">{_markup(article_text, 0, body_start, rows)}</div>')
    parts.append(f'<div class="article">{_markup(article_text, body_start, len(article_text), rows)}</div>')
    parts.append(_table(rows, "statement" in getattr(statements, "columns", [])))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def save_article_html(path: str | Path, article_text: str, statements: pd.DataFrame, **kwargs) -> Path:
    """Write ``render_article_html(article_text, statements, **kwargs)`` to ``path`` (UTF-8); returns the path.

    Refuses to write into data/, which holds inputs only.
    """
    path = Path(path)
    figures.refuse_data_dir(path)
    page = render_article_html(article_text, statements, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8", newline="\n")
    return path


def _prepare(statements: pd.DataFrame, text: str) -> list[dict]:
    """Rows as dicts in reading order, with every span checked against the article."""
    if not isinstance(statements, pd.DataFrame):
        raise TypeError(f"statements must be a DataFrame, got {type(statements).__name__}")
    if statements.empty and not len(statements.columns):
        return []
    missing = [c for c in REQUIRED if c not in statements.columns]
    if missing:
        raise ValueError(f"statements lack the columns {missing}")
    table = statements.copy()
    for column, default in OPTIONAL.items():
        if column not in table.columns:
            table[column] = default
    for column in SPAN_COLUMNS:
        values = pd.to_numeric(table[column], errors="coerce")
        if values.isna().any() and column in ("start", "end"):
            raise ValueError(f"statements have a missing or non-numeric {column!r}")
        table[column] = values.fillna(-1).astype(int)
    for column in ["doc_id", "kind", "text", "cue", "speaker_mention", "speaker", "party"]:
        table[column] = table[column].map(lambda v: "" if pd.isna(v) else str(v))
    if "statement" not in table.columns:
        table["statement"] = ""
    table["statement"] = table["statement"].map(lambda v: "" if pd.isna(v) else str(v))
    # Reading order, whatever order the rows come in: the page is the same for the same statements.
    table = table.sort_values(["start", "end", "cue_start", "speaker_start", "text"], kind="stable")

    rows = []
    for number, (index, row) in enumerate(table.iterrows(), start=1):
        r = {c: row[c] for c in [*REQUIRED, *OPTIONAL, "statement"]}
        r["number"] = number
        where = f"statement {number} (row {index})"
        if not 0 <= r["start"] < r["end"] <= len(text):
            raise ValueError(f"{where}: content span {r['start']}-{r['end']} is empty or outside the "
                             f"article (0..{len(text)})")
        if text[r["start"]:r["end"]] != r["text"]:
            raise ValueError(f"{where}: text {r['text'][:40]!r} is not article_text[{r['start']}:{r['end']}] "
                             f"= {text[r['start']:r['end']][:40]!r}; are the offsets from another text?")
        for span in ("cue", "speaker"):
            start, end = r[f"{span}_start"], r[f"{span}_end"]
            if start == -1 and end == -1:
                continue
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{where}: {span} span {start}-{end} is outside the article (0..{len(text)}); "
                                 "use -1 for both offsets when it is missing")
        rows.append(r)
    for a, b in zip(rows, rows[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"statements {a['number']} ({a['start']}-{a['end']}) and {b['number']} "
                             f"({b['start']}-{b['end']}) overlap: content spans must not")
    return rows


def _colors(parties: list[str], given: dict[str, str] | None) -> dict[str, str]:
    if given is None:
        return figures.party_colors(parties)
    missing = [p or "unmapped" for p in parties if p not in given]
    if missing:
        raise ValueError(f"party_colors has no colour for {missing}")
    return {p: given[p] for p in parties}


def _markup(text: str, lo: int, hi: int, rows: list[dict]) -> str:
    """HTML of text[lo:hi]: content in <mark>, cues in <b>, speaker mentions in <u>.

    The text is cut at every span boundary; each piece is wrapped in the cue and mention
    elements that cover it, and content marks open and close around whole pieces, so the
    elements nest properly however the spans interleave.
    """
    contents = [r for r in rows if lo <= r["start"] and r["end"] <= hi]
    cues = _spans(rows, "cue", lo, hi)
    speakers = _spans(rows, "speaker", lo, hi)
    points = {lo, hi}
    for r in contents:
        points.update((r["start"], r["end"]))
    for start, end, _ in cues + speakers:
        points.update((start, end))
    points = sorted(points)

    out, open_row, content = [], None, iter(contents)
    upcoming = next(content, None)
    for a, b in zip(points, points[1:]):
        if open_row is not None and a >= open_row["end"]:
            out.append("</mark>")
            open_row = None
        if upcoming is not None and a == upcoming["start"]:
            open_row, upcoming = upcoming, next(content, None)
            out.append(f'<mark id="s{open_row["number"]}" class="{open_row["class"]}" '
                       f'title="{_esc(_describe(open_row))}">')
        piece = _esc(text[a:b])
        covering = [r for start, end, r in speakers if start <= a and b <= end]
        if covering:
            piece = (f'<u class="{covering[0]["class"]}" title="{_esc(_describe_all(covering))}">'
                     f"{piece}</u>")
        covering = [r for start, end, r in cues if start <= a and b <= end]
        if covering:
            piece = f'<b title="{_esc(_describe_all(covering))}">{piece}</b>'
        out.append(piece)
    if open_row is not None:
        out.append("</mark>")
    return "".join(out)


def _spans(rows: list[dict], span: str, lo: int, hi: int) -> list[tuple[int, int, dict]]:
    # A cue or mention is cut to the region it is shown in (the body or the text before it).
    spans = []
    for r in rows:
        start, end = max(r[f"{span}_start"], lo), min(r[f"{span}_end"], hi)
        if r[f"{span}_start"] >= 0 and start < end:
            spans.append((start, end, r))
    return spans


def _describe(r: dict) -> str:
    speaker = r["speaker"] or r["speaker_mention"] or "unknown"
    if r["speaker_mention"] and r["speaker_mention"] != speaker:
        speaker += f" (as \u201c{r['speaker_mention']}\u201d)"
    return "\n".join([
        f"#{r['number']}",
        f"speaker: {speaker}",
        f"party: {r['party'] or 'unmapped'}",
        f"kind: {r['kind']}",
        f"cue: {r['cue'] or 'none'}",
    ])


def _describe_all(rows: list[dict]) -> str:
    # One cue can serve several statements ("said X and Y"): show each once.
    return "\n\n".join(dict.fromkeys(_describe(r) for r in rows))


def _utterances(rows) -> set:
    """Statements, not spans: the rows of one split quote count once."""
    return {r.get("statement", i) for i, r in enumerate(rows)}


def _legend(parties: list[str], colors: dict[str, str], css_class: dict[str, str], rows: list[dict]) -> str:
    items = []
    for party in parties:
        n = len(_utterances(r for r in rows if r["party"] == party))
        items.append(f'<li><span class="swatch {css_class[party]}"></span>{_esc(party or "unmapped")} '
                     f"({n})</li>")
    return f'<ul class="legend">{"".join(items)}</ul>' if items else ""


def _table(rows: list[dict], with_statement: bool) -> str:
    if not rows:
        return '<p class="meta">No statements.</p>'
    columns = (["statement"] if with_statement else []) + TABLE_COLUMNS
    head = "".join(f"<th>{c}</th>" for c in ["#", *columns])
    body = []
    for r in rows:
        cells = [f'<td class="num"><a href="#s{r["number"]}">{r["number"]}</a></td>']
        for c in columns:
            value = r[c] if c != "party" else (r["party"] or "unmapped")
            if c == "party":
                cells.append(f'<td><span class="swatch {r["class"]}"></span>{_esc(value)}</td>')
            else:
                cells.append(f'<td class="num">{value}</td>' if c in ("start", "end") else f"<td>{_esc(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def _party_css(css_class: str, color: str) -> str:
    tint = _tint(color)
    return (f"mark.{css_class} {{ background: {tint}; }}\n"
            f"u.{css_class} {{ text-decoration-color: {color}; }}\n"
            f".swatch.{css_class} {{ background: {tint}; border-color: {color}; }}\n")


def _tint(color: str) -> str:
    color = color.lstrip("#")
    if len(color) != 6:
        raise ValueError(f"party colours must be hex like '#D55E00', got {color!r}")
    rgb = [int(color[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - TINT * (255 - v)):02X}" for v in rgb)


def _esc(value) -> str:
    return html.escape(str(value), quote=True)
