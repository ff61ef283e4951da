"""xephang against a real Prefect server: the run report artifact, `xephang serve`'s scheduled
deployment, and crawls on two process workers with one loader.

One `prefect server start` on 127.0.0.1 (free port, temporary PREFECT_HOME and sqlite database) is
shared by the module; every xephang process is a real subprocess pointed at it with
PREFECT_API_URL, and the test reads back what they registered through Prefect's own client.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import duckdb
import pytest

from xephang.demo.server import serve_demo_site

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MANIFEST = json.loads((REPO / "xephang" / "demo" / "expected.json").read_text(encoding="utf-8"))
STARTUP_LIMIT = 90.0  # seconds a server or a deployment may take to appear before the test gives up

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen, sig: int = signal.SIGINT) -> None:
    """Stop a process we started (and its children: it leads its own process group)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        process.wait()


class PrefectServer:
    """A running `prefect server start`, with the environment its clients need."""

    def __init__(self, home: Path) -> None:
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.env = dict(
            os.environ,
            PREFECT_HOME=str(home),
            PREFECT_API_URL=self.api_url,
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_UI_ENABLED="false",
            PREFECT_WORKER_QUERY_SECONDS="1",
            PREFECT_RUNNER_POLL_FREQUENCY="1",
            PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="1",
            PYTHONUNBUFFERED="1",
        )
        self.env.pop("PREFECT_PROFILE", None)
        self.log_path = home / "server.log"
        self.log = self.log_path.open("wb")
        server_env = dict(self.env)
        server_env.pop("PREFECT_API_URL")
        self.process = subprocess.Popen(
            [str(VENV_BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
            env=server_env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_LIMIT
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "prefect server exited; see server.log"
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        pytest.fail(f"prefect server not healthy after {STARTUP_LIMIT:g}s")

    def spawn(self, *args: str, log: Path) -> subprocess.Popen:
        """Start a long-running client process (serve, worker) with this server's environment."""
        return subprocess.Popen(
            list(args), cwd=REPO, env=self.env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout)

    def stop(self) -> None:
        _stop(self.process, signal.SIGTERM)
        self.log.close()


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    server = PrefectServer(tmp_path_factory.mktemp("prefect-home"))
    try:
        server.wait_healthy()
        yield server
    finally:
        server.stop()


@pytest.fixture
def client_settings(prefect_server: PrefectServer) -> Iterator[None]:
    """Point this test process's Prefect client at the server for the length of one test."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_server.api_url}):
        yield


def _read_deployment(name: str) -> object | None:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_deployment_by_name(name)
        except ObjectNotFound:
            return None


def _xephang(*args: str) -> list[str]:
    return [sys.executable, "-m", "xephang.cli", *args]


# -- the run report -----------------------------------------------------------------------------


def test_run_leaves_a_table_artifact_matching_the_crawl_runs_row(
    prefect_server: PrefectServer, client_settings: None, tmp_path: Path
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.crawl_flow import REPORT_ARTIFACT_KEY

    db = tmp_path / "x.duckdb"
    done = prefect_server.run(*_xephang("run", "--demo", "--source", "chiso", "--db", str(db)))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[REPORT_ARTIFACT_KEY]))
        )
    assert artifacts, "no run-report artifact on the server"
    artifact = artifacts[-1]
    assert artifact.type == "table"
    assert str(db) in (artifact.description or "")
    rows = artifact.data if isinstance(artifact.data, list) else json.loads(artifact.data)
    by_source = {row["source"]: row for row in rows}
    assert set(by_source) == {"chiso", "TOTAL"}

    with duckdb.connect(str(db), read_only=True) as con:
        status, report_json, articles = con.execute(
            "SELECT status, report, (SELECT count(*) FROM articles) FROM crawl_runs WHERE id = 1"
        ).fetchone()
    report = json.loads(report_json)
    assert status == "completed"
    stored = report["sources"][0]
    assert by_source["chiso"]["articles new"] == stored["new_articles"] == articles > 0
    assert by_source["chiso"]["pages"] == stored["pages"] > 0
    # the crawler's skipped pages and their reasons are in the stored report and counted in the table
    assert isinstance(stored["skipped"], list)
    assert by_source["chiso"]["pages skipped"] == len(stored["skipped"]) == report["skipped"]
    assert by_source["TOTAL"]["facts new"] == report["new_facts"]


# -- xephang serve -------------------------------------------------------------------------------


def _serve_until_deployed(
    server: PrefectServer, tmp_path: Path, name: str, *args: str
) -> tuple[subprocess.Popen, Any]:
    """Start `xephang serve --name NAME ARGS…` and wait until its deployment is on the server."""
    serve = server.spawn(*_xephang("serve", "--name", name, *args), log=tmp_path / "serve.log")
    deadline = time.monotonic() + STARTUP_LIMIT
    deployment = None
    while deployment is None and time.monotonic() < deadline:
        if serve.poll() is not None:
            break
        deployment = _read_deployment(f"xephang-scheduled/{name}")
        if deployment is None:
            time.sleep(0.5)
    if deployment is None:
        _stop(serve)
        pytest.fail("no deployment registered:\n" + (tmp_path / "serve.log").read_text(errors="replace")[-3000:])
    return serve, deployment


@pytest.mark.parametrize(
    ("extra", "cron"),
    [((), "0 */6 * * *"), (("--cron", "15 3 * * 1"), "15 3 * * 1")],
    ids=["default-every-6h", "custom-cron"],
)
def test_serve_registers_the_deployment_on_its_schedule(
    prefect_server: PrefectServer, client_settings: None, tmp_path: Path, extra: tuple[str, ...], cron: str
) -> None:
    db = tmp_path / "served.duckdb"
    serve, deployment = _serve_until_deployed(
        prefect_server, tmp_path, f"test-{extra and 'custom' or 'default'}",
        "--db", str(db), "--source", "dti", "--source", "mst", *extra,
    )
    try:
        schedules = [s.schedule for s in deployment.schedules if s.active]
        assert [getattr(s, "cron", None) for s in schedules] == [cron]
        assert [getattr(s, "timezone", None) for s in schedules] == ["UTC"]
        assert deployment.parameters["db_path"] == str(db.resolve())
        assert deployment.parameters["source_ids"] == ["dti", "mst"]
        assert serve.poll() is None  # still serving: it runs until stopped
    finally:
        _stop(serve)


def test_server_scheduler_puts_runs_on_the_served_cron(
    prefect_server: PrefectServer, client_settings: None, tmp_path: Path
) -> None:
    """The point of `serve`: the server's scheduler (which ephemeral mode lacks) creates the runs."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    serve, deployment = _serve_until_deployed(
        prefect_server, tmp_path, "scheduled", "--db", str(tmp_path / "x.duckdb"), "--source", "dti"
    )
    try:
        upcoming: list = []
        deadline = time.monotonic() + STARTUP_LIMIT
        while not upcoming and time.monotonic() < deadline:
            broken = "Can't evaluate bulk DML statement" in prefect_server.log_path.read_text(errors="replace")
            assert not broken, "the server's scheduler fails to insert runs (Prefect 3.8.8 needs SQLAlchemy 2.0.x, pinned in requirements.lock)"
            with get_client(sync_client=True) as client:
                upcoming = client.read_flow_runs(
                    deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
                )
            if not upcoming:
                time.sleep(0.5)
    finally:
        _stop(serve)
    assert upcoming, "the scheduler created no runs for the deployment"
    starts = [r.expected_start_time.astimezone(UTC) for r in upcoming]
    assert all((t.minute, t.second, t.hour % 6) == (0, 0, 0) for t in starts), starts
    assert all(r.state is not None and r.state.is_scheduled() for r in upcoming)


def test_a_served_run_crawls_and_loads(
    prefect_server: PrefectServer, client_settings: None, tmp_path: Path
) -> None:
    """A run of the served deployment (as the scheduler would start it) does the whole job."""
    from prefect.deployments import run_deployment

    db = tmp_path / "served.duckdb"
    serve, _ = _serve_until_deployed(prefect_server, tmp_path, "demo-served", "--demo", "--source", "chiso",
                                     "--db", str(db))
    try:
        flow_run = run_deployment("xephang-scheduled/demo-served", timeout=600)
        log = (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
        assert flow_run.state is not None and flow_run.state.is_completed(), log
    finally:
        _stop(serve)
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT status, sources FROM crawl_runs").fetchall()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert runs == [("completed", '["chiso"]')]
    assert articles > 0


# -- crawls on two process workers, one loader -----------------------------------------------------


def test_two_process_workers_crawl_and_one_loader_writes(
    prefect_server: PrefectServer, client_settings: None, tmp_path: Path
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    from flows.distributed import CRAWL_DEPLOYMENT, CRAWL_FLOW_NAME
    from flows.sources import list_sources

    pool = "xephang-test-pool"
    created = prefect_server.run(str(VENV_BIN / "prefect"), "work-pool", "create", pool, "--type", "process")
    assert created.returncode == 0, created.stdout + created.stderr
    workers = [
        # --limit 1: a worker runs one crawl at a time, so the queued crawls are shared between both
        prefect_server.spawn(str(VENV_BIN / "prefect"), "worker", "start", "--pool", pool, "--name", f"w{i}",
                             "--limit", "1", log=tmp_path / f"worker{i}.log")
        for i in (1, 2)
    ]
    try:
        deployed = prefect_server.run(sys.executable, "-m", "flows.distributed", "deploy", "--pool", pool)
        assert deployed.returncode == 0, deployed.stdout[-3000:] + deployed.stderr[-3000:]

        feeds = tmp_path / "feeds"
        db = tmp_path / "workers.duckdb"
        # the flows are handed the outlets' addresses; the site is served here, as a user would serve it
        with serve_demo_site() as site:
            base_urls = [f"--base-url={outlet}={url}" for outlet, url in site.outlets.items()]
            ran = prefect_server.run(sys.executable, "-m", "flows.distributed", "run", "--demo",
                                     "--feed-dir", str(feeds), "--db", str(db), *base_urls)
        logs = "".join((tmp_path / f"worker{i}.log").read_text(errors="replace")[-2000:] for i in (1, 2))
        assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:] + logs
        assert all(w.poll() is None for w in workers), logs
    finally:
        for worker in workers:
            _stop(worker)

    # every demo article is in DuckDB, written by the one loader run
    sources = [s.id for s in list_sources(demo=True)]
    with duckdb.connect(str(db), read_only=True) as con:
        titles = {row[0] for row in con.execute("SELECT title FROM articles").fetchall()}
        runs = con.execute("SELECT id, status, sources FROM crawl_runs").fetchall()
    for article in MANIFEST["articles"]:
        assert article["title"] in titles, article["id"]
    assert len(runs) == 1 and runs[0][1] == "completed", runs
    assert sorted(json.loads(runs[0][2])) == sorted(sources)

    # the crawls were flow runs of the deployment on the pool, one per source, all completed
    deployment = _read_deployment(f"{CRAWL_FLOW_NAME}/{CRAWL_DEPLOYMENT}")
    assert deployment is not None and deployment.work_pool_name == pool
    with get_client(sync_client=True) as client:
        flow_runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])))
    assert sorted(r.parameters["source_id"] for r in flow_runs) == sorted(sources)
    assert all(r.state is not None and r.state.is_completed() for r in flow_runs)
    # ... and both workers took some of them
    taken = {
        i: set(re.findall(r"submitting flow run '([0-9a-f-]+)'", (tmp_path / f"worker{i}.log").read_text(errors="replace")))
        for i in (1, 2)
    }
    assert taken[1] | taken[2] == {str(r.id) for r in flow_runs}
    assert taken[1] and taken[2], taken
    # the loader consumed the feeds: loading again finds nothing left to load twice
    assert not list(feeds.glob("*.crawl.json")) and not list((feeds / "loaded").glob("claim-*"))
    assert sorted(p.name for p in (feeds / "loaded" / "run-1").glob("*.crawl.json")) == sorted(
        f"{s}.crawl.json" for s in sources
    )
