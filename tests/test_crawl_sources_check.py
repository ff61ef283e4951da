"""`xephang sources check` against loopback servers: a working source (OK), a source whose layout no
longer gives articles (EMPTY, exit 1), one that cannot be reached (UNREACHABLE, exit 2), a name that
does not resolve (reported without a crawl), lines printed as each source ends, sources on different
hosts checked in parallel and sources on one host one after another."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from crawlers.run import REPO_ROOT
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

    def fake(source: str, work: Path, timeout: float, pages: int, base_url: str | None,
             dns_timeout: float) -> command.CheckResult:
        checked.append(Path(source).stem)
        return command.CheckResult(Path(source).stem, 0, 0, 0, 0, command.UNREACHABLE, "offline")

    monkeypatch.setattr(command, "check_source", fake)
    assert main(["sources", "check"]) == 2
    assert checked == sorted(p.stem for p in SOURCES_DIR.glob("*.toml"))
    out = capsys.readouterr().out
    assert "UNREACHABLE" in out and "vnexpress_sohoa" in out


def _source(path: Path, base_url: str, articles: str = r"^/bai/\d+\.html$") -> Path:
    """A one-listing source at a concrete address, polite to one request at a time, no delay."""
    path.write_text(f"""id = "{path.stem}"
name = "{path.stem}"
base_url = "{base_url}"

[politeness]
delay = 0.0
concurrency = 1

[discovery]
listings = ["/muc"]
max_pages = 5

[articles]
url_pattern = '{articles}'
""", encoding="utf-8")
    return path


def _slow_site(delay: float = 0.4) -> dict[str, Page]:
    article = ("<html><body><h1>Đà Nẵng dẫn đầu DTI</h1><div class='content'><p>Đà Nẵng xếp thứ nhất về chỉ số "
               "chuyển đổi số cấp tỉnh năm 2022 với 0,6 điểm.</p></div></body></html>")
    return {
        "/robots.txt": Page("User-agent: *\nAllow: /\n", "text/plain"),
        "/muc": Page('<html><body><a href="/bai/1.html">1</a><a href="/bai/2.html">2</a></body></html>', delay=delay),
        "/bai/1.html": Page(article, delay=delay),
        "/bai/2.html": Page(article.replace("Đà Nẵng", "Huế"), delay=delay),
    }


def test_unresolvable_name_reported_without_a_crawl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows = _check(capsys, "--source", str(_source(tmp_path / "khongco.toml", "https://khong-co.invalid")))
    assert code == 2
    [row] = rows
    assert row["status"] == "UNREACHABLE" and row["pages"] == 0
    assert "does not resolve: khong-co.invalid" in str(row["note"])
    assert not (tmp_path / "khongco.jsonl.stats.json").exists()


def test_each_line_printed_as_its_source_ends_while_others_run(tmp_path: Path) -> None:
    """The slow source is listed first; its site holds the listing until the test has READ the other
    source's line from the running command: only a command that checks in parallel and prints each
    line at once gets there (else the site gives up waiting and the test fails below)."""
    released = threading.Event()
    held: list[bool] = []
    pages = _slow_site(delay=0)
    with serve_pages(pages) as server:
        def hold(path: str) -> None:
            if path == "/muc":
                held.append(released.wait(60))

        server.on_request = hold
        slow = _source(tmp_path / "cham.toml", server.base_url)
        gone = _source(tmp_path / "khongco.toml", "https://khong-co.invalid")
        command = [sys.executable, "-m", "xephang.cli", "sources", "check", "--source", str(slow),
                   "--source", str(gone), "--timeout", "120"]
        with subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True, encoding="utf-8") as proc:
            assert proc.stdout is not None
            header = proc.stdout.readline()
            first = proc.stdout.readline()
            released.set()
            rest = proc.stdout.read()
            proc.wait(120)
    assert header.startswith("source") and first.startswith("khongco") and "UNREACHABLE" in first
    assert held == [True], "the slow source's listing was answered before the other line was printed"
    assert rest.splitlines()[0].startswith("cham") and " OK" in rest


def test_sources_on_one_host_are_checked_one_after_another(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with serve_pages(_slow_site()) as server:
        one = _source(tmp_path / "mot.toml", server.base_url)
        two = _source(tmp_path / "hai.toml", server.base_url)
        code, rows = _check(capsys, "--source", str(one), "--source", str(two), "--jobs", "4")
        requests = [r for r in server.requests if r != "/robots.txt"]
    assert code == 0 and sorted(r["source"] for r in rows) == ["hai", "mot"]
    assert len(requests) == 6  # both crawled in full
    assert server.max_in_flight == 1  # never two of our requests at the site at once
