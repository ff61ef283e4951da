"""`xephang accuracy`: how far to trust the facts, from human reviews and the latest gold-set run.

Precision = accepted / (accepted + rejected + corrected) over the decision in force for each fact,
overall and per extractor version, index and attribute, each with its 95% Wilson interval. Recall and
F1 come from articles marked "article done" in the review page (xephang/review/recall.py): per
extractor version, and per index and attribute for the newest version.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_DB = Path("data/xephang.duckdb")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "accuracy",
        help="precision of the facts from reviews (with 95%% Wilson intervals) and the latest gold-set scores",
        description="Precision from reviews per extractor version, index and attribute; the last saved "
        "`xephang evaluate` summary.",
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"warehouse file (default {DEFAULT_DB})")
    parser.add_argument("--evaluate-file", type=Path, default=None,
                        help="saved `xephang evaluate` summary (default data/accuracy/evaluate-latest.json)")
    parser.add_argument("--evaluate", type=Path, nargs="+", metavar="GOLD.jsonl", default=None,
                        help="first score the extractor on these gold files and save the result as the latest")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from warehouse import Warehouse
    from xephang.review.accuracy import evaluate_and_save, gold_rows, load_evaluate_summary, review_accuracy
    from xephang.review.recall import review_recall

    if not args.db.exists():
        print(f"xephang accuracy: no warehouse at {args.db}", file=sys.stderr)
        return 2
    if args.evaluate:
        missing = [str(p) for p in args.evaluate if not p.is_file()]
        if missing:
            print(f"xephang accuracy: no such gold file: {', '.join(missing)}", file=sys.stderr)
            return 2
        saved = evaluate_and_save(list(args.evaluate), args.evaluate_file)
        print(f"gold-set scores saved to {saved}", file=sys.stderr)
    wh = Warehouse(args.db)
    acc = review_accuracy(wh)
    recall = review_recall(wh)
    gold = load_evaluate_summary(args.evaluate_file)
    if args.json:
        out = acc.to_dict()
        out["recall"] = recall.to_dict()
        out["gold"] = None if gold is None else {k: v for k, v in gold.items() if k not in ("missed", "spurious")}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"reviewed {acc.overall.reviewed} of {acc.facts_total} fact(s)")
    header = f"  {'':<20} {'accepted':>8} {'corrected':>9} {'rejected':>8} {'reviewed':>8} {'precision':>9}  95% CI (Wilson)"
    _line("overall", acc.overall, indent="")
    for title, groups in (("per extractor version", acc.by_version), ("per index", acc.by_index),
                          ("per attribute", acc.by_attribute)):
        print(f"\n{title}")
        print(header)
        for name, p in groups.items():
            _line(name, p)
    if len(acc.by_version) > 1:
        names = list(acc.by_version)
        print(f"\nwhat a version changed: xephang versions diff {names[-2]} {names[-1]} --db {args.db}")
    _recall_lines(recall)
    print("\ngold set (latest xephang evaluate)")
    if gold is None:
        print("  none saved yet")
    else:
        print(f"  saved {gold.get('saved_at')} · extractor {gold.get('extractor_version')} · {gold.get('articles')} article(s)")
        for label, prf in gold_rows(gold):
            print(f"  {label:<28} P={prf.get('precision')}  R={prf.get('recall')}  F1={prf.get('f1')}")
    return 0


def _line(name: str, p: object, indent: str = "  ") -> None:
    from xephang.review.accuracy import Precision

    assert isinstance(p, Precision)
    low, high = p.interval
    prec = "-" if p.precision is None else f"{p.precision:.4f}"
    print(f"{indent}{name:<20} {p.accepted:>8} {p.corrected:>9} {p.rejected:>8} {p.reviewed:>8} {prec:>9}"
          f"  [{low:.4f}, {high:.4f}]")


def _recall_lines(recall: object) -> None:
    """Recall, precision and F1 on completely reviewed articles (strict matching, as `xephang evaluate`)."""
    from xephang.review.recall import Recall, ReviewRecall

    assert isinstance(recall, ReviewRecall)
    print(f"\nrecall on completely reviewed articles ({recall.articles_done} article(s) marked done)")
    if not recall.by_version:
        print("  none yet: mark articles done in the review page's article mode")
        return
    header = (f"  {'':<20} {'articles':>8} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}  95% CI (Wilson)"
              f"    {'F1':>6}  95% CI (bootstrap)")
    for title, groups in (("per extractor version", recall.by_version),
                          (f"per index (extractor {recall.newest})", recall.by_index),
                          (f"per attribute (extractor {recall.newest})", recall.by_attribute)):
        print(f"\n{title}")
        print(header)
        for name, r in groups.items():
            assert isinstance(r, Recall)
            rl, rh = r.recall_interval
            fl, fh = r.f1_interval
            print(f"  {name:<20} {r.articles:>8} {r.prf.tp:>4} {r.prf.fp:>4} {r.prf.fn:>4} {r.prf.precision:>9.4f}"
                  f" {r.prf.recall:>7.4f}  [{rl:.4f}, {rh:.4f}]  {r.prf.f1:>6.4f}  [{fl:.4f}, {fh:.4f}]")
