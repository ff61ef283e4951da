"""Which part of the project may import which: the floors of the building, checked from the source.

`pipeline` is the ground floor (records, text, article identity): it imports no other part.
`warehouse` and `crawlers` stand on it; `flows` ties crawlers and warehouse together; the `xephang`
package (command line, demo site, review page) is the top floor and nothing below imports it. A
lower floor reaching up (the crawler importing URL rules from the CLI package, a flow starting
the demo site) drags the top floor into every worker and loader process.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PARTS = ("pipeline", "warehouse", "crawlers", "flows", "xephang")
ALLOWED = {
    "pipeline": {"pipeline"},
    "warehouse": {"warehouse", "pipeline"},
    "crawlers": {"crawlers", "pipeline"},
    "flows": {"flows", "crawlers", "warehouse", "pipeline"},
    "xephang": set(PARTS),
}


def _imported_parts(path: Path) -> set[str]:
    """The project parts a module imports, at any depth in the file (imports inside functions count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in PARTS)
    return found


@pytest.mark.parametrize("part", PARTS)
def test_each_part_imports_only_the_floors_below_it(part: str) -> None:
    wrong = {
        str(path.relative_to(REPO)): sorted(_imported_parts(path) - ALLOWED[part])
        for path in sorted((REPO / part).rglob("*.py"))
    }
    assert {k: v for k, v in wrong.items() if v} == {}


def test_article_identity_lives_on_the_ground_floor() -> None:
    """Crawler and warehouse agree on an article's canonical URL because they share one definition."""
    from pipeline.urls import canonical_url

    assert canonical_url("http://m.Example.vn/a/amp?utm_source=x&b=2#top") == "https://example.vn/a?b=2"
    assert not (REPO / "xephang" / "urls.py").exists()
