"""Reviewed articles as gold JSONL, so every review session grows the evaluation set.

Gold means "what the article states", one line per article in the format `xephang evaluate`
reads (id, url, date, title, text, tables, kind, facts). A decision judges one claimed value of a
fact (store.py records which); it speaks for the articles whose evidence carries that value:
accepted → the value is gold, corrected → the corrected value (and corrected key fields) are
gold, rejected → left out. Facts a reviewer added to an article (review_additions, held by their
review) are gold for that article.

Which articles: those marked "article done" (the reviewer read it whole: a claim of its current
reading left without a decision there was seen and left standing, so it is gold as read, as
finishing a pre-annotated document does in Prodigy or Label Studio), and those whose every claim has
a decision (the rule before article mode; such an article may still miss facts nobody added). An
article with unjudged claims and no "done" would make correct extractions look spurious: only
`include_partial` adds it. Only claims of the article's current reading can leave it unjudged or
stand unjudged: an older version's claim nobody judged was replaced by a newer reading (a judged one
still speaks, whichever reading made it).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.model import ATTRIBUTES
from warehouse import Warehouse
from xephang.review.article import LATEST_JUDGEMENT
from xephang.review.store import KEY_FIELDS, parse_note

_CLAIMS_SQL = f"""
WITH latest AS ({LATEST_JUDGEMENT})
SELECT DISTINCT e.article_id, f.id, f.entity, f.entity_type, f."index", NULLIF(f.component, ''), NULLIF(f."group", ''),
       NULLIF(f.year, 0), f.attribute, e.value_id, e.value, l.decision, l.judged_value, l.corrected_value, l.note,
       c.article_id IS NOT NULL AS current, e.span_start
FROM evidence e
JOIN facts f ON f.id = e.fact_id
LEFT JOIN current_readings c ON c.article_id = e.article_id AND c.extractor_version = e.extractor_version
LEFT JOIN latest l ON l.fact_id = e.fact_id
ORDER BY e.article_id, e.span_start, f.id
"""

_ADDED_SQL = """
SELECT x.article_id, x.entity, x.entity_type, x."index", NULLIF(x.component, ''), NULLIF(x."group", ''),
       NULLIF(x.year, 0), x.attribute, x.value
FROM review_additions x JOIN reviews r ON r.id = x.review_id
ORDER BY x.article_id, x.span_start, x.id
"""

IDENT = ("entity", "entity_type", "index", "component", "group", "year")


@dataclass
class ReviewedGold:
    """Gold facts per article as the reviews say, and which articles count as reviewed."""

    facts: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    done: set[int] = field(default_factory=set)
    fully_judged: set[int] = field(default_factory=set)
    judged: set[int] = field(default_factory=set)


def _put(per_article: dict[int, dict[tuple, dict[str, Any]]], article_id: int, key: dict[str, Any],
         attribute: str, value: float) -> None:
    ident = tuple(key[k] for k in IDENT)
    fact = per_article[article_id].setdefault(ident, {**key, **{a: None for a in ATTRIBUTES}})
    fact[attribute] = value if attribute == "score" else int(round(value))


def reviewed_gold(wh: Warehouse) -> ReviewedGold:
    """Every article's gold facts from reviews, additions and "article done"."""
    done = {int(r[0]) for r in wh.query("SELECT DISTINCT article_id FROM article_reviews")}
    per_article: dict[int, dict[tuple, dict[str, Any]]] = defaultdict(dict)
    unjudged: dict[int, int] = defaultdict(int)
    judged: set[int] = set()
    for (article_id, _fact_id, entity, entity_type, index, component, group, year, attribute, ev_value_id,
         ev_value, decision, target, corrected, raw_note, current, _start) in wh.query(_CLAIMS_SQL):
        # A decision without a judged value (a whole-fact reject from elsewhere) covers every claim.
        covers = decision is not None and (target is None or int(target) == int(ev_value_id))
        key = {"entity": entity, "entity_type": entity_type, "index": index, "component": component,
               "group": group, "year": year}
        if not covers:
            if current:
                unjudged[article_id] += 1
                if article_id in done:  # seen whole and left standing
                    _put(per_article, article_id, key, attribute, ev_value)
            continue
        judged.add(article_id)
        if decision == "reject":
            continue
        value = ev_value
        if decision == "correct":
            value = corrected
            for k, v in (parse_note(raw_note).get("changes") or {}).items():
                if k in KEY_FIELDS:
                    key[k] = (v or None) if k != "year" else (int(v) if v not in (None, "") else None)
        _put(per_article, article_id, key, attribute, value)
    for article_id, entity, entity_type, index, component, group, year, attribute, value in wh.query(_ADDED_SQL):
        judged.add(article_id)
        _put(per_article, article_id, {"entity": entity, "entity_type": entity_type, "index": index,
                                       "component": component, "group": group, "year": year}, attribute, value)
    fully = {a for a in judged if not unjudged.get(a)}
    facts = {a: list(per_article.get(a, {}).values()) for a in judged | done}
    return ReviewedGold(facts, done, fully, judged)


def gold_articles(wh: Warehouse, *, include_partial: bool = False, done_only: bool = False) -> list[dict[str, Any]]:
    """Gold rows for reviewed articles: done ones and fully judged ones (or only done, or also partial)."""
    gold = reviewed_gold(wh)
    chosen = set(gold.done)
    if not done_only:
        chosen |= gold.judged if include_partial else gold.fully_judged
    if not chosen:
        return []
    rows = wh.query(
        "SELECT id, url, CAST(published AS VARCHAR), coalesce(title, ''), text, tables, source_kind FROM articles"
        " WHERE id IN (SELECT unnest(?::BIGINT[])) ORDER BY id",
        [sorted(chosen)],
    )
    out = []
    for article_id, url, published, title, text, tables, source_kind in rows:
        facts = gold.facts.get(article_id, [])
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


def export_gold(wh: Warehouse, out: str | os.PathLike[str], *, include_partial: bool = False,
                done_only: bool = False) -> tuple[int, int]:
    """Write the gold JSONL; returns (articles, facts) written."""
    rows = gold_articles(wh, include_partial=include_partial, done_only=done_only)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows), sum(len(r["facts"]) for r in rows)
