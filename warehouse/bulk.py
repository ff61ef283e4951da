"""Bulk staging of Python rows into DuckDB temp tables, without pandas or pyarrow.

Neither pandas nor pyarrow is a dependency, and `executemany` costs a round trip per row
(~100x slower). DuckDB scans a dict of numpy arrays directly, so each column becomes one numpy
array (object arrays for text and for integers that may be None) and one INSERT ... SELECT copies
it into a typed temp table. Loaders then work set-wise in SQL (anti-joins, GROUP BY) on the stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np


def stage(
    con: duckdb.DuckDBPyConnection,
    name: str,
    columns: Sequence[tuple[str, str]],
    data: dict[str, Sequence[Any]],
) -> int:
    """(Re)create temp table `name` with the given (column, SQL type) list and fill it from `data`.

    Returns the row count. Values are cast to the declared types by DuckDB; None becomes NULL.
    """
    ddl = ", ".join(f'"{col}" {sqltype}' for col, sqltype in columns)
    con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" ({ddl})')
    lengths = {len(data[col]) for col, _ in columns}
    if len(lengths) > 1:
        raise ValueError(f"stage {name}: columns of unequal length {sorted(lengths)}")
    count = lengths.pop() if lengths else 0
    if count == 0:
        return 0
    arrays: dict[str, np.ndarray] = {}
    for col, sqltype in columns:
        values = data[col]
        if sqltype == "DOUBLE":
            arrays[col] = np.array(values, dtype=np.float64)  # None becomes NaN, turned back into NULL below
            continue
        array = np.array(values) if sqltype in ("BIGINT", "INTEGER", "BOOLEAN") else None
        if array is None or array.dtype.kind not in "iub" or array.ndim != 1:
            # Text, or numbers with None among them: an object array, which DuckDB reads value by value.
            array = np.empty(count, dtype=object)
            array[:] = list(values)
        arrays[col] = array
    view = f"__stage_{name}"
    con.register(view, arrays)
    try:
        select = ", ".join(
            # NaN stands for None in float columns (numpy has no NULL); turn it back into NULL.
            f'CASE WHEN isnan("{col}") THEN NULL ELSE "{col}" END' if sqltype == "DOUBLE" else f'"{col}"'
            for col, sqltype in columns
        )
        con.execute(f'INSERT INTO "{name}" SELECT {select} FROM "{view}"')
    finally:
        con.unregister(view)
    return count
