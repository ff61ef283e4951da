"""The DuckDB warehouse: articles deduplicated, facts with evidence, conflicts and resolved values.

`Warehouse` is what the flow writes through; `run_readonly_query` and `export` are what the CLI
reads through. See warehouse/README.md for the schema and the design.
"""

from warehouse.connection import LockTimeoutError
from warehouse.export import export
from warehouse.readonly import ReadOnlyQueryError, run_readonly_query
from warehouse.results import ArticleLoadResult, FactLoadResult
from warehouse.store import Warehouse

__all__ = [
    "ArticleLoadResult",
    "FactLoadResult",
    "LockTimeoutError",
    "ReadOnlyQueryError",
    "Warehouse",
    "export",
    "run_readonly_query",
]
