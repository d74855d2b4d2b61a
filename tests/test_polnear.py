"""Tests of the PolNeAR reader (analysis/polnear.py) and of the measures in scripts/evaluate_polnear.py.

Every article and annotation here is written by the test itself in BRAT standoff format, so the
answers are known by construction and the tests run without the corpus.
"""
import importlib.util
import json
import re
import sys
import types

import pandas as pd
import pytest

from analysis.config import PROJ_ROOT
from analysis.polnear import Article, Attribution, annotation_files, parse_ann, parse_spans, read_split


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, PROJ_ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


ev = _load_script("evaluate_polnear")
pronouns = _load_script("evaluate_pronouns")

COLUMNS = ["doc_id", "kind", "text", "start", "end", "cue", "cue_start", "cue_end",
           "speaker_mention", "speaker_start", "speaker_end", "speaker", "party"]

# An invented article: a direct quote, a mixed one, reported speech, and an unattributed line.
TEXT = (
    "Council backs budget\n"
    "\u201cWe will balance the books,\u201d the mayor said.\n"
    "The treasurer said the plan was \u201cfair and overdue\u201d for the town.\n"
    "Critics argued that the new levy would hurt small shops.\n"
    "The vote is on Monday.\n"
)


def span_of(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


DIRECT = span_of("\u201cWe will balance the books,\u201d")
MAYOR = span_of("the mayor")
MIXED = span_of("the plan was \u201cfair and overdue\u201d for the town")
TREASURER = span_of("The treasurer")
INDIRECT = span_of("the new levy would hurt small shops")
CRITICS = span_of("Critics")


def t_line(tid: str, kind: str, spans, text: str = TEXT) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


def gold_ann() -> str:
    said_1 = span_of(" said.")[0] + 1
    said_2 = span_of("treasurer said")[0] + len("treasurer ")
    argued = span_of("argued")
    return "\n".join([
        t_line("T1", "Content", [DIRECT]), t_line("T2", "Source", [MAYOR]),
        t_line("T3", "Cue", [(said_1, said_1 + 4)]), t_line("T4", "Attribution", [(said_1, said_1 + 4)]),
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        t_line("T5", "Source", [TREASURER]), t_line("T6", "Cue", [(said_2, said_2 + 4)]),
        t_line("T7", "Content", [MIXED]), t_line("T8", "Attribution", [(said_2, said_2 + 4)]),
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        t_line("T9", "Source", [CRITICS]), t_line("T10", "Cue", [argued]),
        t_line("T11", "Content", [INDIRECT]), t_line("T12", "Attribution", [argued]),
        "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
        "#1\tAnnotatorNotes T11\tcheck the scope",
        "",
    ])


def write_split(root, articles: dict[str, tuple[str, dict[str, str]]]):
    """articles: name -> (text, {annotator: ann})."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, anns) in articles.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        for annotator, ann in anns.items():
            (root / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")
    return root


def predictions(*rows) -> pd.DataFrame:
    """Rows of (start, end, kind, speaker span or None) into a statements table over TEXT."""
    records = []
    for start, end, kind, speaker in rows:
        s_start, s_end = speaker if speaker else (-1, -1)
        records.append(dict(doc_id="d", kind=kind, text=TEXT[start:end], start=start, end=end, cue="",
                            cue_start=-1, cue_end=-1, speaker_mention=TEXT[s_start:s_end] if speaker else "",
                            speaker_start=s_start, speaker_end=s_end, speaker="", party=""))
    return pd.DataFrame(records, columns=COLUMNS)


def article(ann: str | None = None) -> Article:
    return Article("d", TEXT, "a1", tuple(parse_ann(gold_ann() if ann is None else ann)))


# --- reader ----------------------------------------------------------------------------------

@pytest.mark.parametrize("field, spans", [
    ("3 10", ((3, 10),)),
    ("12 20;3 10", ((3, 10), (12, 20))),
    ("0 1;5 9;20 30", ((0, 1), (5, 9), (20, 30))),
])
def test_parse_spans(field, spans):
    assert parse_spans(field) == spans


@pytest.mark.parametrize("field", ["3", "10 3", "4 4", "a b", "3 10;"])
def test_parse_spans_rejects_bad_fields(field):
    with pytest.raises(ValueError, match="span"):
        parse_spans(field)


def test_parse_ann_links_roles_by_event_lines():
    attributions = parse_ann(gold_ann())
    assert [a.id for a in attributions] == ["E1", "E2", "E3"]
    assert attributions[0].content == (DIRECT,)
    assert attributions[0].source == (MAYOR,)
    assert attributions[1].source == (TREASURER,)
    assert attributions[2].content == (INDIRECT,)
    assert attributions[2].cue == (span_of("argued"),)


def test_parse_ann_joins_discontinuous_and_second_content_parts():
    ann = "\n".join([
        "T1\tContent 40 50;10 20\tpart two part one",
        "T2\tContent 60 70\tpart three",
        "T3\tCue 30 34\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Content2:T2",
    ])
    (attribution,) = parse_ann(ann)
    assert attribution.content == ((10, 20), (40, 50), (60, 70))
    assert attribution.source == ()
    assert attribution.cue == ((30, 34),)


def test_parse_ann_skips_continuation_lines_of_multiline_span_text():
    # A span text with a line break leaves lines that start with any letter, even "T" or "E".
    ann = "T1\tContent 0 30\tThe first line\nThen the rest\nEven more\nT2\tSource 31 33\the\nE1\tContent:T1 Source:T2\n"
    (attribution,) = parse_ann(ann)
    assert attribution == Attribution("E1", ((0, 30),), ((31, 33),), ())


@pytest.mark.parametrize("ann, message", [
    ("E1\tContent:T9", "T9"),
    ("T1\tContent 5\tx", "cannot read"),
    ("T1\tContent 9 2\tx", "reversed"),
])
def test_parse_ann_errors_name_the_problem(ann, message):
    with pytest.raises(ValueError, match=message):
        parse_ann(ann, "a.ann")


def test_read_split_takes_first_annotator_in_sorted_order(tmp_path):
    first = t_line("T1", "Content", [INDIRECT]) + "\nE1\tContent:T1\n"
    second = t_line("T1", "Content", [DIRECT]) + "\nE1\tContent:T1\n"
    root = write_split(tmp_path / "dev", {
        "pub_2016-01-01_story": (TEXT, {"ef2d": second, "4b22": first}),
        "pub_2016-01-02_other": (TEXT, {"6b86": second}),
    })
    assert list(annotation_files(root)) == ["pub_2016-01-01_story", "pub_2016-01-02_other"]
    articles = list(read_split(root))
    assert [(a.doc_id, a.annotator) for a in articles] == [("pub_2016-01-01_story", "4b22"),
                                                           ("pub_2016-01-02_other", "6b86")]
    assert articles[0].attributions[0].content == (INDIRECT,)
    assert len(list(read_split(root, limit=1))) == 1


def test_read_split_keeps_offsets_of_carriage_returns(tmp_path):
    text = "Intro\r\n\u201cYes,\u201d he said.\r\n"
    quote = span_of("\u201cYes,\u201d", text)
    root = tmp_path / "s"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "a_b.txt").write_bytes(text.encode("utf-8"))
    (root / "attributions" / "a_b_x1.ann").write_text(f"T1\tContent {quote[0]} {quote[1]}\tq\nE1\tContent:T1\n")
    (art,) = read_split(root)
    assert art.text[slice(*art.attributions[0].content[0])] == "\u201cYes,\u201d"


@pytest.mark.parametrize("layout, message", [
    ("no_folders", "no text/"),
    ("no_annotation", "has no annotation"),
    ("span_too_long", "past the end"),
])
def test_read_split_errors_name_the_problem(tmp_path, layout, message):
    root = tmp_path / "split"
    if layout == "no_folders":
        root.mkdir()
    elif layout == "no_annotation":
        write_split(root, {"a_b": (TEXT, {})})
    else:
        write_split(root, {"a_b": ("short", {"x1": "T1\tContent 0 99\tx\nE1\tContent:T1\n"})})
    with pytest.raises((FileNotFoundError, ValueError), match=message):
        list(read_split(root))


# --- spans and gold kind ---------------------------------------------------------------------

@pytest.mark.parametrize("a, b, common", [
    ([(0, 10)], [(5, 20)], 5),
    ([(0, 10), (20, 30)], [(5, 25)], 10),
    ([(0, 10)], [(10, 20)], 0),
    ([(0, 10), (2, 8)], [(0, 10)], 10),  # overlapping spans count each character once
    ([], [(0, 5)], 0),
])
def test_overlap(a, b, common):
    assert ev.overlap(a, b) == common
    assert ev.overlap(b, a) == common


def test_merge_and_length():
    assert ev.merge([(5, 9), (0, 3), (2, 4), (9, 10), (7, 7)]) == [(0, 4), (5, 10)]
    assert ev.span_length([(0, 10), (5, 15)]) == 15


@pytest.mark.parametrize("text, kind", [
    ("\u201cWe will win.\u201d", "direct"),
    ('"We will win."', "direct"),
    ("\u201cWe will win,\u201d \u201cand soon.\u201d", "direct"),
    ("that \u201cthe committee will vote on the whole package this week.\u201d", "direct"),
    ("the plan was \u201cfair\u201d for the town", "mixed"),
    ('the plan was "fair and overdue" for the town', "mixed"),
    ("the plan would hurt small shops", "indirect"),
    ("the plan\u2019s cost would hurt \u2018small\u2019 shops", "indirect"),  # single marks do not count
    ("\u201cFirst paragraph of a long quote.\n\u201cSecond paragraph.\u201d", "direct"),
    ('"First paragraph.\n"Second paragraph."', "direct"),
])
def test_gold_kind(text, kind):
    assert ev.gold_kind(text, [(0, len(text))]) == kind


def test_gold_kind_reads_marks_just_outside_the_content():
    text = "He said: \u201cWe will win the vote.\u201d Then he left."
    inner = span_of("We will win the vote.", text)
    assert ev.gold_kind(text, [inner]) == "direct"
    text = "\u201cWe will win the vote,\u201d he said."
    assert ev.gold_kind(text, [span_of("We will win the vote", text)]) == "direct"
    # Content that starts inside a quotation whose opening mark lies well before it.
    text = "\u201cWe will win the vote, and the next one.\u201d"
    assert ev.quoted_share(text, [span_of("the next one.\u201d", text)]) == pytest.approx(1.0)


def test_quoted_share():
    text = "ab \u201ccd\u201d"
    assert ev.quoted_share(text, [(0, len(text))]) == pytest.approx(0.5)
    assert ev.quoted_share("...", [(0, 3)]) == 0.0


# --- measures --------------------------------------------------------------------------------

def test_perfect_predictions_score_one():
    preds = predictions((*DIRECT, "direct", MAYOR), (*MIXED, "mixed", TREASURER), (*INDIRECT, "indirect", CRITICS))
    tally = ev.score_article(article(), preds)
    assert dict(tally.gold) == {"direct": 1, "mixed": 1, "indirect": 1}
    for kind in ev.KINDS:
        assert tally.recall(kind) == pytest.approx(1.0)
    assert tally.precision() == pytest.approx(1.0)
    assert tally.character_precision() == pytest.approx(1.0)
    assert tally.speaker_accuracy() == pytest.approx(1.0)
    assert tally.kinds["mixed", "mixed"] == 1
    assert tally.errors == []


@pytest.mark.parametrize("share, found", [(0.29, False), (0.31, True), (0.5, True)])
def test_recall_needs_thirty_percent_coverage(share, found):
    start, end = INDIRECT
    cut = start + round((end - start) * share)
    tally = ev.score_article(article(), predictions((start, cut, "indirect", None)))
    assert tally.found["indirect"] == int(found)
    assert tally.recall() == pytest.approx(int(found) / 3)
    assert [e["type"] for e in tally.errors].count("miss") == 3 - int(found)


def test_precision_needs_half_inside_one_gold_content():
    start, end = INDIRECT
    length = end - start
    inside_most = (start, start + length)          # all inside
    half_out = (end - length // 3, end + length // 3)  # half inside, half outside
    mostly_out = (end - 5, end + 20)               # a fifth inside
    outside = span_of("The vote is on Monday.")
    preds = predictions(*[(*s, "indirect", None) for s in (inside_most, half_out, mostly_out, outside)])
    tally = ev.score_article(article(), preds)
    assert tally.predictions == 4
    assert tally.correct == 2
    assert tally.precision() == pytest.approx(0.5)
    assert tally.precision_in_one() == pytest.approx(0.5)
    false_positives = [e for e in tally.errors if e["type"] == "false_positive"]
    assert [e["text"] for e in false_positives] == [TEXT[mostly_out[0]:mostly_out[1]], "The vote is on Monday."]
    assert false_positives[1]["gold_kind"] is None


def test_a_prediction_spanning_two_gold_contents_counts_for_precision_not_for_one_content():
    # Two short contents side by side; a prediction over both lies under half inside each.
    text = "A said x. \u201cab\u201d \u201ccd\u201d B said."
    a, b = span_of("\u201cab\u201d", text), span_of("\u201ccd\u201d", text)
    art = Article("d", text, "x", (Attribution("E1", (a,)), Attribution("E2", (b,))))
    preds = pd.DataFrame([dict(kind="direct", text=text[a[0]:b[1]], start=a[0], end=b[1],
                               speaker_start=-1, speaker_end=-1)])
    tally = ev.score_article(art, preds)
    assert tally.recall() == pytest.approx(1.0)
    assert tally.precision() == pytest.approx(1.0)  # 8 of its 9 characters are gold content
    assert tally.precision_in_one() == pytest.approx(0.0)  # but only 4 of them in either one
    assert tally.character_precision() == pytest.approx(8 / 9)


def test_character_precision_counts_each_character_once():
    start, end = INDIRECT
    outside = span_of("The vote is on Monday.")
    preds = predictions((start, end, "indirect", None), (start, end, "indirect", None), (*outside, "indirect", None))
    tally = ev.score_article(article(), preds)
    inside = end - start
    assert tally.character_precision() == pytest.approx(inside / (inside + outside[1] - outside[0]))
    assert tally.precision() == pytest.approx(2 / 3)


def test_speaker_is_judged_on_the_best_overlapping_prediction():
    wrong = span_of("Council")
    preds = predictions(
        (DIRECT[0], DIRECT[0] + 3, "direct", MAYOR),   # small overlap, right speaker
        (DIRECT[0] + 3, DIRECT[1], "direct", wrong),   # most overlap, wrong speaker
        (*MIXED, "mixed", (TREASURER[0] + 4, TREASURER[1] + 5)),  # overlapping the source is enough
        (*INDIRECT, "indirect", None),                 # no speaker: wrong
    )
    tally = ev.score_article(article(), preds)
    assert tally.with_source == 3
    assert tally.speaker_right == 1
    errors = [e for e in tally.errors if e["type"] == "speaker"]
    assert [(e["gold_source"], e["pred_speaker"]) for e in errors] == [("the mayor", "Council"), ("Critics", None)]


def test_gold_without_source_is_left_out_of_speaker_accuracy():
    ann = t_line("T1", "Content", [INDIRECT]) + "\nE1\tContent:T1\n"
    tally = ev.score_article(article(ann), predictions((*INDIRECT, "indirect", None)))
    assert tally.recall() == pytest.approx(1.0)
    assert tally.with_source == 0
    assert tally.speaker_accuracy() != tally.speaker_accuracy()  # NaN: nothing to judge


@pytest.mark.parametrize("change, message", [
    (lambda df: df.drop(columns=["speaker_start"]), "speaker_start"),
    (lambda df: df.assign(text="something else"), "is not the article"),
    (lambda df: df.assign(end=10_000), "outside the text"),
])
def test_bad_predictions_give_clear_errors(change, message):
    preds = change(predictions((*INDIRECT, "indirect", None)))
    with pytest.raises(ValueError, match=message):
        ev.score_article(article(), preds)


def curly_quotes(text: str, doc_id: str = "", body_start: int = 0, actors=None) -> pd.DataFrame:
    """A stand-in extractor: every curly-quoted span is a direct statement with no speaker."""
    rows = [dict(doc_id=doc_id, kind="direct", text=m.group(), start=m.start(), end=m.end(), cue="",
                 cue_start=-1, cue_end=-1, speaker_mention="", speaker_start=-1, speaker_end=-1,
                 speaker="", party="") for m in re.finditer("\u201c[^\u201d\n]*\u201d", text)]
    return pd.DataFrame(rows, columns=COLUMNS)


def test_evaluate_adds_up_articles(tmp_path):
    root = write_split(tmp_path / "dev", {"a_1": (TEXT, {"x1": gold_ann()}), "a_2": (TEXT, {"x1": gold_ann()})})
    tally = ev.evaluate(read_split(root), lambda text, doc_id: curly_quotes(text, doc_id))
    assert tally.articles == 2
    assert tally.gold["direct"] == 2
    assert tally.recall("direct") == pytest.approx(1.0)
    assert tally.recall("mixed") == pytest.approx(1.0)  # "fair and overdue" is 18 of its 44 characters
    assert tally.recall("indirect") == pytest.approx(0.0)
    assert tally.recall() == pytest.approx(2 / 3)
    assert tally.predictions == 4
    assert tally.precision() == pytest.approx(1.0)
    assert tally.speaker_accuracy() == pytest.approx(0.0)
    text = ev.report(tally, "test")
    assert "recall direct" in text and ">= 0.95" in text and "below" in text


def test_an_extractor_crash_scores_the_article_empty_unless_strict(tmp_path):
    root = write_split(tmp_path / "dev", {"a_1": (TEXT, {"x1": gold_ann()}), "a_2": (TEXT, {"x1": gold_ann()})})

    def fails_on_second(text, doc_id):
        if doc_id == "a_2":
            raise IndexError("list index out of range")
        return curly_quotes(text, doc_id)

    tally = ev.evaluate(read_split(root), fails_on_second)
    assert tally.crashes == [("a_2", "IndexError: list index out of range")]
    assert tally.articles == 2
    assert tally.recall("direct") == pytest.approx(0.5)
    assert "raised on 1 article(s)" in ev.report(tally)
    with pytest.raises(IndexError):
        ev.evaluate(read_split(root), fails_on_second, strict=True)


def test_main_prints_table_and_writes_errors(tmp_path, monkeypatch, capsys):
    root = write_split(tmp_path / "dev", {"a_1": (TEXT, {"x1": gold_ann()})})
    fake = types.ModuleType("analysis.statements")
    fake.find_statements = curly_quotes
    monkeypatch.setitem(sys.modules, "analysis.statements", fake)
    errors = tmp_path / "errors.jsonl"
    assert ev.main([str(root), "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "1 articles, 3 gold contents" in out
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {r["type"] for r in records} == {"miss", "speaker"}
    assert [r["gold_kind"] for r in records if r["type"] == "miss"] == ["indirect"]
    assert sorted(r["gold_source"] for r in records if r["type"] == "speaker") == ["The treasurer", "the mayor"]


def test_main_exits_with_a_clear_message_for_a_missing_folder(tmp_path):
    with pytest.raises(SystemExit, match="does not exist"):
        ev.main([str(tmp_path / "nowhere")])


# ------------------------------------------------------------------ scripts/evaluate_pronouns.py

ABOUT_A_CLUB = ("Mark Lee runs the club. Mr. Lee said the course would close.\n\n"
                "Michelle Tanzer, a lawyer, has seen it before. Ms. Tanzer was calm.\n\n“It happens,” she said.")


def test_honorifics_are_hidden_without_moving_an_offset():
    text = "Mrs. Clinton met Mr Lee and Miss Tanzer."
    hidden = pronouns.without_honorifics(text)
    assert len(hidden) == len(text) and hidden.index("Lee") == text.index("Lee")
    assert pronouns.HONORIFIC.search(hidden) is None


def test_a_surname_has_a_sex_only_if_its_honorifics_agree():
    text = "Mr. Clinton and Mrs. Clinton met Mr. Lee and Ms. Tanzer."
    assert pronouns.sex_by_surname(text) == {"Lee": "m", "Tanzer": "f"}


def test_pronoun_script_counts_he_and_she_against_the_honorifics(tmp_path, capsys):
    root = write_split(tmp_path / "dev", {"a_1": (ABOUT_A_CLUB, {"x1": ""})})
    assert pronouns.main([str(root)]) == 0
    out = capsys.readouterr().out
    assert "honorific: 1\n" in out and "of the right sex: 1 (1.000)" in out


def test_pronoun_script_exits_with_a_clear_message_for_a_missing_folder(tmp_path):
    with pytest.raises(SystemExit, match="does not exist"):
        pronouns.main([str(tmp_path / "nowhere")])
