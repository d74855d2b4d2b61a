"""Word tokens of an article, sentence by sentence, and the tests the rules make on one token."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress
from operator import attrgetter

from ..quotes import Quote
from ..text import ARABIC_ARTICLE
from .lexicon import AUXILIARY_VERB, CONTRACTED, IRREGULAR_PAST, _NUMBER_WORDS, PRONOUNS, _titles, _verb_cues


# Words and punctuation marks ("U.S." is one word; "Mr." is joined again in ``_Tokens``). The
# pattern takes a token's first character (anything but a space) before deciding what follows,
# so that the regex engine skips the spaces between tokens quickly; it captures the token so
# that splitting a text at it gives the spaces and the tokens in turn.
# What UTF-8 read as Latin-1 leaves inside a word ("TrÃ©vidic", "SarukhÃÂ¡n", with or without
# combining marks): control and Latin-1 symbol characters, but not a no-break space or « ».
_MOJIBAKE = "[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u0300-\u036f]"
# Inside a word, a lookahead for any joining character spares most words the two alternatives.
_WORD_JOINERS = r"[\u2019'\-/&" + _MOJIBAKE[1:]
_JOINED = r"(?=" + _WORD_JOINERS + r")(?:[\u2019'\-/&]\w+|" + _MOJIBAKE + r"+\w*)"  # "’t", "/ORC", "PG&E", "Ã©vidic"
# What may follow a word is written "(?:…|)", not "(?:…)?" or "(?:…)*": the engine skips a branch at
# its first character, where it would set up a repeat at every word.
_TOKEN = re.compile(r"(\S(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"    # an initialism: "U.S.", "p.m."
                    r"|(?<=\w)\w*(?:" + _JOINED + r"(?:" + _JOINED + r")*|)"  # "don’t", "CNN/ORC", "TrÃ©vidic"
                    r"(?:(?<=\d)(?=[,.]\d)(?:[,.]\d+)+|)"         # a number: "1,200", "250,000", "3.5"
                    r"(?:\.(?:com|org|net|gov|edu|co|uk|fr|de|ca|io)\b|)"  # "Infowars.com", "ouest-france.fr"
                    r"|(?<=[^\w\s])))")                  # a punctuation mark


class Token:
    """A word or punctuation mark; ``quoted`` when inside a quotation (its marks included)."""

    __slots__ = ("text", "start", "end", "quoted", "lower")

    def __init__(self, text: str, start: int, end: int, quoted: bool, lower: str):
        self.text = text
        self.start = start
        self.end = end
        self.quoted = quoted
        self.lower = lower


class _Tokens:
    """The words and punctuation marks of an article, sentence by sentence; an abbreviation keeps
    its period ("Mr.", "Gov.", "U.S.", the initial in "Edward G. Rendell") so a name is not cut
    at its title.

    The text is split a block at a time (most articles are one block), and offsets and quotation
    flags come from whole-list operations: far cheaper than a regex match object per token, while
    on a long text a block stays small enough for the processor's cache. A token never crosses a
    sentence boundary or a line break (both are spaces), so a sentence's tokens are a slice of a
    block's.
    """

    BLOCK = 10_000  # characters, extended to the next line break

    def __init__(self, text: str, quotes: list[Quote], quote_starts: list[int]):
        self.text, self.quotes, self.quote_starts = text, quotes, quote_starts
        self.block_start = self.block_end = 0
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.quoted: list[bool] = []
        self.lowers: list[str] = []

    def lower_words(self, start: int, end: int) -> list[str]:
        """The tokens of ``text[start:end]`` in lower case, as strings."""
        first, last = self._slice(start, end)
        return self.lowers[first:last]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``, a sentence or the end of one."""
        first, last = self._slice(start, end)
        return list(map(Token, self.words[first:last], self.starts[first:last], self.ends[first:last],
                        self.quoted[first:last], self.lowers[first:last]))

    def _slice(self, start: int, end: int) -> tuple[int, int]:
        if not self.block_start <= start <= end <= self.block_end:
            self._split(start, end)
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def _split(self, start: int, end: int) -> None:
        """Split the text from ``start`` to the first line break after ``end`` and a block."""
        stop = self.text.find("\n", max(end, start + self.BLOCK))
        stop = len(self.text) if stop < 0 else stop
        pieces = _TOKEN.split(self.text[start:stop])  # spaces and tokens in turn
        offsets = list(accumulate(map(len, pieces), initial=start))
        words, starts, ends = pieces[1::2], offsets[1:-1:2], offsets[2::2]
        if "." in words:
            words, starts, ends = _join_abbreviation_periods(self.text, words, starts, ends)
        if "*" in words:
            words, starts, ends = _without_emphasis_marks(self.text, words, starts, ends)
        quoted = [False] * len(words)
        for q in _overlapping(self.quotes, self.quote_starts, start, stop):
            first, last = bisect.bisect_left(starts, q.start), bisect.bisect_left(starts, q.end)
            quoted[first:last] = [True] * (last - first)
        self.words, self.starts, self.ends, self.quoted = words, starts, ends, quoted
        self.lowers = list(map(str.lower, words))
        self.block_start, self.block_end = start, stop


def _join_abbreviation_periods(text: str, words: list[str], starts: list[int],
                               ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The tokens with each period joined to the title or initial it follows ("Mr" "." -> "Mr.")."""
    titles = _titles()
    joined = set()  # the periods joined to a word before them
    i = 0
    while True:
        try:
            i = words.index(".", i + 1)
        except ValueError:
            break
        k = i - 1
        while k in joined:  # "Mr" "." ".": the second period follows the word "Mr."
            k -= 1
        before = words[k]
        if ends[k] == starts[i] and (before in titles or (
                len(before) == 1 and before.isupper() and text[starts[i] + 1:starts[i] + 3].strip()[:1].isupper())):
            words[k] += "."
            ends[k] = ends[i]
            joined.add(i)
    if not joined:
        return words, starts, ends
    kept = [k not in joined for k in range(len(words))]
    return list(compress(words, kept)), list(compress(starts, kept)), list(compress(ends, kept))


def _without_emphasis_marks(text: str, words: list[str], starts: list[int],
                            ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The tokens without Markdown's bold marks ("- **Zelensky:** “…”" reads as "- Zelensky: “…”"); a
    single asterisk, a bullet or a footnote's, stays."""
    kept = [w != "*" or "*" not in text[max(0, s - 1):s] + text[s + 1:s + 2] for w, s in zip(words, starts)]
    return list(compress(words, kept)), list(compress(starts, kept)), list(compress(ends, kept))


def _is_name(tok: Token) -> bool:
    return (tok.text[:1].isupper() or ("-" in tok.text[2:4] and _ARTICLE_AND_NAME.match(tok.text) is not None)) \
        and not tok.quoted \
        and tok.text not in {"I"} and not _is_contracted_pronoun(tok.lower)


# An Arabic surname with its article: "al-Burhan", "el-Sisi"
_ARTICLE_AND_NAME = re.compile(ARABIC_ARTICLE + "[A-Z]")


_QUOTE_MARKS = frozenset("\u201c\u201d\"\u2018\u2019'\u201e\u00ab\u00bb") | {"''", "``"}


_QUOTED = attrgetter("quoted")
_TEXT = attrgetter("text")
_LOWER = attrgetter("lower")


def _is_contracted_pronoun(word: str) -> bool:
    """"he's", "she’d", "who’s": a subject pronoun and its verb in one word."""
    if "'" not in word and "\u2019" not in word:
        return False
    contracted = CONTRACTED.match(word)
    return contracted is not None and (contracted.group(1) in PRONOUNS or contracted.group(1) == "who")


def _is_quote_mark(tok: Token) -> bool:
    return tok.text in _QUOTE_MARKS


def _is_number(tok: Token) -> bool:
    """"24", "half", "two-thirds": a quantity after "about", "only", "nearly"."""
    return tok.text[0].isdigit() or tok.lower.split("-")[0] in _NUMBER_WORDS


def _may_be_verb(tok: Token) -> bool:
    """A word that can be a finite verb: an auxiliary, a past form or a reporting verb ("wrote")."""
    word = tok.lower
    return tok.text.islower() and (AUXILIARY_VERB.match(word) is not None or word in IRREGULAR_PAST
                                   or word.endswith("ed") or word in _verb_cues())


def _overlapping(quotes: list[Quote], quote_starts: list[int], s: int, e: int) -> list[Quote]:
    """The quotations that overlap ``[s, e)`` (quotations never overlap each other)."""
    i = max(0, bisect.bisect_right(quote_starts, s) - 1)
    found = []
    while i < len(quotes) and quotes[i].start < e:
        if quotes[i].end > s:
            found.append(quotes[i])
        i += 1
    return found
