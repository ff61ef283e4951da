"""The real-press corpus: gold facts in the repository, page texts in a cache outside it.

Real articles are other people's sentences, so only a manifest (url, the search query that returns the
page, n_chars, sha256) and the gold facts are committed; the texts live in a cache folder that a helper
rebuilds from the manifest. A rebuilt copy may differ from the first one in white space only (it is
copied by hand from a search result), so the hash is taken over a canonical form: NFC, every run of
white space folded to one space, ends stripped. Anything else that differs is a different page and is
reported, never scored.

Stdlib only, so annotators can stamp and check a manifest before the project's venv exists:
``python3 -m pipeline.realpress stamp tests/gold/realpress/manifest.jsonl`` fills n_chars and sha256
from the cached texts; ``verify`` lists what is missing or changed; ``similar PAGE.txt`` says whether a new
page is a copy of one already cached (the same article is often republished under another URL, which a URL
check cannot catch).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

CACHE_ENV = "XEPHANG_REALPRESS_CACHE"
DEFAULT_CACHE = Path("~/.cache/xephang/realpress")


def cache_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the page texts are kept: the argument, else $XEPHANG_REALPRESS_CACHE, else ~/.cache/…"""
    return Path(explicit or os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


def canonical(text: str) -> str:
    """The form the manifest's hash and length are taken over (robust to re-copied white space)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fingerprint(text: str) -> tuple[int, str]:
    """(n_chars, sha256) of a page text's canonical form."""
    form = canonical(text)
    return len(form), hashlib.sha256(form.encode("utf-8")).hexdigest()


def url_hash(url: str) -> str:
    """sha256 of a URL exactly as stored: the form ../shared/eval-reserved.txt lists."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Page:
    """One manifest line: which page, how to find it again, what its text must hash to."""

    id: str
    url: str
    query: str
    part: str
    n_chars: int | None = None
    sha256: str | None = None

    def path(self, cache: Path) -> Path:
        return cache / f"{self.id}.txt"


def read_manifest(path: str | os.PathLike[str]) -> list[Page]:
    """Manifest lines as Pages (unknown keys are ignored so the format can grow)."""
    pages = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                pages.append(Page(id=row["id"], url=row["url"], query=row["query"], part=row["part"],
                                  n_chars=row.get("n_chars"), sha256=row.get("sha256")))
            except KeyError as exc:
                raise ValueError(f"{path}:{number}: manifest line lacks {exc.args[0]!r}") from None
    return pages


class PageUnavailable(Exception):
    """A page's text is not in the cache, or is not the text the manifest recorded."""


def load_text(page: Page, cache: Path) -> str:
    """The cached text of `page`, checked against its manifest hash."""
    path = page.path(cache)
    if not path.is_file():
        raise PageUnavailable(f"{page.id}: not in the cache ({path})")
    text = path.read_text(encoding="utf-8")
    if not page.sha256:
        raise PageUnavailable(f"{page.id}: the manifest has no hash yet (python3 -m pipeline.realpress stamp)")
    n_chars, digest = fingerprint(text)
    if digest != page.sha256:
        raise PageUnavailable(
            f"{page.id}: cached text differs from the manifest ({n_chars} chars, sha256 {digest[:12]}…; "
            f"expected {page.n_chars} chars, {str(page.sha256)[:12]}…)"
        )
    return text


def manifest_for(gold_path: str | os.PathLike[str]) -> Path:
    """The manifest that goes with a gold file: `manifest.jsonl` in the same folder."""
    return Path(gold_path).with_name("manifest.jsonl")


def attach_texts(
    rows: list[dict], manifest: list[Page], cache: Path
) -> tuple[list[dict], list[str]]:
    """Gold rows that hold no text get their page text from the cache.

    Returns the rows that can be scored and one line for every page that cannot (not in the manifest,
    not cached, or changed since it was annotated): those are reported, never scored as misses.
    """
    by_id = {p.id: p for p in manifest}
    ready: list[dict] = []
    problems: list[str] = []
    for row in rows:
        if row.get("text"):
            ready.append(row)
            continue
        page = by_id.get(str(row.get("id")))
        if page is None:
            problems.append(f"{row.get('id')}: not in the manifest")
            continue
        if page.url != row.get("url"):
            problems.append(f"{page.id}: the gold row's url differs from the manifest's")
            continue
        try:
            text = load_text(page, cache)
        except PageUnavailable as exc:
            problems.append(str(exc))
            continue
        ready.append({**row, "text": text, "title": row.get("title") or ""})
    return ready, problems


def _stamp(manifest: Path, cache: Path) -> int:
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = stamped = 0
    for row in rows:
        if row.get("n_chars") is not None and row.get("sha256"):
            # a row stamped before keeps the fingerprint of the text that was annotated: a cache rebuilt since may
            # hold a different excerpt, which `verify` reports and stamping must never hide
            continue
        path = cache / f"{row['id']}.txt"
        if not path.is_file():
            print(f"missing: {row['id']} ({path})", file=sys.stderr)
            missing += 1
            continue
        row["n_chars"], row["sha256"] = fingerprint(path.read_text(encoding="utf-8"))
        stamped += 1
    manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"stamped {stamped} new pages of {len(rows)}")
    return 1 if missing else 0


def _verify(manifest: Path, cache: Path) -> int:
    pages = read_manifest(manifest)
    bad = 0
    for page in pages:
        try:
            load_text(page, cache)
        except PageUnavailable as exc:
            print(exc)
            bad += 1
    print(f"{len(pages) - bad} of {len(pages)} pages present and unchanged in {cache}")
    return 1 if bad else 0


SHINGLE_WORDS = 8
COPY_SHARE = 0.5  # a page sharing half of its 8-word shingles with a cached one is a copy of it


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", canonical(text).lower())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def closest_copy(text: str, cache: Path, skip: Path | None = None) -> tuple[float, str | None]:
    """(share, id) of the cached page that shares most of `text`'s shingles, over the smaller of the two."""
    mine = _shingles(text)
    best: tuple[float, str | None] = (0.0, None)
    for path in sorted(cache.glob("*.txt")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        other = _shingles(path.read_text(encoding="utf-8", errors="replace"))
        if mine and other:
            share = len(mine & other) / min(len(mine), len(other))
            if share > best[0]:
                best = (share, path.stem)
    return best


def _similar(page: Path, cache: Path) -> int:
    share, _closest = closest_copy(page.read_text(encoding="utf-8"), cache, skip=page)
    # the closest page is not named: an annotator of a held-apart part must not be led to read the others
    if share >= COPY_SHARE:
        print(f"SKIP: a copy of a cached page (shares {share:.2f} of its 8-word shingles)")
        return 1
    print(f"OK: closest cached page shares {share:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2 or args[0] not in ("stamp", "verify", "similar"):
        print("usage: python3 -m pipeline.realpress stamp|verify MANIFEST [CACHE_DIR]\n"
              "       python3 -m pipeline.realpress similar PAGE.txt [CACHE_DIR]", file=sys.stderr)
        return 2
    cache = cache_dir(args[2] if len(args) > 2 else None)
    if args[0] == "similar":
        return _similar(Path(args[1]), cache)
    return (_stamp if args[0] == "stamp" else _verify)(Path(args[1]), cache)


if __name__ == "__main__":
    sys.exit(main())
