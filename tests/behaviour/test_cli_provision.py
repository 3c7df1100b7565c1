"""`trekmail provision` end to end against the sandbox: results file, exit codes, progress."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from trekmail_client.cli import main
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox


def write_rows(path: Path, count: int) -> None:
    lines = ["domain,local_part,display_name"]
    lines += [f"example.com,cli{i:03d},Cli {i}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n")


def provision(sb: Sandbox, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["provision", *args, "--base-url", sb.url, "--token", DEMO_OPS_TOKEN],
    )
    return result.exit_code, result.output


def test_results_hold_passwords_privately(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sb = make_sandbox()
    rows, results = tmp_path / "rows.csv", tmp_path / "out.jsonl"
    write_rows(rows, 12)
    code, out = provision(
        sb, str(rows), "--mode", "single", "--save-passwords", "--results", str(results)
    )
    assert code == 0, out
    assert stat.S_IMODE(os.stat(results).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "rows.csv.journal").st_mode) == 0o600
    truth = {mb.email: mb.password for mb in sb.state.mailboxes.values()}
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    assert {line["address"]: line["one_time_password"] for line in lines} == truth
    # Off a terminal, progress comes as plain lines with rows, rate and ETA.
    assert "progress: 12/12 rows (100%)" in out and "rows/s" in out and "ETA" in out
    assert "HTTP requests" in out and "answered 429" in out and "retries" in out


def test_results_without_passwords_are_not_private(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sb = make_sandbox()
    rows, results = tmp_path / "rows.csv", tmp_path / "out.jsonl"
    write_rows(rows, 3)
    code, out = provision(sb, str(rows), "--results", str(results), "--no-journal")
    assert code == 0, out
    assert "one_time_password" not in results.read_text()
    assert not (tmp_path / "rows.csv.journal").exists()


def test_a_display_name_left_unset_fails_the_run(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sb = make_sandbox()
    sb.state.faults.enqueue("503", path="/api/v1/mailboxes/*", method="PATCH", times=10_000)
    rows = tmp_path / "rows.csv"
    write_rows(rows, 3)
    code, out = provision(sb, str(rows), "--mode", "bulk", "--max-attempts", "2")
    assert code == 1, out
    assert "display_name_not_set" in out
    sb.state.faults.clear()
    code, out = provision(sb, str(rows), "--mode", "bulk")
    assert code == 0, out
    assert {mb.display_name for mb in sb.state.mailboxes.values()} == {"Cli 0", "Cli 1", "Cli 2"}
