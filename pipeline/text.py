"""Text preparation: one normal form for matching, with a map back to the original for display.

Vietnamese news mixes NFD and NFC input, two tone-placement conventions ("Hoà"/"Hòa", "thuỷ"/"thủy"),
non-breaking spaces and ragged whitespace. Every rule downstream matches one spelling, so the extractor
works on a normalised copy. The copy must still point into the original (evidence is shown to people),
so every normalised character carries the index of the original character it came from.

underthesea's `text_normalize` fixes tone placement but also re-spaces punctuation ("5 bậc," →
"5 bậc ,"), which would break offsets; we therefore apply it per word and keep its result only when the
word keeps its length (tone moves are length-preserving in NFC).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_WORD_RE = re.compile(r"[^\W\d_]+")
# Marks that come with the tones we may need to move: any non-ASCII letter word is a candidate.
_ASCII_WORD = re.compile(r"[A-Za-z]+\Z")


@dataclass
class PreparedText:
    """A normalised text and, for each of its characters, the index of the original character."""

    original: str
    text: str
    offsets: list[int]  # len(text) + 1 entries; the last maps the end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=50_000)
def normalize_word(word: str) -> str:
    """One tone-placement convention for one word (underthesea's), or the word itself if that would
    change its length."""
    if _ASCII_WORD.match(word):
        return word
    try:
        from underthesea import text_normalize
    except ImportError:  # pragma: no cover - underthesea is a locked dependency
        return word
    out = text_normalize(word)
    return out if len(out) == len(word) else word


def _nfc_with_map(text: str) -> tuple[str, list[int]]:
    """NFC-normalise `text`, remembering for each output character its original index."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text)))
    chars: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        chars.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    return "".join(chars), offsets


_SPECIAL = re.compile(
    # (one plain space between words needs nothing done, so it is no token: only runs, other spaces, and a space
    # opening or closing a line)
    "[ \t\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\f\v]{2,}|[\t\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\f\v]"
    "|(?:^|(?<=[\n\r\u200b\u200c\u200d\ufeff\u00ad])) | (?=[\r\n\u200b\u200c\u200d\ufeff\u00ad]|$)"
    "|\r|\n|[\u200b\u200c\u200d\ufeff\u00ad]"
)


_HSPACE = " \t\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\f\v"


def prepare_text(original: str) -> PreparedText:
    """Normalise an article body: NFC, one tone convention, single spaces, '\\n' line ends.

    Lines are kept (they are paragraph boundaries); runs of horizontal whitespace become one space
    and lines are stripped; zero-width characters are dropped. Plain stretches are copied whole (the
    map grows by `range`), so the cost is per whitespace run, not per character.
    """
    nfc, nfc_map = _nfc_with_map(original)
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    at_line_start = True
    pending_space = -1
    for m in _SPECIAL.finditer(nfc):
        if m.start() > pos:  # a plain stretch
            if pending_space >= 0:
                out.append(" ")
                omap.append(pending_space)
            out.append(nfc[pos : m.start()])
            omap.extend(nfc_map[pos : m.start()])
            at_line_start = False
        pending_space = -1 if m.start() > pos else pending_space
        token = m.group(0)
        if token == "\n":
            out.append("\n")
            omap.append(nfc_map[m.start()])
            at_line_start = True
            pending_space = -1
        elif token[0] in _HSPACE and not at_line_start and pending_space < 0:
            pending_space = nfc_map[m.start()]
        pos = m.end()
    if pos < len(nfc):
        if pending_space >= 0:
            out.append(" ")
            omap.append(pending_space)
        out.append(nfc[pos:])
        omap.extend(nfc_map[pos:])
    text = _join_wrapped_lines("".join(out))
    # Tone placement per word: length-preserving, so the map stays valid.
    # (each distinct word is looked up once; the text is rewritten only when some word changes)
    changed = {w: n for w in set(_WORD_RE.findall(text)) if (n := normalize_word(w)) != w}
    if changed:
        text = _WORD_RE.sub(lambda m: changed.get(m.group(0), m.group(0)), text)
    omap.append(len(original))
    return PreparedText(original=original, text=text, offsets=omap)


_LINE_BREAK = re.compile(r"(?<=[^\W_,]|,)\n(?=[^\W\d_])|(?<=\bnăm)\n(?=(?:19|20)\d\d[ ,][^\W\d_])")


def _join_wrapped_lines(text: str) -> str:
    """A line break inside a sentence is a space: pages copied from fixed-width layouts wrap lines mid-sentence
    ("… vị trí thứ 2 thuộc về Bộ Tài\nchính."), which would cut names and claims apart. A break is inside a
    sentence when the line ends on a letter, a digit or a comma and the next one opens on a lower-case letter (a
    new paragraph, a heading or a list item opens on a capital, a digit or a mark), when the line ends on a comma
    and the next opens on any letter (no paragraph ends on a comma), or when "năm" ends the line and
    the year that opens the next goes on in words ("leo từ hạng 25 năm\n2005 lên hạng 1"). One character for
    one, so the map back to the original stays valid."""
    if "\n" not in text:
        return text
    return _LINE_BREAK.sub(lambda m: " " if _continues(text, m.start(), m.end()) else "\n", text)


def _continues(text: str, brk: int, nxt: int) -> bool:
    """Whether the line after a break goes on with the sentence ("tụt 7\nbậc", "Theo đó,\nViệt Nam …")."""
    return text[nxt].islower() or text[nxt].isdigit() or text[brk - 1] == ","


def normalize(text: str) -> str:
    """The normalised form of a short string (a title, a table cell, a query)."""
    return prepare_text(text).text.strip()


# --- paragraphs and sentences -------------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "q", "p", "tx", "st", "mr", "ms", "dr", "nxb", "ubnd",
    "vd", "v.v", "tr", "th", "ks", "cn", "kts", "ls", "đ", "no",
}
_SENT_END = re.compile(
    r"[.!?…]+[\"”'’)\]]*(?=\s+[\"“'‘(\[]?[A-ZÀ-ỸĐ0-9])"
    r"|(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})"  # a stop with no space after it: see `_glued_stop`
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a [start, end) span of the normalised text, with its paragraph's index."""

    start: int
    end: int
    paragraph: int


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as [start, end) spans (the seeds and crawled bodies put one paragraph a line)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


_LIST_NUMBER = re.compile(r"[:;]\s*(\d{1,2})$")


def _numbers_a_list(before: str, after: str) -> bool:
    """Whether the number a stop follows is an item's of an inline list: the next item's number comes after it,
    or the item before carried the number before it ("…: 1. A; 2. B; 3. C", but "chính sách: 1. Ở …" ends)."""
    m = _LIST_NUMBER.search(before)
    if not m:
        return False
    n = int(m[1])
    return bool(re.match(rf"[^.;]{{1,80}};\s*{n + 1}\.\s", after)) or bool(
        re.search(rf"[:;]\s*{n - 1}\.\s[^.;]{{1,80}};\s*{n}$", before)
    )


def _glued_stop(para: str, stop: int) -> bool:
    """Whether a full stop with no space after it ends a sentence: pages whose paragraphs were run together
    lose the space ("… 58 điểm.Đặc biệt, …"), which would join a sentence on last year's edition to this
    year's list. Only a lower-case word before it and a capitalised word after it ("điểm.Năm"), so that
    "TP.HCM", "Q.Bình Thạnh" and "vnexpress.net" stay whole; abbreviations are left to the caller."""
    return para[stop - 1].islower() and para[stop + 1].isupper() and para[stop + 2].islower()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a normalised text.

    Our own rules rather than underthesea's `sent_tokenize`: a stop ends a sentence only before
    whitespace and a capital, digit or quote (or glued to a capitalised word, `_glued_stop`), and not
    after an abbreviation ("TP. Đà Nẵng") or a single letter; decimal commas and "21/63" never split.
    """
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        para = text[p_start:p_end]
        cut = 0
        for m in _SENT_END.finditer(para):
            before = para[cut : m.start()]
            if m.end() < len(para) and not para[m.end()].isspace() and not _glued_stop(para, m.start()):
                continue
            last_word = re.search(r"([^\s.]+)$", before)
            if m.group(0).startswith(".") and last_word:
                word = last_word.group(1).lower()
                if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                    continue
                if _numbers_a_list(before, para[m.end() :]):
                    continue  # "Top 5 …: 1. Đà Nẵng; 2. Thừa Thiên Huế": a list's number, not a sentence's end
            end = m.end()
            _add(sentences, text, p_start + cut, p_start + end, p_index)
            cut = end
        _add(sentences, text, p_start + cut, p_end, p_index)
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))
