"""Articles from whatever a user has: text files, saved web pages, corpus tables or folders of them.

Every later stage indexes into ``Article.text`` with character offsets, so the text is kept
exactly as read (only line endings are unified, as Python's ``open`` does) and page furniture
that scrapers leave at the top ("Home News <headline>", the headline repeated, "Source: CNN")
is recognised and skipped with ``body_start`` instead of being cut out. Metadata comes, from
weakest to strongest, from that header, then from the page's own metadata or the table's
columns, then from a ``NAME.meta.json`` sidecar. Bad input never stops a load of thousands of
articles unless asked to: each problem becomes one row of an errors table naming the file and
the reason; ``strict=True`` raises on the first one instead.
"""
from __future__ import annotations

import codecs
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date as _date, datetime
from pathlib import Path

import pandas as pd

from .text import words

MAX_BYTES = 5_000_000

HTML_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"})
SIDECAR_SUFFIX = ".meta.json"

# Column names of the corpus tables people actually have (Media Cloud, GDELT/news-please,
# newspaper3k exports, hand-made spreadsheets), matched case-insensitively, first one wins.
TEXT_COLUMNS = ("text", "body", "content", "article_text", "maintext")
META_COLUMNS = {
    "headline": ("headline", "title"),
    "outlet": ("outlet", "source", "media_name", "publisher"),
    "date": ("date", "publish_date", "published", "publication_date"),
    "url": ("url", "link"),
    "id": ("id", "doc_id", "stories_id"),
}
ERROR_COLUMNS = ["path", "row", "problem", "severity"]

_FEW_WORDS = 30  # fewer words than this from a web page is rarely a whole article
_CHUNK_ROWS = 1_000  # rows read at a time from a table, so a large table streams


class ArticleError(ValueError):
    """A problem with an input, raised in strict mode; the message names the file and the problem."""

    def __init__(self, path: str, problem: str, row: int | None = None):
        self.path, self.problem, self.row = path, problem, row
        where = f"{path} (row {row})" if row is not None else path
        super().__init__(f"{where}: {problem}")


class ArticleWarning(UserWarning):
    """A problem reported while iterating without an ``errors`` list to collect it."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    headline: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    body_start: int = 0

    @property
    def body(self) -> str:
        return self.text[self.body_start:]


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    errors: pd.DataFrame = field(default_factory=lambda: _errors_frame([]))

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)


def load_articles(*sources, strict: bool = False, max_bytes: int | None = MAX_BYTES) -> Corpus:
    """All articles in ``sources`` (files, folders, or lists of them) and a table of problems.

    ``errors`` has one row per problem: ``path``, ``row`` (for a table, the 1-based number of
    the record, which is the line number in JSON Lines; missing for a file), ``problem`` (a
    sentence) and ``severity`` ("error": nothing was loaded from it; "warning": the article
    was loaded but needs a look). Fewer rows is better.
    ``max_bytes`` bounds one article: the size of a text or HTML file, the UTF-8 size of one
    table row's text (a table file itself may be any size). ``strict=True`` raises
    :class:`ArticleError` on the first problem instead of recording it.
    """
    problems: list[dict] = []
    articles = list(iter_articles(*sources, strict=strict, max_bytes=max_bytes, errors=problems))
    return Corpus(articles, _errors_frame(problems))


def iter_articles(*sources, strict: bool = False, max_bytes: int | None = MAX_BYTES,
                  errors: list[dict] | None = None) -> Iterator[Article]:
    """Yield the articles of ``sources`` one at a time, in a stable order, for large corpora.

    Problems are appended to ``errors`` as dicts with the columns of ``Corpus.errors``; without
    a list they are issued as :class:`ArticleWarning` so that none goes unseen. A duplicate id
    (two files with one stem, a table with a repeated id) is made unique with a suffix
    ("story", "story~2", "story~3", in load order) and reported as a warning (which, like
    every problem, raises in strict mode).
    """
    loader = _Loader(strict, max_bytes, errors)
    for path in _paths(sources):
        for article in loader.load_path(path):
            yield loader.unique(article)


def articles_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article with every field but ``text``, plus ``words`` counted in the body."""
    columns = [f.name for f in fields(Article) if f.name != "text"] + ["words"]
    rows = []
    for article in articles:
        row = {k: v for k, v in asdict(article).items() if k != "text"}
        row["words"] = len(words(article.body))
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def _errors_frame(problems: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(problems, columns=ERROR_COLUMNS)
    frame["row"] = frame["row"].astype("Int64")
    return frame


def _paths(sources) -> Iterator[Path]:
    for source in sources:
        if isinstance(source, (str, Path)):
            yield Path(source)
        elif isinstance(source, Iterable) and not isinstance(source, (bytes, dict)):
            yield from _paths(source)
        else:
            raise TypeError("an article source must be a path or a list of paths, "
                            f"not {type(source).__name__}")


class _Loader:
    """One load: its options, its problem list, and the ids given out so far."""

    def __init__(self, strict: bool, max_bytes: int | None, errors: list[dict] | None):
        self.strict, self.max_bytes, self.errors = strict, max_bytes, errors
        self.seen: set[str] = set()
        self.reported = 0

    def report(self, path: Path, problem: str, row: int | None = None, severity: str = "error") -> None:
        if self.strict:
            raise ArticleError(str(path), problem, row)
        self.reported += 1
        entry = {"path": str(path), "row": row, "problem": problem, "severity": severity}
        if self.errors is None:
            warnings.warn(str(ArticleError(str(path), problem, row)), ArticleWarning, stacklevel=4)
        else:
            self.errors.append(entry)

    def unique(self, article: Article) -> Article:
        if article.id not in self.seen:
            self.seen.add(article.id)
            return article
        n = 2
        while f"{article.id}~{n}" in self.seen:
            n += 1
        new_id = f"{article.id}~{n}"
        self.seen.add(new_id)
        self.report(Path(article.path), f"duplicate id {article.id!r}, renamed {new_id!r}",
                    severity="warning")
        return replace(article, id=new_id)

    # -- dispatch -------------------------------------------------------------------------

    def load_path(self, path: Path) -> Iterator[Article]:
        if path.is_dir():
            yield from self.load_folder(path)
        elif path.is_file():
            if path.name.endswith(SIDECAR_SUFFIX):
                self.report(path, "is a metadata sidecar, not an article: pass the article file beside it")
            else:
                yield from self.load_file(path)
        elif path.exists():
            self.report(path, "is neither a regular file nor a folder")
        else:
            self.report(path, "no such file or folder")

    def load_folder(self, folder: Path) -> Iterator[Article]:
        files = []
        for path in folder.rglob("*"):
            relative = path.relative_to(folder).parts
            if any(part.startswith(".") for part in relative) or path.is_dir():
                continue
            files.append((relative, path))
        files.sort()
        article_stems = {(p.parent, p.stem) for _, p in files
                         if not p.name.endswith(SIDECAR_SUFFIX) and p.suffix.lower() not in TABLE_SUFFIXES}
        for _, path in files:
            if not path.is_file():
                self.report(path, "is neither a regular file nor a folder (a broken link?)")
                continue
            if path.name.endswith(SIDECAR_SUFFIX):
                if (path.parent, path.name[:-len(SIDECAR_SUFFIX)]) not in article_stems:
                    self.report(path, "metadata sidecar with no article file of the same name beside it",
                                severity="warning")
                continue
            yield from self.load_file(path)

    def load_file(self, path: Path) -> Iterator[Article]:
        suffix = path.suffix.lower()
        try:
            if suffix in TABLE_SUFFIXES:
                yield from self.load_table(path, suffix)
                return
            article = self.load_html(path) if suffix in HTML_SUFFIXES else self.load_text(path)
        except OSError as exc:
            self.report(path, f"cannot be read ({exc.strerror or exc})")
            return
        if article is not None:
            yield article

    # -- single-article files -------------------------------------------------------------

    def read_bytes(self, path: Path) -> bytes | None:
        """The file's bytes, or None after reporting why it cannot be an article."""
        size = path.stat().st_size
        if size == 0:
            self.report(path, "empty file")
            return None
        if self.max_bytes is not None and size > self.max_bytes:
            self.report(path, f"file is {size:,} bytes, over the limit of max_bytes={self.max_bytes:,}")
            return None
        data = path.read_bytes()
        reason = _binary_reason(data)
        if reason:
            self.report(path, f"binary file ({reason}), not an article: only text, HTML, "
                              "CSV/TSV, JSON Lines, JSON and Parquet files are read")
            return None
        return data

    def load_text(self, path: Path) -> Article | None:
        data = self.read_bytes(path)
        if data is None:
            return None
        text, bad = _decode(data)
        if not text.strip():
            self.report(path, "empty file (only whitespace)")
            return None
        if bad:
            self.report(path, bad, severity="warning")
        header = _read_header(text, guess_title=True)
        meta = {"headline": header.headline, "outlet": header.outlet, "date": header.date, "url": header.url}
        meta.update(self.sidecar(path))
        return self.finish(Article(path.stem, text, path=str(path), body_start=header.body_start, **meta))

    def load_html(self, path: Path) -> Article | None:
        data = self.read_bytes(path)
        if data is None:
            return None
        try:
            trafilatura = _import_trafilatura()
        except ImportError as exc:
            self.report(path, f"HTML pages cannot be read here: trafilatura failed to import ({exc})")
            return None
        # Extensive date search takes any date in the page (a copyright year becomes
        # "2023-01-01"), so only the page's declared dates are used.
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
        text = (doc.text or "") if doc is not None else ""
        if not text.strip():
            self.report(path, "no article text found in the HTML page")
            return None
        if len(words(text)) < _FEW_WORDS:
            self.report(path, f"only {len(words(text))} words of main text found: the page may not be "
                              "an article (an index, paywall or consent page?)", severity="warning")
        header = _read_header(text, known_headline=doc.title or "", guess_title=False)
        meta = {"headline": doc.title or header.headline, "outlet": doc.sitename or header.outlet,
                "date": _iso_date(doc.date) or header.date, "url": doc.url or header.url}
        meta.update(self.sidecar(path))
        return self.finish(Article(path.stem, text, path=str(path), body_start=header.body_start, **meta))

    def sidecar(self, path: Path) -> dict[str, str]:
        """Non-empty fields of ``NAME.meta.json`` beside ``NAME.ext``; an empty value erases nothing."""
        meta_path = path.with_name(path.stem + SIDECAR_SUFFIX)
        if not meta_path.is_file():
            return {}
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self.report(meta_path, f"metadata sidecar ignored: not readable JSON ({exc})", severity="warning")
            return {}
        if not isinstance(meta, dict):
            self.report(meta_path, "metadata sidecar ignored: it must hold one JSON object",
                        severity="warning")
            return {}
        found = _metadata(meta)
        found.pop("id", None)
        return {k: v for k, v in found.items() if v}

    def finish(self, article: Article) -> Article:
        if article.body_start >= len(article.text.rstrip()):
            self.report(Path(article.path), "no body text after the page header", severity="warning")
        return article

    # -- tables ---------------------------------------------------------------------------

    def load_table(self, path: Path, suffix: str) -> Iterator[Article]:
        if path.stat().st_size == 0:
            self.report(path, "empty file")
            return
        if suffix == ".parquet":
            records = self.parquet_records(path)
        elif suffix in (".jsonl", ".ndjson"):
            records = self.json_lines_records(path)
        elif suffix == ".json":
            records = self.json_records(path)
        else:
            records = self.csv_records(path, "\t" if suffix == ".tsv" else None)
        any_row, reported_before = False, self.reported
        for row, record in records:
            columns = _table_columns(record.keys())
            if columns["text"] is None and not any_row:
                found = ", ".join(map(str, record.keys())) or "none"
                self.report(path, f"no text column: expected one of {', '.join(TEXT_COLUMNS)}; found {found}")
                return
            any_row = True
            article = self.table_article(path, row, record, columns)
            if article is not None:
                yield article
        if not any_row and self.reported == reported_before:
            self.report(path, "table has no rows")

    def table_article(self, path: Path, row: int, record: dict, columns: dict) -> Article | None:
        text = record.get(columns["text"]) if columns["text"] else None
        if _is_missing(text) or not str(text).strip():
            self.report(path, f"row has no text (column {columns['text'] or 'text'!r} is empty)", row=row)
            return None
        text = str(text)
        if self.max_bytes is not None and len(text.encode("utf-8")) > self.max_bytes:
            self.report(path, f"row text is over the limit of max_bytes={self.max_bytes:,}", row=row)
            return None
        meta = _metadata(record, columns)
        header = _read_header(text, known_headline=meta["headline"], guess_title=False)
        return Article(f"{path.stem}:{meta['id'] or row}", text, path=str(path), body_start=header.body_start,
                       headline=meta["headline"] or header.headline, outlet=meta["outlet"] or header.outlet,
                       date=meta["date"] or header.date, url=meta["url"] or header.url)

    def csv_records(self, path: Path, sep: str | None) -> Iterator[tuple[int, dict]]:
        bad = _undecodable_in_file(path)
        if bad:
            self.report(path, bad, severity="warning")
        if sep is None:
            sep = _guess_delimiter(path)
        row = 0
        try:
            reader = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, chunksize=_CHUNK_ROWS,
                                 encoding="utf-8-sig", encoding_errors="replace", on_bad_lines="warn")
            with reader:
                while True:
                    # A line with too many fields is skipped with a warning; it becomes a row
                    # of the errors table instead of ending the whole table.
                    with warnings.catch_warnings(record=True) as skipped:
                        warnings.simplefilter("always", pd.errors.ParserWarning)
                        chunk = next(reader, None)
                    for warning in skipped:
                        if issubclass(warning.category, pd.errors.ParserWarning):
                            for line in str(warning.message).strip().splitlines():
                                self.report(path, f"malformed row skipped: {line.strip()}")
                    if chunk is None:
                        break
                    for record in chunk.to_dict("records"):
                        row += 1
                        yield row, record
        except ArticleError:
            raise
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            after = f" after row {row}" if row else ""
            self.report(path, f"malformed table, reading stopped{after}: {message}")

    def json_lines_records(self, path: Path) -> Iterator[tuple[int, dict]]:
        with path.open("rb") as handle:
            for line_no, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                line, bad = _decode(raw)
                if bad:
                    self.report(path, bad, row=line_no, severity="warning")
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    self.report(path, f"line is not valid JSON ({exc.msg})", row=line_no)
                    continue
                if not isinstance(record, dict):
                    self.report(path, "line is not a JSON object", row=line_no)
                    continue
                yield line_no, record

    def json_records(self, path: Path) -> Iterator[tuple[int, dict]]:
        data = path.read_bytes()
        text, bad = _decode(data)
        if bad:
            self.report(path, bad, severity="warning")
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            self.report(path, f"malformed table: not valid JSON ({exc})")
            return
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list):
            self.report(path, "malformed table: a JSON file must hold a list of article objects")
            return
        for row, record in enumerate(records, start=1):
            if isinstance(record, dict):
                yield row, record
            else:
                self.report(path, "record is not a JSON object", row=row)

    def parquet_records(self, path: Path) -> Iterator[tuple[int, dict]]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        row = 0
        try:
            table = pq.ParquetFile(path)
            for batch in table.iter_batches(batch_size=_CHUNK_ROWS):
                for record in batch.to_pylist():
                    row += 1
                    yield row, record
        except (pa.ArrowException, OSError) as exc:
            after = f" after row {row}" if row else ""
            self.report(path, f"malformed table, reading stopped{after}: {exc}")


def _import_trafilatura():
    # Imported on first use: it is slow to import and only saved web pages need it.
    import trafilatura
    return trafilatura


# -- decoding ---------------------------------------------------------------------------

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _binary_reason(data: bytes) -> str:
    """Why ``data`` is not text ("" when it is): NUL bytes, or mostly undecodable/control bytes."""
    if data.startswith(_UTF16_BOMS):
        return ""
    sample = data[:65_536]
    if b"\x00" in sample:
        return "it contains NUL bytes"
    text = sample.decode("utf-8", errors="replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v\b"))
    if odd > 0.1 * len(text):
        return f"{odd / len(text):.0%} of its first characters are not text"
    return ""


def _decode(data: bytes) -> tuple[str, str]:
    """Text as ``open(path, encoding="utf-8").read()`` gives it, and a problem ("" if none).

    Undecodable bytes become U+FFFD so the rest of the article is kept; the problem says how
    many there were and where the first one is. A UTF-16 file with a byte-order mark (what
    some Windows editors save as "Unicode") is decoded as such.
    """
    if data.startswith(_UTF16_BOMS):
        text, problem = data.decode("utf-16"), ""
    else:
        try:
            text, problem = data.decode("utf-8"), ""
        except UnicodeDecodeError as exc:
            text = data.decode("utf-8", errors="replace")
            count = text.count("\ufffd") - data.count("\ufffd".encode())
            problem = (f"not valid UTF-8: {count} undecodable byte sequence(s), the first at byte "
                       f"{exc.start}, replaced with U+FFFD; the rest of the text is kept")
    # Universal newlines, as open() in text mode, so offsets agree with what users read.
    return text.replace("\r\n", "\n").replace("\r", "\n"), problem


def _undecodable_in_file(path: Path) -> str:
    """The problem with a large file's UTF-8 ("" if none), read in blocks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                position = offset + exc.start - len(decoder.getstate()[0])
                return (f"not valid UTF-8: undecodable bytes from about byte {max(position, 0)} were "
                        "replaced with U+FFFD; the rest of the table is kept")
            offset += len(block)
    return ""


def _guess_delimiter(path: Path) -> str:
    # European spreadsheets save "CSV" with semicolons; the header line tells which it is.
    with path.open("rb") as handle:
        header = handle.readline().decode("utf-8", errors="replace")
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


# -- tables -----------------------------------------------------------------------------

def _table_columns(names) -> dict[str, str | None]:
    by_lower = {}
    for name in names:
        by_lower.setdefault(str(name).strip().lower(), name)
    wanted = {"text": TEXT_COLUMNS, **META_COLUMNS}
    return {key: next((by_lower[c] for c in candidates if c in by_lower), None)
            for key, candidates in wanted.items()}


def _metadata(record: dict, columns: dict[str, str | None] | None = None) -> dict[str, str]:
    """headline, outlet, date, url and id of a record, from its columns' common names."""
    columns = columns or _table_columns(record.keys())
    found = {k: _as_text(record.get(c)) if c else "" for k, c in columns.items() if k != "text"}
    found["date"] = _iso_date(record.get(columns["date"])) if columns["date"] else ""
    return found


def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _as_text(value) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an id column read with missing values becomes float: 123.0 -> "123"
    return str(value).strip()


# -- dates ------------------------------------------------------------------------------

_MONTHS = {name: i for i, names in enumerate(
    ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
     "august aug", "september sep sept", "october oct", "november nov", "december dec"], start=1)
    for name in names.split()}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])"),
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d])"),
    re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.I),
]
_SLASHED = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})(?![\d])")


def _iso_date(value) -> str:
    """``yyyy-mm-dd`` when ``value`` is an unambiguous date, else the value as given (stripped).

    "01/02/2022" is left alone: it is 1 February in Europe and January 2 in the US; it is
    converted only when one of the two numbers is over 12.
    """
    if _is_missing(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    given = str(value).strip()
    for pattern in _DATE_PATTERNS:
        m = pattern.match(given)
        if m:
            month = m["month"]
            month = _MONTHS.get(month.lower()) if month.isalpha() else int(month)
            found = _valid_date(m["year"], month, m["day"])
            if found:
                return found
    m = _SLASHED.match(given)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            return _valid_date(m["year"], b, a) or given
        if b > 12 >= a:
            return _valid_date(m["year"], a, b) or given
    return given


def _valid_date(year, month, day) -> str:
    try:
        return _date(int(year), int(month), int(day)).isoformat() if month else ""
    except ValueError:
        return ""


# -- page furniture ---------------------------------------------------------------------

# A breadcrumb at the very top of a scraped page: "Home | World | ...", "Home › News › ...",
# or "Home" followed by a section name.
_SECTIONS = ("News", "World", "Politics", "Business", "Opinion", "Sport", "Sports", "Latest",
             "Europe", "Asia", "Americas", "Africa", "Middle East", "International", "Analysis")
_NAV = re.compile(r"(?:Home(?:page)?|HOME)(?:\s*[|›»>/•·]\s*|\s+(?=(?:%s)\b))" % "|".join(_SECTIONS))
_NAV_SPLIT = re.compile(r"\s*[|›»>/•·]\s*")
_KEY_LINE = re.compile(
    r"(?P<key>source|outlet|publisher|published(?: on| at)?|updated(?: on| at)?|posted(?: on)?|date|"
    r"url|link|original url|title|headline|by|author|authors|byline)\s*:\s*(?P<value>\S.*)", re.I)
_KEY_FIELD = {"source": "outlet", "outlet": "outlet", "publisher": "outlet", "published": "date",
              "posted": "date", "date": "date", "url": "url", "link": "url", "original url": "url",
              "title": "headline", "headline": "headline"}
_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]*){0,7}")
_HEADER_LINES = 10  # a header longer than this is not page furniture


@dataclass(frozen=True)
class _Header:
    headline: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    body_start: int = 0


def _looks_like_title(line: str, min_words: int = 1) -> bool:
    """Short, starts like a title, and does not end like a sentence or run on into one."""
    n = len(line.split())
    return (min_words <= n <= 20 and len(line) <= 200 and line[-1] not in ".,;:"
            and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
            and not re.search(r"[.!?][\"'”’]?\s+[A-Z]", line))


def _read_header(text: str, known_headline: str = "", guess_title: bool = True) -> _Header:
    """Headline, outlet, date, url and body start from the page furniture atop ``text``.

    Furniture is recognised only with evidence, all before any line of prose: a breadcrumb
    first line, a headline line repeated (or equal to ``known_headline``), "Key: value" lines
    (Source, Published, URL...) or a byline. Then, with ``guess_title``, a short line without
    a final period that is followed by more text is taken as the headline.
    """
    lines = []  # (offset of the stripped content, stripped content) of the first non-blank lines
    for m in re.finditer(r"[^\n]+", text):
        content = m.group().strip().lstrip("\ufeff").strip()
        if content:
            lines.append((m.start() + m.group().index(content), content))
            if len(lines) > _HEADER_LINES:
                break
    if not lines:
        return _Header()
    known_headline = known_headline.strip()

    nav_rest = ""
    found: dict[str, str] = {}
    signal_at = -1  # index of the last line that is certainly furniture
    titles: list[tuple[int, str]] = []
    for i, (_, line) in enumerate(lines[:_HEADER_LINES]):
        if i == 0 and (nav := _NAV.match(line)):
            nav_rest = line[nav.end():]
            signal_at = i
        elif known_headline and line == known_headline:
            titles.append((i, line))
            signal_at = i
        elif (key := _KEY_LINE.fullmatch(line)) and _short_value(key):
            name = key["key"].lower()
            field_name = _KEY_FIELD.get(name) or _KEY_FIELD.get(name.split()[0])
            if field_name and field_name not in found:
                value = key["value"].strip()
                found[field_name] = _iso_date(value) if field_name == "date" else value
            signal_at = i
        elif i > 0 and _BYLINE.fullmatch(line):
            signal_at = i
        elif _looks_like_title(line):
            titles.append((i, line))
        else:
            break

    def occurrences(line: str) -> int:
        return sum(line == other for _, other in titles) + bool(nav_rest.endswith(line))

    repeated = [(i, line) for i, line in titles if occurrences(line) >= 2]
    headline = found.get("headline") or known_headline or (repeated[0][1] if repeated else "")
    if not headline and nav_rest:
        headline = _headline_from_breadcrumb(nav_rest)
    if repeated:
        signal_at = max(signal_at, max(i for i, _ in repeated))
    if not headline:  # "Title\nSource: CNN": a title line amid the furniture is the headline
        headline = next((line for i, line in titles if i < signal_at), "")

    body = signal_at + 1
    if (not headline and guess_title and body + 1 < len(lines)
            and _looks_like_title(lines[body][1], min_words=3)):
        headline, body = lines[body][1], body + 1
    if body == 0:
        return _Header()
    body_start = lines[body][0] if body < len(lines) else len(text)
    return _Header(headline, found.get("outlet", ""), found.get("date", ""), found.get("url", ""), body_start)


def _short_value(key: re.Match) -> bool:
    # "Source: the ministry said on Monday that ..." is prose, not a metadata line.
    return len(key["value"].split()) <= 12 or key["key"].lower() in ("url", "link", "original url")


_SECTION_PREFIX = re.compile(r"^(?:%s)\s+" % "|".join(_SECTIONS))


def _headline_from_breadcrumb(rest: str) -> str:
    """The last crumb of "World | Europe | Headline", or "Headline" after "News Headline".

    A crumb that is only a section name ("Europe") is no headline.
    """
    crumbs = [c for c in _NAV_SPLIT.split(rest) if c]
    if not crumbs:
        return ""
    last = crumbs[-1]
    if len(crumbs) == 1:  # "Home News Headline": the section word made it a breadcrumb
        last = _SECTION_PREFIX.sub("", last, count=1)
    return "" if last in _SECTIONS or len(last.split()) < 2 else last
