"""The project's own source and documents hold printable text only.

A control character in a regular expression is a silent bug: "\\b" typed into a plain string (or pasted through a
tool that unescapes it) becomes a backspace, and the pattern quietly stops matching the word it was meant to bound.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SOURCES = sorted(
    p for part in ("pipeline", "warehouse", "crawlers", "flows", "xephang", "tests", "benchmarks", "scripts")
    for p in (REPO / part).rglob("*") if p.suffix in {".py", ".sql", ".sh", ".md", ".csv", ".toml"} and p.is_file()
) + sorted(REPO.glob("*.md"))


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 50 and REPO / "pipeline" / "years.py" in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hits = [(text.count("\n", 0, m.start()) + 1, hex(ord(m.group()))) for m in _CONTROL.finditer(text)]
    assert not hits, f"control characters (line, code): {hits[:5]}"
