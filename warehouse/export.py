"""Dump the warehouse's tables and views to Parquet or CSV files, one file per table or view.

Each file is written under a temporary name and renamed when complete, so a reader of the export
directory never sees half a file. The MinHash signature and LSH bucket tables are left out: they
are binary internals of near-duplicate detection, meaningless outside the warehouse.
"""

from __future__ import annotations

import os
from pathlib import Path

from warehouse.connection import connection

EXPORTED = (
    "sources", "crawl_runs", "articles", "article_urls", "extractions", "facts", "fact_values", "evidence",
    "reviews", "fact_resolution", "facts_v", "rankings", "rank_history", "conflicts", "article_facts",
    "current_readings", "superseded_claims", "review_additions", "article_reviews",
)
FORMATS = {"parquet": "(FORMAT parquet, COMPRESSION zstd)", "csv": "(FORMAT csv, HEADER true)"}


def export(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], fmt: str = "parquet") -> list[Path]:
    """Write every table and view to `out_dir/<name>.<fmt>`; returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    db = Path(path)
    if not db.exists():
        raise FileNotFoundError(f"no database at {db}")
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with connection(db, read_only=True) as con:
        for name in EXPORTED:
            final = target / f"{name}.{fmt}"
            partial = target / f".{name}.{fmt}.partial"
            select = f"SELECT * FROM {name}"
            if fmt == "csv":
                # CSV has no nested types: lists and structs (conflicts.evidence) are written as JSON.
                columns = con.execute(f"DESCRIBE {name}").fetchall()
                select = "SELECT " + ", ".join(
                    f'to_json("{c[0]}") AS "{c[0]}"' if ("[]" in c[1] or c[1].startswith(("STRUCT", "MAP"))) else f'"{c[0]}"'
                    for c in columns
                ) + f" FROM {name}"
            quoted = str(partial).replace("'", "''")
            con.execute(f"COPY ({select}) TO '{quoted}' {FORMATS[fmt]}")
            partial.replace(final)
            written.append(final)
    return written
