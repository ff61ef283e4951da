"""`xephang versions` and `xephang versions diff A B`: extractor versions and what one changed.

`versions` lists every version that has read articles, with the articles it read, those where it
is the current reading (the claims that count), its claims and distinct facts. `versions diff A B`
lists each fact whose claimed values differ between A and B on the articles both read (added,
retired, changed: old values → new values) with a sentence per side, so a reviewer can check what
a new version does before trusting it (warehouse/versions.py). Output as in `xephang sql`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

DEFAULT_DB = Path("data") / "xephang.duckdb"
DIFF_COLUMNS = ("change", "index", "attribute", "entity", "component", "group", "year", "old", "new",
                "old_sentence", "new_sentence", "old_url", "new_url", "fact_id")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "versions",
        help="extractor versions with their counts; `versions diff A B` lists the facts B changed",
        description="List extractor versions (articles read, current readings, claims, facts); "
        "`xephang versions diff A B` prints the facts whose values differ between A and B, with sentences.",
    )
    _common(parser)
    actions = parser.add_subparsers(dest="action", metavar="diff")
    diff = actions.add_parser("diff", help="facts added, retired and changed from version A to version B")
    diff.add_argument("old", metavar="A", help="the older version, e.g. 0.5.3")
    diff.add_argument("new", metavar="B", help="the newer version, e.g. 0.5.4")
    _common(diff)
    parser.set_defaults(func=versions_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=f"DuckDB file (default: {DEFAULT_DB})")
    parser.add_argument("--format", choices=("table", "csv", "json"), default=argparse.SUPPRESS,
                        help="output format (default: table)")


def format_values(values: list[float]) -> str:
    """21 and 0.6667 as a person writes them; several values joined by ', '."""
    return ", ".join(f"{v:g}" if not float(v).is_integer() else str(int(v)) for v in values) or "-"


def versions_command(args: argparse.Namespace) -> int:
    from warehouse import Warehouse
    from xephang.commands.sql import print_csv, print_json, print_table

    db = getattr(args, "db", DEFAULT_DB)
    fmt = getattr(args, "format", "table")
    if not db.exists():
        print(f"xephang versions: no warehouse at {db}", file=sys.stderr)
        return 2
    wh = Warehouse(db)
    printer = {"table": print_table, "csv": print_csv, "json": print_json}[fmt]
    if args.action != "diff":
        rows = [(v.version, v.articles_read, v.current_articles, v.claims, v.facts, v.first_read)
                for v in wh.extractor_versions()]
        printer(("version", "articles_read", "current_readings", "claims", "facts", "first_read"), rows, sys.stdout)
        return 0
    try:
        diff = wh.version_diff(args.old, args.new)
    except ValueError as exc:
        print(f"xephang versions diff: {exc}", file=sys.stderr)
        return 2
    rows: list[tuple[Any, ...]] = []
    for c in diff.changes:
        old: Any = c.old_values if fmt == "json" else format_values(c.old_values)
        new: Any = c.new_values if fmt == "json" else format_values(c.new_values)
        rows.append((c.change, c.index, c.attribute, c.entity, c.component, c.group, c.year, old, new,
                     c.old_sentence, c.new_sentence, c.old_url, c.new_url, c.fact_id))
    columns = DIFF_COLUMNS if fmt != "table" else DIFF_COLUMNS[:11]
    printer(columns, [r[: len(columns)] for r in rows], sys.stdout)
    if fmt == "table":
        counts = diff.counts()
        print(f"{diff.old} → {diff.new} on {diff.common_articles} article(s) both read: {counts['added']} added, "
              f"{counts['retired']} retired, {counts['changed']} changed", file=sys.stderr)
    sys.stdout.flush()
    return 0
