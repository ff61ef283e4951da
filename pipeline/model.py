"""The records that pass between crawler, extractor and warehouse.

These are the project's internal contract. `Fact` mirrors ../shared/fact-contract.md field for field
(names are fixed there because tools outside the project read them); `Article` is what a crawl or a
file on disk becomes before extraction. Everything is a plain dataclass so it serialises to the JSON
lines that Scrapy's feed export writes and `xephang extract --json` prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = ("province", "ministry", "agency", "local_unit", "country")
INDEXES = ("dti", "ict_index", "ict_application", "egdi", "local", "other")
# Years between two editions of an index: the UN survey is biennial, the others yearly (`other` rankings
# appear at irregular intervals; a year is the best guess for them).
_YEARS_BETWEEN_EDITIONS = {"egdi": 2}


def years_between_editions(index: str) -> int:
    """How many years before an edition its previous one came out."""
    return _YEARS_BETWEEN_EDITIONS.get(index, 1)


# The attributes a fact is split into for scoring, in contract order.
ATTRIBUTES = ("rank", "rank_total", "top", "score", "rank_change")


@dataclass
class Table:
    """An HTML table kept from an article: header cells and body rows, as displayed text."""

    headers: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass
class Article:
    """One article's text as the extractor sees it.

    `text` is the original body (paragraphs separated by blank lines) and is kept for display;
    the extractor normalises a copy. `date` is ISO `YYYY-MM-DD` or None.
    """

    url: str
    title: str
    text: str
    date: str | None = None
    tables: list[Table] = field(default_factory=list)
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        tables = [t if isinstance(t, Table) else Table(**t) for t in data.get("tables") or []]
        return cls(
            url=data["url"],
            title=data.get("title") or "",
            text=data.get("text") or "",
            date=data.get("date"),
            tables=tables,
            source=data.get("source"),
        )


@dataclass
class Fact:
    """One ranking claim with its evidence, exactly the fields of the fact contract."""

    entity: str
    entity_type: str
    index: str
    component: str | None = None
    group: str | None = None
    year: int | None = None
    rank: int | None = None
    rank_total: int | None = None
    top: int | None = None
    score: float | None = None
    rank_change: int | None = None
    # evidence
    source: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    extractor: str = ""
    confidence: float = 1.0
    # True when the fact was read from an HTML ranking table rather than a sentence: the warehouse
    # prefers such values when sources disagree (an official table beats press paraphrase).
    from_table: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def atomic_claims(self) -> list[tuple[str, str, str | None, int | None, str, float]]:
        """(entity, index, component, year, attribute, value) tuples, one per non-null attribute."""
        return [
            (self.entity, self.index, self.component, self.year, attr, float(getattr(self, attr)))
            for attr in ATTRIBUTES
            if getattr(self, attr) is not None
        ]
