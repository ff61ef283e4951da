"""`xephang extract`: ranking facts from text or HTML files.

`--json` prints the fact contract's JSON lines (what other tools read); without it a table for people;
`--show` renders one article with its claims highlighted (displaCy) to an HTML file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

CONTRACT_FIELDS = (
    "entity", "entity_type", "index", "component", "group", "year", "rank", "rank_total", "top", "score",
    "rank_change", "source", "sentence", "start", "end", "extractor",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract ranking facts from text or HTML files",
        description="Extract ranking facts (fact contract) from plain-text or .html article files.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files (.txt or .html)")
    parser.add_argument("--json", action="store_true", help="one JSON object per fact per line")
    parser.add_argument("--show", action="store_true", help="render the (single) article with its claims highlighted")
    parser.add_argument("--out", type=Path, help="HTML file for --show (default: a temporary file)")
    parser.set_defaults(func=run)


def fact_json(fact: object) -> str:
    """A fact as one contract JSON line (fixed field order, no internal fields)."""
    data = fact.to_dict()  # type: ignore[attr-defined]
    return json.dumps({k: data.get(k) for k in CONTRACT_FIELDS}, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_article, load_article_file

    missing = [p for p in args.paths if not p.is_file()]
    if missing:
        print(f"xephang extract: no such file: {missing[0]}", file=sys.stderr)
        return 2
    if args.show:
        if len(args.paths) != 1:
            print("xephang extract: --show takes exactly one PATH", file=sys.stderr)
            return 2
        from pipeline.render import render_article

        article = load_article_file(args.paths[0])
        html = render_article(article)
        out = args.out or Path(tempfile.mkstemp(prefix="xephang-show-", suffix=".html")[1])
        out.write_text(html, encoding="utf-8")
        print(out)
        return 0
    rows = []
    for path in args.paths:
        article = load_article_file(path)
        for fact in extract_article(article):
            if args.json:
                print(fact_json(fact))
            else:
                rows.append((path.name, fact))
    if not args.json:
        _print_table(rows)
    return 0


def _print_table(rows: list[tuple[str, object]]) -> None:
    headers = ("file", "entity", "type", "index", "component", "group", "year", "rank", "/total", "top", "score",
               "change")
    table = [headers]
    for name, f in rows:
        table.append(tuple("" if v is None else str(v) for v in (
            name, f.entity, f.entity_type, f.index, f.component, f.group, f.year,  # type: ignore[attr-defined]
            f.rank, f.rank_total, f.top, f.score, f.rank_change,  # type: ignore[attr-defined]
        )))
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    print(f"{len(rows)} fact(s)")
