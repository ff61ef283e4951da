"""Scoring against a gold set, exactly as the fact contract's Scoring section says.

Facts are split into atomic claims (entity, index, component, year, attribute, value). Strict matching
needs every key field equal; lenient ignores year and component. Scores match within 1e-6, other values
exactly. Claims are matched one-to-one (a multiset), so a duplicated prediction is one true positive
and one false positive.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.model import Article, Fact

SCORE_TOLERANCE = 1e-6
Claim = tuple  # (entity, index, component, year, attribute, value)


@dataclass
class PRF:
    """True positives, false positives, false negatives and the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass
class Miss:
    """A claim that did not match, with where it came from."""

    article: str
    claim: Claim
    sentence: str


@dataclass
class Result:
    """One matching mode's figures: overall, per attribute, per index, and the errors."""

    overall: PRF = field(default_factory=PRF)
    by_attribute: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    by_index: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    missed: list[Miss] = field(default_factory=list)
    spurious: list[Miss] = field(default_factory=list)

    def to_dict(self, with_errors: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "overall": self.overall.to_dict(),
            "by_attribute": {k: v.to_dict() for k, v in sorted(self.by_attribute.items())},
            "by_index": {k: v.to_dict() for k, v in sorted(self.by_index.items())},
        }
        if with_errors:
            out["missed"] = [{"article": m.article, "claim": list(m.claim), "sentence": m.sentence} for m in self.missed]
            out["spurious"] = [
                {"article": m.article, "claim": list(m.claim), "sentence": m.sentence} for m in self.spurious
            ]
        return out


def strict_key(c: Claim) -> tuple:
    return (c[0], c[1], c[2], c[3], c[4])


def lenient_key(c: Claim) -> tuple:
    return (c[0], c[1], c[4])


def _values_equal(attr: str, a: float, b: float) -> bool:
    if attr == "score":
        return abs(a - b) <= SCORE_TOLERANCE
    return a == b


def match_claims(
    gold: list[Claim], pred: list[Claim], key: Callable[[Claim], tuple]
) -> tuple[list[tuple[Claim, Claim]], list[Claim], list[Claim]]:
    """One-to-one matching: (matched pairs, unmatched gold, unmatched predictions)."""
    pool: dict[tuple, list[Claim]] = defaultdict(list)
    for g in gold:
        pool[key(g)].append(g)
    pairs: list[tuple[Claim, Claim]] = []
    spurious: list[Claim] = []
    for p in pred:
        candidates = pool.get(key(p), [])
        hit = next((g for g in candidates if _values_equal(p[4], g[5], p[5])), None)
        if hit is None:
            spurious.append(p)
        else:
            candidates.remove(hit)
            pairs.append((hit, p))
    missed = [g for bucket in pool.values() for g in bucket]
    return pairs, missed, spurious


def _claims_with_sentences(facts: Iterable[Fact]) -> tuple[list[Claim], dict[Claim, str]]:
    claims: list[Claim] = []
    where: dict[Claim, str] = {}
    for f in facts:
        for c in f.atomic_claims():
            claims.append(c)
            where.setdefault(c, f.sentence)
    return claims, where


def score_article(article_id: str, gold: list[Fact], pred: list[Fact], result: Result, lenient: bool) -> None:
    """Add one article's matches to `result`."""
    gold_claims, _ = _claims_with_sentences(gold)
    pred_claims, pred_where = _claims_with_sentences(pred)
    pairs, missed, spurious = match_claims(gold_claims, pred_claims, lenient_key if lenient else strict_key)
    for g, _p in pairs:
        for bucket in (result.overall, result.by_attribute[g[4]], result.by_index[g[1]]):
            bucket.tp += 1
    for g in missed:
        for bucket in (result.overall, result.by_attribute[g[4]], result.by_index[g[1]]):
            bucket.fn += 1
        result.missed.append(Miss(article_id, g, ""))
    for p in spurious:
        for bucket in (result.overall, result.by_attribute[p[4]], result.by_index[p[1]]):
            bucket.fp += 1
        result.spurious.append(Miss(article_id, p, pred_where.get(p, "")))


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold articles, one JSON object a line (id, url, date, title, text, tables, facts)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def gold_fact(d: dict[str, Any]) -> Fact:
    """A gold row as a Fact (evidence fields, if any, are ignored).

    The contract's entity is the canonical name; an annotator who wrote a listed alias of the same body
    ("Chi cục thuế", "Đài Phát thanh – Truyền hình") means that body, so the name is read through the gazetteer.
    """
    keys = ("entity", "entity_type", "index", "component", "group", "year", "rank", "rank_total", "top", "score",
            "rank_change")
    fact = Fact(**{k: d.get(k) for k in keys})
    if isinstance(fact.entity, str):
        from pipeline.entities import AMBIGUOUS_COUNTRY_NAMES, lookup

        hit = lookup(fact.entity)
        if hit is not None and hit[1] == fact.entity_type:
            fact.entity = hit[0]
        elif fact.entity_type == "country":
            fact.entity = AMBIGUOUS_COUNTRY_NAMES.get(fact.entity, fact.entity)  # ("Ý" is Italia, "Vương quốc Anh" Anh)
    return fact


def evaluate(
    rows: list[dict[str, Any]], extract: Callable[[Article], list[Fact]] | None = None
) -> tuple[Result, Result]:
    """(strict, lenient) results of `extract` (the project's extractor by default) on gold rows."""
    if extract is None:
        from pipeline.extract import extract_article as extract
    strict, lenient = Result(), Result()
    for row in rows:
        article = Article.from_dict(row)
        pred = extract(article)
        gold = [gold_fact(f) for f in row.get("facts") or []]
        aid = str(row.get("id") or row.get("url"))
        score_article(aid, gold, pred, strict, lenient=False)
        score_article(aid, gold, pred, lenient, lenient=True)
        _fill_gold_sentences(strict, article, aid)
        _fill_gold_sentences(lenient, article, aid)
    return strict, lenient


def second_annotation(rows: list[dict[str, Any]]) -> Callable[[Article], list[Fact]]:
    """Another annotator's facts for the same pages, standing in for the extractor.

    Scoring one annotation of a page against another measures how far two people who follow GUIDELINES.md
    agree: the ceiling an extractor can be expected to reach on gold written by one of them. Strict F1 is
    symmetric (which annotation is called gold only swaps precision and recall). Pages are paired by URL.
    """
    by_url = {row.get("url"): [gold_fact(f) for f in row.get("facts") or []] for row in rows}

    def facts(article: Article) -> list[Fact]:
        return by_url[article.url]

    return facts


def pair_pages(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of `first` whose page `second` annotates too, and one line for every page only one of them has."""
    second_urls = {row.get("url") for row in second} - {None}
    first_urls = {row.get("url") for row in first} - {None}
    paired = [row for row in first if row.get("url") in second_urls]
    alone = [f"{row.get('id') or row.get('url')}: only in the first annotation" for row in first if row.get("url") not in second_urls]
    alone += [f"{row.get('id') or row.get('url')}: only in the second annotation" for row in second if row.get("url") not in first_urls]
    return paired, alone


def _fill_gold_sentences(result: Result, article: Article, article_id: str) -> None:
    """Missed claims have no sentence of their own; show the first sentence naming the entity."""
    text = (article.title or "") + "\n" + (article.text or "")
    for m in result.missed:
        if m.sentence or m.article != article_id:
            continue
        entity = str(m.claim[0])
        short = entity.replace("Bộ ", "")
        for chunk in text.replace("\n", ". ").split(". "):
            if entity in chunk or (short and short in chunk):
                m.sentence = chunk.strip()[:300]
                break
        else:
            m.sentence = "-"
