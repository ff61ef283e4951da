"""Which source files a run crawls.

Real sources live in `crawlers/sources/*.toml`, the bundled demo outlets in
`crawlers/sources/demo/*.toml`; users add their own in folders outside the package (`--sources DIR`,
`XEPHANG_SOURCES`), merged with the real ones by `crawlers.sourcefile.catalogue`, which refuses an id
defined twice. A run names sources by id (the file's `id`, else its stem).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crawlers.sourcefile import SourceError, catalogue


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


def list_sources(demo: bool = False, source_dirs: Iterable[str | Path] | None = None) -> list[SourceRef]:
    """Every configured source, sorted by id: the demo outlets when `demo`, else the real ones and
    the users' (`source_dirs`, then `XEPHANG_SOURCES`). A duplicate id is a ValueError naming both files."""
    try:
        files = catalogue(demo=demo, extra_dirs=source_dirs)
    except SourceError as exc:
        raise ValueError(str(exc)) from exc
    return [_read(path) for path in files.values()]


def select_sources(
    ids: list[str] | None, demo: bool = False, source_dirs: Iterable[str | Path] | None = None
) -> list[SourceRef]:
    """The sources named by `ids` (all when empty); an unknown id is an error that lists the known ones."""
    available = list_sources(demo, source_dirs)
    if not ids:
        return available
    by_id = {s.id: s for s in available}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        known = ", ".join(by_id) or "(none configured)"
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; configured: {known}")
    return [by_id[i] for i in ids]
