"""The command line: records whose offsets index the file exactly, and bad input reported."""
import csv
import io
import json

from analysis.cli import main
from analysis.config import ARTICLES_DIR

SEED = ARTICLES_DIR / "2022-02-01_cnn_putin-says-us-ignoring-russian-security-needs.txt"
REQUIRED = {"doc_id", "path", "kind", "text", "start", "end", "cue", "cue_start", "cue_end",
            "speaker_mention", "speaker_start", "speaker_end", "speaker", "party"}


def test_statements_offsets_index_the_file_as_read(capsys):
    assert main(["statements", str(SEED), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = open(SEED, encoding="utf-8").read()
    assert len(records) > 30 and REQUIRED <= set(records[0])
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]
        assert text[r["cue_start"]:r["cue_end"]] in r["cue"] or r["cue"].startswith("quoted")


def test_statements_as_csv_and_json(capsys):
    main(["statements", str(SEED), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    main(["statements", str(SEED), "--format", "json"])
    assert len(json.loads(capsys.readouterr().out)) == len(rows) > 30


def test_bad_input_is_reported_not_fatal(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text("Putin said the talks failed.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["statements", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 1 and "empty.txt" in out.err


def test_strict_mode_stops_with_the_file_named(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["statements", str(tmp_path), "--strict"]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_tables_refuse_to_write_into_data(capsys):
    assert main(["tables", str(SEED), "--out", str(ARTICLES_DIR.parent / "out")]) == 2
    assert not (ARTICLES_DIR.parent / "out").exists()


def test_tables_and_render_write_where_asked(tmp_path):
    assert main(["tables", str(SEED), "--out", str(tmp_path / "t")]) == 0
    assert (tmp_path / "t" / "parties.csv").exists() and (tmp_path / "t" / "statements.csv").exists()
    assert main(["render", str(SEED), "--out", str(tmp_path / "a.html")]) == 0
    assert "Putin" in (tmp_path / "a.html").read_text(encoding="utf-8")


def test_a_reader_that_stops_early_is_no_error(tmp_path):
    # "python -m analysis statements … | head": the records stop quietly, with no error on standard error
    import subprocess
    import sys

    for n in range(40):  # more records than a pipe holds
        (tmp_path / f"article-{n}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "analysis", "statements", str(tmp_path)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stdout.read(10)
    run.stdout.close()
    assert run.wait(timeout=60) == 0
    assert run.stderr.read() == b""
