"""`xephang sources check` against loopback servers: a working source (OK), a source whose layout no
longer gives articles (EMPTY, exit 1) and one that cannot be reached (UNREACHABLE, exit 2)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.fixtures_crawl import Page, running_test_site, serve_pages, write_source
from xephang.cli import main

pytestmark = pytest.mark.slow


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]]]:
    code = main(["sources", "check", "--json", "--timeout", "120", *args])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    return code, lines


def test_working_source_is_ok_with_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with running_test_site(tmp_path) as site:
        code, rows = _check(capsys, "--source", str(site.source), "--base-url", site.base_url, "--pages", "12")
        requests = [r for r in site.server.requests if r != "/robots.txt"]
    assert code == 0
    [row] = rows
    assert row["source"] == "baothu" and row["status"] == "OK"
    assert row["pages"] == len(requests) <= 12  # the small page budget held
    assert isinstance(row["articles"], int) and row["articles"] >= 1
    assert row["kept"] == row["articles"]  # the test source keeps everything (no relevance setting)
    assert isinstance(row["facts"], int) and row["facts"] >= 1  # the pages state DTI ranks


def test_changed_layout_is_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the listing now links to articles under a new path scheme the url_pattern does not know
    pages = {"/chuyen-muc/cds": Page('<html><body><a href="/news/da-nang-dan-dau">Đà Nẵng</a></body></html>')}
    with serve_pages(pages) as server:
        code, rows = _check(capsys, "--source", str(write_source(tmp_path / "baothu.toml")),
                            "--base-url", server.base_url)
    assert code == 1
    assert rows[0]["status"] == "EMPTY" and rows[0]["pages"] >= 1 and rows[0]["articles"] == 0


def test_unreachable_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, rows = _check(capsys, "--source", str(write_source(tmp_path / "baothu.toml")),
                        "--base-url", f"http://127.0.0.1:{port}")
    assert code == 2
    assert rows[0]["status"] == "UNREACHABLE" and rows[0]["pages"] == 0
    assert "ConnectionRefused" in str(rows[0]["note"])


def test_table_output_lists_every_real_source_by_default(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Without --source every real source is checked (here with the crawl stubbed: no network)."""
    import xephang.commands.sources as command
    from crawlers.sourcefile import SOURCES_DIR

    checked: list[str] = []

    def fake(source: str, work: Path, timeout: float, pages: int, base_url: str | None) -> command.CheckResult:
        checked.append(Path(source).stem)
        return command.CheckResult(Path(source).stem, 0, 0, 0, 0, command.UNREACHABLE, "offline")

    monkeypatch.setattr(command, "check_source", fake)
    assert main(["sources", "check"]) == 2
    assert checked == sorted(p.stem for p in SOURCES_DIR.glob("*.toml"))
    out = capsys.readouterr().out
    assert "UNREACHABLE" in out and "vnexpress_sohoa" in out
