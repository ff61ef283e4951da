"""`xephang export DIR`: write the warehouse's tables and views as Parquet or CSV files.

For sharing the data with tools that do not read DuckDB. Reads through a read-only connection, so
it can run while the flow loads (it waits for the writer's lock like `xephang sql` does).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DB = Path("data") / "xephang.duckdb"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the warehouse tables and views to Parquet or CSV",
        description="Write one file per table and view (articles, facts, evidence, rankings, conflicts, ...) to DIR.",
    )
    parser.add_argument("dir", type=Path, help="output directory (created if missing)")
    parser.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="file format (default: parquet)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB file (default: {DEFAULT_DB})")
    parser.set_defaults(func=export_command)


def export_command(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse import LockTimeoutError, export

    try:
        files = export(args.db, args.dir, args.format)
    except (FileNotFoundError, LockTimeoutError, ValueError, duckdb.Error) as exc:
        print(f"xephang export: {exc}", file=sys.stderr)
        return 1
    for path in files:
        print(path)
    print(f"xephang export: {len(files)} files written to {args.dir}", file=sys.stderr)
    return 0
