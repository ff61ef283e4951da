"""What a load reports back to the flow: plain dataclasses, so they cross Prefect task boundaries."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ArticleLoadResult:
    """Outcome of one `load_articles` batch.

    `new` counts stored article rows, near-duplicates included (they are kept: an edited copy can
    carry facts the original lacks; they share the original's cluster so they add no support).
    `duplicates` counts items that added no article row: same canonical URL or same text.
    """

    new: int = 0
    duplicate_url: int = 0
    duplicate_hash: int = 0
    near_duplicate: int = 0          # among `new`: joined an existing cluster
    clusters_merged: int = 0         # clusters absorbed into another by an item near-duplicate to both
    skipped: int = 0                 # no text, or an HTTP error status
    new_article_ids: list[int] = field(default_factory=list)
    aliases_added: int = 0
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        return self.duplicate_url + self.duplicate_hash

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["duplicates"] = self.duplicates
        return data


@dataclass
class FactLoadResult:
    """Outcome of one `load_facts` batch, counted in atomic facts (one attribute value of one key).

    `new_facts`: values not stored before (a new key, or a new value for a known key: a conflict);
    `known_facts`: values in the batch that were already stored; `new_evidence`: evidence rows added;
    `conflicts_created`: keys that had one value and now have several; `readings_replaced`: articles
    that an earlier extractor version had read and whose current reading is now this batch's version.
    """

    new_facts: int = 0
    known_facts: int = 0
    new_evidence: int = 0
    conflicts_created: int = 0
    articles_marked: int = 0
    readings_replaced: int = 0
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
