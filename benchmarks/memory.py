"""Peak memory of a benchmark, as the kernel counts it (resident set size), for the figures it prints.

`resource.getrusage` reports the high-water mark of this process, or of the largest child process
that has been waited for (each Scrapy crawl runs in one), in KiB on Linux. Cheap enough to read at
the end of a run without disturbing the timings.
"""

from __future__ import annotations

import resource


def peak_rss_mib(children: bool = False) -> float:
    """Highest resident memory so far, in MiB: this process, or its largest finished child."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024
