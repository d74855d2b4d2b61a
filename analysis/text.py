"""Paragraphs, sentences and typography of an article, as character spans into its text.

Everything downstream (statements, tone, readability) works on spans of the original text so
that every number can be traced back to the characters that produced it. News prose breaks
naive sentence splitters ("U.S.", "Mr.", "3.5 percent", a quote ending in '?”'), so the
splitter here knows abbreviations (a data file) and keeps closing quote marks with their
sentence.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .config import LEXICON_DIR

# Typographic forms that lexicons written for ASCII text do not know.
_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2026": "...",
})


def normalize_typography(text: str) -> str:
    """Straight apostrophes and quote marks, ASCII dashes and spaces (lengths may change for '…')."""
    return text.translate(_TYPOGRAPHY)


def read_lexicon(name: str) -> list[str]:
    """Lines of a lexicon file in ``analysis/lexicons``, without its '#' header and blank lines."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US state names and their AP abbreviations (``analysis/lexicons/us_states.txt``)."""
    return frozenset(read_lexicon("us_states.txt"))


@lru_cache(maxsize=1)
def grammar_words() -> dict[str, frozenset[str]]:
    """The named word sets of ``analysis/lexicons/grammar_words.csv``, each word with a straight
    and a curly apostrophe ("didn't", "didn’t")."""
    rows = csv.DictReader(read_lexicon("grammar_words.csv"))
    return {row["set"]: frozenset(w for word in row["words"].split() for w in (word, word.replace("'", "\u2019")))
            for row in rows}


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(read_lexicon("abbreviations.txt"))


# The Arabic article joined to a surname: "Bashar al-Assad", "Abdel Fattah el-Sisi", "al-Burhan"
ARABIC_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az)-"
# The capital letters a name may open with, accented ones included ("Álvaro", "Émilie", "Özgür", "Łukasz"): a
# regex class's contents
CAPITALS = ("A-Z\u00c0-\u00d6\u00d8-\u00de"
            + "".join(chr(c) for c in range(0x100, 0x17f) if chr(c).isupper()))
# A nickname quoted between a person's given name and surname: John “Tig” Tiegen, Joaquín “El Chapo” Guzmán
NICKNAME = r"[\u201c\"][A-Z][\w\-]*(?: [A-Z][\w\-]*)?[\u201d\"]"


# A line's text from its first to its last non-space character; blank lines have none.
_PARAGRAPH = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text[:end]`` from ``start`` on, whitespace trimmed.

    News files put one paragraph on a line (with or without blank lines between), so a line is
    a paragraph; in a file wrapped at a fixed width, a block between blank lines is (see
    :func:`unwrapped`).
    """
    return [m.span(1) for m in _PARAGRAPH.finditer(unwrapped(text), start, len(text) if end is None else end)]


MAX_WRAP_WIDTH = 120  # wider lines are paragraphs, not a wrapped text's lines
MIN_WRAPPED_LINES = 5  # lines broken inside a paragraph before a text counts as wrapped


@lru_cache(maxsize=8)
def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its paragraphs read as spaces, if it is wrapped at a
    fixed width (as some archives and e-mail export it); else ``text`` itself.

    The copy has the same length, so every offset into it is one into ``text``. A text is wrapped
    when nearly every line followed by another non-blank line was broken because the next word
    would not fit: the line, a space and that word are wider than the text's widest line.
    """
    if "\n" not in text or _LONG_LINE.search(text) is not None:
        return text  # most news files: one paragraph on a line, and most paragraphs longer than that
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    broken = [(line.rstrip(), nxt.split(None, 1)[0]) for line, nxt in zip(lines, lines[1:])
              if line.strip() and nxt.strip()]
    if len(broken) < MIN_WRAPPED_LINES or sum(len(line) + 1 + len(word) > width for line, word in broken) \
            < 0.9 * len(broken):
        return text
    return _BREAK_INSIDE_PARAGRAPH.sub(lambda m: " " * len(m.group()), text)


_LONG_LINE = re.compile(rf"[^\n]{{{MAX_WRAP_WIDTH + 1}}}")
_BREAK_INSIDE_PARAGRAPH = re.compile(r"(?<=\S)[^\S\n]*\r?\n(?=[^\S\n]*\S)")


_CLOSERS = "\"'\u201d\u2019)]\u00bb"
# A candidate sentence end: terminal punctuation, any closing quotes/brackets, then space. The
# first mark is written out of the repeat so that the pattern opens with a character set, which
# lets the regex engine skip to the next mark instead of trying the whole pattern at every character.
_END = re.compile(r"[.!?\u2026][.!?\u2026]*[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_NEXT_LOWER = re.compile(r"\s+[a-z]")
# A short attribution after a quotation that ends in its own punctuation: "“…?” Biden said."
_SPEECH = r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|continued|tweeted|" \
          r"posted|shouted|wondered|explained|insisted|warned|declared|responded|recalled|noted)"
_NAME = r"[A-Z][\w.'\u2019\-]*"
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:[\w.'\u2019\-]+\s+){1,4}" + _SPEECH  # "a spokesman said"
    + r"|(?:" + _NAME + r"\s+){1,4}" + _SPEECH
    + r"|" + _NAME + r"(?:\s+" + _NAME + r"){0,3},[^.!?\n,]{1,80},\s+" + _SPEECH  # "Miller, a retiree, said"
    + r"|" + _SPEECH + r"\s+[A-Z])\b"
    # "…” Cruz says he isn't …", "…” Lee posted: “…”", "…” She replied to him that …", "….” The diplomat
    # warned of “…”", "…” His deputy said the same." go on to a content of their own
    + r"(?!\s+(?:he|she|they|we|I|it|that|so|the\s+same|much\s+the\s+same|as\s+much|something)\b|\s*:"
    + r"|[^.!?\n]{0,30}\bthat\b|[^.!?\n]{0,30}[\u201c\"])"
    + r"[^.!?\n]{0,60}[.!?]")

# A quotation closed by its own period takes only a bare attribution ("…missing.” Trump said."); after it
# more words open a sentence of their own ("…“days.” The official said dozens of jets took part.")
_BARE_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:[\w.'\u2019\-]+\s+){1,4}|(?:" + _NAME + r"\s+){1,4})" + _SPEECH
    + r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?[.!?]")

# After a question or exclamation in quotes, a name and any lower-case verb: '“Why?” Trump went on.',
# '“…!” LeVell declared, a point he likes to make …'
_NAME_AND_VERB_AFTER = re.compile(r"\s+(?:" + _NAME + r"\s+){1,3}[a-z]+\b(?:,(?=\s+[a-z])|[^.!?\n]{0,30}[.!?])")


# The few words left of a quotation that closes with a comma: ' Marco!,”'.
_QUOTATION_GOES_ON = re.compile(r"\s+[^\n\"\u201c\u201d.!?]{1,40}[.!?]?,[\"\u201d]")


def sentences(text: str, start: int = 0, end: int | None = None,
              paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, never crossing a line break.

    A period does not end a sentence after a known abbreviation ("Mr.", "Sept."), a single
    capital letter ("U.S.", "J. Smith"), or inside a number ("3.5"). ``paras`` are
    ``paragraphs(text, start, end)`` if the caller has them already.
    """
    end = len(text) if end is None else end
    spans = []
    for p_start, p_end in paragraphs(text, start, end) if paras is None else paras:
        cursor = p_start
        for m in _END.finditer(text, p_start, p_end):
            if m.group()[0] == "." and not _ends_sentence(text, m.start(), p_end):
                continue
            if m.group()[-1] in "!?" and _QUOTATION_GOES_ON.match(text, m.end(), p_end):
                continue  # '“Marco! Marco!,” the senator …': a cry inside a quotation that a comma closes
            if _NEXT_LOWER.match(text, m.end()):
                continue  # '“Why not?” he asked.', 'we will ... respond': no sentence starts in lower case
            attribution = _BARE_ATTRIBUTION_AFTER if m.group()[0] == "." else _ATTRIBUTION_AFTER
            if m.group()[-1] in _CLOSERS and (attribution.match(text, m.end(), p_end) or (
                    m.group()[0] in "?!" and _NAME_AND_VERB_AFTER.match(text, m.end(), p_end))):
                continue  # '“Does he understand?” Biden said.', '“Why?” Trump shot back.' are one sentence
            spans.append(_trim(text, cursor, m.end()))
            cursor = m.end()
        if text[cursor:p_end].strip():
            spans.append(_trim(text, cursor, p_end))
    return [s for s in spans if s[0] < s[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WORD_BEFORE = re.compile(r"[\w.]*$")
_AFTER_DOT = re.compile(r"[\s\"'\u201d\u2019]*(\S?)")


def _ends_sentence(text: str, dot: int, limit: int) -> bool:
    word = _WORD_BEFORE.search(text[max(0, dot - 20):dot]).group()
    last = word.rsplit(".", 1)[-1] if "." in word else word
    if not word:
        return True
    if word in abbreviations() or last in abbreviations():  # case matters: "No. 5" but "said no."
        # "…,'' said Rachel Woolard of Jacksonville, Fla. ''She …": a quotation opens the next
        # sentence, unless the abbreviation is a title ("Sen. “Tex” Smith")
        # "… in the 24 hours to 6 a.m. It condemned …": so does a word that opens sentences
        return last not in _titles() and (_QUOTATION_NEXT.match(text, dot + 1, limit) is not None
                                          or _next_word_starts_sentence(text, dot, limit, capitalised=True))
    if len(last) == 1 and last.isupper() and "." not in word \
            and (_QUOTATION_NEXT if last != "X" else _CAPITAL_NEXT).match(text, dot + 1, limit) \
            and _LOWER_WORD_BEFORE.search(text, max(0, dot - 21), dot - 1):
        return True  # a letter after a word in lower case, and a quotation after it: "… wrote on X. “…”", or
        # the platform X: "she wrote on X. Finland’s defence minister …"
    if len(last) == 1 and last.isupper():  # initials and U.S., U.K.
        if "." in word and _QUOTATION_NEXT.match(text, dot + 1, limit):
            return True  # "a rally in Manchester, N.H. “Hillary …”": a quotation opens the next sentence
        nxt = _AFTER_DOT.match(text[dot + 1:limit]).group(1)
        # "the U.S. Senate" continues; "in the U.S. He said" ends: take a following
        # capitalised common word as a new sentence only after a multi-letter initialism.
        return "." in word and bool(nxt) and nxt.isupper() and _next_word_starts_sentence(text, dot, limit)
    return True


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles as written before a name ("Sen", "Gov", "Mr"), in analysis/lexicons/titles.txt."""
    return frozenset(read_lexicon("titles.txt"))


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z]+\s$")
_QUOTATION_NEXT = re.compile(r"\s+(?:[\u201c\"]|'')[A-Z]")
_CAPITAL_NEXT = re.compile(r"\s+(?:[\u201c\"]|'')?[A-Z]")

_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you his her its their our but and yet so however in on at "
    "this that these those there when while after before as if for meanwhile".split())


_NEXT_WORD = re.compile(r"[\s\"'\u201d\u2019\u201c]*([A-Za-z]+)")


def _next_word_starts_sentence(text: str, dot: int, limit: int, capitalised: bool = False) -> bool:
    m = _NEXT_WORD.match(text[dot + 1:limit])
    return bool(m) and m.group(1).lower() in _SENTENCE_STARTERS and (not capitalised or m.group(1)[0].isupper())


def words(text: str) -> list[str]:
    """Word tokens (letters, digits, inner apostrophes and hyphens) for counting."""
    return re.findall(r"[^\W_]+(?:['\u2019\-][^\W_]+)*", text)
