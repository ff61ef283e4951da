"""How far to trust the facts: precision from human reviews, and the latest gold-set scores.

Precision from reviews = accepted / (accepted + rejected + corrected), counting the decision in
force (the latest) for each fact. A decision is attributed to every extractor version that
produced the judged value (the value shown to the reviewer, recorded in the review's note by
`store.py`). Small counts are the norm here, so every figure carries a 95% Wilson score interval,
which, unlike the normal approximation, stays inside [0, 1] and is honest at n = 5.

`xephang evaluate` has no way to keep its result, so `save_evaluate_summary` is offered for it to
call; the accuracy page reads what was saved last.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warehouse import Warehouse

Z95 = 1.959963984540054
DEFAULT_EVALUATE_FILE = Path("data/accuracy/evaluate-latest.json")


def evaluate_file(path: str | os.PathLike[str] | None = None) -> Path:
    """Where the latest evaluate summary lives: the argument, $XEPHANG_EVALUATE_LATEST, or the default."""
    if path:
        return Path(path)
    return Path(os.environ.get("XEPHANG_EVALUATE_LATEST") or DEFAULT_EVALUATE_FILE)


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion; (0, 1) when there is nothing to go on."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Precision:
    """Decisions counted for one group, and the precision with its 95% interval."""

    group: str
    accepted: int = 0
    rejected: int = 0
    corrected: int = 0

    @property
    def reviewed(self) -> int:
        return self.accepted + self.rejected + self.corrected

    @property
    def precision(self) -> float | None:
        return self.accepted / self.reviewed if self.reviewed else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.accepted, self.reviewed)

    def to_dict(self) -> dict[str, Any]:
        low, high = self.interval
        out = asdict(self)
        out.update(reviewed=self.reviewed, precision=None if self.precision is None else round(self.precision, 4),
                   ci95=[round(low, 4), round(high, 4)])
        return out


_DECISIONS_SQL = """
WITH latest AS (
    SELECT r.id, r.fact_id, r.decision, r.value_id, r.note FROM reviews r
    -- a review holding a fact a reviewer added judges no extracted claim (recall counts it, not precision)
    WHERE NOT EXISTS (SELECT 1 FROM review_additions x WHERE x.review_id = r.id)
    QUALIFY row_number() OVER (PARTITION BY r.fact_id ORDER BY r.reviewed_at DESC, r.id DESC) = 1
), judged AS (
    SELECT l.*, coalesce(l.value_id, TRY_CAST(json_extract(TRY_CAST(l.note AS JSON), '$.value_id') AS BIGINT)) AS judged_value
    FROM latest l
)
SELECT j.fact_id, j.decision, f."index", f.attribute,
       coalesce(list_sort(list_distinct(list(e.extractor_version) FILTER (WHERE e.extractor_version IS NOT NULL))), [])
FROM judged j
JOIN facts f ON f.id = j.fact_id
LEFT JOIN evidence e ON e.fact_id = j.fact_id AND (j.judged_value IS NULL OR e.value_id = j.judged_value)
GROUP BY j.fact_id, j.decision, f."index", f.attribute
ORDER BY j.fact_id
"""


@dataclass
class ReviewAccuracy:
    """Precision overall and per extractor version, index and attribute."""

    overall: Precision
    by_version: dict[str, Precision]
    by_index: dict[str, Precision]
    by_attribute: dict[str, Precision]
    facts_total: int
    # attribute → version → Precision: the versions side by side, one row per attribute.
    by_attribute_version: dict[str, dict[str, Precision]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "facts_total": self.facts_total,
            "overall": self.overall.to_dict(),
            "by_version": {k: v.to_dict() for k, v in self.by_version.items()},
            "by_index": {k: v.to_dict() for k, v in self.by_index.items()},
            "by_attribute": {k: v.to_dict() for k, v in self.by_attribute.items()},
            "by_attribute_version": {a: {v: p.to_dict() for v, p in vs.items()}
                                     for a, vs in self.by_attribute_version.items()},
        }


def _count(p: Precision, decision: str) -> None:
    if decision == "accept":
        p.accepted += 1
    elif decision == "reject":
        p.rejected += 1
    elif decision == "correct":
        p.corrected += 1


def review_accuracy(wh: Warehouse) -> ReviewAccuracy:
    """Precision from the decisions in force, grouped three ways."""
    overall = Precision("all")
    groups: dict[str, dict[str, Precision]] = {"version": {}, "index": {}, "attribute": {}}
    crossed: dict[str, dict[str, Precision]] = {}
    for _fact_id, decision, index, attribute, versions in wh.query(_DECISIONS_SQL):
        _count(overall, decision)
        for kind, keys in (("version", versions or ["(unknown)"]), ("index", [index]), ("attribute", [attribute])):
            for key in keys:
                _count(groups[kind].setdefault(key, Precision(key)), decision)
        for version in versions or ["(unknown)"]:
            _count(crossed.setdefault(attribute, {}).setdefault(version, Precision(version)), decision)
    total = int(wh.query("SELECT count(*) FROM facts")[0][0])
    order = {v.version: n for n, v in enumerate(wh.extractor_versions())}
    by_version = dict(sorted(groups["version"].items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return ReviewAccuracy(
        overall,
        by_version,
        dict(sorted(groups["index"].items())),
        dict(sorted(groups["attribute"].items())),
        total,
        {a: crossed[a] for a in sorted(crossed)},
    )


def save_evaluate_summary(summary: dict[str, Any], path: str | os.PathLike[str] | None = None,
                          *, gold_files: list[str] | None = None, extractor_version: str | None = None) -> Path:
    """Keep `xephang evaluate --json`'s result (the dict it prints) as the latest gold-set scores.

    Written atomically (temp file + rename) so the accuracy page never reads half a file.
    """
    target = evaluate_file(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if extractor_version is None:
        try:
            from pipeline.extract import EXTRACTOR_VERSION as extractor_version  # noqa: N811
        except Exception:
            extractor_version = None
    record = {
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "extractor_version": extractor_version,
        "gold_files": gold_files or [],
        **summary,
    }
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(target)
    return target


def evaluate_and_save(gold_paths: list[str | os.PathLike[str]], path: str | os.PathLike[str] | None = None) -> Path:
    """Score the extractor on gold files (pipeline.evaluate, as `xephang evaluate` does) and save the summary.

    What `xephang accuracy --evaluate GOLD.jsonl` runs, so the page has gold-set figures even before
    the evaluate command saves its own.
    """
    from pipeline.evaluate import evaluate, read_gold

    rows: list[dict[str, Any]] = []
    for gold in gold_paths:
        rows.extend(read_gold(gold))
    strict, lenient = evaluate(rows)
    summary = {"articles": len(rows), "strict": strict.to_dict(with_errors=False),
               "lenient": lenient.to_dict(with_errors=False)}
    return save_evaluate_summary(summary, path, gold_files=[str(g) for g in gold_paths])


def load_evaluate_summary(path: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
    """The latest saved gold-set scores, or None when evaluate has not saved any."""
    target = evaluate_file(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def gold_rows(summary: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, P/R/F1 dict) rows of a saved summary, overall then per attribute and index (strict)."""
    rows: list[tuple[str, dict[str, Any]]] = []
    for mode in ("strict", "lenient"):
        block = summary.get(mode) or {}
        overall = block.get("overall", block if "precision" in block else None)
        if isinstance(overall, dict):
            rows.append((f"{mode} · overall", overall))
    strict = summary.get("strict") or {}
    for kind in ("by_attribute", "by_index"):
        for name, prf in (strict.get(kind) or {}).items():
            if isinstance(prf, dict):
                rows.append((f"strict · {name}", prf))
    return rows


def rank_history(wh: Warehouse, entity: str) -> list[dict[str, Any]]:
    """An entity's rows of the `rank_history` view (years with a rank, score or top)."""
    cols = ["index", "component", "group", "year", "rank", "rank_total", "score", "top"]
    rows = wh.query(
        'SELECT "index", component, "group", year, rank, rank_total, score, top FROM rank_history WHERE entity = ?'
        ' ORDER BY "index", component NULLS FIRST, "group" NULLS FIRST, year',
        [entity],
    )
    return [dict(zip(cols, r, strict=True)) for r in rows]


def entities_with_history(wh: Warehouse) -> list[str]:
    """Entities that have at least one year in `rank_history`, most rows first."""
    return [r[0] for r in wh.query("SELECT entity FROM rank_history GROUP BY entity ORDER BY count(*) DESC, entity")]
