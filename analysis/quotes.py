"""Quotation marks: which characters open and close a quotation, and which are apostrophes.

News text mixes curly and straight marks, uses the same character (’) as closing single quote
and apostrophe (``parties’ interests``, ``don’t``), opens a quotation again at each paragraph
of a long quote without closing the previous one, and sometimes forgets a mark. This module
turns that into a list of :class:`Quote` spans that never overlap and never cross a
paragraph, so one missing mark cannot swallow the rest of an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import NICKNAME, paragraphs

DOUBLE_OPEN = "\u201c\u201e\u00ab"
# Two apostrophes stand for a double mark in some archives (''like this''), `` for an opening one.
STRAIGHT_MARKS = {'"', "''"}
_DOUBLE_OPENINGS = (*DOUBLE_OPEN, '"', "''", "``")
# A double mark: one of these characters, or two backticks or apostrophes. The pattern takes the
# first character before deciding, so that the regex engine skips to the next candidate.
_DOUBLE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb`']"
                          "(?:(?<=`)`|(?<=')'|(?<=[\"\u201c\u201d\u201e\u00ab\u00bb]))")

# Invisible marks of writing direction that pasted text leaves before a quotation.
_DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"

# A single quote only counts when it encloses at most this many characters: longer runs
# between an opening mark and an apostrophe are almost always a missed apostrophe.
MAX_SINGLE_QUOTE = 300


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_start``/``inner_end`` do not.

    ``continued`` is true when the quotation goes on in the next paragraph (news style opens
    it again there without closing it here); ``closed`` is false for a quotation whose closing
    mark is missing.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    continued: bool = False
    closed: bool = True

    def words(self, text: str) -> int:
        return len(text[self.inner_start:self.inner_end].split())

    def is_double(self, text: str) -> bool:
        """Whether the quotation opens with a double mark (“, ", '' or ``), not a single one."""
        return text.startswith(_DOUBLE_OPENINGS, self.start)


def _is_opening_straight(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the straight mark at ``text[i:j]`` opens a quotation (by the characters around it)."""
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    if before.isspace() or before in "([{\u2014-/" or before in _DIRECTION_MARKS:
        return not after.isspace()
    return before == ":" and after.isalnum()  # 'Rep. Trey Gowdy:"I have not heard …'


def _opens_with_closing_mark(text: str, i: int, start: int, end: int) -> bool:
    """Whether a ” at ``text[i]`` opens a quotation: at the start of the paragraph, or after a space
    and before a word ("Doing so ”appeared to be …")."""
    if i == start:
        return True
    return (text[i - 1].isspace() or text[i - 1] in _DIRECTION_MARKS) and i + 1 < end and text[i + 1].isalnum()


def _is_misplaced_closing(text: str, i: int, j: int, hi: int) -> bool:
    """Whether an opening mark at ``text[i:j]`` closes the open quotation instead: it follows a
    word or punctuation and precedes a space or the end of the paragraph."""
    return not text[i - 1].isspace() and (j >= hi or text[j].isspace())


def double_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Double-quoted spans within one paragraph ``text[start:end]``."""
    quotes = []
    open_at = None
    nested_end = start  # a curly pair nested in a straight quotation is read with it
    for m in _DOUBLE_MARK.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if i < nested_end:
            continue
        straight = mark in STRAIGHT_MARKS
        if open_at is not None and mark == "\u201c" and text[open_at] == '"' and i > open_at + 1 \
                and (close := text.find("\u201d", m.end(), end)) >= 0 \
                and ('"' in text[close:end] or text[end:end + 8].lstrip().startswith('"')):
            # "It isn’t about “Equal Justice Under Law” anymore.": the curly pair is a quotation inside
            # the straight one, which closes later in the paragraph or goes on in the next
            nested_end = close + 1
        elif open_at is not None and mark == "\u201c" and (
                text[open_at] == "\u201e" or _is_misplaced_closing(text, i, m.end(), end)):
            quotes.append(_quote(text, open_at, m.end()))  # „…“ (German style); “…,“ said Clyburn: a typo for ”
            open_at = None
        elif mark in DOUBLE_OPEN or mark == "``" or (straight and open_at is None
                                                   and _is_opening_straight(text, i, m.end(), start, end)) \
                or (mark == "\u201d" and open_at is None and _opens_with_closing_mark(text, i, start, end)):
            # a paragraph or a word opening with ” means “
            if open_at is not None:  # an opening mark inside a quote: the previous one never closed
                quotes.append(_quote(text, open_at, i, closed=False))
            open_at = i
        elif open_at is not None:
            close = m.end()
            if mark == "''" and text.startswith("'", close):
                close += 1  # three apostrophes: a nested 'quote' closes with the quotation
            quotes.append(_quote(text, open_at, close, width=len(mark)))
            open_at = None
    if open_at is not None:
        quotes.append(_quote(text, open_at, end, closed=False))
    return quotes


def _quote(text: str, start: int, end: int, closed: bool = True, width: int = 1) -> Quote:
    inner_start = start + (2 if text.startswith(("``", "''"), start) else 1)
    inner_end = end - width if closed else end
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    return Quote(start, end, inner_start, inner_end, closed=closed)


# The pattern opens with the mark itself and checks what precedes it just after, so that the
# regex engine can skip ahead to the next mark instead of trying the whole pattern everywhere.
_SINGLE = re.compile(
    r"[\u2018']"                                     # a mark
    r"(?<![^\s(\[\u2014\u201c\"][\u2018'])"          # opened after a space, bracket, dash or double mark
    r"(?=\w)"                                        # and followed by a word character
    r"([^\u2018\u2019'\n]|(?<=\w)[\u2019'](?=\w)"    # inner apostrophes (don’t) allowed,
    r"|(?<=[sS])[\u2019'](?=\s+[a-z]))+?"            # and plural possessives ("the Allies’ terms")
    r"(?<=[\w.,!?;:\u201d\"])[\u2019'](?![\w])"       # closed after a word, punctuation or a nested quotation,
                                                     # before a non-word,
    r"(?!(?<=[sS][\u2019'])\s+[a-z])"                # but not by a plural possessive
)


def single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Single-quoted spans (British style, headlines) in one paragraph, apostrophes excluded."""
    found = []
    if text.find("'", start, end) < 0 and text.find("\u2018", start, end) < 0:
        return found  # no mark that can open one (most paragraphs)
    for m in _SINGLE.finditer(text, start, end):
        if m.end() - m.start() > MAX_SINGLE_QUOTE:
            continue
        found.append(_quote(text, m.start(), m.end()))
    return found


def find_quotes(text: str, start: int = 0, paras: list[tuple[int, int]] | None = None) -> list[Quote]:
    """All quotations in ``text[start:]``, in order, without overlaps.

    Single quotes inside a double quotation are nested quotes and belong to it, and double
    quotes inside a single one (British style) belong to that; otherwise single quotes count
    only where no double quotation covers them. ``paras`` are ``paragraphs(text, start)`` if
    the caller has them already.
    """
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs(text, start) if paras is None else paras:
        doubles = double_quotes(text, p_start, p_end)
        singles = single_quotes(text, p_start, p_end)
        if singles and doubles:
            # British style nests double marks in single ones: "‘He said “no”,’ the aide said."
            outer = [q for q in singles if any(q.start < d.start and d.end <= q.end for d in doubles)
                     and not any(d.start <= q.start < d.end for d in doubles)]
            doubles = [d for d in doubles if not any(q.start < d.start and d.end <= q.end for q in outer)]
        singles = [q for q in singles
                   if not any(d.start <= q.start < d.end or q.start <= d.start < q.end for d in doubles)]
        # double_quotes gives its quotations in order: only single ones need sorting in among them
        found = sorted(doubles + singles, key=lambda q: q.start) if singles else doubles
        quotes.extend(q for q in found if not _is_nickname(text, q))
    return _mark_continued(text, quotes)


# A nickname between a person's names is no quotation: Jimmy “Barbecue” Chérizier
_NICKNAME = re.compile(NICKNAME)
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w\-]+ $")
# not a headline's title case: Biden Calls Putin “Killer” In Interview
_NAME_AFTER = re.compile(r" (?!(?:In|On|At|As|To|For|Of|And|Or|But|The|A|An|From|With|By|After|Over|Is|Was|Are|Were)\b)"
                         r"[A-Z][\w\-]+")


def _is_nickname(text: str, q: Quote) -> bool:
    return _NICKNAME.fullmatch(text, q.start, q.end) is not None and _NAME_AFTER.match(text, q.end) is not None \
        and _NAME_BEFORE.search(text, max(0, q.start - 30), q.start) is not None


def _mark_continued(text: str, quotes: list[Quote]) -> list[Quote]:
    """An unclosed quotation whose next paragraph opens with a quotation mark goes on there."""
    marked = []
    for i, q in enumerate(quotes):
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        if (not q.closed and nxt is not None and text[q.end:nxt.start].strip() == ""
                and "\n" in text[q.end:nxt.start]):
            q = Quote(q.start, q.end, q.inner_start, q.inner_end, continued=True, closed=False)
        marked.append(q)
    return marked
