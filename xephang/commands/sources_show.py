"""The text `xephang sources list` and `xephang sources test` print.

`list` answers "what will a run crawl, how hard, and how much of it is known to work"; `test`
answers "does my source file read this saved page", field by field, with what each selector gives
by itself (crawlers.probe) next to what the crawl would store once the generic rules fill the gaps.
"""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.probe import ArticleProbe, ListingProbe, page_text, page_url, probe_article, probe_listing
from crawlers.sourcefile import SOURCES_DIR, Source, load_source

_PLACEHOLDER_BASE = "http://127.0.0.1/"


def _load(path: Path, base_url: str | None = None) -> Source:
    """A source file loaded for display: a demo `{demo:…}` base URL gets a loopback stand-in."""
    text = path.read_text(encoding="utf-8")
    return load_source(path, base_url or (_PLACEHOLDER_BASE if "{demo:" in text else None))


def discovery_of(src: Source) -> str:
    """How a source finds articles, e.g. "2 feeds, 1 sitemap, 2 listings (timeline pages), search"."""
    parts = []
    for count, word in ((len(src.feeds), "feed"), (len(src.sitemaps), "sitemap"), (len(src.listings), "listing")):
        if count:
            parts.append(f"{count} {word}{'s' if count > 1 else ''}")
    if src.listings and src.page_url:
        parts[-1] += " (timeline pages)"
    elif src.listings and src.next_page:
        parts[-1] += " (next links)"
    if src.search and src.queries:
        parts.append(f"search × {len(src.queries)}")
    return ", ".join(parts) or "none"


def politeness_of(src: Source) -> str:
    if src.delay is None and src.concurrency is None:
        return "default (1 s, 2 at a time)"
    delay = f"{src.delay:g} s" if src.delay is not None else "1 s"
    return f"{delay}, {src.concurrency or 2} at a time"


def verification_of(src: Source) -> str:
    if src.verification == "real_page":
        return f"real page of {src.verified_on}"
    return "evidence only" if src.verification == "evidence" else "guess"


def list_table(files: dict[str, Path], as_json: bool = False) -> str:
    """One line (or JSON object) per source: id, kind, discovery, politeness, verification, origin."""
    rows = []
    for source_id, path in files.items():
        src = _load(path)
        origin = "catalogue" if path.resolve().is_relative_to(SOURCES_DIR.resolve()) else str(path.parent)
        rows.append({"id": source_id, "kind": src.kind, "discovery": discovery_of(src),
                     "politeness": politeness_of(src), "verified": verification_of(src),
                     "note": src.verification_note, "origin": origin})
    if as_json:
        return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    columns = ("id", "kind", "discovery", "politeness", "verified", "origin")
    widths = {c: max([len(c)] + [len(str(r[c])) for r in rows]) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns).rstrip()]
    lines += ["  ".join(str(r[c]).ljust(widths[c]) for c in columns).rstrip() for r in rows]
    return "\n".join(lines)


def _show(value: str | None, limit: int = 90) -> str:
    if value is None:
        return "matched nothing"
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def _article_lines(src: Source, probe: ArticleProbe) -> tuple[list[str], int]:
    lines = [f"address: {probe.url} (url_pattern: {'an article' if probe.is_article else 'NOT an article'})", ""]
    misses = 0 if probe.is_article else 1
    for name, field in probe.fields.items():
        if field.selector is None:
            lines.append(f"{name:<7} (not set)")
            continue
        value = _show(field.value)
        if name == "date" and field.value is not None:
            value += f" → {field.parsed or 'no date'} ({field.note})"
        misses += 0 if field.matched else 1
        lines.append(f"{name:<7} {field.selector}\n        → {value}")
    body = src.selectors.get("body")
    if body:
        paragraphs = probe.paragraphs
        misses += 0 if probe.body_matched else 1
        shown = (f"{len(paragraphs)} paragraphs, {sum(map(len, paragraphs))} characters; first {_show(paragraphs[0], 60)}, "
                 f"last {_show(paragraphs[-1], 60)}") if paragraphs else "matched nothing"
        lines.append(f"{'body':<7} {body}\n        → {shown}")
    else:
        lines.append(f"{'body':<7} (not set)")
    for query, count in probe.removed.items():
        lines.append(f"{'remove':<7} {query} → {count} element{'s' if count != 1 else ''}")
    parsed = probe.parsed
    lines += ["", "what the crawl stores (selectors, then the generic rules for what they miss):",
              f"  title  {_show(parsed.title or None)}", f"  date   {parsed.date}", f"  author {_show(parsed.author)}",
              f"  text   {len([p for p in parsed.text.split(chr(10) * 2) if p])} paragraphs; "
              f"begins {_show(parsed.text[:80] or None)}"]
    if parsed.skip_reason:
        lines.append(f"  SKIPPED: {parsed.skip_reason}")
    return lines, misses


def _listing_lines(src: Source, probe: ListingProbe) -> list[str]:
    lines = [f"links: url_pattern takes {len(probe.articles)} of {len(probe.articles) + len(probe.others)} "
             "same-site links as articles"]
    lines += [f"  + {url}" for url in probe.articles[:8]]
    if len(probe.articles) > 8:
        lines.append(f"  … and {len(probe.articles) - 8} more")
    lines += [f"  - {url}" for url in probe.others[:5]]
    how = src.next_page or "(no next_page)"
    if src.page_url:
        how += f", else page_url {src.page_url} (zone from {src.page_zone})"
    lines.append(f"next    {how}\n        → {probe.next_page.url if probe.next_page else 'none'}")
    return lines


def test_report(file: Path, page: Path, url: str | None = None, base_url: str | None = None) -> tuple[str, int]:
    """The report of `xephang sources test` and its exit code: for an article page, 0 when its address
    is an article and every selector the file sets matches; for a listing, 0 when url_pattern takes
    some of its links; else 1."""
    src = _load(file, base_url)
    html = page.read_bytes()
    from parsel import Selector

    address = url or page_url(Selector(text=page_text(html)), src.base_url)
    article = probe_article(src, html, address)
    lines = [f"source {src.id} ({src.name}) on {page.name}", ""]
    looks_like_article = article.is_article or article.fields["title"].matched or article.body_matched
    if looks_like_article:
        article_lines, misses = _article_lines(src, article)
        return "\n".join(lines + article_lines), 1 if misses else 0
    lines += [f"address: {address}: not an article by url_pattern, read as a listing page "
              "(give --url if the page is an article)", ""]
    listing = probe_listing(src, html, address)
    return "\n".join(lines + _listing_lines(src, listing)), 0 if listing.articles else 1
