"""Tests for analysis/render.py: the article page with its statements highlighted, on a short text written here."""
from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis import figures
from analysis.config import DATA_DIR
from analysis.render import render_article_html, save_article_html

# Written for these tests: a line of page furniture, then two paragraphs with text that must be
# escaped (<, >, &), a statement whose cue and mention lie inside another statement's content, an
# unmapped speaker and a statement with neither cue nor mention. The spans are chosen to exercise
# the rendering, not as a reading of the text.
FURNITURE = "Home > News\n\n"
ARTICLE = FURNITURE + (
    "Putin said \u201cwe will not attack\u201d & the West <ignores> Russia, as Biden warned, over and over.\n\n"
    "\u201cTalks go on,\u201d an official told reporters. \u201cThey must.\u201d Russia wants guarantees.\n"
)
BODY_START = len(FURNITURE)


def span(needle):
    start = ARTICLE.index(needle)
    return start, start + len(needle)


def statement(kind, content, speaker_mention="", cue="", speaker="", party=""):
    start, end = span(content)
    cue_start, cue_end = span(cue) if cue else (-1, -1)
    speaker_start, speaker_end = span(speaker_mention) if speaker_mention else (-1, -1)
    return dict(doc_id="test", kind=kind, text=content, start=start, end=end, cue=cue, cue_start=cue_start,
                cue_end=cue_end, speaker_mention=speaker_mention, speaker_start=speaker_start,
                speaker_end=speaker_end, speaker=speaker, party=party)


def statements():
    return pd.DataFrame([
        statement("mixed", "\u201cwe will not attack\u201d & the West <ignores> Russia, as Biden warned, over and over",
                  "Putin", "said", "Vladimir Putin", "Russia"),
        statement("direct", "They must.", "Biden", "warned", "Joe Biden", "United States"),
        statement("direct", "Talks go on,", "an official", "told", "", ""),
        statement("indirect", "Russia wants guarantees", party="Russia"),
    ])


class Page(HTMLParser):
    """Elements with their text (entities resolved), checking that every tag closes in order."""

    VOID = {"meta", "br"}

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.stack, self.elements = [], []
        self.feed(page)
        self.close()
        assert not self.stack, f"unclosed {[tag for tag, _, _ in self.stack]}"

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        open_tag, attrs, text = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        attrs["inside"] = " ".join(a.get("class", "") for _, a, _ in self.stack)
        self.elements.append((tag, attrs, "".join(text)))

    def handle_data(self, data):
        for _, _, text in self.stack:
            text.append(data)

    def find(self, tag, inside=None, **attrs):
        """Elements ``tag`` with these attributes, optionally only within an element of class ``inside``."""
        return [(a, text) for t, a, text in self.elements
                if t == tag and all(a.get(k) == v for k, v in attrs.items())
                and (inside is None or inside in a["inside"].split())]


def render(table=None, **kwargs):
    kwargs.setdefault("body_start", BODY_START)
    return render_article_html(ARTICLE, statements() if table is None else table, **kwargs)


def test_every_statement_is_inside_one_highlight():
    page = Page(render())
    marked = [text for _, text in page.find("mark")]
    assert sorted(marked) == sorted(statements().text)


def test_page_reproduces_the_text_with_its_paragraph_breaks():
    page = Page(render())
    (_, body), = page.find("div", **{"class": "article"})
    (_, furniture), = page.find("div", **{"class": "furniture"})
    assert furniture == FURNITURE
    assert body == ARTICLE[BODY_START:]
    assert "\n\n" in body


def test_cue_and_speaker_inside_another_statement_nest_properly():
    page = Page(render())  # Page asserts that every element closes in order
    bold = [text for _, text in page.find("b", inside="article")]
    underlined = [text for _, text in page.find("u", inside="article")]
    assert bold == ["said", "warned", "told"]
    assert underlined == ["Putin", "Biden", "an official"]
    (mark_attrs, _), = [(a, t) for a, t in page.find("mark") if "Biden" in t]
    assert "speaker: Vladimir Putin" in mark_attrs["title"]
    biden_attrs = next(a for a, t in page.find("u") if t == "Biden")
    assert "speaker: Joe Biden" in biden_attrs["title"] and "party: United States" in biden_attrs["title"]


def test_hover_text_names_speaker_party_kind_and_cue():
    page = Page(render())
    titles = {text: attrs["title"] for attrs, text in page.find("mark")}
    assert titles["They must."].splitlines()[1:] == [
        "speaker: Joe Biden (as \u201cBiden\u201d)", "party: United States", "kind: direct", "cue: warned"]
    assert "cue: none" in titles["Russia wants guarantees"]
    assert "speaker: unknown" in titles["Russia wants guarantees"]


def test_escaping():
    page = render(headline="Putin & Biden <b>talk</b> \"now\"")
    assert "&lt;ignores&gt;" in page and "<ignores>" not in page
    assert "&amp; the West" in page
    assert "<h1>Putin &amp; Biden &lt;b&gt;talk&lt;/b&gt; &quot;now&quot;</h1>" in page
    assert "Home &gt; News" in page


def test_missing_cue_and_mention_draw_nothing():
    page = Page(render())
    assert len(page.find("b", inside="article")) == 3 and len(page.find("u", inside="article")) == 3  # four statements, one without either


def test_table_lists_every_statement_in_reading_order():
    page = Page(render())
    cells = [text for _, text in page.find("td")]
    rows = [cells[i:i + 8] for i in range(0, len(cells), 8)]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert [r[1] for r in rows] == ["mixed", "direct", "direct", "indirect"]
    assert [r[3] for r in rows] == ["Russia", "unmapped", "United States", "Russia"]
    assert [int(r[6]) for r in rows] == sorted(statements().start)


def test_unmapped_party_is_grey_and_named():
    page = render()
    assert "unmapped (1)" in page
    classes = {text: attrs["class"] for attrs, text in Page(page).find("mark")}
    grey_class = classes["Talks go on,"]
    assert f"mark.{grey_class} {{ background: #DBDBDB; }}" in page  # 35% of #999999 on white


def test_party_colours_follow_the_figures():
    page = render()
    russia = figures.party_colors(["Russia"])["Russia"]
    assert f"text-decoration-color: {russia};" in page


def test_given_colours_must_cover_every_party():
    with pytest.raises(ValueError, match="no colour for \\['United States', 'unmapped'\\]"):
        render(party_colors={"Russia": "#D55E00"})
    page = render(party_colors={"Russia": "#000000", "United States": "#FFFFFF", "": "#999999"})
    assert "background: #A6A6A6;" in page  # 35% black on white


def test_output_is_deterministic_and_independent_of_row_order():
    first = render()
    assert render() == first
    assert render(statements().sample(frac=1, random_state=3)) == first


def test_no_scripts_or_external_assets():
    page = render()
    assert "<script" not in page and "http" not in page and "<link" not in page


def test_no_statements_still_shows_the_article():
    page = Page(render(pd.DataFrame()))
    assert page.find("mark") == []
    (_, body), = page.find("div", **{"class": "article"})
    assert body == ARTICLE[BODY_START:]


@pytest.mark.parametrize("change, problem", [
    (lambda t: t.assign(start=t.start + 1), "is not article_text"),
    (lambda t: t.assign(end=len(ARTICLE) + 5), "outside the article"),
    (lambda t: t.assign(cue_start=t.cue_start.where(t.cue_start < 0, len(ARTICLE) + 1)), "cue span"),
    (lambda t: t.drop(columns="kind"), "lack the columns \\['kind'\\]"),
    (lambda t: pd.concat([t, t.iloc[[0]]]), "overlap"),
    (lambda t: t.assign(doc_id=["a", "b", "a", "a"]), "select the rows of one article"),
])
def test_bad_statements_are_clear_errors(change, problem):
    with pytest.raises(ValueError, match=problem):
        render(change(statements()))


def test_statement_across_the_start_of_the_body_is_an_error():
    with pytest.raises(ValueError, match="straddles the start of the body"):
        render(body_start=ARTICLE.index("will not"))


def test_save_writes_the_page_and_never_into_data(tmp_path):
    path = save_article_html(tmp_path / "pages" / "test.html", ARTICLE, statements(), body_start=BODY_START)
    assert path.read_text(encoding="utf-8") == render()
    with pytest.raises(ValueError, match="data/ holds inputs"):
        save_article_html(DATA_DIR / "test.html", ARTICLE, statements())
    assert not (DATA_DIR / "test.html").exists()
