"""Loading the demo articles from `articles/*.txt`.

Articles are kept as plain data files, not Python, so that writers can edit text without touching
code and the manifest of expected facts sits next to the sentences that make the claims.

File format: a header of `key: value` lines, a line `---`, then the body. Body blocks are separated
by blank lines: `## heading`, `[img] caption` or `[img] alt || caption`, `[table] caption` followed by `a | b | c` rows (the
first row is the header), anything else is a paragraph. Header keys:

- `id`, `title`, `date` (ISO 8601 with offset), `author`, `section`, `tags` (comma separated), `lead`
- `place: <outlet> <path> [amp] [tracking] [author=Name] [section=slug]` (repeatable): where it is served
- `kind`: `claims` (default) or `no_claim`; `syndicated: <group>`; `republished_from: <id>`; `note`
- `defaults: key=value; ...` and `fact: key=value; ...` (repeatable): the ranking facts the text makes
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"

FACT_KEYS = ("entity", "entity_type", "index", "component", "group", "year", "rank", "rank_total", "top",
             "score", "rank_change")
_INT_KEYS = {"year", "rank", "rank_total", "top", "rank_change"}
_ALIASES = {"type": "entity_type"}


@dataclass(frozen=True)
class Placement:
    """One address an article is published under on one outlet."""

    outlet: str
    path: str
    amp: bool = False          # the outlet also serves an AMP copy at /amp<path>
    tracking: bool = False     # the outlet links to it with utm_/fbclid parameters
    author: str | None = None  # byline override (syndicated copies credit differently)
    section: str | None = None


@dataclass(frozen=True)
class Block:
    """One body block: a paragraph, a heading, an image caption or a table."""

    kind: str                      # "p" | "h2" | "img" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    date: datetime
    author: str
    section: str
    tags: tuple[str, ...]
    lead: str
    blocks: tuple[Block, ...]
    placements: tuple[Placement, ...]
    kind: str = "claims"
    syndicated: str | None = None
    republished_from: str | None = None
    note: str = ""
    facts: tuple[dict[str, object], ...] = field(default=())

    def placement_on(self, outlet: str) -> Placement | None:
        return next((p for p in self.placements if p.outlet == outlet), None)

    def text(self) -> str:
        """Title, lead and body as plain text (what the claims are read from)."""
        parts = [self.title, self.lead]
        for block in self.blocks:
            parts.append(block.text)
            if block.kind == "table":
                parts.extend(" | ".join(row) for row in block.rows)
        return "\n".join(p for p in parts if p)


def _parse_value(key: str, raw: str) -> object:
    raw = raw.strip()
    if raw in ("", "-", "null"):
        return None
    if key in _INT_KEYS:
        return int(raw)
    if key == "score":
        return float(raw.replace(",", "."))
    return raw


def _parse_pairs(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        key, _, value = item.partition("=")
        key = _ALIASES.get(key.strip(), key.strip())
        if key not in FACT_KEYS:
            raise ValueError(f"unknown fact key {key!r}")
        out[key] = _parse_value(key, value)
    return out


def _parse_placement(text: str) -> Placement:
    outlet, path, *rest = shlex.split(text)
    options: dict[str, object] = {}
    for token in rest:
        if token in ("amp", "tracking"):
            options[token] = True
        else:
            key, _, value = token.partition("=")
            options[key] = value
    return Placement(outlet=outlet, path=path, **options)  # type: ignore[arg-type]


def _parse_blocks(body: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith("## "):
            blocks.append(Block("h2", chunk[3:].strip()))
        elif chunk.startswith("[img]"):
            alt, sep, caption = chunk[5:].partition("||")
            blocks.append(Block("img", (caption if sep else alt).strip(), ((alt.strip(),),) if sep else ()))
        elif chunk.startswith("[table]"):
            first, *lines = chunk.splitlines()
            rows = tuple(tuple(c.strip() for c in line.split("|")) for line in lines if line.strip())
            blocks.append(Block("table", first[7:].strip(), rows))
        else:
            blocks.append(Block("p", " ".join(line.strip() for line in chunk.splitlines())))
    return tuple(blocks)


def parse_article(text: str, source: str = "<string>") -> Article:
    """Parse one article file; errors name the file so a typo is easy to find."""
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError(f"{source}: no '---' line between header and body")
    header: dict[str, str] = {}
    places: list[Placement] = []
    facts: list[dict[str, object]] = []
    defaults: dict[str, object] = {}
    for line in head.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "place":
            places.append(_parse_placement(value))
        elif key == "defaults":
            defaults = _parse_pairs(value)
        elif key == "fact":
            fact = dict.fromkeys(FACT_KEYS)
            fact.update(defaults)
            fact.update(_parse_pairs(value))
            facts.append(fact)
        else:
            header[key] = value
    try:
        return Article(
            id=header["id"],
            title=header["title"],
            date=datetime.fromisoformat(header["date"]),
            author=header.get("author", ""),
            section=header.get("section", "tin-tuc"),
            tags=tuple(t.strip() for t in header.get("tags", "").split(",") if t.strip()),
            lead=header.get("lead", ""),
            blocks=_parse_blocks(body),
            placements=tuple(places),
            kind=header.get("kind", "claims"),
            syndicated=header.get("syndicated"),
            republished_from=header.get("republished_from"),
            note=header.get("note", ""),
            facts=tuple(facts),
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{source}: {exc}") from exc


@cache
def load_articles(folder: Path = ARTICLES_DIR) -> tuple[Article, ...]:
    """Every article, newest first (the order listings and feeds show them in)."""
    articles = [parse_article(p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.glob("*.txt"))]
    return tuple(sorted(articles, key=lambda a: a.date, reverse=True))
