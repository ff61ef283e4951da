"""The report of a re-extraction: what was read, how long reading and loading took, what changed.

Stored with the run (`crawl_runs.report`, kind "reextract"), published as a Prefect artifact and
printed by `xephang reextract`, like the crawl run's report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ReextractReport:
    """One re-extraction run. `changes` is `VersionDiff.report()` against the previous version."""

    run_id: int
    db_path: str
    extractor_version: str
    previous_version: str | None = None
    articles_pending: int = 0
    articles_read: int = 0
    batches: int = 0
    new_facts: int = 0
    new_evidence: int = 0
    readings_replaced: int = 0
    extract_seconds: float = 0.0
    load_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    changes: dict[str, Any] | None = None
    implausible: list[str] = field(default_factory=list)  # values dropped as impossible, one line each

    @property
    def load_share(self) -> float:
        """Share of the working time spent loading (the rest is extraction)."""
        total = self.extract_seconds + self.load_seconds
        return self.load_seconds / total if total > 0 else 0.0

    def add_batch(self, batch: dict[str, Any]) -> None:
        self.batches += 1
        self.articles_read += int(batch["articles_read"])
        self.new_facts += int(batch["new_facts"])
        self.new_evidence += int(batch["new_evidence"])
        self.readings_replaced += int(batch["readings_replaced"])
        self.extract_seconds += float(batch["extract_seconds"])
        self.load_seconds += float(batch["load_seconds"])
        self.errors.extend(batch["errors"])
        self.implausible.extend(batch.get("implausible", []))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(kind="reextract", load_share=round(self.load_share, 4),
                    status="completed_with_errors" if self.errors else "completed")
        return data

    def table_rows(self) -> list[dict[str, Any]]:
        """The Prefect artifact: changed facts per index and attribute."""
        rows = list((self.changes or {}).get("by_index_attribute") or [])
        return rows or [{"index": "-", "attribute": "-", "added": 0, "retired": 0, "changed": 0}]

    def summary_text(self) -> str:
        lines = [
            "",
            f"xephang reextract #{self.run_id} finished (extractor {self.extractor_version})",
            f"  articles read:      {self.articles_read} of {self.articles_pending} not yet read by this version"
            f" ({self.readings_replaced} replaced an older reading)",
            f"  claims:             {self.new_facts} new values, {self.new_evidence} new evidence rows",
            f"  time:               extraction {self.extract_seconds:.1f} s, load {self.load_seconds:.1f} s"
            f" (load share {self.load_share:.0%})",
            f"  errors:             {len(self.errors)}",
        ]
        lines += [f"    - {e}" for e in self.errors[:20]]
        if self.implausible:
            lines.append(f"  implausible values: {len(self.implausible)} dropped, not stored")
        changes = self.changes
        if changes:
            lines.append(
                f"  changes vs {changes['from']} on {changes['common_articles']} article(s) both read:"
                f" {changes['added']} added, {changes['retired']} retired, {changes['changed']} changed"
            )
            lines += [
                f"    {r['index']:<14} {r['attribute']:<12} +{r['added']} -{r['retired']} ~{r['changed']}"
                for r in changes["by_index_attribute"]
            ]
            lines.append(f"  details: xephang versions diff {changes['from']} {changes['to']} --db {self.db_path}")
        elif self.previous_version is None:
            lines.append("  changes: no older extractor version has read these articles")
        lines.append(f"  database:           {self.db_path}")
        return "\n".join(lines)
