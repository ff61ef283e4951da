"""The run report: what one run did, per source and in total.

The same figures go to three places: the terminal summary, a Prefect table artifact and the
warehouse's crawl-run row, so a user sees one account of a run wherever they look.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class SourceReport:
    """One source's figures in one run."""

    source: str
    pages: int = 0
    items: int = 0
    new_articles: int = 0
    duplicate_articles: int = 0
    new_facts: int = 0
    known_facts: int = 0
    errors: list[str] = field(default_factory=list)
    # Pages fetched but not stored, with the crawler's reason ("404: <url>", "no text: <url>"), and
    # pages the crawler judged off-topic; kept so "0 new articles" can be told apart from "broken".
    skipped: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    crawl_counters: dict[str, int] = field(default_factory=dict)


@dataclass
class RunReport:
    """A whole run: its sources' figures plus the totals of the extract and load steps."""

    run_id: int
    db_path: str
    sources: list[SourceReport] = field(default_factory=list)
    articles_extracted: int = 0
    new_facts: int = 0
    known_facts: int = 0
    new_evidence: int = 0
    errors: list[str] = field(default_factory=list)
    # Articles an older extractor version had read and this run read again (a version upgrade), and
    # then what the version changed against the previous one (`VersionDiff.report()`).
    readings_replaced: int = 0
    changes: dict | None = None
    # Values the extractor dropped because they cannot be true (a rank above its field, a DTI score of 7,
    # a year before the index existed), one line each: never stored, always counted.
    implausible: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return sum(s.pages for s in self.sources)

    @property
    def new_articles(self) -> int:
        return sum(s.new_articles for s in self.sources)

    @property
    def duplicate_articles(self) -> int:
        return sum(s.duplicate_articles for s in self.sources)

    @property
    def skipped(self) -> int:
        return sum(len(s.skipped) for s in self.sources)

    @property
    def dropped(self) -> int:
        return sum(len(s.dropped) for s in self.sources)

    @property
    def all_errors(self) -> list[str]:
        return [f"{s.source}: {e}" for s in self.sources for e in s.errors] + self.errors

    @property
    def added_nothing(self) -> bool:
        return self.new_articles == 0 and self.new_facts == 0 and self.new_evidence == 0

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(
            pages=self.pages,
            new_articles=self.new_articles,
            duplicate_articles=self.duplicate_articles,
            skipped=self.skipped,
            dropped=self.dropped,
            status="completed_with_errors" if self.all_errors else "completed",
        )
        return data

    def table_rows(self) -> list[dict]:
        """Rows for the Prefect table artifact: one per source, then the totals."""
        rows = [
            {
                "source": s.source,
                "pages": s.pages,
                "articles new": s.new_articles,
                "articles duplicate": s.duplicate_articles,
                "facts new": s.new_facts,
                "facts already known": s.known_facts,
                "pages skipped": len(s.skipped),
                "dropped as off-topic": len(s.dropped),
                "errors": len(s.errors),
            }
            for s in self.sources
        ]
        rows.append(
            {
                "source": "TOTAL",
                "pages": self.pages,
                "articles new": self.new_articles,
                "articles duplicate": self.duplicate_articles,
                "facts new": self.new_facts,
                "facts already known": self.known_facts,
                "pages skipped": self.skipped,
                "dropped as off-topic": self.dropped,
                "errors": len(self.all_errors),
                "implausible values dropped": len(self.implausible),
            }
        )
        return rows

    def summary_text(self) -> str:
        """The closing summary printed by `xephang run`."""
        lines = [
            "",
            f"xephang run #{self.run_id} finished",
            f"  pages fetched:      {self.pages}",
            f"  articles:           {self.new_articles} new, {self.duplicate_articles} duplicate",
            f"  facts:              {self.new_facts} new, {self.known_facts} already known"
            f" ({self.new_evidence} new evidence rows)",
            f"  pages skipped:      {self.skipped} (not articles: 404, empty, binary …)"
            + (f", {self.dropped} dropped as off-topic" if self.dropped else ""),
            f"  errors:             {len(self.all_errors)}",
        ]
        if self.implausible:
            lines.append(f"  implausible values: {len(self.implausible)} dropped, not stored (crawl_runs.report lists them)")
            lines += [f"    - {x}" for x in self.implausible[:5]]
        lines += [f"    - {e}" for e in self.all_errors[:20]]
        if len(self.all_errors) > 20:
            lines.append(f"    ... and {len(self.all_errors) - 20} more (see the crawl_runs table)")
        if self.added_nothing:
            lines.append("  nothing new: every article and fact was already stored")
        if self.changes:
            c = self.changes
            lines.append(
                f"  extractor {c['to']}: re-read {self.readings_replaced} article(s) read by an older version;"
                f" vs {c['from']}: {c['added']} added, {c['retired']} retired, {c['changed']} changed"
                f" (xephang versions diff {c['from']} {c['to']})"
            )
        lines += [
            f"  database:           {self.db_path}",
            "",
            "Query it, for example:",
            # One ranking at a time (provinces' overall DTI): mixing ministries, pillars and the merged-province
            # field in one list reads like duplicates and conflicts to someone new to the data.
            f"  {_cli_name()} sql --db {self.db_path} \"SELECT entity, year, rank, rank_total, score, support "
            "FROM rankings WHERE index = 'dti' AND entity_type = 'province' AND component IS NULL "
            "AND \\\"group\\\" IS NULL ORDER BY year, rank LIMIT 20\"",
        ]
        return "\n".join(lines)


def _cli_name() -> str:
    """How the user can call xephang again: `.venv/bin/xephang` when run from the project's venv
    (the README's setup does not activate it), else plain `xephang`."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if program and program.name == "xephang" and program.is_file():
        try:
            return str(program.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(program)
    return "xephang"
