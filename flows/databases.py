"""Which DuckDB file a run writes, and the rule that demo data and real data never share one.

The bundled demo site invents its figures (about real provinces: "Hồ Chí Minh 7th in DTI 2022"
when it was 2nd). Loaded into the same file as real crawls, those figures would stand in
`rankings` beside the real ones, add support to them and raise conflicts with them, and nothing
in the file tells a reader which is which. So the demo has its own default file, and a run that
would put demo articles and real articles into one file stops before crawling unless told to go on.

A file's kind is read from what it holds (articles whose source is a demo outlet, or not), so a
warehouse filled by an older version, when the demo and real runs shared one default, is caught too.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_DB = Path("data") / "xephang.duckdb"
DEFAULT_DEMO_DB = Path("data") / "demo.duckdb"
ALLOW_FLAG = "--allow-demo-mix"


class DemoMixError(RuntimeError):
    """A run would load demo articles into a file of real ones, or the reverse."""


def default_db(demo: bool) -> Path:
    """The file a run writes when no `--db` is given: the demo's own, or the real one."""
    return DEFAULT_DEMO_DB if demo else DEFAULT_DB


def demo_source_ids() -> set[str]:
    """Ids of the bundled demo outlets' source files (what their articles carry as `source`)."""
    from flows.sources import list_sources

    return {s.id for s in list_sources(demo=True)}


def article_counts(db: Path) -> tuple[int, int]:
    """(demo articles, real articles) stored in `db`; (0, 0) for a file that does not exist yet."""
    if not db.exists():
        return 0, 0
    from warehouse import Warehouse

    by_source = Warehouse(db).article_counts_by_source()
    demo_ids = demo_source_ids()
    demo = sum(n for source, n in by_source.items() if source in demo_ids)
    return demo, sum(by_source.values()) - demo


def check_no_mix(db: Path, demo: bool) -> None:
    """Raise DemoMixError when a demo run targets a file of real articles or a real run a demo file."""
    demo_articles, real_articles = article_counts(db)
    if not demo and demo_articles:
        hint = (f"; if it only ever held the demo, rename it: mv {db} {db.with_name(DEFAULT_DEMO_DB.name)}"
                if not real_articles else "")
        raise DemoMixError(
            f"{db} holds {demo_articles} article(s) of the bundled demo site, whose figures are invented; "
            f"a real run would mix them into rankings, support and conflicts. Crawl real sources into "
            f"another file (--db PATH){hint}, or pass {ALLOW_FLAG} to load into it anyway."
        )
    if demo and real_articles:
        raise DemoMixError(
            f"{db} holds {real_articles} article(s) from real sources; the demo's invented figures would "
            f"mix with them. Run the demo into its own file (the default, {DEFAULT_DEMO_DB}, or --db PATH), "
            f"or pass {ALLOW_FLAG} to load into it anyway."
        )
