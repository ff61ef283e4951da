"""Loading crawled articles: the three dedup steps and the writes, in one transaction per batch.

1. Canonical URL: every address of an item (final, requested, rel=canonical, aliases, and the
   `pipeline.urls.canonical_url` form of each) is looked up in `article_urls`; a hit is the same
   article, and the item's other addresses are added as aliases.
2. Exact text: the hash of the normalised body; a hit is a copy under another address (an alias).
3. Near-duplicate: MinHash + LSH over word 3-shingles; an item above the threshold is stored as
   its own article (an edited copy may carry other facts) but joins the matched article's cluster,
   and a cluster counts once when a fact's support is counted.
Items are processed in order, so duplicates inside one batch are caught as well.

Clusters are the transitive closure of "near-duplicate of": an item above the threshold to articles
of several clusters (A≈B and B≈C where A and C are not near-duplicates of each other, as happens
along a syndication chain of edited copies) merges them into one, keeping the smallest cluster id
(its first article). Stored articles are moved in the same transaction, and the facts with evidence
from a moved article are re-resolved, since their support counts clusters.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import duckdb
import numpy as np

from pipeline.urls import canonical_url
from warehouse import settings, textkey
from warehouse.bulk import stage
from warehouse.resolution import refresh_resolution
from warehouse.results import ArticleLoadResult
from warehouse.runs import add_figures, require_run

SOURCE_KINDS = ("news", "portal", "ministry", "official_table", "file")


def usable_rel_canonical(rel: str | None, final_url: str) -> str | None:
    """The absolute rel=canonical address, or None when it cannot be trusted as the article's key.

    A canonical pointing at a site's home page (a common CMS template error) would merge every
    article of the site, so it is ignored; so is anything that is not http(s).
    """
    if not rel or not rel.strip():
        return None
    absolute = urljoin(final_url, rel.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path.strip("/") == "" and not parts.query:
        return None
    return absolute


def url_forms(item: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """(article key, {address: kind}) for an item; the key is the first entry."""
    final = str(item.get("url") or item.get("requested_url") or "").strip()
    if not final:
        raise ValueError("crawler item without url")
    try:
        rel = usable_rel_canonical(item.get("canonical_url"), final)
        key = canonical_url(rel) if rel else canonical_url(final)
    except ValueError:  # an unparsable rel=canonical (bad port, bad IPv6) is ignored
        rel = None
        key = canonical_url(final)
    forms: dict[str, str] = {key: "canonical"}
    raw: list[tuple[str, str]] = [(final, "final")]
    if item.get("requested_url"):
        raw.append((str(item["requested_url"]).strip(), "requested"))
    if rel:
        raw.append((rel, "rel_canonical"))
    raw.extend((str(u).strip(), "alias") for u in item.get("alias_urls") or [] if u and str(u).strip())
    for address, kind in raw:
        forms.setdefault(address, kind)
    for address, _kind in raw:
        try:
            forms.setdefault(canonical_url(address), "alias")
        except ValueError:
            continue  # an unparsable alias is still kept in its raw form
    return key, forms


def _parse_date(value: Any) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _parse_timestamp(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


@dataclass
class _NewArticle:
    id: int
    key: str
    item: dict[str, Any]
    text_hash: str
    sig: np.ndarray
    buckets: list[int]
    cluster_id: int
    similarity: float | None


@dataclass
class _BatchState:
    """What the batch knows: stored addresses and hashes plus what earlier items added."""

    url_to_article: dict[str, int]
    hash_to_article: dict[str, int]
    new_urls: dict[str, tuple[int, str]] = field(default_factory=dict)
    new_articles: list[_NewArticle] = field(default_factory=list)
    batch_buckets: dict[tuple[int, int], list[int]] = field(default_factory=lambda: defaultdict(list))
    batch_sigs: dict[int, tuple[np.ndarray, int]] = field(default_factory=dict)
    # Clusters merged into another in this batch: cluster id -> the id it merged into (union-find).
    merged_into: dict[int, int] = field(default_factory=dict)

    def cluster_of(self, cluster_id: int) -> int:
        """The cluster `cluster_id` belongs to now, after this batch's merges."""
        while cluster_id in self.merged_into:
            cluster_id = self.merged_into[cluster_id]
        return cluster_id

    def merge(self, clusters: set[int]) -> int:
        """Merge current clusters into the smallest of them; returns its id."""
        target = min(clusters)
        for other in clusters - {target}:
            self.merged_into[other] = target
        return target

    def add_aliases(self, article_id: int, forms: dict[str, str], *, new_article: bool) -> int:
        """Record the item's unknown addresses for `article_id`; a duplicate's key is just an alias."""
        added = 0
        for address, kind in forms.items():
            if address not in self.url_to_article:
                self.url_to_article[address] = article_id
                self.new_urls[address] = (article_id, kind if new_article or kind != "canonical" else "alias")
                added += 1
        return added


def _skip_reason(item: dict[str, Any]) -> str | None:
    """Why an item cannot become an article (counted as skipped, the rest of the batch goes on)."""
    if not str(item.get("url") or item.get("requested_url") or "").strip():
        return "no_url"
    try:
        canonical_url(str(item.get("url") or item.get("requested_url")))
    except ValueError:
        return "bad_url"
    status = item.get("http_status")
    if isinstance(status, int) and status >= 400:
        return "http_error"
    if not textkey.normalise_text(str(item.get("text") or "")):
        return "no_text"
    return None


def _prefetch(con: duckdb.DuckDBPyConnection, addresses: list[str], hashes: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    stage(con, "stage_urls", [("url", "VARCHAR")], {"url": addresses})
    url_map = dict(
        con.execute("SELECT u.url, u.article_id FROM article_urls u JOIN stage_urls s ON s.url = u.url").fetchall()
    )
    stage(con, "stage_hashes", [("h", "VARCHAR")], {"h": hashes})
    hash_map: dict[str, int] = {}
    for h, article_id in con.execute(
        "SELECT a.text_hash, min(a.id) FROM articles a JOIN stage_hashes s ON s.h = a.text_hash GROUP BY a.text_hash"
    ).fetchall():
        hash_map[h] = article_id
    return url_map, hash_map


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, bucket_rows: list[tuple[int, int, int]]
) -> tuple[dict[int, set[int]], dict[int, tuple[np.ndarray, int]]]:
    """LSH candidates among stored articles for each pending item, and their signatures/clusters."""
    stage(
        con,
        "stage_buckets",
        [("item", "BIGINT"), ("band", "SMALLINT"), ("bucket", "BIGINT")],
        {
            "item": [r[0] for r in bucket_rows],
            "band": [r[1] for r in bucket_rows],
            "bucket": [r[2] for r in bucket_rows],
        },
    )
    candidates: dict[int, set[int]] = defaultdict(set)
    for item_index, article_id in con.execute(
        "SELECT DISTINCT s.item, l.article_id FROM stage_buckets s "
        "JOIN article_lsh l ON l.band = s.band AND l.bucket = s.bucket"
    ).fetchall():
        candidates[item_index].add(article_id)
    ids = sorted({a for found in candidates.values() for a in found})
    stage(con, "stage_ids", [("id", "BIGINT")], {"id": ids})
    signatures = {
        article_id: (textkey.signature_from_bytes(sig), cluster)
        for article_id, sig, cluster in con.execute(
            "SELECT s.article_id, s.signature, a.cluster_id FROM article_signatures s "
            "JOIN stage_ids i ON i.id = s.article_id JOIN articles a ON a.id = s.article_id"
        ).fetchall()
    }
    return candidates, signatures


def load_articles(con: duckdb.DuckDBPyConnection, run_id: int, items: list[dict[str, Any]]) -> ArticleLoadResult:
    """Dedup and store one batch of crawler items. The caller wraps this in a transaction."""
    require_run(con, run_id)
    result = ArticleLoadResult()
    per_source: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    prepared: list[tuple[dict[str, Any], str, dict[str, str], str] | None] = []
    for item in items:
        source = str(item.get("source") or "")
        reason = _skip_reason(item)
        if reason:
            result.skipped += 1
            per_source[source]["skipped"] += 1
            per_source[source][f"skipped_{reason}"] += 1
            prepared.append(None)
            continue
        key, forms = url_forms(item)
        prepared.append((item, key, forms, textkey.text_hash(str(item["text"]))))

    live = [p for p in prepared if p is not None]
    url_map, hash_map = _prefetch(
        con, sorted({a for p in live for a in p[2]}), sorted({p[3] for p in live})
    )
    state = _BatchState(url_to_article=url_map, hash_to_article=hash_map)

    # Signatures only for items that are not already known by address or text.
    sigs: dict[int, tuple[np.ndarray, list[int]]] = {}
    for index, p in enumerate(prepared):
        if p is None or any(a in url_map for a in p[2]) or p[3] in hash_map:
            continue
        sig = textkey.signature(str(p[0]["text"]))
        sigs[index] = (sig, textkey.band_buckets(sig))
    bucket_rows = [(i, band, b) for i, (_s, buckets) in sigs.items() for band, b in enumerate(buckets)]
    stored_candidates, stored_sigs = _stored_candidates(con, bucket_rows)

    row = con.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()
    next_id = int(row[0]) + 1 if row else 1

    for index, p in enumerate(prepared):
        if p is None:
            continue
        item, key, forms, text_hash = p
        source = str(item.get("source") or "")
        hit = next((state.url_to_article[a] for a in forms if a in state.url_to_article), None)
        if hit is not None:
            result.duplicate_url += 1
            per_source[source]["duplicate_url"] += 1
            state.add_aliases(hit, forms, new_article=False)
            continue
        hit = state.hash_to_article.get(text_hash)
        if hit is not None:
            result.duplicate_hash += 1
            per_source[source]["duplicate_hash"] += 1
            state.add_aliases(hit, forms, new_article=False)
            continue
        sig, buckets = sigs[index]
        article_id = next_id
        next_id += 1
        best: tuple[float, int] | None = None  # (similarity, -candidate id)
        matched: set[int] = set()  # current clusters of every candidate above the threshold
        candidate_ids = set(stored_candidates.get(index, ()))
        for band, bucket in enumerate(buckets):
            candidate_ids.update(state.batch_buckets.get((band, bucket), ()))
        for candidate in candidate_ids:
            other = stored_sigs.get(candidate) or state.batch_sigs.get(candidate)
            if other is None:
                continue
            score = textkey.similarity(sig, other[0])
            if score >= settings.NEAR_DUP_THRESHOLD:
                matched.add(state.cluster_of(other[1]))
                if best is None or (score, -candidate) > best:
                    best = (score, -candidate)
        cluster_id, sim = (state.merge(matched), best[0]) if best else (article_id, None)
        if best:
            result.near_duplicate += 1
            result.clusters_merged += len(matched) - 1
            per_source[source]["near_duplicate"] += 1
        result.new += 1
        per_source[source]["new_articles"] += 1
        result.new_article_ids.append(article_id)
        state.new_articles.append(_NewArticle(article_id, key, item, text_hash, sig, buckets, cluster_id, sim))
        state.hash_to_article[text_hash] = article_id
        state.batch_sigs[article_id] = (sig, cluster_id)
        for band, bucket in enumerate(buckets):
            state.batch_buckets[(band, bucket)].append(article_id)
        state.add_aliases(article_id, forms, new_article=True)

    _merge_stored_clusters(con, state)
    _write(con, run_id, state)
    _register_sources(con, run_id, items)
    result.aliases_added = sum(1 for _a, kind in state.new_urls.values() if kind != "canonical")
    for counters in per_source.values():
        counters["duplicates"] = counters.get("duplicate_url", 0) + counters.get("duplicate_hash", 0)
    result.per_source = {s: dict(c) for s, c in per_source.items()}
    add_figures(con, run_id, result.per_source)
    return result


def _merge_stored_clusters(con: duckdb.DuckDBPyConnection, state: _BatchState) -> None:
    """Move stored articles of clusters this batch merged, and re-resolve the facts they support.

    Support is the number of distinct clusters behind a value (`fact_resolution`, kept at write
    time), so every fact with evidence from a moved article is recomputed; its resolved value can
    change too, when a merge makes a formerly better-supported value tie.
    """
    if not state.merged_into:
        return
    merged = sorted(state.merged_into)
    stage(
        con,
        "stage_cluster_merge",
        [("old", "BIGINT"), ("new", "BIGINT")],
        {"old": merged, "new": [state.cluster_of(c) for c in merged]},
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT e.fact_id FROM evidence e "
        "JOIN articles a ON a.id = e.article_id JOIN stage_cluster_merge m ON m.old = a.cluster_id"
    )
    con.execute("UPDATE articles SET cluster_id = m.new FROM stage_cluster_merge m WHERE articles.cluster_id = m.old")
    refresh_resolution(con)


def _register_sources(con: duckdb.DuckDBPyConnection, run_id: int, items: list[dict[str, Any]]) -> None:
    """Add sources seen for the first time (the first kind given wins)."""
    kinds: dict[str, str | None] = {}
    for item in items:
        source = str(item.get("source") or "")
        if source and source not in kinds:
            kinds[source] = item.get("source_kind")
    if not kinds:
        return
    stage(con, "stage_sources", [("id", "VARCHAR"), ("kind", "VARCHAR")], {"id": list(kinds), "kind": list(kinds.values())})
    con.execute(
        "INSERT INTO sources (id, kind, first_seen_run) SELECT id, kind, ? FROM stage_sources s"
        " WHERE NOT EXISTS (SELECT 1 FROM sources x WHERE x.id = s.id)",
        [run_id],
    )


def _write(con: duckdb.DuckDBPyConnection, run_id: int, state: _BatchState) -> None:
    new = state.new_articles
    if new:
        stage(
            con,
            "stage_articles",
            [
                ("id", "BIGINT"), ("canonical_url", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
                ("published", "DATE"), ("source", "VARCHAR"), ("source_kind", "VARCHAR"), ("author", "VARCHAR"),
                ("text", "VARCHAR"), ("tables", "VARCHAR"), ("text_hash", "VARCHAR"), ("cluster_id", "BIGINT"),
                ("similarity", "DOUBLE"), ("fetched_at", "TIMESTAMP"), ("http_status", "INTEGER"),
                ("signature", "BLOB"),
            ],
            {
                "id": [a.id for a in new],
                "canonical_url": [a.key for a in new],
                "url": [str(a.item.get("url") or a.item.get("requested_url")) for a in new],
                "title": [a.item.get("title") for a in new],
                "published": [_parse_date(a.item.get("date")) for a in new],
                "source": [a.item.get("source") for a in new],
                "source_kind": [a.item.get("source_kind") for a in new],
                "author": [a.item.get("author") for a in new],
                "text": [str(a.item.get("text")) for a in new],
                "tables": [json.dumps(a.item.get("tables") or [], ensure_ascii=False) for a in new],
                "text_hash": [a.text_hash for a in new],
                "cluster_id": [state.cluster_of(a.cluster_id) for a in new],
                "similarity": [a.similarity for a in new],
                "fetched_at": [_parse_timestamp(a.item.get("fetched_at")) for a in new],
                "http_status": [a.item.get("http_status") if isinstance(a.item.get("http_status"), int) else None for a in new],
                "signature": [textkey.signature_bytes(a.sig) for a in new],
            },
        )
        con.execute(
            "INSERT INTO articles (id, canonical_url, url, title, published, source, source_kind, author, text, tables,"
            " text_hash, cluster_id, similarity, first_seen_run, fetched_at, http_status)"
            " SELECT id, canonical_url, url, title, published, source, source_kind, author, text, tables,"
            " text_hash, cluster_id, similarity, ?, fetched_at, http_status FROM stage_articles ORDER BY id",
            [run_id],
        )
        con.execute("INSERT INTO article_signatures SELECT id, signature FROM stage_articles ORDER BY id")
        stage(
            con,
            "stage_lsh",
            [("band", "SMALLINT"), ("bucket", "BIGINT"), ("article_id", "BIGINT")],
            {
                "band": [band for a in new for band in range(len(a.buckets))],
                "bucket": [b for a in new for b in a.buckets],
                "article_id": [a.id for a in new for _ in a.buckets],
            },
        )
        con.execute("INSERT INTO article_lsh SELECT * FROM stage_lsh")
    if state.new_urls:
        urls = list(state.new_urls.items())
        stage(
            con,
            "stage_new_urls",
            [("url", "VARCHAR"), ("article_id", "BIGINT"), ("kind", "VARCHAR")],
            {"url": [u for u, _ in urls], "article_id": [a for _, (a, _k) in urls], "kind": [k for _, (_a, k) in urls]},
        )
        con.execute("INSERT INTO article_urls SELECT url, article_id, kind, ? FROM stage_new_urls", [run_id])
