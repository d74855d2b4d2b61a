"""Reader for the PolNeAR attribution corpus: articles and their gold attributions as character spans.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) stores each split as ``text/NAME.txt`` beside
``attributions/NAME_ANNOTATOR.ann`` in BRAT standoff format: ``T`` lines give typed spans
(``Source``, ``Cue``, ``Content``; a span may be discontinuous, ``start end;start end``) and
``E`` lines link them into one attribution (``Attribution:T4 Content:T3 Cue:T2 Source:T1``, with
``Content2`` for a second content part). This module turns that into plain :class:`Attribution`
records so that the evaluation script and its tests read the corpus the same way. It never
decides what counts as a match: that is the evaluation's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

Span = tuple[int, int]

# The roles an ``E`` line can give; "Content2" and the like are further parts of the same role.
ROLES = ("content", "source", "cue")

_T_LINE = re.compile(r"^(T\d+)\t\S+ (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_T_ID = re.compile(r"^T\d+\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
# Annotator ids are the last underscore-separated part of an annotation file's name.
_ANN_NAME = re.compile(r"^(?P<doc>.+)_(?P<annotator>[^_]+)\.ann$")


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: sorted character spans of its content, source and cue (each may be empty)."""

    id: str
    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Article:
    """An article's text, the annotator whose annotation was read, and its attributions."""

    doc_id: str
    text: str
    annotator: str
    attributions: tuple[Attribution, ...]


def parse_spans(field: str) -> tuple[Span, ...]:
    """``"3 10;12 20"`` -> ``((3, 10), (12, 20))``; an empty or reversed span is an error."""
    spans = []
    for part in field.split(";"):
        bounds = part.split()
        if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
            raise ValueError(f"not a span 'start end': {part!r} in {field!r}")
        start, end = int(bounds[0]), int(bounds[1])
        if end <= start:
            raise ValueError(f"empty or reversed span {start}..{end} in {field!r}")
        spans.append((start, end))
    return tuple(sorted(spans))


def parse_ann(ann: str, name: str = "<annotation>") -> list[Attribution]:
    """Attributions of one BRAT standoff annotation, in the order of their ``E`` lines.

    Lines other than ``T`` and ``E`` (annotator notes, the continuation lines of a span text
    that itself contains a line break) are skipped. ``name`` only labels error messages.
    """
    spans_of: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        if _T_ID.match(line):
            m = _T_LINE.match(line)
            if not m:
                raise ValueError(f"{name}:{number}: cannot read the span line {line[:80]!r}")
            try:
                spans_of[m.group(1)] = parse_spans(m.group(2))
            except ValueError as err:
                raise ValueError(f"{name}:{number}: {err}") from None
        elif m := _E_LINE.match(line):
            events.append((number, m.group(1), m.group(2)))

    attributions = []
    for number, event_id, args in events:
        parts: dict[str, list[Span]] = {role: [] for role in ROLES}
        for arg in args.split():
            role, _, target = arg.partition(":")
            if target not in spans_of:
                raise ValueError(f"{name}:{number}: {event_id} points to {target!r}, which has no span line")
            role = role.rstrip("0123456789").lower()
            if role in parts:
                parts[role].extend(spans_of[target])
        attributions.append(Attribution(event_id, *(tuple(sorted(parts[r])) for r in ROLES)))
    return attributions


def annotation_files(split_dir: str | Path) -> dict[str, list[Path]]:
    """Annotation files of a split by article name, each list sorted by annotator id."""
    found: dict[str, list[Path]] = {}
    for path in sorted(Path(split_dir, "attributions").glob("*.ann")):
        m = _ANN_NAME.match(path.name)
        if not m:
            raise ValueError(f"{path}: expected a name like ARTICLE_ANNOTATOR.ann")
        found.setdefault(m.group("doc"), []).append(path)
    return found


def read_split(split_dir: str | Path, limit: int | None = None) -> Iterator[Article]:
    """Articles of a split folder (``text/`` and ``attributions/``) in sorted name order.

    A few articles were annotated by several annotators (to measure agreement); the first
    annotator in sorted order of id is read, so the choice is fixed and blind to content.
    """
    split_dir = Path(split_dir)
    for sub in ("text", "attributions"):
        if not (split_dir / sub).is_dir():
            raise FileNotFoundError(f"{split_dir} has no {sub}/ folder: expected a PolNeAR split (text/, attributions/)")
    annotations = annotation_files(split_dir)
    texts = sorted((split_dir / "text").glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"{split_dir / 'text'} holds no .txt files")
    for path in texts[:limit]:
        doc_id = path.stem
        if doc_id not in annotations:
            raise FileNotFoundError(f"{path} has no annotation {doc_id}_ANNOTATOR.ann in {split_dir / 'attributions'}")
        ann_path = annotations[doc_id][0]
        text = _read_exact(path)
        attributions = parse_ann(_read_exact(ann_path), str(ann_path))
        for attribution in attributions:
            for role in ROLES:
                for start, end in getattr(attribution, role):
                    if end > len(text):
                        raise ValueError(f"{ann_path}: {attribution.id} {role} span {start}..{end} "
                                         f"runs past the end of the text ({len(text)} characters)")
        annotator = _ANN_NAME.match(ann_path.name).group("annotator")
        yield Article(doc_id, text, annotator, tuple(attributions))


def _read_exact(path: Path) -> str:
    # Offsets count characters of the file as stored, so line endings must not be translated.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()
