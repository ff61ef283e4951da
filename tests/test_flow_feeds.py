"""The hand-off between worker crawls and the single loader: published feeds are never overwritten
unread, never loaded twice, and a half-published feed is never seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.crawl_flow import crawl_options, read_feeds
from flows.distributed import MARKER_SUFFIX, _publish, claim_published, published_crawls


def _feed(path: Path, urls: list[str]) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"url": u}) + "\n" for u in urls), encoding="utf-8")
    return str(path)


def _crawl(source: str, feeds: list[str], pages: int = 1) -> dict:
    return {"source": source, "pages": pages, "feeds": feeds, "job_dir": None, "errors": [], "skipped": [],
            "dropped": [], "counters": {}}


def test_a_second_publish_before_the_load_keeps_the_first_feed(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    _publish(feeds, _crawl("a", [_feed(tmp_path / "w1" / "a.jsonl", ["u1", "u2"])]))
    _publish(feeds, _crawl("a", [_feed(tmp_path / "w2" / "a.jsonl", ["u3"])]))
    [crawl] = published_crawls(feeds)
    items, errors = read_feeds(crawl)
    assert [i["url"] for i in items] == ["u1", "u2", "u3"] and not errors
    assert not [p for p in feeds.iterdir() if p.name.startswith(".")]  # no staged leftovers


def test_an_interrupted_jobs_earlier_outputs_are_published_with_the_last(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    earlier = _feed(tmp_path / "try1" / "b.jsonl", ["u1"])
    (Path(earlier)).write_text(Path(earlier).read_text() + '{"url": "cut', encoding="utf-8")  # killed mid-line
    last = _feed(tmp_path / "try2" / "b.jsonl", ["u2"])
    _publish(feeds, _crawl("b", [earlier, last]))
    items, errors = read_feeds(published_crawls(feeds)[0])
    assert [i["url"] for i in items] == ["u1", "u2"]
    assert len(errors) == 1  # the cut line is reported, not fatal, and does not swallow the next item


def test_claimed_feeds_leave_room_for_the_next_publish(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    _publish(feeds, _crawl("a", [_feed(tmp_path / "w1" / "a.jsonl", ["u1"])]))
    claims, crawls = claim_published(feeds)
    assert [c["source"] for c in crawls] == ["a"]
    assert [i["url"] for i in read_feeds(crawls[0])[0]] == ["u1"]
    assert not list(feeds.glob(f"*{MARKER_SUFFIX}")) and not (feeds / "a.jsonl").exists()
    # a crawl finishing while the loader works publishes a fresh feed: only the new item, for the next load
    _publish(feeds, _crawl("a", [_feed(tmp_path / "w2" / "a.jsonl", ["u2"])]))
    assert [i["url"] for i in read_feeds(published_crawls(feeds)[0])[0]] == ["u2"]
    # a loader that died after claiming: the next claim takes up its files again, with the new ones
    second_claims, second = claim_published(feeds)
    assert claims[0] in second_claims
    assert sorted(i["url"] for c in second for i in read_feeds(c)[0]) == ["u1", "u2"]


def test_crawl_options_follow_the_crawlers_signature(tmp_path: Path) -> None:
    def old_crawl(source: str, out: Path, timeout: float = 600) -> None: ...

    def new_crawl(source: str, out: Path, timeout: float = 600, cache_dir: Path | None = None,
                  job_dir: Path | None = None) -> None: ...

    wanted = {"timeout": 5.0, "cache_dir": tmp_path / "cache" / "a", "job_dir": tmp_path / "jobs" / "a"}
    assert crawl_options(old_crawl, wanted) == {"timeout": 5.0}
    assert crawl_options(new_crawl, wanted) == wanted


def test_the_workers_recipe_is_handed_the_demo_addresses_and_says_which_are_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Flows never start the demo site; a demo run without an outlet's address stops before queueing."""
    from flows.distributed import main, parse_base_urls

    assert parse_base_urls(["chiso=http://127.0.0.1:9/"], ["chiso"], demo=True) == {"chiso": "http://127.0.0.1:9"}
    assert main(["run", "--demo", "--source", "chiso", "--feed-dir", str(tmp_path / "feeds"),
                 "--db", str(tmp_path / "d.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "missing --base-url for: chiso" in err and "python -m xephang.demo.server" in err
    with pytest.raises(ValueError, match="expected OUTLET=http"):
        parse_base_urls(["chiso"], None, demo=False)
    assert not (tmp_path / "feeds").exists() and not (tmp_path / "d.duckdb").exists()
