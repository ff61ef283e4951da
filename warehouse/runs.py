"""Crawl-run rows: opened by start_run, figures added by each load, closed by finish_run.

Per-source figures are accumulated in `crawl_runs.figures` by the loads themselves (inside their
transaction), so the numbers stored for a run are exactly what was committed even if the flow
dies before it calls finish_run.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb


def utcnow() -> datetime:
    """Naive UTC timestamp, the form DuckDB's TIMESTAMP stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def start_run(con: duckdb.DuckDBPyConnection, sources: list[str], *, extractor_version: str | None = None) -> int:
    row = con.execute("SELECT coalesce(max(id), 0) + 1 FROM crawl_runs").fetchone()
    run_id = int(row[0]) if row else 1
    con.execute(
        "INSERT INTO crawl_runs (id, started_at, status, sources, figures, extractor_version) VALUES (?, ?, 'running', ?, ?, ?)",
        [run_id, utcnow(), json.dumps(list(sources), ensure_ascii=False), json.dumps({}), extractor_version],
    )
    return run_id


def require_run(con: duckdb.DuckDBPyConnection, run_id: int) -> None:
    if not con.execute("SELECT 1 FROM crawl_runs WHERE id = ?", [run_id]).fetchone():
        raise ValueError(f"crawl run {run_id} does not exist (call start_run first)")


def add_figures(con: duckdb.DuckDBPyConnection, run_id: int, per_source: dict[str, dict[str, int]]) -> None:
    """Add per-source counters into the run's figures JSON (counters sum across batches)."""
    if not per_source:
        return
    row = con.execute("SELECT figures FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    figures: dict[str, dict[str, Any]] = json.loads(row[0]) if row and row[0] else {}
    for source, counters in per_source.items():
        target = figures.setdefault(source, {})
        for key, value in counters.items():
            target[key] = int(target.get(key, 0)) + int(value)
    con.execute("UPDATE crawl_runs SET figures = ? WHERE id = ?", [json.dumps(figures, ensure_ascii=False), run_id])


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, status: str, report: dict[str, Any]) -> None:
    """Close the run; pages and errors per source come from the report, load figures are kept."""
    require_run(con, run_id)
    row = con.execute("SELECT figures FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    figures: dict[str, dict[str, Any]] = json.loads(row[0]) if row and row[0] else {}
    for source in report.get("sources") or []:
        if not isinstance(source, dict) or not source.get("source"):
            continue
        target = figures.setdefault(str(source["source"]), {})
        target["pages"] = int(source.get("pages") or 0)
        target["items"] = int(source.get("items") or 0)
        errors = source.get("errors") or []
        target["errors"] = len(errors) if isinstance(errors, list) else int(errors)
    con.execute(
        "UPDATE crawl_runs SET finished_at = ?, status = ?, figures = ?, report = ? WHERE id = ?",
        [
            utcnow(),
            status,
            json.dumps(figures, ensure_ascii=False),
            json.dumps(report, ensure_ascii=False, default=str),
            run_id,
        ],
    )
