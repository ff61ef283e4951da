"""`xephang sql`: read-only SQL on the warehouse, printed as a table, CSV or JSON lines.

Refusals (a statement that would write, attach, copy, load extensions or set options; a function
that reaches files) exit with code 2 and say why; SQL errors exit with code 1. The checks live in
warehouse/readonly.py, so the same rules hold for any other caller.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

DEFAULT_DB = Path("data") / "xephang.duckdb"
MAX_CELL = 80


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sql",
        help="run a read-only SQL query on the warehouse",
        description="Run read-only SQL (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE) on the warehouse. "
        "Tables and views: see warehouse/README.md (e.g. rankings, rank_history, facts_v, conflicts, article_facts).",
    )
    parser.add_argument("query", help='the SQL, e.g. "SELECT * FROM rankings LIMIT 10"')
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB file (default: {DEFAULT_DB})")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    parser.set_defaults(func=sql_command)


def _plain(value: Any) -> Any:
    """A JSON-friendly form: dates and decimals as text, NaN as null."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:g}" if not value.is_integer() else str(int(value))
    text = json.dumps(_plain(value), ensure_ascii=False) if isinstance(value, list | dict) else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "-+-".join("-" * w for w in widths)
    out.write(" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write(line + "\n")
    for row in cells:
        out.write(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def print_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")  # LF like every other line we print; cut, awk, sort expect it
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            ["" if v is None else json.dumps(_plain(v), ensure_ascii=False) if isinstance(v, list | dict) else v for v in row]
        )


def print_json(columns: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO) -> None:
    """One JSON object per row (JSON lines), as `xephang extract --json` prints facts."""
    for row in rows:
        out.write(json.dumps({c: _plain(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False) + "\n")


def sql_command(args: argparse.Namespace) -> int:
    from warehouse import ReadOnlyQueryError, run_readonly_query

    try:
        columns, rows = run_readonly_query(args.db, args.query)
    except ReadOnlyQueryError as exc:
        print(f"xephang sql: {exc}", file=sys.stderr)
        demo_db = args.db.with_name("demo.duckdb")
        if exc.kind == "missing" and demo_db.exists():  # a newcomer who has only run the demo so far
            print(f"xephang sql: the demo's data is in its own file: --db {demo_db}", file=sys.stderr)
        return 2 if exc.kind == "refused" else 1
    printer = {"table": print_table, "csv": print_csv, "json": print_json}[args.format]
    printer(columns, rows, sys.stdout)
    sys.stdout.flush()  # a reader that went away (`| head`) surfaces here; xephang.cli ends quietly
    return 0
