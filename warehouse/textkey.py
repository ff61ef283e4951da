"""Text keys for article dedup steps 2 and 3: the exact-text hash and the MinHash signature.

Both work on a normalised copy of the body (Unicode NFC, case-folded, whitespace collapsed), so a
copy that differs only in composed vs decomposed diacritics ("ế" as one code point or two), in
capitalisation or in line wrapping is the same text. Shingles are word 3-grams over letters and
digits only: punctuation and layout changes do not move the similarity.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

from warehouse import settings

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalise_text(text: str) -> str:
    """NFC, case-folded, runs of whitespace as one space, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def text_hash(text: str) -> str:
    """sha256 hex of the normalised text: equal for copies that differ only in case or spacing."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = settings.SHINGLE_SIZE) -> set[str]:
    """Word n-grams of the normalised text; a text shorter than n words is one shingle."""
    words = _WORD.findall(normalise_text(text))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature (uint64 array of MINHASH_NUM_PERM values) of the text's shingles."""
    minhash = MinHash(num_perm=settings.MINHASH_NUM_PERM, seed=settings.MINHASH_SEED)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash.hashvalues.astype(np.uint64)


def signature_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal MinHash values)."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def _band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for this threshold (minimising FP+FN)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


# The layout is fixed by LSH_BAND_THRESHOLD (stored data), not by NEAR_DUP_THRESHOLD: bands only
# propose candidates, and the threshold is applied to the estimated similarity afterwards.
BANDS, ROWS = _band_layout(settings.LSH_BAND_THRESHOLD, settings.MINHASH_NUM_PERM)


def band_buckets(sig: np.ndarray) -> list[int]:
    """One signed 64-bit bucket key per LSH band; articles sharing a bucket are candidates.

    The bucket is a hash of the band's values, so it can be stored in a BIGINT column and looked up
    with a join instead of keeping an in-memory LSH index of every stored article.
    """
    raw = sig.astype("<u8")
    return [
        int.from_bytes(
            hashlib.blake2b(raw[i * ROWS : (i + 1) * ROWS].tobytes(), digest_size=8, person=bytes([i])).digest(),
            "little",
            signed=True,
        )
        for i in range(BANDS)
    ]
