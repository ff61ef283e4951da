"""Read a source file (`crawlers/sources/**/<id>.toml`, schema in crawlers/sources/README.md).

The spider takes `-a source=` as either a path or a bare id, and the demo outlets' `{demo:<id>}`
base URL is only known at run time (`-a base_url=`), so resolution and validation live here, apart
from the crawling, and fail with a message that says what to fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
_PLACEHOLDER = re.compile(r"\{demo:([\w-]+)\}")
RELEVANCE_MODES = ("rankings", "all")


class SourceError(ValueError):
    """A source file that cannot be found or does not follow the schema."""


@dataclass
class Source:
    """A source file's settings with the base URL resolved and every discovery URL absolute."""

    id: str
    name: str
    base_url: str
    kind: str = "news"
    language: str = "vi"
    contact: str = ""
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    search: list[str] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    max_pages: int = 300
    max_depth: int = 5
    url_pattern: re.Pattern[str] | None = None
    next_page: str | None = None
    follow: str | None = None
    selectors: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    # "rankings": only articles about the IT rankings are kept (crawlers.relevance); "all": every
    # article. Absent = "all", so the demo outlets (whose plain ICT news the e2e test expects) keep
    # everything; every real source file says "rankings".
    relevance: str = "all"
    # Per-source politeness for small servers: seconds between requests and parallel requests to
    # the site (None = the project defaults in crawlers/settings.py).
    delay: float | None = None
    concurrency: int | None = None
    # Listings are newest first: with the state of the previous run (crawlers/state.py), stop walking a
    # listing's pages at the first one whose articles are all known. False for a listing that is not
    # in date order (an oldest-first archive), which is then walked in full every run.
    stop_at_known: bool = True

    def absolute(self, url: str) -> str:
        return urljoin(self.base_url, url)

    def is_article(self, url: str) -> bool:
        """Whether `url` is an article of this source: the pattern searched in the URL path, then
        in path?query (for sites whose article ids are query parameters, e.g. `?id=123`); every URL
        is an article when the source gives no pattern."""
        if self.url_pattern is None:
            return True
        parts = urlsplit(url)
        path = parts.path or "/"
        if self.url_pattern.search(path):
            return True
        return bool(parts.query) and bool(self.url_pattern.search(f"{path}?{parts.query}"))


def find_source_file(source: str | Path) -> Path:
    """A path to an existing file, or an id looked up as `crawlers/sources/**/<id>.toml`."""
    candidate = Path(source)
    if candidate.suffix == ".toml" or candidate.exists():
        if candidate.is_file():
            return candidate
        raise SourceError(f"source file not found: {candidate}")
    if not re.fullmatch(r"[a-z0-9_-]+", str(source)):
        raise SourceError(f"not a source file or id: {source!r}")
    matches = sorted(SOURCES_DIR.rglob(f"{source}.toml"))
    if not matches:
        known = sorted(p.stem for p in SOURCES_DIR.rglob("*.toml"))
        raise SourceError(f"unknown source id {source!r}; known: {', '.join(known) or '(none)'}")
    if len(matches) > 1:
        raise SourceError(f"source id {source!r} is ambiguous: {', '.join(map(str, matches))}")
    return matches[0]


def _strings(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise SourceError(f"{name} must be a list of strings")


def load_source(source: str | Path, base_url: str | None = None) -> Source:
    """Load and validate a source file; `base_url` fills a `{demo:<id>}` placeholder (and, for a
    real source, replaces its base URL, e.g. to crawl a mirror)."""
    path = find_source_file(source)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path}: invalid TOML: {exc}") from exc
    configured = str(data.get("base_url") or "")
    if base_url:
        resolved = base_url
    elif _PLACEHOLDER.search(configured):
        raise SourceError(f"{path}: base_url is {configured!r}; pass -a base_url=http://127.0.0.1:PORT")
    else:
        resolved = configured
    if not urlsplit(resolved).scheme or not urlsplit(resolved).netloc:
        raise SourceError(f"{path}: base_url {resolved!r} is not an absolute http(s) URL")
    if not resolved.endswith("/"):
        resolved += "/"
    discovery = data.get("discovery") or {}
    articles = data.get("articles") or {}
    selectors = dict(articles.get("selectors") or {})
    pattern = articles.get("url_pattern")
    try:
        compiled = re.compile(pattern) if pattern else None
    except re.error as exc:
        raise SourceError(f"{path}: [articles].url_pattern is not a valid regex: {exc}") from exc
    src = Source(
        id=str(data.get("id") or path.stem),
        name=str(data.get("name") or path.stem),
        base_url=resolved,
        kind=str(data.get("kind") or "news"),
        language=str(data.get("language") or "vi"),
        contact=str(data.get("contact") or ""),
        max_pages=int(discovery.get("max_pages", 300)),
        max_depth=int(discovery.get("max_depth", 5)),
        url_pattern=compiled,
        next_page=articles.get("next_page") or None,
        follow=articles.get("follow") or None,
        selectors=selectors,
        path=path,
        relevance=str(data.get("relevance") or "all"),
    )
    stop_at_known = discovery.get("stop_at_known", True)
    if not isinstance(stop_at_known, bool):
        raise SourceError(f"{path}: [discovery].stop_at_known must be true or false")
    src.stop_at_known = stop_at_known
    if src.relevance not in RELEVANCE_MODES:
        raise SourceError(f"{path}: relevance must be one of {', '.join(RELEVANCE_MODES)}, not {src.relevance!r}")
    politeness = data.get("politeness") or {}
    try:
        src.delay = float(politeness["delay"]) if "delay" in politeness else None
        src.concurrency = int(politeness["concurrency"]) if "concurrency" in politeness else None
    except (TypeError, ValueError) as exc:
        raise SourceError(f"{path}: [politeness] delay/concurrency must be numbers: {exc}") from exc
    if src.concurrency is not None and src.concurrency < 1:
        raise SourceError(f"{path}: [politeness] concurrency must be at least 1")
    # Discovery paths are resolved like links on a page at base_url: "/rss.xml" is from the host root.
    src.feeds = [src.absolute(u) for u in _strings(discovery.get("feeds"), "feeds")]
    src.sitemaps = [src.absolute(u) for u in _strings(discovery.get("sitemaps"), "sitemaps")]
    src.listings = [src.absolute(u) for u in _strings(discovery.get("listings"), "listings")]
    src.search = _strings(discovery.get("search"), "search")
    src.queries = _strings(discovery.get("queries"), "queries")
    for template in src.search:
        if "{query}" not in template:
            raise SourceError(f"{path}: search template {template!r} has no {{query}}")
    return src
