"""`xephang evaluate`: precision / recall / F1 of the extractor against gold JSONL files.

Strict and lenient figures overall, per attribute and per index, then every missed and spurious claim
with its sentence. `--summary-only` prints the overall figures alone (what a held-out run may show);
`--json` gives the same machine-readable; `--figures-only` prints every figure but no claim or
sentence (for the held-apart real-press part, whose texts the extractor's developers must not read).
`--against SECOND.jsonl` scores a second, independent annotation of the same pages in the extractor's place:
how often two annotators following GUIDELINES.md agree, the ceiling for an extractor scored on one of them.

Real-press gold files (tests/gold/realpress/) hold no text: each row's page is read from the cache
outside the repository (`--cache`, else $XEPHANG_REALPRESS_CACHE, else ~/.cache/xephang/realpress) and
checked against the manifest's hash; a page that is missing or changed is listed and left out.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score the extractor against gold JSONL files",
        description="Strict and lenient P/R/F1 over atomic claims (fact contract, Scoring).",
    )
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl", help="gold files, one article a line")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--summary-only", action="store_true", help="only the overall strict and lenient figures")
    parser.add_argument(
        "--figures-only",
        action="store_true",
        help="overall, per-attribute and per-index figures, but no missed or spurious claims",
    )
    parser.add_argument("--cache", type=Path, help="real-press text cache (default $XEPHANG_REALPRESS_CACHE or ~/.cache/xephang/realpress)")
    parser.add_argument(
        "--manifest", type=Path, help="real-press manifest (default: manifest.jsonl beside each gold file)"
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="SECOND.jsonl",
        help="score a second annotation of the same pages instead of the extractor: how far two annotators agree",
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        help="do not keep these scores as the latest gold-set scores shown by `xephang accuracy`",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, pair_pages, read_gold, second_annotation

    rows = []
    for path in [*args.gold, *([args.against] if args.against else [])]:
        if not path.is_file():
            print(f"xephang evaluate: no such file: {path}", file=sys.stderr)
            return 2
    for path in args.gold:
        try:
            # an agreement needs no page text: only the two annotations' facts are compared
            file_rows, problems = (read_gold(path), []) if args.against else _with_texts(read_gold(path), path, args)
        except (OSError, ValueError) as exc:
            print(f"xephang evaluate: {path}: {exc}", file=sys.stderr)
            return 2
        for problem in problems:
            print(f"xephang evaluate: left out {problem}", file=sys.stderr)
        rows.extend(file_rows)
    extract = None
    if args.against:
        try:
            second = read_gold(args.against)
        except (OSError, ValueError) as exc:
            print(f"xephang evaluate: {args.against}: {exc}", file=sys.stderr)
            return 2
        rows, alone = pair_pages(rows, second)
        for problem in alone:
            print(f"xephang evaluate: left out {problem}", file=sys.stderr)
        extract = second_annotation(second)
    if not rows:
        print("xephang evaluate: no article could be scored", file=sys.stderr)
        return 2
    if args.figures_only or args.summary_only:
        # The extractor's notes (implausible values dropped) name claims and pages: a held-apart set's
        # figures must come out without them.
        logging.disable(logging.WARNING)
    try:
        strict, lenient = evaluate(rows, extract)
    finally:
        logging.disable(logging.NOTSET)
    if not args.no_save and not args.against:  # an agreement is no score of the extractor's
        from xephang.review.accuracy import save_evaluate_summary

        keep = not args.figures_only  # held-apart claims stay out of the saved file too
        summary = {"articles": len(rows), "strict": strict.to_dict(keep), "lenient": lenient.to_dict(keep)}
        save_evaluate_summary(summary, gold_files=[str(p) for p in args.gold])
    if args.json:
        if args.summary_only:
            out = {"articles": len(rows), "strict": strict.overall.to_dict(), "lenient": lenient.overall.to_dict()}
        else:
            errors = not args.figures_only
            out = {"articles": len(rows), "strict": strict.to_dict(errors), "lenient": lenient.to_dict(errors)}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if args.against:
        print(f"agreement: {args.against} scored against {', '.join(map(str, args.gold))}")
    print(f"{len(rows)} article(s)")
    _line("strict ", strict.overall)
    _line("lenient", lenient.overall)
    if args.summary_only:
        return 0
    print("\nper attribute (strict)")
    for name, prf in sorted(strict.by_attribute.items()):
        _line(f"  {name:<12}", prf)
    print("\nper index (strict)")
    for name, prf in sorted(strict.by_index.items()):
        _line(f"  {name:<16}", prf)
    if args.figures_only:
        return 0
    print(f"\nmissed (strict): {len(strict.missed)}")
    for m in strict.missed:
        print(f"  [{m.article}] {_claim(m.claim)}\n      {m.sentence}")
    print(f"\nspurious (strict): {len(strict.spurious)}")
    for m in strict.spurious:
        print(f"  [{m.article}] {_claim(m.claim)}\n      {m.sentence}")
    return 0


def _with_texts(rows: list[dict], path: Path, args: argparse.Namespace) -> tuple[list[dict], list[str]]:
    """Rows ready to score: written gold as it is, real-press rows with their cached page text."""
    if all(row.get("text") for row in rows):
        return rows, []
    from pipeline.realpress import attach_texts, cache_dir, manifest_for, read_manifest

    manifest = args.manifest or manifest_for(path)
    if not manifest.is_file():
        raise ValueError(f"its rows hold no text and there is no manifest at {manifest}")
    return attach_texts(rows, read_manifest(manifest), cache_dir(args.cache))


def _line(label: str, prf: object) -> None:
    p = prf  # PRF
    print(
        f"{label}  P={p.precision:.4f}  R={p.recall:.4f}  F1={p.f1:.4f}"  # type: ignore[attr-defined]
        f"  (tp={p.tp} fp={p.fp} fn={p.fn})"  # type: ignore[attr-defined]
    )


def _claim(c: tuple) -> str:
    entity, index, component, year, attr, value = c
    comp = f"/{component}" if component else ""
    v = int(value) if attr != "score" and float(value).is_integer() else value
    return f"{entity} · {index}{comp} · {year} · {attr}={v}"
