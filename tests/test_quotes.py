"""Quotation marks against apostrophes, unbalanced marks and quotations over several paragraphs."""
import pytest

from analysis.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    ("“We will win,” he said.", ["We will win,"]),
    ('"We will win," he said.', ["We will win,"]),
    ("''We will win,'' he said.", ["We will win,"]),
    ("the parties’ interests and Russia’s needs don’t count", []),
    ("the parties' interests and the 1990s' growth", []),
    ("‘They’re wrong,’ she said.", ["They’re wrong,"]),
    # a plural possessive inside a single-quoted quotation does not close it
    ("‘We won’t accept the Allies’ terms,’ he said.", ["We won’t accept the Allies’ terms,"]),
    ("‘The parties’ demands are absurd.’", ["The parties’ demands are absurd."]),
    ("“He called it ‘a farce’ today,” she said.", ["He called it ‘a farce’ today,"]),
    ("‘He called it “a farce” today,’ she said.", ["He called it “a farce” today,"]),
    # and closed right after the nested one
    ("‘My teacher told me, “Never leave,”’ she said.", ["My teacher told me, “Never leave,”"]),
    ("'My teacher told me, \"Never leave,\"' she said.", ['My teacher told me, "Never leave,"']),
    ("''It aired on 'Fox and Friends,''' he said.", ["It aired on 'Fox and Friends,'"]),
    ("„We will win“, he said. „Soon.“", ["We will win", "Soon."]),
    ("«We will win», he said.", ["We will win"]),
    ("The crowd cheered. ‪”This is why we fight,” said John.", ["This is why we fight,"]),
    ("Doing so ”appeared to be an attempt” at poisoning the vote.", ["appeared to be an attempt"]),
    ('Rep. Trey Gowdy (R-S.C.):"I have not heard that figure."', ["I have not heard that figure."]),
    # curly marks inside a straight quotation quote within it; doubled opening marks do not
    ('"It isn’t about “Equal Justice” anymore," she said.', ["It isn’t about “Equal Justice” anymore,"]),
    ('"“You don’t win by states,” Rubio said."', ["", "You don’t win by states,"]),
])
def test_quotations_and_apostrophes(text, expected):
    assert inner(text) == expected


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = "“This never closes, he said.\n\nNext paragraph says “this does.”"
    assert inner(text) == ["This never closes, he said.", "this does."]
    assert not find_quotes(text)[0].closed


def test_a_quotation_opened_again_in_the_next_paragraph_continues():
    text = "“First part of a long quote.\n\n“Second part,” she said."
    first, second = find_quotes(text)
    assert first.continued and not first.closed
    assert second.closed


def test_a_straight_quotation_going_on_in_the_next_paragraph_holds_its_curly_quotations():
    text = '"It isn’t about “Equal Justice” anymore.\n\n"It is about power."'
    first, second = find_quotes(text)
    assert text[first.inner_start:first.inner_end] == "It isn’t about “Equal Justice” anymore."
    assert first.continued


def test_quotations_never_overlap():
    text = "“a “b” c” and “d"
    quotes = find_quotes(text)
    for a, b in zip(quotes, quotes[1:]):
        assert a.end <= b.start


def test_a_closing_mark_opening_a_paragraph_opens_the_quotation():
    text = "Intro.\n\n” … the train has already left the station,” wrote Time magazine."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start:quote.inner_end] == "… the train has already left the station,"
    assert quote.closed
