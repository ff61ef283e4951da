"""A progress bar on stderr for long flows, without a dependency.

On a terminal the bar redraws in place; otherwise (logs, CI, tests) it prints a line only every
tenth of the way, so a log file does not fill with a line per batch.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """`update(n)` after each unit of work; `close()` ends the line."""

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.total = max(total, 0)
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.total > 0
        self.done = 0
        self.started = time.perf_counter()
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_tenth = -1

    def update(self, n: int, note: str = "") -> None:
        self.done = min(self.total, self.done + n)
        if not self.enabled:
            return
        tenth = self.done * 10 // self.total
        if not self._tty and tenth == self._last_tenth:
            return
        self._last_tenth = tenth
        elapsed = time.perf_counter() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        width = 30
        filled = width * self.done // self.total
        line = (f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
                f" ({rate:.0f}/s){' ' + note if note else ''}")
        self.stream.write(("\r" + line) if self._tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._tty:
            self.stream.write("\n")
            self.stream.flush()
