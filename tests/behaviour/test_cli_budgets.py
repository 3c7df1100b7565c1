"""`trekmail provision --retry-deadline / --max-retries / --max-attempts`: bad values are
refused before any request, and good ones reach the run (against the sandbox)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from trekmail_client.cli import main
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox


def _rows(path: Path, count: int) -> Path:
    lines = ["domain,local_part"] + [f"example.com,budget{i:03d}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _provision(sb: Sandbox, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["provision", *args, "--base-url", sb.url, "--token", DEMO_OPS_TOKEN]
    )
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("option", "value", "example"),
    [
        ("--retry-deadline", "-1", "--retry-deadline 180"),
        ("--retry-deadline", "nan", "--retry-deadline 180"),
        ("--retry-deadline", "inf", "--retry-deadline 180"),
        ("--retry-deadline", "soon", "--retry-deadline 180"),
        ("--max-retries", "-1", "--max-retries 50"),
        ("--max-retries", "2.5", "--max-retries 50"),
        ("--max-retries", "20000", "--max-retries 50"),
        ("--max-attempts", "0", "--max-attempts 51"),
    ],
)
def test_a_bad_budget_exits_2_before_any_request(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, option: str, value: str, example: str
) -> None:
    sb = make_sandbox()
    code, out = _provision(sb, str(_rows(tmp_path / "rows.csv", 2)), option, value)
    assert code == 2, out
    assert f"Invalid value for '{option}'" in out  # the option
    assert repr(value) in out and example in out  # the value's problem and the fix
    assert sb.state.requests == 0  # nothing was sent
    assert not (tmp_path / "rows.csv.journal").exists()


@pytest.mark.parametrize(("retries", "attempts"), [("3", "3"), ("3", "4")])
def test_max_retries_with_max_attempts_exits_2_naming_both(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, retries: str, attempts: str
) -> None:
    """Both set the same budget: refused even when they agree (3 retries = 4 attempts)."""
    sb = make_sandbox()
    rows = str(_rows(tmp_path / "rows.csv", 2))
    code, out = _provision(sb, rows, "--max-retries", retries, "--max-attempts", attempts)
    assert code == 2, out
    assert f"--max-retries {retries} and --max-attempts {attempts}" in out
    assert "pass only one of them" in out
    assert sb.state.requests == 0
    assert not (tmp_path / "rows.csv.journal").exists()


def test_max_retries_0_fails_each_row_after_one_send(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """Every create answered 503: with --max-retries 0 each row is sent once, fails naming
    the budget, and the run exits 1."""
    sb = make_sandbox()
    sb.state.faults.enqueue("503", path="/api/v1/mailboxes", method="POST", times=10_000)
    results = tmp_path / "out.jsonl"
    code, out = _provision(
        sb,
        str(_rows(tmp_path / "rows.csv", 4)),
        "--mode",
        "single",
        "--max-retries",
        "0",
        "--results",
        str(results),
    )
    assert code == 1, out
    assert sb.state.requests == 1 + 4  # the domain listing, then one send per row
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    assert [line["status"] for line in lines] == ["failed"] * 4
    assert all(line["attempts"] == 1 for line in lines)
    assert all("--max-retries 0" in line["message"] for line in lines), lines[0]
    assert sb.state.mailboxes == {}


def test_the_retry_deadline_reaches_the_run_and_the_log_names_each_wait(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Creates answered 429 with Retry-After 40: the first row's retry waits 40 s (logged with
    its reason), which --retry-deadline 30 does not allow: every row fails after one send
    naming the deadline, no request waits. The sandbox counts the 429s it sent."""
    sb = make_sandbox()
    sb.state.faults.enqueue("429:40", path="/api/v1/mailboxes", method="POST", times=10_000)
    results = tmp_path / "out.jsonl"
    rows = str(_rows(tmp_path / "rows.csv", 3))
    args = ["--mode", "single", "--retry-deadline", "30", "--results", str(results)]
    code, out = _provision(sb, rows, *args)
    assert code == 1, out
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    assert all(line["attempts"] == 1 for line in lines)
    assert all("--retry-deadline 30 s" in line["message"] for line in lines), lines[0]
    assert sb.state.rate_limited == 3
    assert "answered 429" in out

    # A budget that allows it: the run waits (the log says for how long and why), then the
    # rows get through once the fault is cleared by the second send.
    sb.state.faults.clear()
    sb.state.faults.enqueue("429:1", path="/api/v1/mailboxes", method="POST", times=1)
    caplog.set_level(logging.INFO, logger="trekmail_client")
    code, out = _provision(
        sb, rows, *args[:2], "--retry-deadline", "60", "--no-journal", "--concurrency", "1"
    )
    assert code == 0, out
    waits = [r.getMessage() for r in caplog.records if "retrying in" in r.getMessage()]
    assert waits and "(HTTP 429)" in waits[0] and "retrying in 1.0 s" in waits[0], waits
    assert "send 1 of at most 51 failed" in waits[0]
    assert len(sb.state.mailboxes) == 3
