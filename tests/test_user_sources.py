"""Users' own sources: source files in a folder outside the package (`--sources DIR`, or the
`XEPHANG_SOURCES` variable), merged with the catalogue; an id defined twice is a clear error; and a
user's source is crawled by a real `xephang run` into a real DuckDB file from a loopback site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from crawlers.run import REPO_ROOT
from crawlers.sourcefile import SOURCES_ENV, SourceError, catalogue, find_source_file
from flows.sources import select_sources
from tests.fixtures_crawl import running_test_site
from xephang.cli import main

USER_SOURCE = """# My outlet: written by a user, kept outside the repository.
id = "{id}"
name = "Báo của tôi"
base_url = "{base_url}"
kind = "news"

[politeness]
delay = 0.0

[discovery]
feeds = ["/rss.xml"]
listings = ["/chuyen-muc/cds"]
max_pages = 40
max_depth = 3

[articles]
url_pattern = '^/\\d{{4}}/\\d{{2}}/[\\w-]+\\.html$'
next_page = "a.next-page::attr(href)"

[articles.selectors]
title = "h1.article-title::text"
body = "div.article-content"
date = "span.publish-date::text"
"""


def _user_folder(root: Path, source_id: str = "baocuatoi", base_url: str = "https://baocuatoi.vn") -> Path:
    folder = root / "my-sources"
    folder.mkdir(exist_ok=True)
    (folder / f"{source_id}.toml").write_text(USER_SOURCE.format(id=source_id, base_url=base_url), encoding="utf-8")
    return folder


def _xephang(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "xephang.cli", *args], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=600, env=dict(os.environ, PYTHONUNBUFFERED="1", **(env or {})))


def test_user_folder_is_merged_with_the_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SOURCES_ENV, raising=False)
    folder = _user_folder(tmp_path)
    merged = catalogue(extra_dirs=[folder])
    assert merged["baocuatoi"] == folder / "baocuatoi.toml"
    assert set(merged) == set(catalogue()) | {"baocuatoi"}  # the real sources stay
    assert [s.id for s in select_sources(["baocuatoi", "dantri"], source_dirs=[folder])] == ["baocuatoi", "dantri"]
    # the same through the environment variable, and by id for the spider
    monkeypatch.setenv(SOURCES_ENV, str(folder))
    assert "baocuatoi" in catalogue()
    assert find_source_file("baocuatoi") == folder / "baocuatoi.toml"
    # a demo run crawls the demo outlets only, never the user's real sites
    assert "baocuatoi" not in catalogue(demo=True)


def test_duplicate_id_and_missing_folder_are_clear_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(SOURCES_ENV, raising=False)
    folder = _user_folder(tmp_path, source_id="dantri")  # a user's file claiming a catalogue id
    with pytest.raises(SourceError, match=r"source id 'dantri' is defined twice: .*dantri\.toml and .*my-sources"):
        catalogue(extra_dirs=[folder])
    assert main(["run", "--sources", str(folder), "--db", str(tmp_path / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "xephang run: source id 'dantri' is defined twice" in err and "rename one" in err
    assert not (tmp_path / "x.duckdb").exists()
    with pytest.raises(SourceError, match="sources folder not found"):
        catalogue(extra_dirs=[tmp_path / "khong-co"])


def test_sources_list_shows_the_users_source_and_how_each_is_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(SOURCES_ENV, raising=False)
    folder = _user_folder(tmp_path)
    assert main(["sources", "list", "--sources", str(folder)]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert set(lines) == set(catalogue()) | {"baocuatoi"}
    assert "real page of 2026-03-07" in lines["dantri"] and "timeline pages" in lines["tuoitre"]
    assert "evidence only" in lines["nhandan"] and "guess" in lines["sotttt_hanoi"]
    assert "3 s, 1 at a time" in lines["hue"]
    assert "1 feed, 1 listing (next links)" in lines["baocuatoi"] and str(folder) in lines["baocuatoi"]


@pytest.mark.slow
def test_run_crawls_a_user_source_from_a_folder_outside_the_repository(tmp_path: Path) -> None:
    db = tmp_path / "rieng.duckdb"
    with running_test_site(tmp_path) as site:
        (tmp_path / "home").mkdir()
        folder = _user_folder(tmp_path / "home", base_url=site.base_url)
        assert not folder.resolve().is_relative_to(REPO_ROOT)
        done = _xephang("run", "--sources", str(folder), "--source", "baocuatoi", "--db", str(db))
        requested = list(site.server.requests)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "/chuyen-muc/cds?page=2" in requested  # its listing walked with its own next_page selector
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT source, title FROM articles ORDER BY title").fetchall()
    assert rows and {source for source, _ in rows} == {"baocuatoi"}
    assert ("baocuatoi", "Đà Nẵng dẫn đầu Chỉ số chuyển đổi số 2022") in rows
