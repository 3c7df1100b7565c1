"""`trekmail provision` killed or stopped mid-run, then run again: nothing lost, nothing twice.

The command runs as a subprocess against a sandbox in this process. From the nth mailbox
create on, the sandbox holds every create for a few seconds (SIGKILL: after carrying it out,
before answering; SIGTERM/SIGINT: before carrying it out), so the run is still going when the
test acts; the test acts on an observed condition (mailboxes on the server, requests seen),
not after a sleep. The SIGKILL lands between the server's commit and the client's journal
commit, so the re-run gets replays with the passwords redacted, and sets and records new ones.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

ROWS = 120
HOLD_FROM = 40  # the create from which the sandbox holds requests
HOLD_SECONDS = 3.0


def write_rows(path: Path) -> list[str]:
    lines = ["domain,local_part,display_name"]
    lines += [f"example.com,kill{i:04d},Kill {i}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n")
    return [f"kill{i:04d}@example.com" for i in range(ROWS)]


def command(sb: Sandbox, rows: Path, journal: Path, mode: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "trekmail_client.cli",
        "provision",
        str(rows),
        "--base-url",
        sb.url,
        "--mode",
        mode,
        "--batch-size",
        "5",
        "--concurrency",
        "4",
        "--journal",
        str(journal),
        "--save-passwords",
        "--progress-interval",
        "0.5",
    ]


def finished_rows(journal: Path) -> int:
    """Rows the journal shows as finished (0 while it does not exist yet)."""
    if not journal.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5) as db:
            (count,) = db.execute(
                "SELECT COUNT(*) FROM rows WHERE state IN ('created', 'already_existed')"
            ).fetchone()
    except sqlite3.OperationalError:  # not created yet
        return 0
    return int(count)


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    """Poll ``condition`` (bounded: 120 s) while ``proc`` runs; fail if it ends first."""
    deadline = time.monotonic() + 120
    while not condition():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached the condition"
        time.sleep(0.02)


def journal_rows(journal: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(journal) as db:
        return db.execute("SELECT address, state, one_time_password FROM rows").fetchall()


def env() -> dict[str, str]:
    return {**os.environ, "TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN}


def rerun_and_check(sb: Sandbox, rows: Path, journal: Path, mode: str, expected: list[str]) -> str:
    """Run the same command again; check the end state; return its standard error."""
    sb.state.faults.clear()
    done = subprocess.run(command(sb, rows, journal, mode), env=env(), capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    listed = Counter(mb.email for mb in sb.state.mailboxes.values())
    assert sorted(listed) == sorted(expected)  # no row lost
    assert max(listed.values()) == 1  # no duplicate
    truth = {mb.email: mb.password for mb in sb.state.mailboxes.values()}
    recorded = journal_rows(journal)
    assert {state for _, state, _ in recorded} == {"created"}
    assert {address: password for address, _, password in recorded} == truth
    names = {mb.email: mb.display_name for mb in sb.state.mailboxes.values()}
    assert all(name == f"Kill {int(a[4:8])}" for a, name in names.items())
    return done.stderr.decode()


@pytest.mark.parametrize("mode", ["single", "bulk"])
def test_sigkill_then_rerun_loses_nothing_and_duplicates_nothing(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, mode: str
) -> None:
    sb = make_sandbox()
    path = "/api/v1/mailboxes:bulk" if mode == "bulk" else "/api/v1/mailboxes"
    nth = HOLD_FROM if mode == "single" else HOLD_FROM // 5
    sb.state.faults.enqueue(
        f"slow-after-commit:{HOLD_SECONDS}", path=path, method="POST", nth=nth, times=999
    )
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    expected = write_rows(rows)
    proc = subprocess.Popen(command(sb, rows, journal, mode), env=env(), stderr=subprocess.PIPE)
    # Kill when all four workers wait for answers to creates the server has carried out.
    per_request = 5 if mode == "bulk" else 1
    wait_for(lambda: len(sb.state.mailboxes) >= (nth + 3) * per_request, proc)
    proc.kill()
    assert proc.wait() == -signal.SIGKILL
    assert finished_rows(journal) < ROWS
    err = rerun_and_check(sb, rows, journal, mode, expected)
    # Those answers (and their one-time passwords) were lost: new ones were set and recorded.
    assert "passwords replaced" in err


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
def test_signal_ends_the_run_cleanly_and_the_rerun_finishes(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, signum: int, code: int
) -> None:
    sb = make_sandbox()
    held = sb.state.faults.enqueue(
        f"slow:{HOLD_SECONDS}", path="/api/v1/mailboxes", method="POST", nth=HOLD_FROM, times=999
    )
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    expected = write_rows(rows)
    argv = [*command(sb, rows, journal, "single"), "--grace", "120"]
    proc = subprocess.Popen(argv, env=env(), stderr=subprocess.PIPE)
    wait_for(lambda: held.seen >= HOLD_FROM + 3, proc)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err.decode()
    assert b"run the same command again" in b" ".join(err.split())
    recorded = journal_rows(journal)
    states = Counter(state for _, state, _ in recorded)
    # The held requests were given time to finish: nothing is left in flight.
    assert set(states) <= {"created", "pending"}, states
    assert 0 < states["created"] < ROWS
    assert all(password for _, state, password in recorded if state == "created")
    rerun_and_check(sb, rows, journal, "single", expected)
