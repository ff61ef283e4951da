"""The claim's parts marked in its paragraph: sentence, evidence span, entity, value — all escaped.

Evidence spans are offsets in the extractor's normalised text (title + body, NFC, one tone
convention, single spaces), not in the stored body, so they are mapped back through the
extractor's own `prepare_article` before marking. Every character of article text goes through
`html.escape`; the only markup emitted is the `<mark>`/`<span>` this module writes itself.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from pipeline.model import Article

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Marks, most specific first: the class of a character is the set of the ranges covering it.
CLASSES = {"s": "hl-sentence", "e": "hl-span", "n": "hl-entity", "v": "hl-value"}


@dataclass
class Located:
    """Where the claim sits: the paragraph (original text) and the ranges to mark inside it."""

    paragraph: str
    ranges: list[tuple[int, int, str]]  # (start, end, class key) relative to the paragraph
    found: bool                          # False: the sentence could not be found in the article


def _original_and_span(title: str, text: str, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The text the extractor's offsets refer to (original characters) and the span mapped into it."""
    try:
        from pipeline.extract import prepare_article

        prep = prepare_article(Article(url="", title=title, text=text))
        original = prep.prepared.original
        if end > start:
            return original, prep.prepared.to_original(start, end)
        return original, None
    except Exception:  # the extractor's internals may change; fall back to finding the sentence
        return text, None


def _find_sentence(original: str, sentence: str, near: int | None) -> tuple[int, int] | None:
    if not sentence:
        return None
    hits = [m.start() for m in re.finditer(re.escape(sentence), original)]
    if not hits:
        squashed = " ".join(sentence.split())
        hits = [m.start() for m in re.finditer(re.escape(squashed), original)]
        sentence = squashed
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
    return best, best + len(sentence)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def locate(title: str, text: str, sentence: str, span_start: int, span_end: int,
           entity: str, value: float | None) -> Located:
    """Find the claim in its article and the ranges to highlight (sentence, span, entity, value)."""
    original, span = _original_and_span(title, text, span_start, span_end)
    sent = _find_sentence(original, sentence, span[0] if span else None)
    if sent is None and span is None:
        # A table cell claim or a sentence not in the body: show the sentence alone.
        paragraph = sentence or ""
        base = 0
        sent_rel = (0, len(paragraph))
        span_rel = None
        found = False
    else:
        anchor = sent[0] if sent else span[0]  # type: ignore[index]
        p_start = original.rfind("\n", 0, anchor) + 1
        p_end = original.find("\n", sent[1] if sent else span[1])  # type: ignore[index]
        p_end = len(original) if p_end < 0 else p_end
        paragraph = original[p_start:p_end]
        base = p_start
        sent_rel = (sent[0] - base, sent[1] - base) if sent else None
        span_rel = None
        if span and p_start <= span[0] and span[1] <= p_end:
            span_rel = (span[0] - base, span[1] - base)
        found = True
    ranges: list[tuple[int, int, str]] = []
    if sent_rel:
        ranges.append((sent_rel[0], sent_rel[1], "s"))
    if span_rel and span_rel[1] > span_rel[0]:
        ranges.append((span_rel[0], span_rel[1], "e"))
    zone = sent_rel or span_rel or (0, len(paragraph))
    folded = _fold(paragraph)
    if entity and len(folded) == len(paragraph):
        needle = _fold(entity)
        pos = folded.find(needle, zone[0])
        while needle and 0 <= pos < zone[1]:
            ranges.append((pos, pos + len(needle), "n"))
            pos = folded.find(needle, pos + len(needle))
    if value is not None:
        hits = [
            (m.start(), m.end())
            for m in _NUMBER.finditer(paragraph, zone[0], zone[1])
            if abs(float(m.group(0).replace(",", ".")) - abs(value)) < 1e-6
        ]
        inside = [h for h in hits if span_rel and span_rel[0] <= h[0] < span_rel[1]]
        for s, e in (inside or hits[:1]):
            ranges.append((s, e, "v"))
    return Located(paragraph, ranges, found)


def render(located: Located) -> str:
    """The paragraph as escaped HTML, each run of characters wrapped in the classes covering it."""
    text = located.paragraph
    cuts = {0, len(text)}
    for s, e, _k in located.ranges:
        cuts.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    points = sorted(cuts)
    out: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        keys = [k for s, e, k in located.ranges if s <= a and b <= e]
        chunk = html.escape(text[a:b], quote=True)
        if keys:
            classes = " ".join(CLASSES[k] for k in "sevn" if k in keys)
            tag = "mark" if any(k in keys for k in "nv") else "span"
            out.append(f'<{tag} class="{classes}">{chunk}</{tag}>')
        else:
            out.append(chunk)
    return "".join(out)


def highlighted_paragraph(title: str, text: str, sentence: str, span_start: int, span_end: int,
                          entity: str, value: float | None) -> tuple[str, bool]:
    """(HTML of the paragraph around the claim with its parts marked, whether it was found)."""
    located = locate(title, text, sentence, span_start, span_end, entity, value)
    return render(located), located.found
