"""`python -m crawlers crawl news ...`: the `scrapy` command, without the interpreter's slow goodbye.

`crawlers.run.crawl_source` starts one Scrapy process per crawl, and an unchanged re-run is over in a
fraction of a second, so the ~0.1-0.2 s CPython spends tearing down a process full of Scrapy,
Twisted and lxml objects on exit is a large share of it. This runs Scrapy's own command line
(`scrapy.cmdline.execute`: same arguments, settings and exit code as `python -m scrapy`), then,
once it has finished normally, collects garbage (Twisted reports unhandled Deferred errors from
finalizers, as `scrapy.cmdline` does on exit), flushes the log and the standard streams and leaves
with `os._exit`. Everything a crawl writes (feed, stats, state, HTTP cache, JOBDIR queue) is
closed by Scrapy before `execute` returns. An exception other than SystemExit is left to Python's
normal exit, traceback and all.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys


def main() -> None:
    from scrapy.cmdline import execute

    sys.argv[0] = "scrapy"
    try:
        execute()
        code: int | str | None = 0
    except SystemExit as stop:
        code = stop.code
    gc.collect()
    if isinstance(code, str):  # sys.exit("message") prints the message and exits with 1
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
