"""Reviewed articles as gold JSONL, so every review session grows the evaluation set.

Gold means "what the article states", one line per article in the format `xephang evaluate`
reads (id, url, date, title, text, tables, kind, facts). A decision judges one claimed value of a
fact (store.py records which); it speaks for the articles whose evidence carries that value:
accepted → the value is gold, corrected → the corrected value (and corrected key fields) are
gold, rejected → left out. By default only articles whose every claim has such a decision are
written: an article with unjudged claims would make correct extractions look spurious. Only claims of
the article's current reading can leave it unjudged: an older version's claim nobody judged was
replaced by a newer reading (a judged one still speaks, whichever reading made it).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from pipeline.model import ATTRIBUTES
from warehouse import Warehouse
from xephang.review.store import KEY_FIELDS, parse_note

_CLAIMS_SQL = """
WITH latest AS (
    SELECT r.fact_id, r.decision, r.value_id, r.corrected_value, r.note FROM reviews r
    QUALIFY row_number() OVER (PARTITION BY r.fact_id ORDER BY r.reviewed_at DESC, r.id DESC) = 1
)
SELECT e.article_id, f.id, f.entity, f.entity_type, f."index", NULLIF(f.component, ''), NULLIF(f."group", ''),
       NULLIF(f.year, 0), f.attribute, e.value_id, e.value, l.decision, l.value_id, l.corrected_value, l.note,
       c.article_id IS NOT NULL AS current
FROM evidence e
JOIN facts f ON f.id = e.fact_id
LEFT JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version
LEFT JOIN latest l ON l.fact_id = e.fact_id
ORDER BY e.article_id, e.span_start, f.id
"""


def _judged_value_id(value_id: int | None, note: dict[str, Any]) -> int | None:
    if value_id is not None:
        return int(value_id)
    raw = note.get("value_id")
    return int(raw) if raw is not None else None


def gold_articles(wh: Warehouse, *, include_partial: bool = False) -> list[dict[str, Any]]:
    """Gold rows for reviewed articles (fully reviewed ones unless `include_partial`)."""
    per_article: dict[int, dict[tuple, dict[str, Any]]] = defaultdict(dict)
    unjudged: dict[int, int] = defaultdict(int)
    judged: dict[int, int] = defaultdict(int)
    for (article_id, _fact_id, entity, entity_type, index, component, group, year, attribute, ev_value_id,
         ev_value, decision, r_value_id, corrected, raw_note, current) in wh.query(_CLAIMS_SQL):
        note = parse_note(raw_note)
        target = _judged_value_id(r_value_id, note)
        # A decision without a judged value (a whole-fact reject from elsewhere) covers every claim.
        covers = decision is not None and (target is None or target == ev_value_id)
        if not covers:
            if current:
                unjudged[article_id] += 1
            continue
        judged[article_id] += 1
        if decision == "reject":
            continue
        key = {"entity": entity, "entity_type": entity_type, "index": index, "component": component,
               "group": group, "year": year}
        value = ev_value
        if decision == "correct":
            value = corrected
            for k, v in (note.get("changes") or {}).items():
                if k in KEY_FIELDS:
                    key[k] = (v or None) if k != "year" else v
        ident = tuple(key[k] for k in ("entity", "entity_type", "index", "component", "group", "year"))
        fact = per_article[article_id].setdefault(ident, {**key, **{a: None for a in ATTRIBUTES}})
        fact[attribute] = value if attribute == "score" else int(round(value))
    chosen = [a for a in judged if include_partial or not unjudged.get(a)]
    if not chosen:
        return []
    rows = wh.query(
        "SELECT id, url, CAST(published AS VARCHAR), coalesce(title, ''), text, tables, source_kind FROM articles"
        " WHERE id IN (SELECT unnest(?::BIGINT[])) ORDER BY id",
        [sorted(chosen)],
    )
    out = []
    for article_id, url, published, title, text, tables, source_kind in rows:
        facts = list(per_article.get(article_id, {}).values())
        table_list = json.loads(tables) if tables else []
        row: dict[str, Any] = {"id": f"review-{article_id}", "url": url, "date": published, "title": title.strip(),
                               "text": text, "kind": _kind(source_kind, bool(table_list), bool(facts)), "facts": facts}
        if table_list:
            row["tables"] = table_list
        out.append(row)
    return out


def _kind(source_kind: str | None, has_tables: bool, has_facts: bool) -> str:
    """A gold `kind` (tests/gold/GUIDELINES.md) guessed from the source: the set is closed."""
    if not has_facts:
        return "no_claim"
    if has_tables and source_kind == "official_table":
        return "table"
    return {"portal": "provincial_portal", "ministry": "ministry_news"}.get(source_kind or "", "national_daily")


def export_gold(wh: Warehouse, out: str | os.PathLike[str], *, include_partial: bool = False) -> tuple[int, int]:
    """Write the gold JSONL; returns (articles, facts) written."""
    rows = gold_articles(wh, include_partial=include_partial)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows), sum(len(r["facts"]) for r in rows)
