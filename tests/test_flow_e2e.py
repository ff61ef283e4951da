"""End to end: `xephang run --demo` twice on a fresh DuckDB file.

The real thing runs: the CLI serves the bundled demo site on loopback, Prefect (ephemeral) runs the
flow, Scrapy crawls each outlet in its own process, the warehouse loads into a DuckDB file. The test
then reads the file and checks specific articles and specific facts from specific pages, the
dedup of syndicated / tracking / AMP copies, and that a second run adds nothing.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((REPO / "xephang" / "demo" / "expected.json").read_text(encoding="utf-8"))
COUNTED_TABLES = ("articles", "article_urls", "facts", "evidence", "extractions")

pytestmark = pytest.mark.slow


def _free_port_block(size: int = 8) -> int:
    """A base port with `size` free consecutive ports below the ephemeral range, for both runs.

    Both runs must serve the demo on the same ports (stored URLs carry them); choosing a free block
    keeps the test independent of whatever else on the machine holds the default demo ports.
    """
    for base in range(random.randrange(20000, 27000, 10), 32000, 10):
        sockets = []
        try:
            for port in range(base, base + size):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no block of free loopback ports")


def _run_demo(db: Path, work_dir: Path, port: int) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.run(
        [sys.executable, "-m", "xephang.cli", "run", "--demo", "--demo-port", str(port),
         "--db", str(db), "--work-dir", str(work_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run the main job twice on one new database; keep both outputs and the row counts after each."""
    base = tmp_path_factory.mktemp("e2e")
    db = base / "xephang.duckdb"
    port = _free_port_block()
    first = _run_demo(db, base / "run1", port)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    after_first = _counts(db)
    second = _run_demo(db, base / "run2", port)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    return {"db": db, "port": port, "first": first, "second": second, "after_first": after_first, "after_second": _counts(db)}


def _query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _article_id(db: Path, path: str) -> int:
    """The article an address (any port, any variant) was stored under."""
    rows = _query(db, "SELECT DISTINCT article_id FROM article_urls WHERE url LIKE ?", [f"%{path}"])
    assert len(rows) == 1, f"{path}: {rows}"
    return rows[0][0]


def test_first_run_summary_reports_what_it_did(demo_runs: dict) -> None:
    out = demo_runs["first"].stdout
    assert "xephang run #1 finished" in out
    articles = len(MANIFEST["articles"])
    assert f"articles:           {articles} new" in out
    assert f"http://127.0.0.1:{demo_runs['port']}" in out  # served where asked, so both runs share URLs
    assert "errors:             0" in out
    assert str(demo_runs["db"]) in out
    assert "xephang sql" in out and "FROM rankings" in out


def test_the_query_the_summary_suggests_runs_when_pasted_into_a_shell(demo_runs: dict) -> None:
    """The summary's example command, pasted as printed (quotes and all), lists one ranking: provinces' DTI."""
    out = demo_runs["first"].stdout
    lines = out.splitlines()
    command = lines[lines.index("Query it, for example:") + 1].strip()
    assert command.split()[0].endswith("xephang") and " sql --db " in command
    # The summary names the CLI that ran; here that is this interpreter's `-m xephang.cli`.
    runnable = f"{sys.executable} -m xephang.cli" + command[len(command.split()[0]):]
    done = subprocess.run(["bash", "-c", runnable], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    table = done.stdout.splitlines()
    assert table[0].split() == ["entity", "|", "year", "|", "rank", "|", "rank_total", "|", "score", "|", "support"]
    rows = [[cell.strip() for cell in line.split("|")] for line in table[2:-1]]
    assert rows[0][:3] == ["Đà Nẵng", "2020", "1"]
    assert not any(row[0].startswith("Bộ ") for row in rows)  # ministries are another ranking
    keys = [(row[0], row[1]) for row in rows]
    assert len(keys) == len(set(keys)), "a province appears twice for one year"


def test_every_demo_article_is_stored_once(demo_runs: dict) -> None:
    db = demo_runs["db"]
    assert demo_runs["after_first"]["articles"] == len(MANIFEST["articles"])
    titles = {row[0] for row in _query(db, "SELECT title FROM articles")}
    for article in MANIFEST["articles"]:
        assert article["title"] in titles, article["id"]


def test_syndicated_copies_are_one_article_with_both_urls(demo_runs: dict) -> None:
    pair = MANIFEST["special_cases"]["syndicated_pairs"][0]
    ids = {_article_id(demo_runs["db"], copy["path"]) for copy in pair["copies"]}
    assert len(ids) == 1


def test_tracking_and_amp_copies_are_one_article_with_their_urls_kept(demo_runs: dict) -> None:
    case = MANIFEST["special_cases"]["tracking_and_amp"][0]
    db = demo_runs["db"]
    article_id = _article_id(db, case["path"])
    urls = [row[0] for row in _query(db, "SELECT url FROM article_urls WHERE article_id = ?", [article_id])]
    assert any(u.endswith(case["amp_path"]) for u in urls), urls
    assert any("utm_source=" in u or "fbclid=" in u for u in urls), urls
    stored = _query(db, "SELECT count(*) FROM articles WHERE canonical_url LIKE ?", [f"%{case['path']}"])
    assert stored == [(1,)]


def test_republished_copy_is_its_own_article_in_the_same_cluster(demo_runs: dict) -> None:
    db = demo_runs["db"]
    by_id = {a["id"]: a for a in MANIFEST["articles"]}
    pair = MANIFEST["special_cases"]["republished_pairs"][0]
    paths = [by_id[pair[k]]["copies"][0]["path"] for k in ("original", "republished")]
    ids = [_article_id(db, p) for p in paths]
    assert ids[0] != ids[1]
    clusters = _query(db, "SELECT DISTINCT cluster_id FROM articles WHERE id IN (?, ?)", ids)
    assert len(clusters) == 1


@pytest.mark.parametrize(
    ("path", "entity", "index", "year", "group", "attribute", "value"),
    [
        # seed 002 on its outlet: Đà Nẵng first in DTI 2022, Quảng Ngãi up 34 places
        ("%", "Đà Nẵng", "dti", 2022, None, "rank", 1),
        ("%", "Quảng Ngãi", "dti", 2022, None, "rank_change", 34),
        # a provincial portal page: Tuyên Quang 17/34 over the merged provinces
        ("/tuyen-quang-xep-thu-17-34-ve-chi-so-chuyen-doi-so-nam-2024.html", "Tuyên Quang", "dti", 2024,
         "34 tỉnh, thành phố sau sắp xếp", "rank", 17),
        ("/tuyen-quang-xep-thu-17-34-ve-chi-so-chuyen-doi-so-nam-2024.html", "Tuyên Quang", "dti", 2024,
         "34 tỉnh, thành phố sau sắp xếp", "rank_total", 34),
        # the seed on local units: Sở Du lịch second with 99,58 điểm in Đà Nẵng's own 2021 ranking
        ("%", "Sở Du lịch", "local", 2021, None, "score", 99.58),
    ],
)
def test_specific_facts_come_from_specific_pages(
    demo_runs: dict, path: str, entity: str, index: str, year: int, group: str | None, attribute: str, value: float
) -> None:
    db = demo_runs["db"]
    rows = _query(
        db,
        """
        SELECT f.value, list(DISTINCT a.url)
        FROM facts_v f JOIN evidence e ON e.fact_id = f.fact_id JOIN articles a ON a.id = e.article_id
        WHERE f.entity = ? AND f.index = ? AND f.year = ? AND f."group" IS NOT DISTINCT FROM ?
          AND f.component IS NULL AND f.attribute = ?
        GROUP BY 1
        """,
        [entity, index, year, group, attribute],
    )
    assert rows, f"no {attribute} fact for {entity} {index} {year}"
    values = [r[0] for r in rows]
    assert any(abs(float(v) - value) < 1e-6 for v in values), values
    if path != "%":
        urls = [u for r in rows for u in r[1]]
        assert any(u.endswith(path) for u in urls), urls


def test_official_table_rows_become_facts(demo_runs: dict) -> None:
    table = MANIFEST["special_cases"]["official_tables"][0]
    db = demo_runs["db"]
    article_id = _article_id(db, table["path"])
    rows = _query(
        db,
        "SELECT DISTINCT f.entity FROM facts_v f JOIN evidence e ON e.fact_id = f.fact_id "
        "WHERE e.article_id = ? AND f.attribute = 'rank' AND e.from_table",
        [article_id],
    )
    assert len(rows) >= 10


def test_no_claim_articles_give_no_facts(demo_runs: dict) -> None:
    db = demo_runs["db"]
    by_id = {a["id"]: a for a in MANIFEST["articles"]}
    for article_id in MANIFEST["special_cases"]["no_claim"]:
        stored = _article_id(db, by_id[article_id]["copies"][0]["path"])
        assert _query(db, "SELECT count(*) FROM evidence WHERE article_id = ?", [stored]) == [(0,)], article_id


def test_second_run_adds_nothing_and_says_so(demo_runs: dict) -> None:
    assert demo_runs["after_second"] == demo_runs["after_first"]
    out = demo_runs["second"].stdout
    assert "articles:           0 new" in out
    assert "nothing new" in out
    runs = _query(demo_runs["db"], "SELECT id, status FROM crawl_runs ORDER BY id")
    assert [r[0] for r in runs] == [1, 2]
    assert all(r[1] == "completed" for r in runs)


def test_misquoted_rank_shows_as_a_conflict_with_both_sides(demo_runs: dict) -> None:
    """The demo's songhan brief says Hải Phòng was 6th in DTI 2023; the other outlets say 5th."""
    rows = _query(
        demo_runs["db"],
        """SELECT value, evidence FROM conflicts
           WHERE entity = 'Hải Phòng' AND index = 'dti' AND year = 2023 AND attribute = 'rank' ORDER BY value""",
    )
    assert [r[0] for r in rows] == [5.0, 6.0]
    assert all(r[1] for r in rows)  # each side carries its evidence
    assert "hai-phong-tiep-tuc-nam-trong-nhom-dan-dau" in str(rows[1][1])


def _readme_sql_examples() -> list[tuple[str, str]]:
    """(query, printed output) of every `$ xephang sql "…"` example in the README that shows its output."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    examples = []
    for block in text.split("```")[1::2]:
        lines = block.strip("\n").splitlines()
        if not lines or not lines[0].startswith('$ xephang sql "'):
            continue
        command = [lines[0]]
        while not command[-1].rstrip().endswith('"'):
            command.append(lines[len(command)])
        query = " ".join(part.strip() for part in command)[len('$ xephang sql "'):-1].replace('\\"', '"')
        output = "\n".join(lines[len(command):])
        if output:
            examples.append((query, output))
    return examples


def test_readme_query_examples_print_what_the_readme_shows(demo_runs: dict, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's example queries, run on the demo database, print exactly the output shown there."""
    from xephang.cli import main

    examples = _readme_sql_examples()
    assert len(examples) >= 4, "the README's query examples were not found"
    for query, shown in examples:
        code = main(["sql", "--db", str(demo_runs["db"]), query])
        out, err = capsys.readouterr()
        printed = err if code else out
        assert printed.rstrip("\n") == shown, f"README example differs: {query}"
