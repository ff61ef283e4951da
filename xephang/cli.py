"""The `xephang` command: one argparse parser, one module per subcommand.

Each module in `xephang.commands` exposes `register(subparsers)`, which adds its parser and sets
`func` (called with the parsed namespace, returning an exit code). Keeping one module per command
lets the crawl, extraction and warehouse parts own their command lines without touching this file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMAND_MODULES = (
    "run", "serve", "sql", "export", "extract", "evaluate", "sources", "review", "accuracy", "reextract", "versions",
    "ingest",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xephang",
        description="Monitor Vietnamese news for IT-ranking claims (DTI, ICT Index, ICT application).",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"xephang.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"xephang.commands.{name}":
                raise
            continue  # a command whose module is not there yet is simply not offered
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("xephang: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`xephang sql … | head`): stop quietly, as `cat` would, and keep the
        # interpreter's final flush of stdout from raising a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a writer whose pipe closed


if __name__ == "__main__":
    sys.exit(main())
