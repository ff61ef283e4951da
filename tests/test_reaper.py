"""xephang/reaper.py: serve adopts the orphans its runs leave and waits for them (real processes; CI is Linux)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.fixtures_warehouse import REPO

# A process that leaves an orphan behind (its child exits at once, the grandchild sleeps on), then reaps.
_SCRIPT = textwrap.dedent("""
    import json, os, subprocess, sys, time
    from xephang.reaper import become_subreaper, children, reap_children
    sleep_s, limit_s, adopt = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "adopt"
    if adopt:
        assert become_subreaper()
    subprocess.run(["sh", "-c", f"sleep {sleep_s} & echo $! > orphan.pid"], check=True)
    time.sleep(0.3)  # the orphan has been re-parented by now
    orphan = int(open("orphan.pid").read())
    adopted = orphan in children()
    started = time.monotonic()
    killed = reap_children(limit_s)
    waited = time.monotonic() - started
    alive = os.path.exists(f"/proc/{orphan}") and open(f"/proc/{orphan}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    print(json.dumps({"adopted": adopted, "killed": killed == [orphan], "alive": alive, "waited": waited}))
""")


def _run(tmp_path: Path, *args: str) -> dict:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _SCRIPT, *args], cwd=tmp_path, capture_output=True, text=True,
                         timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_an_orphan_is_adopted_and_waited_for(tmp_path: Path) -> None:
    got = _run(tmp_path, "1.5", "20", "adopt")
    assert got["adopted"] and not got["alive"] and not got["killed"]
    assert got["waited"] >= 0.8  # it waited for the orphan's sleep to end, not for the limit


def test_an_orphan_still_running_at_the_limit_is_killed(tmp_path: Path) -> None:
    got = _run(tmp_path, "60", "1", "adopt")
    assert got["adopted"] and got["killed"] and not got["alive"]


def test_without_adoption_the_orphan_outlives_its_parent(tmp_path: Path) -> None:
    """What serve did before: the orphan belongs to init, so nothing waits for it."""
    got = _run(tmp_path, "3", "20", "no")
    assert not got["adopted"] and got["alive"]
