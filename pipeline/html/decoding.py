"""Page bytes to text, whatever charset the server claims.

Vietnamese outlets make this its own job: old sites still serve windows-1258 (combining diacritics,
hence the NFC normalisation in `pipeline.html.article`), and servers often declare the wrong charset
(a `latin-1` header on UTF-8 bytes would turn "Chỉ số" into mojibake). Decoding never fails: it falls
back step by step and says in a warning whenever it overrules what the page declared.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _norm_codec(name: str | None) -> str | None:
    """Python's codec name for a charset label, or None if unknown. `latin-1` is read as cp1252
    (what browsers do, per the WHATWG encoding standard)."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first KB: an image, PDF, archive, not a page."""
    head = data[:1024]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes: (text, encoding used, warnings).

    Order: BOM, then strict UTF-8 when the bytes are valid UTF-8 (a single-byte charset label on
    bytes that are valid multi-byte UTF-8 is almost always a wrong header, and trusting it would
    produce mojibake like "ChÃ¡Â»â€°"), then the declared charset (HTTP header, then `<meta>`), then a
    charset detector, then UTF-8 with replacement characters, with a warning each time we overrule
    what the page declared.
    """
    warnings: list[str] = []
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec, warnings
    header = None
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        header = m.group(1)
    head = data[:4096]
    meta_match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    meta = meta_match.group(1).decode("ascii", "ignore") if meta_match else None
    declared = [c for c in (_norm_codec(header), _norm_codec(meta)) if c]
    if header and not _norm_codec(header):
        warnings.append(f"unknown charset {header!r} in Content-Type")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        non_ascii = any(b > 127 for b in data)
        if declared and declared[0] not in ("utf-8",) and non_ascii:
            warnings.append(f"declared charset {declared[0]} but the body is valid UTF-8; read as UTF-8")
        return text, "utf-8", warnings

    # Not valid UTF-8: trust the declarations that are not UTF-8, in order.
    for codec in declared:
        if codec == "utf-8":
            continue
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if declared[0] == "utf-8":
            warnings.append(f"declared UTF-8 but the body is not valid UTF-8; read as {codec} (from <meta>)")
        return text, codec, warnings

    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # detector trouble is not a reason to lose the page
        best = None
    if best is not None and best.encoding:
        codec = _norm_codec(best.encoding) or best.encoding
        warnings.append(
            f"declared charset {declared[0] if declared else 'none'} does not decode the body; detected {codec}"
        )
        return data.decode(codec, errors="replace"), codec, warnings
    warnings.append("undecodable body; read as UTF-8 with replacement characters")
    return data.decode("utf-8", errors="replace"), "utf-8", warnings
