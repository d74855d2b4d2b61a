"""The statements table: frames as rows with their kind, speaker and party."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..quotes import Quote
from ..text import unwrapped
from .tokens import _overlapping
from .frames import Frame
from .article import find_frames, _kind


COLUMNS = ["doc_id", "statement", "kind", "text", "start", "end", "cue", "cue_start", "cue_end",
           "speaker_mention", "speaker_start", "speaker_end", "speaker", "party", "bloc",
           "speaker_type", "sentence", "paragraph"]
INTEGER_COLUMNS = {"statement", "start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end",
                   "sentence", "paragraph"}


def _direct_spans(text: str, spans: list[tuple[int, int]], quotes: list[Quote],
                  quote_starts: list[int]) -> list[tuple[int, int]]:
    """Narrow a direct statement to the inside of its quotation marks, edge commas trimmed."""
    inner = []
    for s, e in spans:
        for q in _overlapping(quotes, quote_starts, s, e):
            a, b = max(s, q.inner_start), min(e, q.inner_end)
            while b > a and text[b - 1] in ", ":
                b -= 1
            if b > a:
                inner.append((a, b))
    return inner or spans


def find_statements(text: str, doc_id: str = "", body_start: int = 0, actors=None) -> pd.DataFrame:
    """The statements table of one article (see the module docstring for its columns).

    ``actors`` is an :class:`analysis.actors.Actors` registry (the project's own by default)
    used to resolve each speaker and the party they stand for.
    """
    return statements_frame(statement_records(text, doc_id, body_start, actors))


def statement_records(text: str, doc_id: str = "", body_start: int = 0, actors=None) -> list[dict]:
    """The rows of :func:`find_statements` as dicts keyed by ``COLUMNS``, in reading order.

    A corpus gathers these and builds one table at the end (:func:`statements_frame`), which
    costs far less than a table per article.
    """
    from ..speakers import resolve_speakers

    original, text = text, unwrapped(text)  # a wrapped paragraph's line breaks read as spaces
    frames, quotes, sents = find_frames(text, body_start)
    quote_starts = [q.start for q in quotes]
    number = 0
    rows = []
    for f in frames:
        if f.continues is not None and f.continues.statement and _adjacent(f, f.continues):
            f.statement = f.continues.statement
        else:
            number += 1
            f.statement = number
        kind = _kind(text, f.content, quotes, quote_starts)
        spans = _direct_spans(text, f.content, quotes, quote_starts) if kind == "direct" else f.content
        for s, e in spans:
            rows.append({
                "doc_id": doc_id, "statement": f.statement, "kind": kind, "text": text[s:e],
                # a quotation signed on its last line has no cue word: -1, as the table marks a missing span
                "start": s, "end": e, "cue": f.cue, "cue_start": f.cue_start if f.cue else -1,
                "cue_end": f.cue_end if f.cue else -1,
                "speaker_mention": text[f.mention[0]:f.mention[1]],
                "speaker_start": f.mention[0], "speaker_end": f.mention[1],
                "sentence": f.sentence, "paragraph": f.paragraph,
            })
    resolve_speakers(rows, text, body_start, actors, sents)
    if text is not original:  # the records quote the file as read, line breaks included
        for row in rows:
            row["text"] = original[row["start"]:row["end"]]
            row["speaker_mention"] = original[row["speaker_start"]:row["speaker_end"]]
    return rows


def statements_frame(records: list[dict], columns: list[str] = COLUMNS) -> pd.DataFrame:
    """Statement records as a table with ``columns``."""
    if not records:
        return pd.DataFrame(columns=columns)
    # Column by column, the offsets and numbers as integer arrays: pandas need not infer them.
    return pd.DataFrame({column: np.array([row[column] for row in records], dtype=np.int64)
                         if column in INTEGER_COLUMNS else [row[column] for row in records]
                         for column in columns})


def _adjacent(f: Frame, host: Frame) -> bool:
    return f.paragraph - host.paragraph <= 1
