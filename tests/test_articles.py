"""Loading articles from text files, saved web pages, corpus tables and folders.

Every input is written by the tests into tmp_path; the texts are made up for the tests,
except the seed article under data/articles/, which is only read.
"""
import json
import os
import socket
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from analysis import articles as loader
from analysis.articles import (Article, ArticleError, ArticleWarning, articles_table, iter_articles,
                               load_articles)
from analysis.config import ARTICLES_DIR

SEED = ARTICLES_DIR / "2022-02-01_cnn_putin-says-us-ignoring-russian-security-needs.txt"
BODY = "The minister said on Tuesday that talks would go on.\n\nA second paragraph follows here.\n"


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def only_article(corpus):
    assert len(corpus.articles) == 1, corpus.errors
    return corpus.articles[0]


# -- the seed article ---------------------------------------------------------------------

def test_seed_article_header_sidecar_and_exact_text():
    corpus = load_articles(SEED)
    article = only_article(corpus)
    assert corpus.errors.empty
    assert article.id == SEED.stem
    assert article.headline == "Putin Says US and Allies are Ignoring Russian Security Needs"
    assert article.outlet == "CNN"
    assert article.date == "2022-02-01"
    assert article.url == ""
    assert article.path == str(SEED)
    assert article.text[article.body_start:].startswith("On Tuesday, Russian President")
    with open(SEED, encoding="utf-8") as handle:
        assert handle.read() == article.text


def test_seed_folder_loads_the_article_but_not_its_sidecar():
    corpus = load_articles(ARTICLES_DIR)
    assert [a.id for a in corpus.articles] == [SEED.stem]
    assert corpus.errors.empty


def test_seed_header_found_without_the_sidecar(tmp_path):
    copy = write(tmp_path / "story.txt", SEED.read_text(encoding="utf-8"))
    article = only_article(load_articles(copy))
    assert (article.headline, article.outlet, article.date) == (
        "Putin Says US and Allies are Ignoring Russian Security Needs", "CNN", "")
    assert article.text[article.body_start:].startswith("On Tuesday, Russian President")


# -- plain text and page furniture --------------------------------------------------------

@pytest.mark.parametrize("head, headline, outlet, date", [
    # breadcrumb with the headline, headline repeated, source line: the seed's shape
    ("Home News Talks Resume In Geneva\n\nTalks Resume In Geneva\nSource: Reuters\n\n",
     "Talks Resume In Geneva", "Reuters", ""),
    # breadcrumb with separators, headline as its last crumb
    ("Home | World | Europe | Talks Resume In Geneva\n\n", "Talks Resume In Geneva", "", ""),
    # breadcrumb of sections only; the headline on the next line
    ("Home › World\nTalks Resume In Geneva\n\n", "Talks Resume In Geneva", "", ""),
    # headline repeated, no breadcrumb
    ("Talks Resume In Geneva\nTalks Resume In Geneva\n\n", "Talks Resume In Geneva", "", ""),
    # title, key-value lines and a byline
    ("Talks Resume In Geneva\nBy Jane Doe\nSource: BBC News\nPublished: 3 March 2022\n\n",
     "Talks Resume In Geneva", "BBC News", "2022-03-03"),
    ("Source: AP\nTalks Resume In Geneva\n\n", "Talks Resume In Geneva", "AP", ""),
    # no furniture: a short first line without a final period is the headline
    ("Talks Resume In Geneva\n\n", "Talks Resume In Geneva", "", ""),
])
def test_page_furniture_is_recognised_and_text_kept(tmp_path, head, headline, outlet, date):
    path = write(tmp_path / "a.txt", head + BODY)
    article = only_article(load_articles(path))
    assert (article.headline, article.outlet, article.date) == (headline, outlet, date)
    assert article.body_start == len(head)
    assert article.text == head + BODY


@pytest.mark.parametrize("text", [
    BODY,                                                         # first line is a sentence
    "Talks resume\n\n" + BODY,                                    # two words: too little to call it a title
    "Talks Resume In Geneva",                                     # nothing follows it
    "Kyiv, Ukraine, March 3 (Reuters) - The minister said so.\n" + BODY,
    "Talks Resume In Geneva, Officials Say; Russia Agrees To Meet Again and the US And Its Allies "
    "Also Say Yes To It\n\n" + BODY,                              # far too long for a headline
    "Source: the ministry said on Monday that talks would continue until an agreement is found.\n" + BODY,
])
def test_plain_text_without_a_title_starts_its_body_at_zero(tmp_path, text):
    article = only_article(load_articles(write(tmp_path / "a.txt", text)))
    assert (article.headline, article.outlet, article.body_start) == ("", "", 0)


def test_line_endings_unified_as_open_reads_them(tmp_path):
    path = write(tmp_path / "crlf.txt", b"Talks Resume In Geneva\r\n\r\nThe minister said so.\r\nMore.\r")
    article = only_article(load_articles(path))
    with open(path, encoding="utf-8") as handle:
        assert handle.read() == article.text
    assert article.text == "Talks Resume In Geneva\n\nThe minister said so.\nMore.\n"
    assert article.text[article.body_start:].startswith("The minister")


def test_utf16_with_byte_order_mark_is_read(tmp_path):
    path = write(tmp_path / "notepad.txt", "“Quoted,” she said.\n".encode("utf-16"))
    assert only_article(load_articles(path)).text == "“Quoted,” she said.\n"


# -- sidecars -----------------------------------------------------------------------------

def test_sidecar_overrides_the_header_but_empty_values_erase_nothing(tmp_path):
    write(tmp_path / "a.txt", "Home News Old Headline Here\n\nOld Headline Here\nSource: CNN\n\n" + BODY)
    write(tmp_path / "a.meta.json", json.dumps(
        {"headline": "New Headline", "outlet": "", "date": "February 1, 2022", "url": "https://x.test/a"}))
    corpus = load_articles(tmp_path)
    article = only_article(corpus)
    assert (article.headline, article.outlet, article.date, article.url) == (
        "New Headline", "CNN", "2022-02-01", "https://x.test/a")
    assert corpus.errors.empty


@pytest.mark.parametrize("sidecar, problem", [
    ("{not json", "not readable JSON"),
    ("[1, 2]", "one JSON object"),
])
def test_bad_sidecar_is_a_warning_and_the_article_is_kept(tmp_path, sidecar, problem):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", sidecar)
    corpus = load_articles(tmp_path)
    assert only_article(corpus).text == BODY
    [error] = corpus.errors.to_dict("records")
    assert error["path"].endswith("a.meta.json") and problem in error["problem"]
    assert error["severity"] == "warning"


def test_sidecar_alone_is_reported_not_loaded(tmp_path):
    write(tmp_path / "lost.meta.json", "{}")
    corpus = load_articles(tmp_path)
    assert corpus.articles == []
    assert corpus.errors["problem"].str.contains("no article file").tolist() == [True]
    explicit = load_articles(tmp_path / "lost.meta.json")
    assert explicit.errors["problem"].str.contains("metadata sidecar").tolist() == [True]


# -- HTML ---------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Talks Resume In Geneva | Example Times</title>
<meta property="og:title" content="Talks Resume In Geneva">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2022-03-03T09:30:00Z">
<link rel="canonical" href="https://news.example.test/world/talks-resume">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Talks Resume In Geneva</h1>
<p>Negotiators from both sides met again in Geneva on Thursday after a pause of two weeks, officials said.</p>
<p>“We are ready to listen,” the Russian envoy told reporters outside the building, adding that
progress was possible.</p>
<p>The US delegation said it would present a written proposal before the end of the week.</p>
</article>
<footer>Copyright 2023 Example Times. All rights reserved.</footer>
</body></html>
"""


def needs_trafilatura():
    # An ImportError other than a missing module (lxml without its html.clean part) also skips,
    # with its message in the summary, since the HTML loader reports it as an error row.
    pytest.importorskip("trafilatura", exc_type=ImportError)


@pytest.fixture
def no_network(monkeypatch):
    needs_trafilatura()  # imported before sockets are refused: importing is not the test

    def refuse(*args, **kwargs):
        raise AssertionError("the loader tried to open a network connection")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_saved_html_page_gives_main_text_and_metadata(tmp_path, no_network):
    needs_trafilatura()
    corpus = load_articles(write(tmp_path / "talks.html", PAGE))
    article = only_article(corpus)
    assert corpus.errors.empty
    assert (article.id, article.headline, article.outlet, article.date, article.url) == (
        "talks", "Talks Resume In Geneva", "Example Times", "2022-03-03",
        "https://news.example.test/world/talks-resume")
    assert article.text[article.body_start:].startswith("Negotiators from both sides")
    assert "“We are ready to listen,” the Russian envoy" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text


def test_html_date_is_not_guessed_from_a_copyright_line(tmp_path):
    needs_trafilatura()
    page = PAGE.replace('<meta property="article:published_time" content="2022-03-03T09:30:00Z">', "")
    assert only_article(load_articles(write(tmp_path / "a.htm", page))).date == ""


def test_html_without_main_text_is_an_error(tmp_path):
    needs_trafilatura()
    corpus = load_articles(write(tmp_path / "blank.html", "<html><body><div></div></body></html>"))
    assert corpus.articles == []
    assert "no article text" in corpus.errors["problem"].iloc[0]


def test_html_with_little_text_is_kept_with_a_warning(tmp_path):
    needs_trafilatura()
    page = "<html><body><article><p>Subscribe to read the whole story today.</p></article></body></html>"
    corpus = load_articles(write(tmp_path / "paywall.html", page))
    assert only_article(corpus).text == "Subscribe to read the whole story today."
    [error] = corpus.errors.to_dict("records")
    assert "only 7 words" in error["problem"] and error["severity"] == "warning"


def test_html_when_trafilatura_cannot_import_is_an_error_not_a_crash(tmp_path, monkeypatch):
    def broken():
        raise ImportError("lxml.html.clean module is now a separate project")
    monkeypatch.setattr(loader, "_import_trafilatura", broken)
    corpus = load_articles(write(tmp_path / "a.html", PAGE), write(tmp_path / "b.txt", BODY))
    assert [a.id for a in corpus.articles] == ["b"]
    assert "trafilatura failed to import" in corpus.errors["problem"].iloc[0]


# -- tables -------------------------------------------------------------------------------

@pytest.mark.parametrize("text_col, title_col, outlet_col, date_col, url_col, id_col", [
    ("text", "title", "source", "publish_date", "url", "id"),
    ("body", "headline", "outlet", "date", "link", "doc_id"),
    ("content", "Title", "media_name", "published", "URL", "stories_id"),
    ("article_text", "title", "publisher", "publication_date", "url", "id"),
    ("maintext", "title", "source", "date", "url", "id"),
])
def test_csv_columns_under_their_common_names(tmp_path, text_col, title_col, outlet_col, date_col, url_col,
                                              id_col):
    frame = pd.DataFrame({
        id_col: ["0071", "0072"],
        title_col: ["Talks Resume", "Talks Stall"],
        text_col: ["Talks resumed, \u201cslowly,\u201d he said.\nMore.", "Talks stalled.\r\nThey said so."],
        outlet_col: ["Reuters", "AP"],
        date_col: ["2022-03-03 14:05:00", "March 4, 2022"],
        url_col: ["https://a.test/1", ""],
    })
    path = tmp_path / "corpus.csv"
    frame.to_csv(path, index=False)
    corpus = load_articles(path)
    assert corpus.errors.empty
    first, second = corpus.articles
    assert (first.id, first.headline, first.outlet, first.date, first.url, first.path) == (
        "corpus:0071", "Talks Resume", "Reuters", "2022-03-03", "https://a.test/1", str(path))
    assert first.text == "Talks resumed, \u201cslowly,\u201d he said.\nMore."
    assert (second.id, second.date, second.url) == ("corpus:0072", "2022-03-04", "")
    assert second.text == "Talks stalled.\r\nThey said so."  # a table cell is kept as stored


def test_table_row_numbers_and_empty_text_rows(tmp_path):
    path = write(tmp_path / "rows.csv", 'title,text\nFirst,"One body."\nSecond,\nThird,"   "\nFourth,Four.\n')
    corpus = load_articles(path)
    assert [a.id for a in corpus.articles] == ["rows:1", "rows:4"]
    assert corpus.errors["row"].tolist() == [2, 3]
    assert corpus.errors["problem"].str.contains("no text").all()
    assert (corpus.errors["path"] == str(path)).all()


def test_table_text_starting_with_its_headline_has_body_after_it(tmp_path):
    path = write(tmp_path / "t.jsonl", json.dumps(
        {"title": "Talks Resume", "text": "Talks Resume\n\nNegotiators met again."}) + "\n")
    article = only_article(load_articles(path))
    assert article.text[article.body_start:] == "Negotiators met again."


@pytest.mark.parametrize("name, content", [
    ("semi.csv", "title;text\nTalks;Negotiators met, again.\n"),
    ("tabs.tsv", "title\ttext\nTalks\tNegotiators met, again.\n"),
    ("bom.csv", "\ufefftitle,text\nTalks,\"Negotiators met, again.\"\n"),
])
def test_csv_dialects(tmp_path, name, content):
    article = only_article(load_articles(write(tmp_path / name, content)))
    assert (article.headline, article.text) == ("Talks", "Negotiators met, again.")


def test_json_lines_bad_lines_are_rows_and_the_rest_loads(tmp_path):
    lines = [json.dumps({"id": 7, "text": "First."}), "", "{broken", json.dumps(["not", "object"]),
             json.dumps({"id": 9, "text": "Fourth.", "media_name": "BBC"})]
    corpus = load_articles(write(tmp_path / "c.ndjson", "\n".join(lines) + "\n"))
    assert [(a.id, a.outlet) for a in corpus.articles] == [("c:7", ""), ("c:9", "BBC")]
    assert corpus.errors["row"].tolist() == [3, 4]


def test_json_list_of_records(tmp_path):
    path = write(tmp_path / "c.json", json.dumps([{"title": "A", "body": "First."}, {"body": "Second."}]))
    assert [(a.id, a.headline, a.text) for a in load_articles(path).articles] == [
        ("c:1", "A", "First."), ("c:2", "", "Second.")]


def test_parquet_table_with_typed_columns(tmp_path):
    frame = pd.DataFrame({"stories_id": [101, 102], "text": ["First.", "Second."],
                          "publish_date": pd.to_datetime(["2022-02-01 10:00", "2022-02-02 23:59"])})
    frame.to_parquet(tmp_path / "mc.parquet")
    corpus = load_articles(tmp_path / "mc.parquet")
    assert [(a.id, a.date, a.text) for a in corpus.articles] == [
        ("mc:101", "2022-02-01", "First."), ("mc:102", "2022-02-02", "Second.")]


def test_large_table_streams_lazily(tmp_path):
    rows = "\n".join(f"{i},Article number {i}." for i in range(2500))
    stream = iter_articles(write(tmp_path / "big.csv", "id,text\n" + rows + "\n"), errors=[])
    assert next(stream).id == "big:0"
    assert sum(1 for _ in stream) == 2499


# -- bad input ----------------------------------------------------------------------------

BAD_INPUTS = [
    # (file name, content, words the problem must contain, severity, articles kept)
    ("latin1.txt", "Caf\u00e9 cr\u00e8me, he said.\n".encode("cp1252"), "not valid UTF-8", "warning", 1),
    ("empty.txt", b"", "empty file", "error", 0),
    ("blank.txt", b"  \n\n ", "empty file", "error", 0),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", "error", 0),
    ("noise.dat", bytes(range(128, 192)), "binary file", "error", 0),
    ("huge.txt", b"word " * 30, "over the limit", "error", 0),
    ("notext.csv", b"title,author\nA,B\n", "no text column", "error", 0),
    ("ragged.csv", b'id,text\n1,"one"\n2,"two",extra,more\n', "line 3: expected 2 fields, saw 4", "error", 1),
    ("unclosed.csv", b'id,text\n1,"one\n', "malformed table", "error", 0),
    ("bad.parquet", b"PAR1 this is not parquet PAR1", "malformed table", "error", 0),
    ("bad.json", b'{"text": ', "malformed table", "error", 0),
    ("header.csv", b"id,text\n", "no rows", "error", 0),
]


@pytest.mark.parametrize("name, content, problem, severity, kept", BAD_INPUTS)
def test_bad_input_is_one_row_naming_the_file(tmp_path, name, content, problem, severity, kept):
    path = write(tmp_path / name, content)
    corpus = load_articles(path, max_bytes=100)
    assert len(corpus.articles) == kept
    [error] = corpus.errors.to_dict("records")
    assert error["path"] == str(path)
    assert problem in error["problem"]
    assert error["severity"] == severity


@pytest.mark.parametrize("name, content, problem, severity, kept", BAD_INPUTS)
def test_strict_mode_raises_naming_the_file(tmp_path, name, content, problem, severity, kept):
    path = write(tmp_path / name, content)
    with pytest.raises(ArticleError, match=problem) as raised:
        load_articles(path, strict=True, max_bytes=100)
    assert name in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_undecodable_bytes_are_replaced_and_kept(tmp_path):
    path = write(tmp_path / "mixed.txt", b"Good start. Caf\xe9 then \xff\xfe end.\n")
    corpus = load_articles(path)
    assert only_article(corpus).text == "Good start. Caf\ufffd then \ufffd\ufffd end.\n"
    assert "3 undecodable byte sequence(s), the first at byte 15" in corpus.errors["problem"].iloc[0]


def test_missing_path_is_reported_and_other_sources_still_load(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    corpus = load_articles([tmp_path / "missing.txt", good])
    assert [a.id for a in corpus.articles] == ["good"]
    assert corpus.errors.to_dict("records") == [
        {"path": str(tmp_path / "missing.txt"), "row": None, "problem": "no such file or folder",
         "severity": "error"}]


def test_strict_mode_names_the_missing_path(tmp_path):
    with pytest.raises(ArticleError, match="missing.txt: no such file or folder"):
        load_articles(tmp_path / "missing.txt", strict=True)


def test_row_level_problem_in_strict_mode_names_file_and_row(tmp_path):
    path = write(tmp_path / "rows.csv", "text\nFine.\n\"\"\n")
    with pytest.raises(ArticleError, match=r"rows\.csv \(row 2\): row has no text"):
        load_articles(path, strict=True)


def test_table_row_over_max_bytes_is_a_row_error(tmp_path):
    path = write(tmp_path / "t.csv", "text\nshort\n" + "long " * 50 + "\n")
    corpus = load_articles(path, max_bytes=100)
    assert [a.text for a in corpus.articles] == ["short"]
    assert corpus.errors["row"].tolist() == [2]


def test_source_that_is_not_a_path_is_a_type_error():
    with pytest.raises(TypeError, match="path"):
        load_articles(42)


# -- folders, order, ids ------------------------------------------------------------------

def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path):
    # created out of order, so the order seen must come from sorting
    for rel in ["b/z.txt", "a.txt", "b/a.txt", "c.csv", ".hidden.txt", ".git/config.txt", "b/.cache/x.txt"]:
        content = "id,text\n1,Row one.\n" if rel.endswith(".csv") else BODY
        write(tmp_path / rel, content)
    write(tmp_path / "b" / "photo.bin", b"\x00\x01\x02binary")
    corpus = load_articles(tmp_path)
    assert [a.id for a in corpus.articles] == ["a", "a~2", "z", "c:1"]
    assert [os.path.relpath(a.path, tmp_path) for a in corpus.articles] == [
        "a.txt", os.path.join("b", "a.txt"), os.path.join("b", "z.txt"), "c.csv"]
    problems = corpus.errors.set_index("path")["problem"]
    assert "binary file" in problems[str(tmp_path / "b" / "photo.bin")]
    assert "duplicate id 'a', renamed 'a~2'" in problems[str(tmp_path / "b" / "a.txt")]
    assert load_articles(tmp_path).articles == corpus.articles  # the same again


def test_duplicate_table_ids_get_numbered_suffixes(tmp_path):
    corpus = load_articles(write(tmp_path / "t.csv", "id,text\n5,One.\n5,Two.\n5,Three.\n"))
    assert [a.id for a in corpus.articles] == ["t:5", "t:5~2", "t:5~3"]
    assert (corpus.errors["severity"] == "warning").all() and len(corpus.errors) == 2


def test_loading_writes_nothing(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.json", '{"outlet": "AP"}')
    write(tmp_path / "t.csv", "text\nOne.\n")
    write(tmp_path / "p.html", PAGE)
    before = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    load_articles(tmp_path)
    assert sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")) == before


# -- lazy iteration and the summary table ---------------------------------------------------

def test_iter_articles_is_lazy_and_collects_problems(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", b"")
    problems = []
    stream = iter_articles(tmp_path, errors=problems)
    assert problems == [] and next(stream).id == "a"
    assert list(stream) == [] and [p["problem"] for p in problems] == ["empty file"]


def test_iter_articles_without_a_list_warns(tmp_path):
    write(tmp_path / "b.txt", b"")
    with pytest.warns(ArticleWarning, match="b.txt: empty file"):
        assert list(iter_articles(tmp_path)) == []


def test_iter_articles_without_problems_warns_nothing(tmp_path):
    write(tmp_path / "a.txt", BODY)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(iter_articles(tmp_path))) == 1


def test_articles_table_has_every_field_but_text_and_counts_body_words():
    article = Article("x", "Big Headline Here\n\nOne two three.", headline="Big Headline Here", body_start=19)
    table = articles_table([article])
    assert list(table.columns) == ["id", "headline", "outlet", "date", "url", "path", "body_start", "words"]
    assert table.loc[0, "words"] == 3
    assert articles_table([]).columns.tolist() == list(table.columns)


def test_empty_load_has_an_empty_errors_table_with_its_columns(tmp_path):
    corpus = load_articles(tmp_path)
    assert corpus.articles == [] and corpus.errors.columns.tolist() == ["path", "row", "problem", "severity"]


# -- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    ("2022-02-01", "2022-02-01"),
    ("2022-02-01T23:30:00-05:00", "2022-02-01"),
    ("2022-02-01 14:05:00.123", "2022-02-01"),
    ("2022/2/1", "2022-02-01"),
    ("20220201", "2022-02-01"),
    ("February 1, 2022", "2022-02-01"),
    ("Tue, Feb. 1, 2022 10:00 ET", "2022-02-01"),
    ("Sept 30 2022", "2022-09-30"),
    ("1st February 2022", "2022-02-01"),
    ("1 Feb 2022", "2022-02-01"),
    ("13/02/2022", "2022-02-13"),
    ("02/13/2022", "2022-02-13"),
    ("01/02/2022", "01/02/2022"),      # day and month cannot be told apart: kept as given
    ("2022-02-30", "2022-02-30"),      # no such day
    ("last Tuesday", "last Tuesday"),
    ("", ""),
])
def test_dates_become_iso_when_unambiguous(given, expected):
    assert loader._iso_date(given) == expected


# -- properties -----------------------------------------------------------------------------

_LINES = st.sampled_from(["Home News Talks Resume", "Talks Resume", "Source: AP", "By Jane Doe", "",
                          "The minister said so.", "Published: 1 Feb 2022", "Home | World", "\ufeff",
                          "“Quoted,” he said.", "   ", "URL: https://a.test/x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=14), st.sampled_from(["\n", "\n\n"]))
def test_header_body_start_is_a_line_start_inside_the_text(lines, sep):
    text = sep.join(lines)
    header = loader._read_header(text)
    assert 0 <= header.body_start <= len(text)
    assert header.body_start in (0, len(text)) or text[header.body_start - 1] in "\n \ufeff"
    assert header.headline == header.headline.strip()
