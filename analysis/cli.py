"""Command line: ``python -m analysis statements|tables|render PATH...``.

``statements`` prints one record per statement (JSON, JSON Lines or CSV) for files, folders and
corpus tables; problems with inputs go to standard error, one line each, and never stop the run
(unless ``--strict``). ``tables`` writes every table of the analysis as CSV into a folder;
``render`` writes an article as an HTML page with its statements highlighted.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .config import DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("statements", help="print every attributed statement")
    s.add_argument("paths", nargs="+", help="text/HTML files, corpus tables (CSV, JSONL, Parquet) or folders")
    s.add_argument("--format", choices=["json", "jsonl", "csv"], default="jsonl")
    s.add_argument("--strict", action="store_true", help="stop at the first bad input")
    t = commands.add_parser("tables", help="write every table as CSV into a folder")
    t.add_argument("paths", nargs="+")
    t.add_argument("--out", required=True, type=Path, help="folder to write (not inside data/)")
    t.add_argument("--level", choices=["party", "bloc"], default="party")
    t.add_argument("--strict", action="store_true")
    r = commands.add_parser("render", help="an article as HTML with its statements highlighted")
    r.add_argument("path", help="one article file")
    r.add_argument("--out", required=True, type=Path)
    args = parser.parse_args(argv)
    try:
        return {"statements": _statements, "tables": _tables, "render": _render}[args.command](args)
    except BrokenPipeError:  # the reader stopped early ("… | head"): nothing is wrong
        sys.stdout = open(os.devnull, "w")  # so that the interpreter's last flush does not fail again
        return 0
    except (ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _statements(args) -> int:
    from .articles import iter_articles
    from .pipeline import statements_table

    problems: list[dict] = []
    articles = iter_articles(*args.paths, strict=args.strict, errors=problems)
    table = statements_table(articles, errors=None if args.strict else problems)
    _report(problems)
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        json.dump(table.to_dict(orient="records"), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for record in table.to_dict(orient="records"):
            print(json.dumps(record, ensure_ascii=False))
    return 0


def _tables(args) -> int:
    from .pipeline import analyse

    out = _outside_data(args.out)
    tables = analyse(*args.paths, level=args.level, strict=args.strict)
    out.mkdir(parents=True, exist_ok=True)
    for name in tables.names():
        getattr(tables, name).to_csv(out / f"{name}.csv", index=False)
    _report(tables.errors.to_dict(orient="records"))
    print(f"wrote {len(tables.names())} tables for {len(tables.articles)} article(s) to {out}", file=sys.stderr)
    return 0


def _render(args) -> int:
    from .articles import load_articles
    from .pipeline import statements_table
    from .render import save_article_html

    out = _outside_data(args.out)
    corpus = load_articles(args.path, strict=True)
    if len(corpus.articles) != 1:
        raise ValueError(f"{args.path}: render takes one article, found {len(corpus.articles)}")
    article = corpus.articles[0]
    table = statements_table([article])
    save_article_html(out, article.text, table, headline=article.headline, body_start=article.body_start)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def _outside_data(path: Path) -> Path:
    resolved = path.resolve()
    if resolved == DATA_DIR or DATA_DIR in resolved.parents:
        raise ValueError(f"{path}: refusing to write into data/ (inputs are never modified)")
    return path


def _report(problems: list[dict]) -> None:
    for p in problems:
        row = f" (row {p['row']})" if p.get("row") not in (None, "") else ""
        print(f"{p.get('severity', 'error')}: {p['path']}{row}: {p['problem']}", file=sys.stderr)
