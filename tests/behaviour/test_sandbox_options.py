"""Sandbox options: bad values are refused with a message naming the option, the problem and a
good value, the same way from Python (`SandboxConfig`, ValueError) and from the command line
(``python -m trekmail_client.testing``, exit 2 with the usage); header faults with absurd
SECONDS are 400 ``invalid_fault``; the banner shows what the sandbox was started with."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from trekmail_client.testing import (
    DEMO_OPS_TOKEN,
    FaultRates,
    Sandbox,
    SandboxConfig,
    merge_fault_rates,
    parse_fault,
    parse_fault_rates,
)

from ._sandbox_cli import sandbox_argv, sandbox_cli, sandbox_env

pytestmark = [pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
KINDS = "use one of: drop-after-commit (alias drop)"


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the sandbox's command line with ``args``; bad options exit before it serves."""
    return subprocess.run(
        sandbox_argv(*args),
        capture_output=True,
        text=True,
        env=sandbox_env(),
        cwd=cwd,
        timeout=120,
    )


# (SandboxConfig fields, the message's start) -- the Python API
PYTHON_CASES: list[tuple[dict[str, Any], str]] = [
    ({"rate_limit_per_minute": "600"}, "rate_limit_per_minute: '600' is not a whole number >= 1"),
    ({"rate_limit_per_minute": 0}, "rate_limit_per_minute: 0 is not a whole number >= 1"),
    ({"rate_limit_per_minute": True}, "rate_limit_per_minute: True is not a whole number"),
    ({"rate_limit_window": 0}, "rate_limit_window: 0 is not a number of seconds > 0"),
    ({"rate_limit_window": float("nan")}, "rate_limit_window: nan is not a number of seconds"),
    ({"rate_limit_window": 86_401}, "rate_limit_window: 86401 is not a number of seconds"),
    ({"pool_mb": -1}, "pool_mb: -1 is not a whole number >= 0"),
    ({"pool_mb": 1.5}, "pool_mb: 1.5 is not a whole number"),
    ({"seed_messages": 10**9}, "seed_messages: 1000000000 is not a whole number from 0 to 10000"),
    ({"idempotency_window": 0}, "idempotency_window: 0 is not a number of seconds > 0"),
    (
        {"idempotency_window": 31 * 86_400},
        "idempotency_window: 2678400 is not a number of seconds > 0 and at most 2592000 (30 days)",
    ),
    ({"idempotency_window": float("inf")}, "idempotency_window: inf is not a number of seconds"),
    ({"outage": -1}, "outage: -1 is not a number of seconds >= 0 and at most 86400 (1 day)"),
    ({"outage": 1e9}, "outage: 1000000000 is not a number of seconds >= 0 and at most 86400"),
    ({"outage": 60, "outage_retry_after": float("nan")}, "outage_retry_after: nan is not"),
    ({"fault_seed": "8"}, "fault_seed: '8' is not a whole number >= 0"),
    ({"fault_rates": {"drop": 0.1, "drop-after-commit": 0.1}}, "fault_rates: the kind drop-"),
    ({"fault_rates": {"5xx": 0.1, "500-before-commit": 0.1}}, "fault_rates: the kind 500-"),
    ({"fault_rates": {"slow:1": 0.1, "slow:2": 0.1}}, "fault_rates: the kind slow is given twice"),
    ({"fault_rates": {"bogus": 0.1}}, "fault_rates: unknown fault 'bogus'; " + KINDS),
    ({"fault_rates": {"drop": 1.5}}, "fault_rates: fault rate of 'drop': 1.5 is not a probability"),
    ({"fault_rates": {"drop": -0.1}}, "fault_rates: fault rate of 'drop': -0.1 is not"),
    ({"fault_rates": {"drop": "0.1"}}, "fault_rates: fault rate of 'drop': '0.1' is not"),
    ({"fault_rates": {"drop": 0.6, "reset": 0.6}}, "fault_rates: fault rates add up to 1.2"),
    (
        {"fault_rates": {"slow:1e9": 0.1}},
        "fault_rates: fault 'slow:1e9': 1000000000 is not a number",
    ),
    ({"fault_rates": {"slow-after-commit:-1": 0.1}}, "fault_rates: fault 'slow-after-commit:-1'"),
    ({"fault_rates": {"429:inf": 0.1}}, "fault_rates: fault '429:inf': inf is not a number"),
    ({"fault_rates": "drop=0.1"}, "fault_rates: 'drop=0.1' is not a mapping"),
    ({"seed_domains": ("Example.com",)}, "seed_domains: 'Example.com' has capital letters"),
    ({"seed_domains": "example.com"}, "seed_domains: 'example.com' is not a sequence of names"),
    ({"seed_domains": ("a.example", "a.example")}, "seed_domains: 'a.example' is given twice"),
    ({"seed_domains": ("no_dot",)}, "seed_domains: 'no_dot' is not a domain name"),
    ({"message_mailbox": "Demo@example.com"}, "message_mailbox: 'Demo@example.com' has capital"),
    ({"ops_tokens": {"tm_live_x": "domains:read"}}, "ops_tokens: a token's scopes must be"),
    ({"faults": ("503",)}, "faults: '503' is not a FaultRule"),
]


@pytest.mark.parametrize(("fields", "message"), PYTHON_CASES)
def test_python_api_refuses_bad_values(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as refused:
        SandboxConfig(**fields)
    text = str(refused.value)
    assert text.startswith(message)
    fixes = ("pass", "use one of", "give each", "lower them", "such as")
    assert any(fix in text for fix in fixes)  # the message says what to do


def test_a_token_is_never_shown_in_a_message() -> None:
    secret = "tm_msg_secret_value_123"
    with pytest.raises(ValueError) as refused:
        SandboxConfig(ops_tokens={secret: ("domains:read",)})
    assert "must be a str starting with 'tm_live_'" in str(refused.value)
    assert secret not in str(refused.value)


def test_good_edge_values_are_accepted() -> None:
    config = SandboxConfig(
        rate_limit_window=86_400,
        idempotency_window=30 * 86_400,
        outage=86_400,
        outage_retry_after=86_400,
        fault_rates={"drop": 0.5, "slow-after-commit:86400": 0.5},
        fault_seed=0,
        seed_domains=("xn--bcher-kva.example", "a-b.example"),
        pool_mb=0,
        seed_messages=0,
    )
    assert config.idempotency_window == 30 * 86_400


# (command-line arguments, the message after "error: ") -- every one exits 2 with the usage
CLI_CASES: list[tuple[list[str], str]] = [
    (["--rate-limit", "abc"], "--rate-limit: 'abc' is not a whole number >= 1; pass e.g. 600"),
    (["--rate-limit", "0"], "--rate-limit: 0 is not a whole number >= 1"),
    (["--rate-limit", "1.5"], "--rate-limit: '1.5' is not a whole number >= 1"),
    (["--rate-limit-window", "x"], "--rate-limit-window: 'x' is not a number of seconds > 0"),
    (["--rate-limit-window", "0"], "--rate-limit-window: 0 is not a number of seconds > 0"),
    (["--rate-limit-window", "1e6"], "--rate-limit-window: 1000000 is not a number of seconds"),
    (["--pool-mb", "lots"], "--pool-mb: 'lots' is not a whole number >= 0"),
    (["--fault-seed", "seven"], "--fault-seed: 'seven' is not a whole number >= 0; pass e.g. 8"),
    (["--fault-seed", "-1"], "--fault-seed: -1 is not a whole number >= 0"),
    (["--idempotency-window", "nan"], "--idempotency-window: nan is not a number of seconds > 0"),
    (
        ["--idempotency-window", "2592001"],
        "--idempotency-window: 2592001 is not a number of seconds > 0 and at most 2592000",
    ),
    (["--outage", "forever"], "--outage: 'forever' is not a number of seconds >= 0"),
    (["--outage", "inf"], "--outage: inf is not a number of seconds >= 0 and at most 86400"),
    (["--outage", "60", "--outage-retry-after", "-5"], "--outage-retry-after: -5 is not"),
    (["--outage-retry-after", "5"], "--outage-retry-after needs --outage SECONDS"),
    (["--fault-rate", "drop=0.1,drop=0.2"], "--fault-rate: the kind drop-after-commit is given"),
    (
        ["--fault-rate", "drop=0.1,drop-after-commit=0.2"],
        "--fault-rate: the kind drop-after-commit is given twice ('drop' and 'drop-after-commit')",
    ),
    (["--fault-rate", "5xx=0.1,500=0.1"], "--fault-rate: the kind 500-before-commit is given"),
    (
        ["--fault-rate", "drop=0.1", "--fault-rate", "reset=0.1,drop-after-commit=0.1"],
        "--fault-rate: the kind drop-after-commit is given twice ('drop' (--fault-rate #1) "
        "and 'drop-after-commit' (--fault-rate #2))",
    ),
    (["--fault-rate", "explode=0.1"], "--fault-rate: unknown fault 'explode'; " + KINDS),
    (["--fault-rate", "drop=1.1"], "--fault-rate: fault rate of 'drop': 1.1 is not a probability"),
    (["--fault-rate", "drop=lots"], "--fault-rate: bad rate in 'drop=lots'"),
    (["--fault-rate", "drop"], "--fault-rate: bad fault rate 'drop': write FAULT=RATE"),
    (["--fault-rate", ","], "--fault-rate: fault rates ',' have an empty item"),
    (["--fault-rate", "drop=0.1,"], "--fault-rate: fault rates 'drop=0.1,' have an empty item"),
    (["--fault-rate", ""], "--fault-rate: fault rates '' have an empty item"),
    (["--fault-rate", "drop=0.7", "--fault-rate", "reset=0.7"], "--fault-rate: fault rates add"),
    (
        ["--fault-rate", "slow:1e9=0.1"],
        "--fault-rate: fault 'slow:1e9': 1000000000 is not a number",
    ),
    (["--fault-rate", "429:-1=0.1"], "--fault-rate: fault '429:-1': -1 is not a number"),
    (["--seed-domain", "Example.COM"], "--seed-domain: 'Example.COM' has capital letters"),
    (["--seed-domain", "a.example", "--seed-domain", "a.example"], "'a.example' is given twice"),
    (["--port", "70000"], "70000 is not a port"),
]


@pytest.mark.parametrize(("args", "message"), CLI_CASES)
def test_command_line_refuses_bad_values(args: list[str], message: str) -> None:
    result = _cli(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: python -m trekmail_client.testing")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "listening on" not in result.stdout


def test_fault_rate_is_repeatable_and_merged() -> None:
    assert parse_fault_rates("drop=0.1, 5xx=0.05") == {
        "drop-after-commit": 0.1,
        "500-before-commit": 0.05,
    }
    merged = merge_fault_rates(["drop=0.1", "reset=0.05,html-200=0.01"])
    assert merged == {"drop-after-commit": 0.1, "reset": 0.05, "html-200": 0.01}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("slow:86401", "86401 is not a number of seconds >= 0 and at most 86400"),
        ("slow-after-commit:nan", "nan is not a number of seconds"),
        ("429:1e9", "1000000000 is not a number of seconds"),
        ("slow", "needs SECONDS"),
        ("boom", "unknown fault 'boom'"),
    ],
)
def test_parse_fault_refuses_absurd_seconds(value: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_fault(value)
    assert message in str(refused.value)
    assert parse_fault("slow:86400").seconds == 86_400


@pytest.mark.anyio
@pytest.mark.parametrize(
    "value", ["429:1e9", "slow:1e9", "slow-after-commit:1e9", "slow:inf", "429:86401", "slow:-1"]
)
async def test_header_fault_with_absurd_seconds_is_400_invalid_fault(
    make_sandbox: Callable[..., Sandbox], value: str
) -> None:
    sb = make_sandbox()
    async with httpx.AsyncClient(base_url=sb.url, timeout=30) as http:
        answer = await http.get("/api/v1/domains", headers={**OPS, "X-Sandbox-Fault": value})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "invalid_fault"
    assert "is not a number of seconds >= 0 and at most 86400" in error["message"]
    assert "86400" in error["hint"]
    assert sb.state.slow_pending == 0


def test_fault_rates_report_their_seed() -> None:
    fresh = FaultRates({"drop": 0.5})
    again = FaultRates({"drop": 0.5}, seed=fresh.seed)
    first = [fresh.take("GET", "/api/v1/domains") for _ in range(50)]
    second = [again.take("GET", "/api/v1/domains") for _ in range(50)]
    assert first == second  # the reported seed repeats the draws
    assert FaultRates({"drop": 0.5}, seed=8).seed == 8


def _banner(*args: str, cwd: Path) -> list[str]:
    """Start the command line with ``args``, read its banner, stop it with SIGTERM."""
    with sandbox_cli(*args, cwd=cwd) as process:
        assert process.stdout is not None
        lines = [process.stdout.readline()]
        while not lines[-1].startswith("  outage:"):
            lines.append(process.stdout.readline())
            assert lines[-1], f"the banner ended early: {lines}"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        return lines


def test_banner_shows_the_settings(tmp_path: Path) -> None:
    lines = _banner(
        "--rate-limit",
        "77",
        "--rate-limit-window",
        "5",
        "--fault-rate",
        "drop=0.1",
        "--fault-rate",
        "slow-after-commit:2=0.05",
        "--fault-seed",
        "42",
        "--no-faults",
        "--idempotency-window",
        "30",
        "--outage",
        "0.5",
        "--outage-retry-after",
        "2",
        cwd=tmp_path,
    )
    assert lines[0].startswith("TrekMail sandbox listening on http://127.0.0.1:")
    text = "".join(lines)
    assert "rate limit 77 per 5 s per token" in text
    assert "fault rates: drop-after-commit=0.1, slow-after-commit:2=0.05; seed 42" in text
    assert "--fault-seed 42 repeats the draws" in text
    assert "header faults (X-Sandbox-Fault): off" in text
    assert "idempotency window: 30 s" in text
    assert "outage: every /api/v1/ request answers 503 for 0.5 s (Retry-After 2)" in text


def test_banner_reports_a_fresh_seed_and_defaults(tmp_path: Path) -> None:
    lines = _banner("--fault-rate", "reset=0.2", cwd=tmp_path)
    text = "".join(lines)
    seed = text.split("; seed ", 1)[1].split()[0]
    assert seed.isdigit()
    assert f"--fault-seed {seed} repeats the draws" in text
    assert "header faults (X-Sandbox-Fault): on" in text
    assert "outage: none" in text
    assert "idempotency window: 86400 s" in text
