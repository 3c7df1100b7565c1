"""`trekmail provision` where a new user meets it (a review's findings), against the sandbox:
a failed domain lookup, unwritable outputs, bad local parts, final refusals, an unreachable
URL, and a second signal during the domain lookup."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from trekmail_client.cli import main
from trekmail_client.provisioning import Journal
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox


def provision(url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["provision", *args, "--base-url", url])
    return result.exit_code, " ".join(result.output.split())


def env() -> dict[str, str]:
    return {**os.environ, "TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN}


@pytest.fixture(autouse=True)
def _token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREKMAIL_API_TOKEN", DEMO_OPS_TOKEN)


def results_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.parametrize(
    ("budget", "named"),
    [
        (["--retry-deadline", "0"], "--retry-deadline 0 s"),
        (["--max-retries", "0"], "--max-retries 0"),
    ],
)
def test_a_failed_domain_lookup_fails_every_row_and_writes_the_results(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, budget: list[str], named: str
) -> None:
    """The outage outlasts the budget while the domains are listed: nothing is sent, every
    row gets ``domain_lookup_failed`` naming the budget (a bad row keeps its own code), the
    results file is written, exit 1; the same command later sends them."""
    sb = make_sandbox()
    sb.state.faults.enqueue("503", path="/api/v1/domains", method="GET", times=10_000)
    rows, results = tmp_path / "rows.csv", tmp_path / "out.jsonl"
    rows.write_text("domain,local_part\nexample.com,ann\nexample.com,Ben\nexample.net,cat\n")
    code, out = provision(sb.url, str(rows), *budget, "--results", str(results))
    assert code == 1, out
    lines = results_of(results)
    assert [line["code"] for line in lines] == [
        "domain_lookup_failed",
        "invalid_row",
        "domain_lookup_failed",
    ]
    for line in (lines[0], lines[2]):
        message = str(line["message"])
        assert line["status"] == "failed"
        assert named in message and "domains could not be listed" in message
        assert "--retry-deadline or --max-retries" in message
    assert sb.state.mailboxes == {}
    assert "domain_lookup_failed" in out

    sb.state.faults.clear()
    code, out = provision(sb.url, str(rows), "--results", str(results))
    assert code == 1, out  # the row with capitals stays invalid
    assert sorted(mb.email for mb in sb.state.mailboxes.values()) == [
        "ann@example.com",
        "cat@example.net",
    ]
    assert [line["status"] for line in results_of(results)] == ["created", "failed", "created"]


@pytest.fixture
def locked_folder(tmp_path: Path) -> Path:
    """A folder where this user cannot create a file: a read-only one (mode 0555), or, for
    root, whom no permission bit stops (``os.access`` says yes to everything), sysfs, where
    nobody can create a regular file."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        return locked
    locked = Path("/sys/kernel")
    try:
        os.close(os.open(locked / "trekmail-probe", os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError:
        return locked
    pytest.skip("no folder on this machine refuses root a new file")


def test_a_failed_domain_lookup_leaves_rows_sent_before_as_they_were(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """A row an earlier run sent (in flight: it may exist) is not reported failed when the
    lookup fails: ``unknown`` with ``domain_lookup_failed``, still in flight in the journal;
    the next run sends it with its recorded key and the server replays."""
    sb = make_sandbox()
    rows, journal, results = tmp_path / "rows.csv", tmp_path / "j", tmp_path / "out.jsonl"
    rows.write_text("domain,local_part\nexample.com,ann\nexample.com,bob\n")
    args = [str(rows), "--mode", "single", "--journal", str(journal), "--results", str(results)]
    sb.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes", method="POST", nth=1)
    sb.state.faults.enqueue("503", path="/api/v1/mailboxes", method="POST", times=10_000)
    sb.state.faults.enqueue("503", path="/api/v1/mailboxes", method="GET", times=10_000)
    code, out = provision(sb.url, *args, "--max-retries", "1", "--concurrency", "1")
    assert code == 1, out
    with sqlite3.connect(journal) as db:
        states = db.execute("SELECT state FROM rows ORDER BY idx").fetchall()
    assert states[0] == ("in_flight",)  # created, but every answer and the read-back failed
    assert len(sb.state.mailboxes) == 1

    sb.state.faults.clear()
    sb.state.faults.enqueue("503", path="/api/v1/domains", method="GET", times=10_000)
    code, out = provision(sb.url, *args, "--max-retries", "0")
    assert code == 1, out
    lines = results_of(results)
    assert [(line["status"], line["code"]) for line in lines] == [
        ("unknown", "domain_lookup_failed"),
        ("failed", "domain_lookup_failed"),
    ]
    assert "may exist: an earlier run sent it" in str(lines[0]["message"])
    with sqlite3.connect(journal) as db:
        assert db.execute("SELECT state FROM rows WHERE idx = 0").fetchone() == ("in_flight",)

    sb.state.faults.clear()
    code, out = provision(sb.url, *args)
    assert code == 0, out
    assert sorted(mb.email for mb in sb.state.mailboxes.values()) == [
        "ann@example.com",
        "bob@example.com",
    ]


def test_an_unwritable_folder_is_refused_before_any_request(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, locked_folder: Path
) -> None:
    """--results or --journal in a folder where no file can be created: exit 2 naming the
    path, the reason and the fix; nothing is sent and nothing is written."""
    sb = make_sandbox()
    rows = tmp_path / "rows.csv"
    rows.write_text("domain,local_part\nexample.com,ro\n")
    writable = tmp_path / "writable"
    writable.mkdir()
    for option, other in (("--results", "--journal"), ("--journal", "--results")):
        target = locked_folder / "out"
        argv = [
            *(sys.executable, "-m", "trekmail_client.cli", "provision", str(rows)),
            *("--base-url", sb.url, option, str(target), other, str(writable / "x")),
        ]
        done = subprocess.run(argv, env=env(), capture_output=True)
        err = " ".join(done.stderr.decode().split())
        assert done.returncode == 2, err
        assert f"{option} {target}: cannot write the" in err and "Permission denied" in err
        assert "pass a path in a folder you can write to" in err
        assert "Traceback" not in err
        assert not target.exists()
    assert sb.state.requests == 0
    assert list(writable.iterdir()) == []


@pytest.mark.parametrize("mode", ["single", "bulk"])
def test_rows_refused_with_422_are_final_but_a_full_pool_is_not(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, mode: str
) -> None:
    """A local part the server refuses (422 ``validation_error``) is journalled as final: the
    same command sends nothing for it again. A row refused for ``storage_pool_exceeded`` is
    sent again, and goes through once the pool has room."""
    sb = make_sandbox(pool_mb=100)
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    rows.write_text(
        "domain,local_part,storage_allocation_mb\n"
        "example.com,good,\n"
        "example.com,-bad,\n"  # no leading hyphen: the API's rule, not checked client-side
        "example.com,big,500\n"
    )
    args = [str(rows), "--mode", mode, "--journal", str(journal), "--batch-size", "1"]
    code, out = provision(sb.url, *args)
    assert code == 1, out
    with sqlite3.connect(journal) as db:
        recorded = db.execute("SELECT address, state, code, final FROM rows ORDER BY idx")
        assert recorded.fetchall() == [
            ("good@example.com", "created", None, 0),
            ("-bad@example.com", "failed", "validation_error", 1),
            ("big@example.com", "failed", "storage_pool_exceeded", 0),
        ]
    path = "/api/v1/mailboxes:bulk" if mode == "bulk" else "/api/v1/mailboxes"
    creates = sb.state.faults.enqueue("slow:0", path=path, method="POST", times=99)  # a count
    code, out = provision(sb.url, *args)
    assert code == 1, out
    assert "resuming" in out and "1 to do" in out
    assert creates.seen == 1  # the pool-refused row again; nothing for the final row
    status = CliRunner().invoke(main, ["provision", "status", str(journal)])
    assert status.exit_code == 1  # a failed row
    assert "left to do" in status.output and " 1 " in status.output.split("left to do")[1]


def test_an_older_journal_gets_the_final_column(tmp_path: Path) -> None:
    """A journal written before ``final`` existed opens, its rows read back as not final."""
    path = tmp_path / "old.journal"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE rows (idx INTEGER PRIMARY KEY, line INTEGER, address TEXT, "
            "fingerprint TEXT NOT NULL, state TEXT NOT NULL, idempotency_key TEXT, "
            "batch_key TEXT, attempts INTEGER NOT NULL DEFAULT 0, runs INTEGER NOT NULL "
            "DEFAULT 0, code TEXT, message TEXT, mailbox_id INTEGER, replayed INTEGER NOT NULL "
            "DEFAULT 0, display_name_done INTEGER NOT NULL DEFAULT 0, password_lost INTEGER "
            "NOT NULL DEFAULT 0, pending_password TEXT, one_time_password TEXT, "
            "app_password TEXT, updated_at REAL);"
            "INSERT INTO meta VALUES ('mode', 'single');"
            "INSERT INTO rows (idx, line, address, fingerprint, state, code) VALUES "
            "(0, 2, 'a@example.com', 'f', 'failed', 'validation_error');"
        )
    with Journal.open(path) as book:
        (row,) = book.rows()
    assert row.final is False and not row.finished  # refused before: sent once more
    code = CliRunner().invoke(main, ["provision", "export", str(path)])
    assert code.exit_code == 0 and json.loads(code.output)["final"] is False


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_an_unreachable_url_exits_2_without_spending_the_budget(
    tmp_path: Path, backend: str
) -> None:
    """Connection refused on the first request: exit 2 naming the URL, at once, though the
    budget would allow retrying for ten minutes; the journal shows nothing was sent."""
    url = f"http://127.0.0.1:{closed_port()}"
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    rows.write_text("domain,local_part\nexample.com,ann\n")
    code, out = provision(
        url,
        *(str(rows), "--retry-deadline", "600", "--journal", str(journal), "--mode", "single"),
        *("--http-backend", backend),
    )
    assert code == 2, out
    assert f"cannot reach URL {url}" in out and "check --base-url" in out
    assert "nothing was sent" in out
    # The journal this run created recorded no send: it is removed with its side files, so
    # that ``status`` does not report a row left to do.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]


def stderr_lines(proc: subprocess.Popen[bytes]) -> queue.Queue[str]:
    """The process's standard error, line by line, read by a thread."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            lines.put(raw.decode(errors="replace"))
        lines.put("")  # the end

    threading.Thread(target=read, daemon=True).start()
    return lines


def wait_for_line(lines: queue.Queue[str], needle: str) -> list[str]:
    """Lines up to the first holding ``needle`` (bounded: 60 s per line); fail at the end."""
    seen: list[str] = []
    while True:
        line = lines.get(timeout=60)
        assert line, f"the command ended before printing {needle!r}: {''.join(seen)}"
        seen.append(line)
        if needle in line:
            return seen


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_a_second_signal_during_the_domain_lookup_ends_the_run(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, signum: int, code: int
) -> None:
    """The sandbox holds the domain listing for two minutes; the first signal asks to stop
    (the lookup would get --grace 300 s), the second cancels the lookup: the command ends with
    130/143 and the journal keeps every row to do."""
    sb = make_sandbox()
    held = sb.state.faults.enqueue("slow:120", path="/api/v1/domains", method="GET", times=99)
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    rows.write_text("domain,local_part\nexample.com,ann\nexample.com,bob\n")
    argv = [
        *(sys.executable, "-m", "trekmail_client.cli", "provision", str(rows)),
        *("--base-url", sb.url, "--journal", str(journal), "--grace", "300"),
    ]
    proc = subprocess.Popen(argv, env=env(), stderr=subprocess.PIPE)
    try:
        lines = stderr_lines(proc)
        wait_for_line(lines, "provisioning rows.csv")  # the handlers are in place
        deadline = time.monotonic() + 60
        while held.seen < 1:  # the listing is under way
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        name = signal.Signals(signum).name
        proc.send_signal(signum)
        wait_for_line(lines, f"{name}: stopping")
        proc.send_signal(signum)
        assert proc.wait(timeout=25) == code
        rest = []
        while (line := lines.get(timeout=10)) != "":
            rest.append(line)
        text = " ".join("".join(rest).split())
        assert f"interrupted by {name}" in text and "run the same command again" in text
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with Journal.open(journal, create=False) as book:
        assert [row.state for row in book.rows()] == ["pending", "pending"]
    assert sb.state.mailboxes == {}


def test_results_through_a_symlink_write_its_target_and_keep_the_link(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """--results naming a symlink: the results go to the file it points to (written whole),
    the link stays a link."""
    sb = make_sandbox()
    rows, real, link = tmp_path / "rows.csv", tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    rows.write_text("domain,local_part\nexample.com,ann\n")
    link.symlink_to(real)  # dangling: the target is created
    code, out = provision(sb.url, str(rows), "--results", str(link))
    assert code == 0, out
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert [line["status"] for line in results_of(real)] == ["created"]


def test_save_passwords_on_a_journal_written_without_them_is_refused(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """A journal written without --save-passwords holds no password for the rows it
    finished: resuming it with --save-passwords exits 2 naming the option and the fix, and
    sends nothing; resuming without goes on."""
    sb = make_sandbox()
    rows, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    rows.write_text("domain,local_part\nexample.com,ann\nexample.com,-bad\n")
    args = [str(rows), "--journal", str(journal), "--mode", "single"]
    code, out = provision(sb.url, *args)
    assert code == 1, out  # -bad is refused by the API
    sent = sb.state.requests
    code, out = provision(sb.url, *args, "--save-passwords")
    assert code == 2, out
    assert "was written without --save-passwords" in out
    assert "resume without --save-passwords, or pass a new --journal path" in out
    assert sb.state.requests == sent
    code, out = provision(sb.url, *args)
    assert code == 1 and "resuming" in out, out

    saved = tmp_path / "saved.journal"
    code, out = provision(sb.url, str(rows), "--journal", str(saved), "--save-passwords")
    assert code == 1, out
    code, out = provision(sb.url, str(rows), "--journal", str(saved))
    assert code == 1 and "was written with --save-passwords" in out, out


def test_a_base_url_with_a_wrong_path_exits_2_naming_the_fix(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """A base URL with a path under it makes the domain listing 404 ``route_not_found``: a
    configuration error (exit 2 naming the URL and the fix), not an outage that fails every
    row as ``domain_lookup_failed``; nothing is sent, no results claim failed rows, and the
    journal this run created is removed."""
    sb = make_sandbox()
    rows, results = tmp_path / "rows.csv", tmp_path / "out.jsonl"
    rows.write_text("domain,local_part\nexample.com,ann\nexample.com,bob\n")
    url = f"{sb.url}/sub"
    code, out = provision(url, str(rows), "--results", str(results), "--retry-deadline", "600")
    assert code == 2, out
    assert f"the domain listing at URL {url} answered 404 (route_not_found" in out
    assert "check --base-url" in out and "the API's root, e.g. https://trekmail.net" in out
    assert "nothing was sent" in out
    assert "domain_lookup_failed" not in out
    assert not results.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]
    assert sb.state.mailboxes == {}
    # A listing that fails with a 5xx stays an outage: domain_lookup_failed, exit 1.
    sb.state.faults.enqueue("503", path="/api/v1/domains", method="GET", times=10_000)
    code, out = provision(sb.url, str(rows), "--results", str(results), "--max-retries", "0")
    assert code == 1 and "domain_lookup_failed" in out, out
