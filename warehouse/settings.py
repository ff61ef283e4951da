"""Warehouse tunables in one place, each overridable from the environment.

These are constants rather than a config file because the flow, the CLI and the tests all open the
warehouse by path alone; an environment variable is the one channel all of them share.
The MinHash seed and permutation count are part of the stored data (signatures are kept in the
database so later loads can compare against them): changing them needs a migration that recomputes
`article_signatures` and `article_lsh`.
"""

from __future__ import annotations

import os


def _float_env(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return float(raw)
    except ValueError:
        return default


# Estimated Jaccard similarity of word 3-shingles at or above which an article joins an earlier
# article's near-duplicate cluster. 0.8 keeps syndicated copies and lightly edited rewrites
# (a new lead sentence, a changed byline) together while two different reports on the same
# ranking announcement, which share phrases but not most of their text, stay apart.
NEAR_DUP_THRESHOLD: float = _float_env("XEPHANG_NEAR_DUP_THRESHOLD", 0.8)
SHINGLE_SIZE: int = 3
# Stored with the data: do not change without recomputing signatures (see module docstring).
MINHASH_NUM_PERM: int = 128
MINHASH_SEED: int = 1
# LSH bands are laid out for this similarity (stored as article_lsh buckets). Candidates found
# through the bands are then checked against NEAR_DUP_THRESHOLD, which may be tuned freely as
# long as it stays above this value (below it, near-duplicates start to be missed).
LSH_BAND_THRESHOLD: float = 0.5

# How long a connection attempt waits for another process's lock on the file before giving up.
LOCK_TIMEOUT_S: float = _float_env("XEPHANG_DB_LOCK_TIMEOUT", 30.0)
# First pause between attempts; doubles up to LOCK_BACKOFF_MAX_S, with jitter.
LOCK_BACKOFF_START_S: float = 0.02
LOCK_BACKOFF_MAX_S: float = 0.5
# A writer about to take the lock first waits (at most this long) while readers are waiting, so a
# loader writing batch after batch does not starve `xephang sql`. Readers announce themselves with
# a marker file next to the database (`<db>.waiting/`), refreshed on each retry; older markers than
# READER_MARK_FRESH_S are ignored.
WRITER_YIELD_MAX_S: float = 2.0
READER_MARK_FRESH_S: float = 2.0

# Read-only queries from `xephang sql` are interrupted after this long.
QUERY_TIMEOUT_S: float = _float_env("XEPHANG_QUERY_TIMEOUT", 120.0)

# Scores are stored rounded so that 0.6667 written twice is one value (the contract compares
# with a tolerance of 1e-6).
VALUE_DECIMALS: int = 6
