"""Which source files a run crawls.

Real sources live in `crawlers/sources/*.toml`, the bundled demo outlets in
`crawlers/sources/demo/*.toml`. A run names sources by id (the file's `id`, which is also its stem).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

SOURCES_DIR = Path(__file__).resolve().parent.parent / "crawlers" / "sources"
DEMO_SOURCES_DIR = SOURCES_DIR / "demo"


@dataclass(frozen=True)
class SourceRef:
    """A source file and the few fields the flow needs from it (the spider reads the rest)."""

    id: str
    name: str
    path: Path
    demo_outlet: str | None = None  # the demo outlet whose loopback address fills `{demo:<outlet>}`


def _read(path: Path) -> SourceRef:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    match = re.fullmatch(r"\{demo:([\w-]+)\}", str(data.get("base_url", "")))
    return SourceRef(
        id=str(data.get("id") or path.stem),
        name=str(data.get("name") or path.stem),
        path=path,
        demo_outlet=match.group(1) if match else None,
    )


def list_sources(demo: bool = False) -> list[SourceRef]:
    """Every configured source, sorted by id: the demo outlets when `demo`, else the real ones."""
    folder = DEMO_SOURCES_DIR if demo else SOURCES_DIR
    return sorted((_read(p) for p in folder.glob("*.toml")), key=lambda s: s.id)


def select_sources(ids: list[str] | None, demo: bool = False) -> list[SourceRef]:
    """The sources named by `ids` (all when empty); an unknown id is an error that lists the known ones."""
    available = list_sources(demo)
    if not ids:
        return available
    by_id = {s.id: s for s in available}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        known = ", ".join(by_id) or "(none configured)"
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; configured: {known}")
    return [by_id[i] for i in ids]
