"""A ``check --jobs 2`` run killed outright (``kill -9``, as the OOM killer does) leaves no worker
behind: each worker looks every ``PARENT_CHECK`` seconds whether the command that started it is
still there (factcheck/cli/pool.py).  Before, a worker forked after another held that one's end of
its pipe, and workers waited for ever."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.cli.pool import PARENT_CHECK

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.exists():
            found |= {int(c) for c in children.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_killing_the_command_stops_its_workers(tmp_path: Path, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    paths = []
    for n in range(400):  # enough seed copies that the run is still going when it is killed
        path = tmp_path / f"article-{n:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    command = [sys.executable, "-m", "factcheck", "check", "--jobs", "2", "-q", "-f", "json", *paths]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        workers |= _children(run.pid)
        time.sleep(0.1)
    assert run.poll() is None and len(workers) >= 2, "the run ended before its workers were seen"
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10 * PARENT_CHECK + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []
