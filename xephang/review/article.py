"""Article mode's data: one article's text with every claim read from it, placed, and its decisions.

Why a module of its own: the fact queue (queue.py) looks at one atomic fact across articles; a
whole-article review looks at one article across facts, which is what recall needs (a reviewer can
only say what the extractor missed by reading the whole text). Claims are shown at their evidence
spans, mapped from the extractor's normalised text to the text shown (the original title + body, as
`prepare_article` builds it), and a reviewer's selection is mapped back the other way, so an added
fact's span is stored in the same coordinates as an extracted one.

A claim's status is the decision in force on its fact when that decision judged this claim's value
(or named none); reviews that hold added facts (review_additions) are not judgments of claims and
are skipped here, so adding a fact never hides the decision on an extracted one.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.extract import Prepared, prepare_article
from pipeline.model import Article
from warehouse import Warehouse
from xephang.review.store import parse_note

# The decision in force per fact among reviews that judge claims (not those holding an added fact).
LATEST_JUDGEMENT = """
    SELECT r.id, r.fact_id, r.decision, r.corrected_value, r.note,
           coalesce(r.value_id, TRY_CAST(json_extract(TRY_CAST(r.note AS JSON), '$.value_id') AS BIGINT)) AS judged_value
    FROM reviews r
    WHERE NOT EXISTS (SELECT 1 FROM review_additions x WHERE x.review_id = r.id)
    QUALIFY row_number() OVER (PARTITION BY r.fact_id ORDER BY r.reviewed_at DESC, r.id DESC) = 1
"""


@dataclass
class Claim:
    """One atomic claim (fact and value) read from the article, or added to it by a reviewer."""

    fact_id: int
    value_id: int | None
    entity: str
    entity_type: str
    index: str
    component: str | None
    group: str | None
    year: int | None
    attribute: str
    value: float
    start: int | None            # offsets in the shown text; None: not placed (a table cell, a lost sentence)
    end: int | None
    sentence: str
    versions: list[str] = field(default_factory=list)
    decision: str | None = None  # accept | reject | correct (of this claim) | added
    corrected_value: float | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    review_id: int | None = None
    reviewer: str | None = None


@dataclass
class ArticleView:
    """An article as article mode shows it."""

    article_id: int
    title: str
    url: str
    source: str | None
    source_kind: str | None
    published: str | None
    text: str                     # what is shown: the original title + body the extractor read
    claims: list[Claim]
    done_id: int | None
    done_by: str | None
    done_at: str | None
    versions: list[str]


@lru_cache(maxsize=64)
def _prepared(title: str, text: str) -> Prepared:
    return prepare_article(Article(url="", title=title, text=text))


def to_normalised(prep: Prepared, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of the shown (original) text to the extractor's normalised text."""
    offsets = prep.prepared.offsets[:-1]
    s = bisect.bisect_left(offsets, start)
    e = bisect.bisect_left(offsets, end)
    return s, max(s, e)


def sentence_at(prep: Prepared, start: int, end: int) -> tuple[int, int]:
    """The normalised span of the sentence(s) holding [start, end) of the normalised text."""
    covering = [s for s in prep.sentences if s.start <= max(start, end - 1) and start < max(s.end, s.start + 1)]
    if not covering:
        after = [s for s in prep.sentences if s.start >= start]
        pick = after[0] if after else (prep.sentences[-1] if prep.sentences else None)
        return (pick.start, pick.end) if pick else (start, end)
    return covering[0].start, covering[-1].end


def placed_span(prep: Prepared, start: int, end: int) -> tuple[int | None, int | None]:
    if end <= start:
        return None, None
    o_start, o_end = prep.prepared.to_original(start, end)
    return o_start, o_end


def load(wh: Warehouse, article_id: int) -> ArticleView | None:
    """The article with the claims of its current reading (one per fact and value) and the facts added to it.

    Older readings' claims are not shown: they no longer count anywhere (migration 0007), and a done
    article's unjudged claims are gold as read only for the current reading (export.py)."""
    rows = wh.query(
        "SELECT id, coalesce(title, ''), url, source, source_kind, CAST(published AS VARCHAR), text FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    _id, title, url, source, source_kind, published, text = rows[0]
    prep = _prepared(title, text or "")
    claims: dict[tuple[int, int], Claim] = {}
    for (fact_id, value_id, entity, entity_type, index, component, group, year, attribute, value, s, e, sentence,
         version, decision, corrected, raw_note, judged, review_id) in wh.query(
        f"""
        WITH latest AS ({LATEST_JUDGEMENT})
        SELECT f.id, e.value_id, f.entity, f.entity_type, f."index", NULLIF(f.component, ''), NULLIF(f."group", ''),
               NULLIF(f.year, 0), f.attribute, e.value, e.span_start, e.span_end, coalesce(e.sentence, ''),
               e.extractor_version, l.decision, l.corrected_value, l.note, l.judged_value, l.id
        FROM current_evidence e JOIN facts f ON f.id = e.fact_id
        LEFT JOIN latest l ON l.fact_id = f.id
        WHERE e.article_id = ?
        ORDER BY e.span_start, f.id, e.extractor_version
        """,
        [article_id],
    ):
        key = (int(fact_id), int(value_id))
        claim = claims.get(key)
        if claim is None:
            start, end = placed_span(prep, int(s), int(e))
            claim = Claim(int(fact_id), int(value_id), entity, entity_type, index, component, group, year, attribute,
                          float(value), start, end, sentence)
            covers = decision is not None and (judged is None or int(judged) == int(value_id))
            if covers:
                claim.decision, claim.corrected_value, claim.review_id = decision, corrected, int(review_id)
                note = parse_note(raw_note)
                claim.changes = dict(note.get("changes") or {})
            claims[key] = claim
        if version not in claim.versions:
            claim.versions.append(version)
    out = list(claims.values())
    for (fact_id, entity, entity_type, index, component, group, year, attribute, value, s, e, sentence, review_id,
         reviewer) in wh.query(
        """
        SELECT x.fact_id, x.entity, x.entity_type, x."index", NULLIF(x.component, ''), NULLIF(x."group", ''),
               NULLIF(x.year, 0), x.attribute, x.value, x.span_start, x.span_end, coalesce(x.sentence, ''), x.review_id,
               x.reviewer
        FROM review_additions x JOIN reviews r ON r.id = x.review_id
        WHERE x.article_id = ? ORDER BY x.span_start, x.id
        """,
        [article_id],
    ):
        start, end = placed_span(prep, int(s), int(e)) if s is not None and e is not None else (None, None)
        out.append(Claim(int(fact_id), None, entity, entity_type, index, component, group, year, attribute, float(value),
                         start, end, sentence, decision="added", review_id=int(review_id), reviewer=reviewer))
    out.sort(key=lambda c: (c.start if c.start is not None else 1 << 30, c.entity, c.index, c.attribute))
    done = wh.query("SELECT id, reviewer, CAST(done_at AS VARCHAR) FROM article_reviews WHERE article_id = ?", [article_id])
    versions = [r[0] for r in wh.query(
        "SELECT DISTINCT extractor_version FROM extractions WHERE article_id = ? ORDER BY 1", [article_id])]
    return ArticleView(int(_id), title, url, source, source_kind, published, prep.prepared.original, out,
                       int(done[0][0]) if done else None, done[0][1] if done else None, done[0][2] if done else None,
                       versions)


def addition_span(wh: Warehouse, article_id: int, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """(sentence as written, normalised span) for a reviewer's selection [start, end) of the shown text.

    An empty selection (the cursor in a sentence) stands for that whole sentence."""
    rows = wh.query("SELECT coalesce(title, ''), text FROM articles WHERE id = ?", [article_id])
    if not rows:
        raise ValueError(f"article {article_id} does not exist")
    prep = _prepared(rows[0][0], rows[0][1] or "")
    size = len(prep.prepared.original)
    if not (0 <= start <= end <= size):
        raise ValueError(f"selection {start}–{end} is outside the article (0–{size})")
    n_start, n_end = to_normalised(prep, start, end)
    s_start, s_end = sentence_at(prep, n_start, n_end)
    if n_end <= n_start:
        n_start, n_end = s_start, s_end
    o_start, o_end = prep.prepared.to_original(s_start, s_end)
    return prep.prepared.original[o_start:o_end], (n_start, n_end)


def claim_json(c: Claim) -> str:
    """The fields the page's correct form is filled from (as a data attribute; escaped by the caller)."""
    return json.dumps({"entity": c.entity, "index": c.index, "component": c.component or "", "group": c.group or "",
                       "year": "" if c.year is None else str(c.year), "attribute": c.attribute}, ensure_ascii=False)


def entity_names(wh: Warehouse) -> list[tuple[str, str]]:
    """(name, entity type) suggestions for the add form: the gazetteer's provinces and bodies, then the
    warehouse's own entities (local units, countries) the gazetteer does not list by name."""
    from pipeline.gazetteer import load as load_gazetteer

    g = load_gazetteer()
    seen: dict[str, str] = {}
    for e in [*g.provinces, *g.bodies]:
        if not e.valid_to:  # bodies that still exist first; merged provinces are still in the warehouse list
            seen.setdefault(e.canonical, e.entity_type)
    for name, entity_type in wh.query("SELECT DISTINCT entity, entity_type FROM facts ORDER BY 1"):
        seen.setdefault(name, entity_type)
    for e in [*g.provinces, *g.bodies]:
        seen.setdefault(e.canonical, e.entity_type)
    return list(seen.items())
