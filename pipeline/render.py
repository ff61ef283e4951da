"""One article with its claims highlighted, as displaCy HTML (for `xephang extract --show`).

Spans are found on the normalised text and mapped back to the original, so what is highlighted is
exactly what the reader of the article sees.
"""

from __future__ import annotations

from spacy import displacy

from pipeline.entities import find_mentions
from pipeline.extract import extract_article, prepare_article
from pipeline.lexicon import PREFILTER
from pipeline.model import Article, Fact
from pipeline.patterns import find_cues

LABELS = {"rank": "RANK", "rank_list": "RANK", "leader": "RANK", "next_list": "RANK", "after_x": "RANK",
          "top": "TOP", "score": "SCORE", "change": "CHANGE", "change_list": "CHANGE"}
COLORS = {"ENTITY": "#a6e3ff", "RANK": "#ffd59e", "TOP": "#ffe9a8", "SCORE": "#c3f7c8", "CHANGE": "#f7c3d9"}


def claim_spans(article: Article, facts: list[Fact]) -> tuple[str, list[dict]]:
    """(original text, displaCy `ents`) for the sentences that gave facts."""
    prep = prepare_article(article)
    text = prep.prepared.text
    entities = {f.entity for f in facts}
    fact_sentences = {(f.start, f.end) for f in facts}
    spans: list[tuple[int, int, str]] = []
    for sent in prep.sentences:
        s_text = text[sent.start : sent.end]
        low = s_text.lower()
        if not PREFILTER.search(low):
            continue
        if not any(sent.start <= s < sent.end for s, _ in fact_sentences):
            continue
        for c in find_cues(low):
            label = LABELS.get(c.kind)
            if label:
                spans.append((sent.start + c.start, sent.start + c.end, label))
        for m in find_mentions(s_text, on_date=article.date):
            if m.canonical in entities:
                spans.append((sent.start + m.start, sent.start + m.end, "ENTITY"))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    ents: list[dict] = []
    last_end = -1
    for start, end, label in spans:
        if start < last_end:
            continue
        o_start, o_end = prep.prepared.to_original(start, end)
        ents.append({"start": o_start, "end": o_end, "label": label})
        last_end = end
    return prep.prepared.original, ents


def render_article(article: Article, facts: list[Fact] | None = None) -> str:
    """A standalone HTML page: the article with entity, rank, top, score and change spans labelled."""
    if facts is None:
        facts = extract_article(article)
    original, ents = claim_spans(article, facts)
    doc = {"text": original, "ents": ents, "title": article.title or article.url}
    body = displacy.render(doc, style="ent", manual=True, page=True, options={"colors": COLORS})
    return str(body)
