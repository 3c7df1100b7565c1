"""`trekmail provision` refuses bad input before any request (exit 2), and reads journals back."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest
import respx
from click.testing import CliRunner

from trekmail_client.cli import _status_line, main
from trekmail_client.provisioning import (
    Journal,
    MailboxSpec,
    OutcomeStatus,
    ProvisionOutcome,
    load_specs,
)
from trekmail_client.provisioning._journal import Entry
from trekmail_client.provisioning._provisioner import ProvisionStats

# Nothing listens here; every case below must stop before connecting.
NOWHERE = ["--base-url", "http://127.0.0.1:9", "--token", "tm_live_sandbox_demo"]


@pytest.fixture
def rows(tmp_path: Path) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text("domain,local_part\nexample.com,alice\nexample.com,bob\n")
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_missing_file(tmp_path: Path) -> None:
    code, out = invoke("provision", str(tmp_path / "nope.csv"), *NOWHERE)
    assert code == 2 and "no such file" in out


def test_unknown_delimiter_is_named(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("domain:local_part\nexample.com:alice\n")
    code, out = invoke("provision", str(path), *NOWHERE)
    assert code == 2 and "':'" in out and "comma, semicolon, tab or pipe" in out


def test_results_path_checked_first(rows: Path, tmp_path: Path) -> None:
    code, out = invoke("provision", str(rows), *NOWHERE, "--results", str(tmp_path / "no/x.jsonl"))
    assert code == 2 and "does not exist" in out
    code, out = invoke("provision", str(rows), *NOWHERE, "--results", str(tmp_path))
    assert code == 2 and "is a folder" in out
    assert not (tmp_path / "rows.csv.journal").exists()  # nothing written either


@pytest.mark.parametrize("option", ["--results", "--journal"])
def test_a_path_that_cannot_be_created_is_refused_up_front(
    rows: Path, tmp_path: Path, option: str
) -> None:
    """The folder exists and its permission bits allow writing (root passes any ``os.access``
    check anyway), but a file of that name cannot be created there: the probe finds it, and
    the command exits 2 naming the path and the fix before anything is sent or written."""
    target = tmp_path / ("r" * 252)  # the name fits; the name of its temporary file does not
    code, out = invoke("provision", str(rows), *NOWHERE, option, str(target))
    assert code == 2, out
    text = " ".join(out.split())
    assert f"{option} {target}" in text
    assert "cannot write the" in text and "pass a path in a folder you can write to" in text
    assert "Traceback" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]  # nothing written


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rows.csv", "domain,local_part,display_name\n"),
        ("rows.csv", "domain;local_part\r\n\r\n"),
        ("rows.jsonl", "\n\n"),
    ],
)
def test_a_file_without_rows_exits_2(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    code, out = invoke("provision", str(path), *NOWHERE)
    assert code == 2, out
    assert "holds no rows to provision" in out
    assert not (tmp_path / f"{name}.journal").exists()


def test_a_long_field_exits_2_by_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("domain,local_part\nexample.com,a\nexample.com," + "b" * 200_000 + "\n")
    code, out = invoke("provision", str(path), *NOWHERE)
    assert code == 2, out
    assert "line 3, column local_part" in " ".join(out.split())
    assert "Traceback" not in out


def test_save_passwords_needs_a_place(rows: Path) -> None:
    code, out = invoke("provision", str(rows), *NOWHERE, "--save-passwords", "--no-journal")
    assert code == 2 and "--save-passwords needs somewhere" in out


def test_missing_token(rows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TREKMAIL_API_TOKEN", raising=False)
    code, out = invoke("provision", str(rows), "--base-url", "http://127.0.0.1:9")
    assert code == 2 and "no ops token" in out


def test_journal_of_another_input_is_refused(rows: Path, tmp_path: Path) -> None:
    journal = tmp_path / "j"
    with Journal.open(journal) as book:
        settings = {"mode": "bulk", "namespace": "trekmail-provision", "app_passwords": "false"}
        book.bind([MailboxSpec("example.com", "carol")], settings)
    code, out = invoke("provision", str(rows), *NOWHERE, "--journal", str(journal))
    assert code == 2 and "another version of the input" in out
    code, out = invoke(
        "provision", str(rows), *NOWHERE, "--journal", str(journal), "--mode", "single"
    )
    assert code == 2 and "--mode bulk" in out


def test_journal_that_is_not_one(rows: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_text("not a database, just text that is long enough to be read " * 20)
    code, out = invoke("provision", str(rows), *NOWHERE, "--journal", str(junk))
    assert code == 2 and "not a provisioning journal" in out


def recorded_journal(path: Path) -> None:
    specs = [MailboxSpec("example.com", "alice", line=2), MailboxSpec("example.com", "bob", line=3)]
    with Journal.open(path) as book:
        book.bind(specs, {"mode": "single", "namespace": "n", "app_passwords": "false"})
        done = ProvisionOutcome(
            specs[0], OutcomeStatus.CREATED, mailbox_id=7, one_time_password="Secret123abc"
        )
        book.record([Entry(0, done, "created", 1)], save_passwords=True)


def test_status_and_export(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    recorded_journal(journal)
    assert stat.S_IMODE(os.stat(journal).st_mode) == 0o600
    code, out = invoke("provision", "status", str(journal))
    assert code == 1  # one row left to do
    assert "pending" in out and "passwords recorded" in out
    code, out = invoke("provision", "export", str(journal), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["state"] for r in records] == ["created", "pending"]
    assert "Secret123abc" not in out
    target = tmp_path / "out.csv"
    code, out = invoke(
        "provision",
        "export",
        str(journal),
        "--format",
        "csv",
        "-o",
        str(target),
        "--include-passwords",
    )
    assert code == 0
    assert "Secret123abc" in target.read_text()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_status_of_a_missing_journal(tmp_path: Path) -> None:
    code, out = invoke("provision", "status", str(tmp_path / "none"))
    assert code == 2 and "no such journal" in out


def test_plain_progress_line_shows_rate_eta_and_waits() -> None:
    stats = ProvisionStats(total=1000, skipped=100, done=300, requests=320, rate_limited=4)
    stats.started = time.monotonic() - 60.0
    stats.waiting_until = time.monotonic() + 30.0
    line = _status_line(stats)
    assert "400/1,000 rows (40%)" in line
    assert "5.0 rows/s" in line
    assert "ETA 2m00s" in line
    assert "4 answered 429" in line
    assert "waiting 30 s for the rate limit" in line or "waiting 29 s" in line


def test_a_journal_in_use_is_refused(rows: Path, tmp_path: Path) -> None:
    journal = tmp_path / "j"
    with Journal.open(journal):
        code, out = invoke("provision", str(rows), *NOWHERE, "--journal", str(journal))
        assert code == 2 and "in use by another run" in out
        code, out = invoke("provision", "status", str(journal))  # readers take no lock
        assert "in use" not in out


def special_files(tmp_path: Path) -> list[Path]:
    """A FIFO and, for root (who can open it), the device /dev/full."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return [fifo, Path("/dev/full")] if os.geteuid() == 0 else [fifo]


def test_results_that_is_not_a_regular_file_is_refused(rows: Path, tmp_path: Path) -> None:
    """A device or a FIFO would be replaced by the rename of the temporary file: exit 2
    naming the path and the fix, before anything is sent or written; the file stays."""
    for target in special_files(tmp_path):
        before = os.stat(target)
        code, out = invoke("provision", str(rows), *NOWHERE, "--results", str(target))
        text = " ".join(out.split())
        assert code == 2, out
        assert f"--results {target}" in text
        assert "not a regular file; pass a path to a regular file" in text
        after = os.stat(target)
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
        assert not (tmp_path / "rows.csv.journal").exists()
    code, out = invoke("provision", str(rows), *NOWHERE, "--journal", str(tmp_path / "fifo"))
    assert code == 2 and "not a regular file" in out


def test_export_to_a_special_file_is_refused_and_a_symlink_is_followed(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    recorded_journal(journal)
    for target in special_files(tmp_path):
        code, out = invoke("provision", "export", str(journal), "-o", str(target))
        assert code == 2, out
        assert "not a regular file; pass a path to a regular file" in " ".join(out.split())
        assert not stat.S_ISREG(os.stat(target).st_mode)
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, out = invoke("provision", "export", str(journal), "-o", str(link))
    assert code == 0, out
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert [json.loads(line)["state"] for line in real.read_text().splitlines()] == [
        "created",
        "pending",
    ]
    for part in (journal, tmp_path / "j-wal", tmp_path / "j.lock"):
        code, out = invoke("provision", "export", str(journal), "-o", str(part))
        assert code == 2 and "would destroy the journal" in " ".join(out.split()), out
    assert Journal.open(journal, create=False).rows()[0].state == "created"


def test_results_or_journal_naming_the_input_or_the_journal_is_refused(
    rows: Path, tmp_path: Path
) -> None:
    """--results equal to the input or to a journal file, --journal equal to the input:
    exit 2 before anything is written; compared after resolving symlinks."""
    original = rows.read_text()
    alias = tmp_path / "alias.csv"
    alias.symlink_to(rows)
    journal = tmp_path / "run.journal"
    cases = [
        (["--results", str(rows)], "is the input file"),
        (["--results", str(alias)], "is the input file"),
        (["--results", str(tmp_path / "." / "rows.csv")], "is the input file"),
        (["--journal", str(alias)], "is the input file"),
        (["--journal", str(journal), "--results", str(journal)], "is the journal's file"),
        (["--journal", str(journal), "--results", f"{journal}-wal"], "is the journal's file"),
        (["--journal", str(journal), "--results", f"{journal}-shm"], "is the journal's file"),
        (["--journal", str(journal), "--results", f"{journal}.lock"], "is the journal's file"),
        (["--results", str(tmp_path / "rows.csv.journal")], "is the journal's file"),
    ]
    for extra, needle in cases:
        code, out = invoke("provision", str(rows), *NOWHERE, *extra)
        text = " ".join(out.split())
        assert code == 2, (extra, out)
        assert needle in text and "pass another" in text, (extra, out)
    assert rows.read_text() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alias.csv", "rows.csv"]


def test_a_journal_created_by_a_run_that_sent_nothing_is_removed(
    rows: Path, tmp_path: Path
) -> None:
    """Nothing answers at the URL: exit 2, and the journal this run created (every row
    pending) goes with its -wal, -shm and lock files; a journal from an earlier run stays."""
    code, out = invoke("provision", str(rows), *NOWHERE)
    assert code == 2 and "nothing was sent" in " ".join(out.split()), out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]

    earlier = tmp_path / "earlier.journal"
    with Journal.open(earlier) as book:
        settings = {"mode": "bulk", "namespace": "trekmail-provision", "app_passwords": "false"}
        book.bind(load_specs(rows), settings)
    code, out = invoke("provision", str(rows), *NOWHERE, "--journal", str(earlier))
    assert code == 2, out
    with Journal.open(earlier, create=False) as book:
        assert [row.state for row in book.rows()] == ["pending", "pending"]


def test_status_of_a_file_that_is_not_a_journal_names_the_fix(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_text("not a database, just text that is long enough to be read " * 20)
    code, out = invoke("provision", "status", str(junk))
    text = " ".join(out.split())
    assert code == 2 and "not a provisioning journal" in text
    assert "pass the journal file's path" in text and "--journal" not in text


def test_an_empty_jsonl_file_gets_a_jsonl_example(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n")
    code, out = invoke("provision", str(path), *NOWHERE)
    text = " ".join(out.split())
    assert code == 2 and '{"domain": "example.com", "local_part": "alice"}' in text, out
    assert "example.com,alice" not in text


@respx.mock
def test_a_domain_listing_answering_405_exits_2_naming_the_base_url(
    rows: Path, tmp_path: Path
) -> None:
    """405 on the domain listing (a base URL whose path takes no GET) is a configuration
    error like 404: exit 2 naming the URL and the fix, one request (not retried), no
    results file."""
    route = respx.get("http://trekmail.test/x/api/v1/domains").respond(
        405, json={"error": {"code": "method_not_allowed", "message": "Method not allowed."}}
    )
    results = tmp_path / "out.jsonl"
    code, out = invoke(
        *("provision", str(rows), "--base-url", "http://trekmail.test/x"),
        *("--token", "tm_live_sandbox_demo", "--results", str(results), "--no-journal"),
    )
    text = " ".join(out.split())
    assert code == 2, text
    assert "the domain listing at URL http://trekmail.test/x answered 405" in text
    assert "method_not_allowed" in text and "check --base-url" in text
    assert "nothing was sent" in text and "domain_lookup_failed" not in text
    assert route.call_count == 1
    assert not results.exists()


def test_results_in_a_folder_that_holds_no_new_files_names_that(rows: Path) -> None:
    """/proc exists but no file can be created in it (creating one answers ENOENT): the
    message says the folder cannot hold a new file, not that a folder is missing."""
    if not Path("/proc/version").is_file():
        pytest.skip("needs Linux /proc")
    code, out = invoke("provision", str(rows), *NOWHERE, "--results", "/proc/version")
    text = " ".join(out.split())
    assert code == 2, text
    assert "--results /proc/version: cannot write the results there" in text
    assert "the folder /proc cannot hold a new file" in text
    assert "No such file or directory" not in text and "does not exist" not in text
    assert "pass a path in a folder you can write to" in text
