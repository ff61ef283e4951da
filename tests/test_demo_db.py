"""Demo data never mixes with real data.

The demo site's figures are invented (about real provinces), so `xephang run --demo` writes its own
default file, data/demo.duckdb, and a run that would put demo and real articles into one file stops
before crawling (exit 2, nothing written) unless `--allow-demo-mix` is given. The CLI runs as a
user runs it: a subprocess whose working directory holds its own ./data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.databases import DemoMixError, article_counts, check_no_mix
from tests.fixtures_warehouse import REPO, make_item
from warehouse import Warehouse

# A real source whose crawl the guard must prevent. Its requests would go through this dead proxy, so
# even a broken guard cannot reach the internet from the test.
REAL_SOURCE = "dti"
NO_NETWORK = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1,localhost"}


def _xephang(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1", **NO_NETWORK)
    return subprocess.run([sys.executable, "-m", "xephang.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def _real_warehouse(path: Path) -> Path:
    """A warehouse holding one article from a real source, as a real crawl leaves it."""
    wh = Warehouse(path)
    wh.load_articles(wh.start_run([REAL_SOURCE]), [make_item("https://dti.gov.vn/bai-1", source=REAL_SOURCE)])
    return path


def _runs(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return int(con.execute("SELECT count(*) FROM crawl_runs").fetchone()[0])


# -- the rule, on files ---------------------------------------------------------------------------


def test_a_real_file_refuses_the_demo_and_a_demo_file_refuses_real_runs(tmp_path: Path) -> None:
    real = _real_warehouse(tmp_path / "real.duckdb")
    demo = Warehouse(tmp_path / "demo.duckdb")
    demo.load_articles(demo.start_run(["chiso"]), [make_item("http://127.0.0.1:28705/bai", source="chiso")])

    assert article_counts(real.parent / "real.duckdb") == (0, 1)
    assert article_counts(demo.path) == (1, 0)
    assert article_counts(tmp_path / "new.duckdb") == (0, 0)
    assert not (tmp_path / "new.duckdb").exists()  # looking does not create the file

    check_no_mix(real, demo=False)
    check_no_mix(demo.path, demo=True)
    check_no_mix(tmp_path / "new.duckdb", demo=True)
    with pytest.raises(DemoMixError, match="holds 1 article\\(s\\) from real sources"):
        check_no_mix(real, demo=True)
    with pytest.raises(DemoMixError, match="holds 1 article\\(s\\) of the bundled demo site.*--allow-demo-mix"):
        check_no_mix(demo.path, demo=False)


# -- the command line ------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_run_writes_its_own_default_file_and_a_real_run_refuses_it(tmp_path: Path) -> None:
    done = _xephang(tmp_path, "run", "--demo", "--source", "chiso")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    demo_db = tmp_path / "data" / "demo.duckdb"
    assert str(demo_db) in done.stdout
    assert article_counts(demo_db)[0] > 0
    assert not (tmp_path / "data" / "xephang.duckdb").exists()  # a later real run starts clean

    # A real run pointed at the demo file stops before crawling and writes nothing.
    refused = _xephang(tmp_path, "run", "--source", REAL_SOURCE, "--db", str(demo_db))
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "bundled demo site" in refused.stderr and "--allow-demo-mix" in refused.stderr
    assert "crawling" not in refused.stdout
    assert _runs(demo_db) == 1

    # A warehouse an older version filled with the demo under the real default name: same, with the fix.
    os.replace(demo_db, tmp_path / "data" / "xephang.duckdb")
    refused = _xephang(tmp_path, "run", "--source", REAL_SOURCE)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "mv data/xephang.duckdb data/demo.duckdb" in refused.stderr


@pytest.mark.slow
def test_demo_run_into_real_data_needs_the_explicit_flag(tmp_path: Path) -> None:
    real = _real_warehouse(tmp_path / "real.duckdb")

    refused = _xephang(tmp_path, "run", "--demo", "--source", "chiso", "--db", str(real))
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "from real sources" in refused.stderr
    assert _runs(real) == 1 and article_counts(real) == (0, 1)

    mixed = _xephang(tmp_path, "run", "--demo", "--source", "chiso", "--db", str(real), "--allow-demo-mix")
    assert mixed.returncode == 0, mixed.stdout[-2000:] + mixed.stderr[-2000:]
    demo_articles, real_articles = article_counts(real)
    assert demo_articles > 0 and real_articles == 1
