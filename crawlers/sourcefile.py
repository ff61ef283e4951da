"""Read a source file (`crawlers/sources/**/<id>.toml`, schema in crawlers/sources/README.md).

The spider takes `-a source=` as either a path or a bare id, and the demo outlets' `{demo:<id>}`
base URL is only known at run time (`-a base_url=`), so resolution and validation live here, apart
from the crawling, and fail with a message that says what to fix. Users' own source folders
(`--sources DIR`, `XEPHANG_SOURCES`) are merged with the catalogue here too (`catalogue`), so every
command that names a source by id sees the same set, and an id defined twice is refused in one place.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
_PLACEHOLDER = re.compile(r"\{demo:([\w-]+)\}")
RELEVANCE_MODES = ("rankings", "all")
# Users' own source folders, besides `--sources DIR` (os.pathsep-separated, like PATH).
SOURCES_ENV = "XEPHANG_SOURCES"
# How a source file's fields were checked (`[verification] status`), shown by `xephang sources list`.
VERIFICATION_STATUSES = ("real_page", "evidence", "guess")


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
    # Listings whose "more" control is JavaScript (no link to follow) page through a URL template
    # instead: `page_url` holds `{page}` (2, 3, …) and maybe `{zone}`, the listing's section id that
    # `page_zone` (a selector) reads from its first page. Walked until a page lists no article.
    page_url: str | None = None
    page_zone: str | None = None
    # `[verification]`: "real_page" (selectors held against a saved real page of `verified_on`),
    # "evidence" (public scrapers or documents only) or "guess"; `verification_note` says what.
    verification: str = "guess"
    verified_on: str | None = None
    verification_note: str = ""

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


def user_source_dirs(extra: Iterable[str | Path] | None = None) -> list[Path]:
    """Users' own source folders: `extra` (`--sources DIR`), then those in `XEPHANG_SOURCES`.

    A folder that does not exist is an error rather than an empty catalogue: a typo in a cron job's
    `--sources` would otherwise crawl nothing of the user's, silently."""
    named = [Path(d) for d in extra or []]
    named += [Path(d) for d in os.environ.get(SOURCES_ENV, "").split(os.pathsep) if d.strip()]
    folders: list[Path] = []
    for folder in named:
        if not folder.is_dir():
            raise SourceError(f"sources folder not found: {folder} (from --sources or ${SOURCES_ENV})")
        if folder.resolve() not in {f.resolve() for f in folders}:
            folders.append(folder)
    return folders


def source_id_of(path: Path) -> str:
    """A file's `id` (its stem when it has none), read without validating the rest."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path}: cannot read source file: {exc}") from exc
    return str(data.get("id") or path.stem)


def catalogue(demo: bool = False, extra_dirs: Iterable[str | Path] | None = None) -> dict[str, Path]:
    """Source id -> file: the bundled real sources (`crawlers/sources/*.toml`) merged with the
    users' folders (`*.toml` in each, see `user_source_dirs`); with `demo`, the demo outlets alone
    (a demo run must never reach a real site, the user's included).

    Ids must be unique across all of them: one id is one stored source in the warehouse, so two
    files claiming it is an error naming both, never a silent choice."""
    folders = [SOURCES_DIR / "demo"] if demo else [SOURCES_DIR, *user_source_dirs(extra_dirs)]
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            source_id = source_id_of(path)
            if source_id in found and found[source_id].resolve() != path.resolve():
                raise SourceError(
                    f"source id {source_id!r} is defined twice: {found[source_id]} and {path}; "
                    "ids must be unique across the catalogue and your sources folders (rename one)"
                )
            found[source_id] = path
    return dict(sorted(found.items()))


def find_source_file(source: str | Path, extra_dirs: Iterable[str | Path] | None = None) -> Path:
    """A path to an existing file, or an id looked up as `crawlers/sources/**/<id>.toml` and in the
    users' source folders (`extra_dirs`, `XEPHANG_SOURCES`)."""
    candidate = Path(source)
    if candidate.suffix == ".toml" or candidate.exists():
        if candidate.is_file():
            return candidate
        raise SourceError(f"source file not found: {candidate}")
    if not re.fullmatch(r"[a-z0-9_-]+", str(source)):
        raise SourceError(f"not a source file or id: {source!r}")
    users = user_source_dirs(extra_dirs)
    matches = sorted(SOURCES_DIR.rglob(f"{source}.toml")) + [p for d in users for p in sorted(d.glob(f"{source}.toml"))]
    if not matches:
        known = sorted({p.stem for p in SOURCES_DIR.rglob("*.toml")} | {p.stem for d in users for p in d.glob("*.toml")})
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
    _read_pagination(src, articles, path)
    _read_verification(src, data.get("verification") or {}, path)
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


def _read_pagination(src: Source, articles: dict[str, Any], path: Path) -> None:
    """`[articles] page_url` / `page_zone`: a listing paged by URL template (JS "load more")."""
    template = articles.get("page_url") or None
    zone = articles.get("page_zone") or None
    if template is None:
        if zone:
            raise SourceError(f"{path}: [articles].page_zone is set but page_url is not")
        return
    if not isinstance(template, str) or "{page}" not in template:
        raise SourceError(f"{path}: [articles].page_url must be a string with {{page}}, e.g. '/timeline/{{zone}}/trang-{{page}}.htm'")
    try:
        template.format(page=2, zone="1")
    except (KeyError, IndexError, ValueError) as exc:
        raise SourceError(f"{path}: [articles].page_url {template!r}: only {{page}} and {{zone}} may be used ({exc})") from exc
    if "{zone}" in template and not zone:
        raise SourceError(f"{path}: [articles].page_url uses {{zone}}: give page_zone, the selector that reads it")
    src.page_url, src.page_zone = template, zone


def _read_verification(src: Source, table: dict[str, Any], path: Path) -> None:
    """`[verification]`: how far the file's fields are known to be right (for `xephang sources list`)."""
    status = str(table.get("status") or "guess")
    if status not in VERIFICATION_STATUSES:
        raise SourceError(f"{path}: [verification] status must be one of {', '.join(VERIFICATION_STATUSES)}, not {status!r}")
    page_date = table.get("page_date")
    if status == "real_page" and not page_date:
        raise SourceError(f"{path}: [verification] status 'real_page' needs page_date, the date of the page held")
    src.verification = status
    src.verified_on = str(page_date) if page_date else None
    src.verification_note = str(table.get("note") or "")
