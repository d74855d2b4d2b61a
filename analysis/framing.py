"""Framing signals: the reporting verbs an article chooses for each party, the hedges and boosters
in each party's words and in the narrator's voice, and the generic news frames.

A reporter frames a side without saying so: by introducing its words with "claimed" rather than
"said", by the certainty left in or taken out of what is quoted, and by the story type the words
fit (conflict, responsibility, economic consequences, human interest, morality). Every measure
here is a count of lexicon entries (data files in ``analysis/lexicons``) with the character span
of each hit, so a table can always be traced back to the words behind it. Tables are tidy and
carry their n (statements, words); rates are per 1,000 words and NaN where there are no words.

References: Caldas-Coulthard (1994) "On reporting reporting"; Thompson & Ye (1991); Hyland (1998)
Hedging in Scientific Research Articles; Hyland (2005) "Stance and engagement", Discourse Studies
7(2); Semetko & Valkenburg (2000) "Framing European politics", Journal of Communication 50(2).
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .text import normalize_typography, read_lexicon, words

CUE_CLASSES = ("neutral", "emphatic", "distancing", "concessive", "confrontational", "directive",
               "tentative", "evaluative", "manner", "cognitive", "evidential", "stance", "other")
STANCE_TYPES = ("hedge", "booster")
# Semetko & Valkenburg's order (by how common each frame was in their Dutch news sample).
FRAMES = ("responsibility", "conflict", "economic_consequences", "human_interest", "morality")

# Sourcing expressions that are not verbs, so the verb lexicon does not hold them.
_SOURCING_CUES = {("according", "to"): ("according to", "neutral")}

_HYPHENS = ("-", "\u2010", "\u2011")


# --- lexicons --------------------------------------------------------------------------------

def _read_table(name: str, required: Sequence[str]) -> list[dict[str, str]]:
    rows = list(csv.DictReader(read_lexicon(name)))
    missing = [c for c in required if rows and c not in rows[0]]
    if not rows or missing:
        raise ValueError(f"lexicon {name} is empty or lacks the columns {missing}")
    return rows


@dataclass(frozen=True)
class _Entry:
    term: str
    kind: str  # the stance type or the frame
    question: str = ""
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()


# A word as the lexicons see it: letters and digits with inner apostrophes ("couldn't" is one
# word); hyphens separate words, so "de-escalation" holds "escalation".
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@dataclass(frozen=True)
class _Term:
    entry: _Entry
    words: tuple[str, ...]       # lower case, straight apostrophes
    hyphenated: tuple[bool, ...]  # per gap: joined by a hyphen ("stand-off") rather than space
    wildcard: bool               # the last word is a stem ("econom*")

    def rank(self) -> tuple:
        # At one place the longest term wins: more words, then an exact word over a stem.
        return (len(self.words), not self.wildcard, len(self.entry.term))


class _Matcher:
    """Finds a lexicon's terms word by word: a dictionary look-up per word, not a regex per term.

    Terms may span words separated by whitespace (or by a hyphen where the term has one); a
    trailing "*" makes the last word a stem. Matches do not overlap; at each word the longest
    term wins.
    """

    def __init__(self, entries: Iterable[_Entry]):
        self.exact: dict[str, list[_Term]] = {}
        self.stems: dict[int, dict[str, list[_Term]]] = {}
        for entry in entries:
            stem = entry.term.rstrip("*")
            words = tuple(_WORD.findall(normalize_typography(stem).lower()))
            gaps = re.findall(r"[^\w']+", normalize_typography(stem).strip())
            if not words or len(gaps) != len(words) - 1:
                raise ValueError(f"lexicon term {entry.term!r} is not a sequence of words")
            term = _Term(entry, words, tuple("-" in g for g in gaps), entry.term.endswith("*"))
            if term.wildcard and len(words) == 1:
                self.stems.setdefault(len(stem), {}).setdefault(words[0], []).append(term)
            else:
                self.exact.setdefault(words[0], []).append(term)

    def _candidates(self, word: str) -> list[_Term]:
        found = list(self.exact.get(word, ()))
        for size, stems in self.stems.items():
            found.extend(stems.get(word[:size], ()) if len(word) >= size else ())
        return found

    def finditer(self, text: str, tokens: list[tuple[str, int, int]]):
        """(entry, start, end) of each match among ``tokens`` (from :func:`_tokens`)."""
        i = 0
        while i < len(tokens):
            best = None
            for term in self._candidates(tokens[i][0]):
                better = best is None or term.rank() > best.rank()
                if better and self._matches(text, tokens, i, term):
                    best = term
            if best is None:
                i += 1
                continue
            last = i + len(best.words) - 1
            yield best.entry, tokens[i][1], tokens[last][2]
            i = last + 1

    @staticmethod
    def _matches(text: str, tokens: list[tuple[str, int, int]], i: int, term: _Term) -> bool:
        if i + len(term.words) > len(tokens):
            return False
        for k, want in enumerate(term.words):
            word = tokens[i + k][0]
            is_stem = term.wildcard and k == len(term.words) - 1
            if not (word.startswith(want) if is_stem else word == want):
                return False
            if k:
                gap = text[tokens[i + k - 1][2]:tokens[i + k][1]]
                joined = gap in _HYPHENS if term.hyphenated[k - 1] else gap.isspace()
                if not joined:
                    return False
        return True


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` as (lower case with straight apostrophes, start, end).

    A possessive "'s" is cut off ("her husband's" holds "husband"); other contractions stay
    whole ("couldn't").
    """
    end = len(text) if end is None else end
    tokens = []
    for m in _WORD.finditer(text, start, end):
        word, stop = m.group().lower().replace("\u2019", "'"), m.end()
        if word.endswith("'s"):
            word, stop = word[:-2], stop - 2
        tokens.append((word, m.start(), stop))
    return tokens


def _word_set(cell: str | None) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in (cell or "").split("|") if w.strip())


@lru_cache(maxsize=1)
def _stance_matcher() -> _Matcher:
    rows = _read_table("hedges_boosters.csv", ["term", "type", "not_after", "not_before"])
    entries = []
    for row in rows:
        if row["type"] not in STANCE_TYPES:
            raise ValueError(f"hedges_boosters.csv: {row['term']!r} has type {row['type']!r}, "
                             f"expected one of {STANCE_TYPES}")
        entries.append(_Entry(row["term"].strip().lower(), row["type"],
                              not_after=_word_set(row["not_after"]),
                              not_before=_word_set(row["not_before"])))
    return _Matcher(entries)


@lru_cache(maxsize=1)
def _frame_matchers() -> dict[str, _Matcher]:
    rows = _read_table("generic_frames.csv", ["frame", "term", "question"])
    by_frame: dict[str, list[_Entry]] = {f: [] for f in FRAMES}
    for row in rows:
        if row["frame"] not in by_frame:
            raise ValueError(f"generic_frames.csv: {row['term']!r} has frame {row['frame']!r}, "
                             f"expected one of {FRAMES}")
        by_frame[row["frame"]].append(_Entry(row["term"].strip().lower(), row["frame"],
                                             question=row["question"]))
    # Frames are matched separately so that one word can count for two frames.
    return {frame: _Matcher(entries) for frame, entries in by_frame.items()}


@lru_cache(maxsize=1)
def _cue_forms() -> dict[tuple[str, ...], tuple[str, str]]:
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    entries = [("reporting_verbs.csv", row["lemma"], row["class"], row["forms"].split("|"))
               for row in _read_table("reporting_verbs.csv", ["lemma", "class", "forms"])]
    entries += [("nominal_objects.csv", row["noun"], row["class"], [row["noun"]])  # "her attacks on …"
                for row in _read_table("nominal_objects.csv", ["noun", "class"])]
    for name, lemma, cls, written in entries:
        if cls not in CUE_CLASSES:
            raise ValueError(f"{name}: {lemma!r} has class {cls!r}, expected one of {CUE_CLASSES}")
        for form in written:
            forms.setdefault(tuple(_cue_tokens(form)), (lemma, cls))
    forms.update(_SOURCING_CUES)
    return forms


# --- reporting-verb classes ------------------------------------------------------------------

def _cue_tokens(cue: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)*", normalize_typography(cue).lower())


def _cue_entry(cue: str) -> tuple[str, str] | None:
    if not isinstance(cue, str):
        raise TypeError(f"a cue must be a string, got {type(cue).__name__}: {cue!r}")
    tokens = _cue_tokens(cue)
    forms = _cue_forms()
    longest = max(map(len, forms))
    # Leftmost form wins, the longest one at that place: auxiliaries and adverbs ("has",
    # "also") are in no form, and the head verb comes before its complements ("quoted Blinken
    # as saying", "accused Moscow of saying").
    for i in range(len(tokens)):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            found = forms.get(tuple(tokens[i:i + size]))
            if found:
                return found
    return None


def cue_lemma(cue: str) -> str:
    """The reporting verb's lemma for a cue as written ("has contended" -> "contend"), or ""."""
    found = _cue_entry(cue)
    return found[0] if found else ""


def cue_class(cue: str) -> str:
    """The stance class of a cue as written: "also stated" -> "neutral", "claims" -> "distancing".

    Classes come from ``reporting_verbs.csv``; "according to" is neutral sourcing; a cue with
    no known reporting verb is "other". Negation is not read ("did not deny" -> confrontational).
    """
    found = _cue_entry(cue)
    return found[1] if found else "other"


def cue_classes(statements: pd.DataFrame, by: Sequence[str] | str = ("party",)) -> pd.DataFrame:
    """How often each group's statements are introduced by each class of reporting verb.

    One row per group and class (every class, zeros included), with ``n`` (the group's
    statements: rows sharing ``doc_id`` and ``statement`` count once), ``count``, ``share``
    (count / n) and ``cues`` (the cues as written, with their counts, as evidence; a missing
    cue counts as "other"). A higher distancing share means the reporter keeps that group's
    words at arm's length; a higher emphatic share means the reporter lends them force.
    """
    by = _as_list(by)
    _require(statements, ["cue", *by])
    # Rows of one utterance (split around its cue) share one cue: count it once.
    statements = statements.loc[~_utterances(statements).duplicated()]
    cues = statements["cue"].map(lambda c: c if isinstance(c, str) else "")
    rows = statements[by].assign(
        cue_class=cues.map(cue_class),
        cue_text=cues.map(_as_written))
    gid, keys = _groups(rows, by)
    rows = rows.assign(_g=gid.to_numpy())
    n = rows.groupby("_g").size()
    grid = pd.MultiIndex.from_product([keys.index, CUE_CLASSES], names=["_g", "cue_class"])
    grouped = rows.groupby(["_g", "cue_class"])
    out = pd.DataFrame({
        "count": grouped.size().reindex(grid, fill_value=0),
        "cues": grouped["cue_text"].agg(_summarise).reindex(grid, fill_value=""),
    }).reset_index()
    out["n"] = out["_g"].map(n).fillna(0).astype(int)
    out["share"] = out["count"] / out["n"].where(out["n"] > 0)
    out = keys.join(out.set_index("_g"), how="right").reset_index(drop=True)
    return out[[*by, "cue_class", "n", "count", "share", "cues"]]


# --- hedges and boosters ---------------------------------------------------------------------

def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w'\u2019]+)\s+$", text[max(0, start - 40):start])
    if not m:
        return ""
    word = normalize_typography(m.group(1)).lower()
    return "'s" if word.endswith(("'s", "s'")) else word


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s+([\w'\u2019]+)", text[end:end + 40])
    return normalize_typography(m.group(1)).lower() if m else ""


def _is_month_or_name(text: str, start: int, end: int) -> bool:
    """ "May" with a capital inside a sentence (Theresa May, "in May") or before a number."""
    if text[start:end] != "May":
        return False
    if re.match(r"\s+\d", text[end:end + 3]):
        return True
    before = text[max(0, start - 80):start].rstrip(" \t\"'\u201c\u201d\u2018\u2019([")
    return not (before == "" or before.endswith(("\n", "\r", ".", "!", "?", ":", ";")))


def _stance_hits(text: str, start: int = 0, end: int | None = None):
    for entry, s, e in _stance_matcher().finditer(text, _tokens(text, start, end)):
        if entry.not_after and _previous_word(text, s) in entry.not_after:
            continue
        if entry.not_before and _next_word(text, e) in entry.not_before:
            continue
        if entry.term == "may" and _is_month_or_name(text, s, e):
            continue
        yield entry, s, e


def stance_markers(text: str) -> pd.DataFrame:
    """Hedges and boosters in ``text``: term, type ("hedge"|"booster"), start, end, text.

    ``text[start:end]`` is the marker as written. Lexicon and ambiguity rules:
    ``analysis/lexicons/hedges_boosters.csv``.
    """
    _check_text(text)
    return pd.DataFrame([(e.term, e.kind, s, t, text[s:t]) for e, s, t in _stance_hits(text)],
                        columns=["term", "type", "start", "end", "text"])


def statement_stance_markers(statements: pd.DataFrame) -> pd.DataFrame:
    """Every hedge and booster inside the statements, with spans into the article text.

    One row per marker: the statement's index (``statement``), its ``doc_id`` if the table has
    one, term, type, start, end (article offsets: ``start`` of the statement plus the offset in
    its text) and the marker as written.
    """
    _require(statements, ["text", "start"])
    rows = []
    for idx, text, offset in zip(statements.index, statements["text"], statements["start"]):
        _check_text(text, f"statement {idx!r}")
        for e, s, t in _stance_hits(text):
            rows.append((idx, e.term, e.kind, int(offset) + s, int(offset) + t, text[s:t]))
    out = pd.DataFrame(rows, columns=["statement", "term", "type", "start", "end", "text"])
    if "doc_id" in statements.columns:
        out.insert(1, "doc_id", statements["doc_id"].reindex(out["statement"]).to_numpy())
    return out


def _stance_row(hits: list[tuple[_Entry, str]], n_words: int) -> dict:
    counts = {t: [_as_written(w) for e, w in hits if e.kind == t] for t in STANCE_TYPES}
    return {"words": n_words, "hedges": len(counts["hedge"]), "boosters": len(counts["booster"]),
            "hedge_terms": counts["hedge"], "booster_terms": counts["booster"]}


def _add_stance_rates(table: pd.DataFrame) -> pd.DataFrame:
    per = 1000 / table["words"].where(table["words"] > 0)
    table["hedges_per_1000_words"] = table["hedges"] * per
    table["boosters_per_1000_words"] = table["boosters"] * per
    return table


_STANCE_COLUMNS = ["words", "hedges", "boosters", "hedges_per_1000_words",
                   "boosters_per_1000_words", "hedge_terms", "booster_terms"]


def hedges_boosters(statements: pd.DataFrame, by: Sequence[str] | str = ("party",)) -> pd.DataFrame:
    """Hedges and boosters in each group's own words (the statements' text).

    One row per group: n (statements; rows sharing ``doc_id`` and ``statement`` count once),
    words, hedges, boosters, their rates per 1,000 words (NaN without words) and the terms
    found, with counts, as evidence. More hedges per 1,000
    words = the words as reported commit less; more boosters = they commit more. Spans:
    :func:`statement_stance_markers`.
    """
    by = _as_list(by)
    _require(statements, ["text", *by])
    per_statement = []
    for idx, text in zip(statements.index, statements["text"]):
        _check_text(text, f"statement {idx!r}")
        hits = [(e, text[a:b]) for e, a, b in _stance_hits(text)]
        per_statement.append(_stance_row(hits, len(words(text))))
    rows = pd.DataFrame(per_statement, index=statements.index,
                        columns=["words", "hedges", "boosters", "hedge_terms", "booster_terms"])
    gid, keys = _groups(statements, by)
    grouped = rows.assign(_g=gid.to_numpy(), _u=_utterances(statements).to_numpy()).groupby("_g")
    out = pd.DataFrame({
        "n": grouped["_u"].nunique(),
        "words": grouped["words"].sum(),
        "hedges": grouped["hedges"].sum(),
        "boosters": grouped["boosters"].sum(),
        "hedge_terms": grouped["hedge_terms"].agg(lambda s: _summarise(t for ts in s for t in ts)),
        "booster_terms": grouped["booster_terms"].agg(
            lambda s: _summarise(t for ts in s for t in ts)),
    }).reindex(keys.index)
    out = _add_stance_rates(out)
    return keys.join(out).reset_index(drop=True)[[*by, "n", *_STANCE_COLUMNS]]


def _narrator_spans(article_text: str, statements: pd.DataFrame, body_start: int,
                    doc_id) -> tuple[list[tuple[int, int]], object]:
    """Spans of the body outside every statement and every cue, and the doc_id they belong to."""
    _check_text(article_text, "article_text")
    if not 0 <= body_start <= len(article_text):
        raise ValueError(f"body_start {body_start} lies outside the article ({len(article_text)} "
                         "characters)")
    _require(statements, ["text", "start", "end"])
    if doc_id is not None:
        _require(statements, ["doc_id"])
        statements = statements[statements["doc_id"] == doc_id]
    elif "doc_id" in statements.columns and statements["doc_id"].nunique() > 1:
        raise ValueError("statements hold several articles "
                         f"({statements['doc_id'].nunique()} doc_ids); pass doc_id=")
    elif "doc_id" in statements.columns and len(statements):
        doc_id = statements["doc_id"].iloc[0]
    masked = []
    for idx, row in statements.iterrows():
        start, end = int(row["start"]), int(row["end"])
        if article_text[start:end] != row["text"]:
            raise ValueError(f"statement {idx!r}: text does not match article_text[{start}:{end}]"
                             " (statements from another article, or shifted spans?)")
        masked.append((start, end))
        # The cue's stance is the reporting-verb class; counting it again would count it twice.
        if {"cue_start", "cue_end"} <= set(row.index) and pd.notna(row["cue_start"]) \
                and pd.notna(row["cue_end"]):
            masked.append((int(row["cue_start"]), int(row["cue_end"])))
    spans, cursor = [], body_start
    for start, end in sorted(masked):
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(article_text):
        spans.append((cursor, len(article_text)))
    return spans, doc_id


def _narrator_markers(article_text: str, spans: list[tuple[int, int]],
                      body_start: int) -> pd.DataFrame:
    rows = []
    for e, s, t in _stance_hits(article_text, body_start):
        if any(a <= s and t <= b for a, b in spans):
            rows.append((e.term, e.kind, s, t, article_text[s:t]))
    return pd.DataFrame(rows, columns=["term", "type", "start", "end", "text"])


def narrator_markers(article_text: str, statements: pd.DataFrame, body_start: int = 0,
                     doc_id=None) -> pd.DataFrame:
    """Hedges and boosters in the narrator's voice: the body outside all statements and cues.

    Same columns as :func:`stance_markers`, with spans into ``article_text``. Markers are found
    in the whole text (so that "Theresa May" or "a show of force" keep their context) and kept
    when they lie wholly in the narrator's voice.
    """
    spans, _ = _narrator_spans(article_text, statements, body_start, doc_id)
    return _narrator_markers(article_text, spans, body_start)


def narrator_stance(article_text: str, statements: pd.DataFrame, body_start: int = 0,
                    doc_id=None) -> pd.DataFrame:
    """Hedges and boosters in the narrator's voice of one article, as one row.

    Columns: doc_id, words (narrator's words), hedges, boosters, rates per 1,000 words and the
    terms found. ``body_start`` skips a headline or navigation above the body; ``doc_id``
    selects the article's statements when the table holds several articles. Compare the rates
    with :func:`hedges_boosters` to see whether the narrator hedges more than the sources.
    Spans: :func:`narrator_markers`.
    """
    spans, doc_id = _narrator_spans(article_text, statements, body_start, doc_id)
    markers = _narrator_markers(article_text, spans, body_start)
    hits = [(_Entry(m.term, m.type), m.text) for m in markers.itertuples()]
    row = {"doc_id": doc_id,
           **_stance_row(hits, sum(len(words(article_text[a:b])) for a, b in spans))}
    row["hedge_terms"] = _summarise(row["hedge_terms"])
    row["booster_terms"] = _summarise(row["booster_terms"])
    return _add_stance_rates(pd.DataFrame([row]))[["doc_id", *_STANCE_COLUMNS]]


# --- generic frames --------------------------------------------------------------------------

def _frame_hits(text: str):
    tokens = _tokens(text)
    for matcher in _frame_matchers().values():
        yield from matcher.finditer(text, tokens)


def frame_hits(text: str) -> pd.DataFrame:
    """Frame indicators in ``text``: term, frame, question, start, end, text.

    ``question`` names the Semetko & Valkenburg question the term stands for (see the header of
    ``generic_frames.csv``); ``text[start:end]`` is the word as written. A word may indicate
    two frames.
    """
    _check_text(text)
    rows = sorted(((e.term, e.kind, e.question, s, t, text[s:t]) for e, s, t in _frame_hits(text)),
                  key=lambda r: (r[3], FRAMES.index(r[1])))
    return pd.DataFrame(rows, columns=["term", "frame", "question", "start", "end", "text"])


def frame_scores(text: str) -> dict[str, dict[str, float]]:
    """Per frame: {"hits": indicator words found, "words": words in text, "per_1000_words": rate}.

    More hits per 1,000 words = the text leans more on that frame's vocabulary; this is a
    dictionary approximation of a coder's yes/no judgement, not a substitute for it. The rate is
    NaN for a text without words.
    """
    _check_text(text)
    n_words = len(words(text))
    counts = Counter(e.kind for e, _, _ in _frame_hits(text))
    return {f: {"hits": counts[f], "words": n_words,
                "per_1000_words": counts[f] * 1000 / n_words if n_words else float("nan")}
            for f in FRAMES}


def _frames_table(texts: pd.Series, keys_by: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Frame counts of ``texts`` grouped by the columns ``by`` of ``keys_by`` (same index)."""
    gid, keys = _groups(keys_by, by)
    gid = pd.Series(gid.to_numpy(), index=texts.index)
    utterance = pd.Series(_utterances(keys_by).to_numpy(), index=texts.index)
    n_words, hits = {}, []
    for idx, text in texts.items():
        _check_text(text, f"text {idx!r}")
        n_words[idx] = len(words(text))
        hits.extend((idx, e.kind, _as_written(text[a:b])) for e, a, b in _frame_hits(text))
    hits = pd.DataFrame(hits, columns=["row", "frame", "term"])
    hits["_g"] = hits["row"].map(gid)
    hits["_u"] = hits["row"].map(utterance)
    rows = pd.DataFrame({"_g": gid, "_u": utterance, "words": pd.Series(n_words)})
    grid = pd.MultiIndex.from_product([keys.index, FRAMES], names=["_g", "frame"])
    grouped = hits.groupby(["_g", "frame"])
    out = pd.DataFrame({
        "hits": grouped.size().reindex(grid, fill_value=0),
        "present": grouped["_u"].nunique().reindex(grid, fill_value=0),
        "terms": grouped["term"].agg(_summarise).reindex(grid, fill_value=""),
    }).reset_index()
    out["n"] = out["_g"].map(rows.groupby("_g")["_u"].nunique()).astype(int)
    out["words"] = out["_g"].map(rows.groupby("_g")["words"].sum()).astype(int)
    out["per_1000_words"] = out["hits"] * 1000 / out["words"].where(out["words"] > 0)
    out["present_share"] = out["present"] / out["n"]
    out = keys.join(out.set_index("_g"), how="right").reset_index(drop=True)
    return out[[*by, "frame", "n", "words", "hits", "per_1000_words", "present", "present_share",
                "terms"]]


def frames_by(statements: pd.DataFrame, by: Sequence[str] | str = ("party",)) -> pd.DataFrame:
    """Generic frames in each group's own words (the statements' text).

    One row per group and frame (zeros included): n statements, words, hits, hits per 1,000
    words, ``present`` (statements with at least one hit: the nearest thing to Semetko &
    Valkenburg's yes/no per story), ``present_share`` and the terms found as evidence. Spans:
    :func:`frame_hits` on a statement's text.
    """
    by = _as_list(by)
    _require(statements, ["text", *by])
    return _frames_table(statements["text"], statements, by)


def frames_by_article(articles: Mapping[str, str] | pd.DataFrame,
                      body_start: int = 0) -> pd.DataFrame:
    """Generic frames of whole articles: one row per article and frame.

    ``articles`` is a mapping doc_id -> text or a DataFrame with ``doc_id`` and ``text`` (and
    optionally a ``body_start`` column, which overrides ``body_start``: the offset where the body
    begins, to leave out a headline or navigation). Columns as :func:`frames_by`, with n = 1 and
    ``present`` 0 or 1 per article.
    """
    if isinstance(articles, Mapping):
        table = pd.DataFrame({"doc_id": list(articles), "text": list(articles.values())})
    elif isinstance(articles, pd.DataFrame):
        _require(articles, ["doc_id", "text"], "articles")
        table = articles.reset_index(drop=True)
    else:
        raise TypeError("articles must be a mapping doc_id -> text or a DataFrame with doc_id and "
                        f"text columns, got {type(articles).__name__}")
    starts = table["body_start"] if "body_start" in table.columns else \
        pd.Series(body_start, index=table.index)
    for idx, text in table["text"].items():
        _check_text(text, f"article {table.at[idx, 'doc_id']!r}")
    bodies = pd.Series([t[int(s):] for t, s in zip(table["text"], starts)], index=table.index)
    return _frames_table(bodies, table, ["doc_id"])


# --- helpers ---------------------------------------------------------------------------------

def _as_list(by: Sequence[str] | str) -> list[str]:
    return [by] if isinstance(by, str) else list(by)


def _require(table, columns: Iterable[str], what: str = "statements") -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise KeyError(f"{what} lack the column(s) {missing}; they have {list(table.columns)}")


def _check_text(text, what: str = "text") -> None:
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a string, got {type(text).__name__}: {text!r}")


def _groups(table: pd.DataFrame, by: list[str]) -> tuple[pd.Series, pd.DataFrame]:
    """A group number per row (missing keys form their own group) and the keys per number."""
    if not by:
        one_group = pd.Index([0] if len(table) else [])
        return pd.Series(0, index=table.index), pd.DataFrame(index=one_group)
    gid = table.groupby(by, dropna=False, sort=True).ngroup()
    keys = table[by].assign(_g=gid.to_numpy()).drop_duplicates("_g").set_index("_g").sort_index()
    keys.index.name = None
    return gid, keys


def _utterances(table: pd.DataFrame) -> pd.Series:
    """One key per utterance: rows that share ``doc_id`` and ``statement`` are one utterance."""
    if "statement" not in table.columns:
        return pd.Series(list(table.index), index=table.index, dtype=object)
    doc = table["doc_id"] if "doc_id" in table.columns else pd.Series("", index=table.index)
    return pd.Series([(d, s) if pd.notna(s) else (None, i)
                      for d, s, i in zip(doc, table["statement"], table.index)],
                     index=table.index, dtype=object)


def _as_written(span: str) -> str:
    """A hit as written, lower-cased with plain apostrophes and spaces, for evidence columns."""
    return " ".join(normalize_typography(span).lower().split())


def _summarise(terms: Iterable[str]) -> str:
    """ "claims (2); contends (1)": most frequent first, for a reader checking a number."""
    counts = Counter(t for t in terms if t)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{t} ({c})" for t, c in ranked)
