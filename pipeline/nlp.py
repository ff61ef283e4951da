"""spaCy Docs built from underthesea word segmentation.

spaCy has no Vietnamese segmenter without pyvi (not installed), and `spacy.blank("vi")` refuses to
load without it, so we build Docs ourselves with `spacy.blank("xx")`'s vocab: underthesea decides
multi-syllable words ("Đà Nẵng", "chuyển đổi số"), we re-split the tokens it gets wrong for numbers
("0,6667 điểm" is one underthesea token; "21/63" is read as a date) so every number is its own token.
Docs carry entity mentions as `doc.ents` (with `Span._.canonical` / `Span._.entity_type`) and claim
cues in `doc.spans["claims"]`; the renderer and span snapping use them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span

_NUMBERISH = re.compile(r"\d")
_FRACTION = re.compile(r"(\d+(?:[.,]\d+)?)(/)(\d+(?:[.,]\d+)?)\Z")

if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default=None)
if not Span.has_extension("entity_type"):
    Span.set_extension("entity_type", default=None)


@lru_cache(maxsize=1)
def blank() -> spacy.language.Language:
    """The multi-language blank pipeline whose vocab our Docs share."""
    return spacy.blank("xx")


def _split_token(token: str) -> list[str]:
    """underthesea tokens re-split so numbers stand alone: "0,6667 điểm" → ["0,6667", "điểm"]."""
    pieces = token.split()
    if len(pieces) > 1 and not any(_NUMBERISH.search(p) or "&" in p or p.endswith(".") for p in pieces):
        return [token]  # a genuine multi-syllable word
    out: list[str] = []
    for piece in pieces:
        m = _FRACTION.match(piece)
        if m:
            out.extend([m.group(1), m.group(2), m.group(3)])
        else:
            out.append(piece)
    return out


def _fallback_words(sentence: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]", sentence)


def make_doc(sentence: str) -> Doc:
    """A Doc whose text is exactly `sentence`, tokenised by underthesea (numbers protected)."""
    from underthesea import word_tokenize

    words: list[str] = []
    for token in word_tokenize(sentence):
        words.extend(_split_token(token))
    aligned = _align(sentence, words)
    if aligned is None:
        aligned = _align(sentence, _fallback_words(sentence))
    assert aligned is not None
    words, spaces = aligned
    return Doc(blank().vocab, words=words, spaces=spaces)


def _align(text: str, words: list[str]) -> tuple[list[str], list[bool]] | None:
    """Words as they occur in `text` with trailing-space flags; None if a word is not found in order.

    Multi-syllable underthesea words may contain a space that the text spells identically, so a
    word is located by a search from the previous end.
    """
    out_words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for word in words:
        idx = text.find(word, pos)
        if idx < 0 or text[pos:idx].strip():
            return None
        if out_words and idx > pos:
            spaces[-1] = True
        elif not out_words and idx > 0:
            return None
        out_words.append(word)
        spaces.append(False)
        pos = idx + len(word)
    if text[pos:].strip():
        return None
    if out_words and pos < len(text):
        spaces[-1] = True
        if len(text) - pos > 1:
            return None
    if "".join(w + (" " if s else "") for w, s in zip(out_words, spaces, strict=True)) != text:
        # spaCy tokens may not contain spaces at their edges; multiple spaces were normalised away.
        return None
    return out_words, spaces


def annotate(doc: Doc, mentions: list[tuple[int, int, str, str]], claims: list[tuple[int, int, str]]) -> Doc:
    """Put entity mentions (start, end, canonical, type) in `doc.ents` and claim cues in `doc.spans`."""
    ents = []
    for start, end, canonical, etype in mentions:
        span = doc.char_span(start, end, label="ENTITY", alignment_mode="expand")
        if span is not None and all(span.end <= e.start or span.start >= e.end for e in ents):
            span._.canonical = canonical
            span._.entity_type = etype
            ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)
    spans = []
    for start, end, label in claims:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["claims"] = spans
    return doc


def snap(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a character span to whole tokens (evidence spans never cut a word)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    return span.start_char, span.end_char
