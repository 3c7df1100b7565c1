"""The reliability suite (issue 8): provisioning in single and bulk mode against the sandbox
injecting every fault kind at a rate, all kinds at once, and an outage, over real HTTP.

Each scenario asserts invariants that hold whatever the timing: every row is present exactly
once or truthfully failed, no row reported failed exists, no recorded password differs from
the server's (none lost), and no row stays ``unknown``. Delays are compressed (backoff in
milliseconds, slow answers just past a short client timeout); a loaded machine only makes the
run longer, never the assertions false. The 10,000-row version is bench/reliability.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import httpx
import pytest

from trekmail_client import RetryPolicy, TrekMail
from trekmail_client.provisioning import (
    MailboxSpec,
    OutcomeStatus,
    ProvisionReport,
    provision_mailboxes,
)
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

ROWS = 300
CLIENT_TIMEOUT = 0.5  # seconds; the slow fault answers after it (the write is committed first)
SLOW = f"slow-after-commit:{CLIENT_TIMEOUT * 2:g}"
KINDS = ("drop", "5xx", "reset", SLOW, "html-502", "html-200", "503")
FAST_BACKOFF = RetryPolicy(backoff_base=0.01, backoff_cap=0.1)


def _specs(count: int) -> list[MailboxSpec]:
    return [MailboxSpec("example.com", f"r{i:05d}", display_name=f"Row {i}") for i in range(count)]


async def _counts(sb: Sandbox) -> dict[str, int]:
    """The sandbox-only count endpoint (no token, outside the rate limit and the faults)."""
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{sb.url}/_sandbox/mailboxes/count", timeout=30)
    assert answer.status_code == 200
    data: dict[str, int] = answer.json()
    return data


async def _scenario(
    rates: Mapping[str, float],
    mode: str,
    tmp_path: Path,
    rows: int = ROWS,
    outage: float = 0.0,
    seed: int = 8,
) -> tuple[ProvisionReport, Sandbox]:
    config = SandboxConfig(
        rate_limit_per_minute=1_000_000,
        seed_message_mailbox=False,
        fault_rates=dict(rates),
        fault_seed=seed,
    )
    specs = _specs(rows)
    async with Sandbox(config) as sb:
        if outage:
            sb.state.start_outage(outage)
        async with TrekMail(
            base_url=sb.url,
            ops_token=DEMO_OPS_TOKEN,
            timeout=httpx.Timeout(CLIENT_TIMEOUT, connect=5.0),
            retry_policy=FAST_BACKOFF,
        ) as tm:
            report = await provision_mailboxes(
                tm,
                specs,
                mode=mode,  # type: ignore[arg-type]
                concurrency=16,
                batch_size=25,
                journal=tmp_path / "run.journal",
                save_passwords=True,
                max_attempts=200,
                retry_deadline=120.0,
                pace=False,
            )
        _check(report, sb, specs, await _counts(sb))
        return report, sb


def _check(
    report: ProvisionReport, sb: Sandbox, specs: list[MailboxSpec], counts: dict[str, int]
) -> None:
    held = {mb.email: mb for mb in sb.state.mailboxes.values()}
    assert counts["duplicates"] == 0
    assert counts["mailboxes"] == len(held)
    assert len(report.outcomes) == len(specs)
    assert report.unknown == 0, [o.message for o in report.outcomes if o.status == "unknown"][:3]
    failed_but_present = [
        o.address for o in report.outcomes if o.status is OutcomeStatus.FAILED and o.address in held
    ]
    assert failed_but_present == []
    for outcome in report.outcomes:
        if outcome.status is OutcomeStatus.CREATED:
            mailbox = held[outcome.address or ""]
            assert outcome.mailbox_id == mailbox.id
            # the recorded password is the server's: never lost, redacted or stale
            assert outcome.one_time_password == mailbox.password, outcome.address
            assert mailbox.display_name == outcome.spec.display_name  # type: ignore[union-attr]
    # with these budgets every row gets through: present exactly once
    assert report.created == len(specs)
    assert set(held) == {s.address for s in specs}


@pytest.mark.parametrize("mode", ["single", "bulk"])
@pytest.mark.parametrize("kind", KINDS)
async def test_each_fault_kind_at_ten_percent(kind: str, mode: str, tmp_path: Path) -> None:
    report, sb = await _scenario({kind: 0.1}, mode, tmp_path)
    assert sum(sb.state.fault_rates.injected.values()) > 0  # the faults did happen
    assert report.retries > 0


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_all_fault_kinds_at_fifty_percent(mode: str, tmp_path: Path) -> None:
    rates = dict.fromkeys(KINDS, 0.5 / len(KINDS))
    report, sb = await _scenario(rates, mode, tmp_path)
    injected = sb.state.fault_rates.injected
    assert len(injected) == len(KINDS)  # every kind was drawn
    assert report.read_back >= 0


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_outage_is_survived(mode: str, tmp_path: Path) -> None:
    """An outage of 503s (compressed: 2 s against a 10 ms..100 ms backoff, the proportions of
    a minute against 0.5 s..8 s) is waited out within the retry deadline."""
    report, _ = await _scenario({}, mode, tmp_path, rows=200, outage=2.0)
    assert report.retry_reasons.get("HTTP 503", 0) > 0


def _tm(sb: Sandbox) -> TrekMail:
    return TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, retry_policy=FAST_BACKOFF)


@pytest.mark.parametrize(
    ("mode", "path"), [("single", "/api/v1/mailboxes"), ("bulk", "/api/v1/mailboxes:bulk")]
)
@pytest.mark.parametrize(("fault", "exists"), [("drop-after-commit", True), ("reset", False)])
async def test_a_row_in_doubt_is_read_back_before_it_is_reported(
    mode: str, path: str, fault: str, exists: bool, tmp_path: Path
) -> None:
    """One send, no answer, no retry allowed: the row is in doubt. The run reads it back by
    address: present (the send committed) is created with a new recorded password; absent
    (the connection was reset before anything was done) is failed, truthfully."""
    config = SandboxConfig(rate_limit_per_minute=1_000_000, seed_message_mailbox=False)
    specs = _specs(3)
    async with Sandbox(config) as sb:
        sb.state.faults.enqueue(fault, path=path, method="POST")
        async with _tm(sb) as tm:
            report = await provision_mailboxes(
                tm,
                specs,
                mode=mode,  # type: ignore[arg-type]
                concurrency=1,
                batch_size=3,
                journal=tmp_path / "run.journal",
                save_passwords=True,
                max_attempts=1,
                pace=False,
            )
        held = {mb.email: mb for mb in sb.state.mailboxes.values()}
    assert report.read_back == (3 if mode == "bulk" else 1)
    assert report.unknown == 0
    first = report.outcomes[0]
    if exists:
        assert report.created == 3
        assert first.mailbox_id == held[first.address or ""].id
        assert first.one_time_password == held[first.address or ""].password
        assert report.passwords_replaced == (3 if mode == "bulk" else 1)
    else:
        failed = [o for o in report.outcomes if o.status is OutcomeStatus.FAILED]
        assert len(failed) == (3 if mode == "bulk" else 1)
        assert all(o.address not in held for o in failed)
        assert failed[0].message is not None and "does not exist" in failed[0].message


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_an_unreadable_answer_fails_only_its_rows_and_the_run_goes_on(
    mode: str, tmp_path: Path
) -> None:
    """An HTML page on a 200 (a proxy) once aborted the whole run; now the request is sent
    again with its key (the server replays the real answer) and nothing else is touched."""
    config = SandboxConfig(rate_limit_per_minute=1_000_000, seed_message_mailbox=False)
    path = "/api/v1/mailboxes" if mode == "single" else "/api/v1/mailboxes:bulk"
    async with Sandbox(config) as sb:
        sb.state.faults.enqueue("html-200", path=path, method="POST", times=3)
        async with _tm(sb) as tm:
            report = await provision_mailboxes(
                tm,
                _specs(20),
                mode=mode,  # type: ignore[arg-type]
                concurrency=4,
                batch_size=5,
                save_passwords=True,
                journal=tmp_path / "run.journal",
                pace=False,
            )
        held = {mb.email: mb.password for mb in sb.state.mailboxes.values()}
    assert report.created == 20
    assert report.retry_reasons.get("unreadable HTTP 200") == 3
    assert all(o.one_time_password == held[o.address or ""] for o in report.outcomes)


async def test_a_rerun_never_replaces_recorded_passwords(tmp_path: Path) -> None:
    """The second run with the same journal replays nothing and keeps every password the first
    recorded (a replay's ``<redacted>`` never overwrites one)."""
    config = SandboxConfig(rate_limit_per_minute=1_000_000, seed_message_mailbox=False)
    journal = tmp_path / "run.journal"
    async with Sandbox(config) as sb:
        async with _tm(sb) as tm:
            first = await provision_mailboxes(
                tm, _specs(30), batch_size=10, journal=journal, save_passwords=True, pace=False
            )
            # the same rows under another journal: the server replays with redacted secrets
            other = await provision_mailboxes(
                tm, _specs(30), batch_size=10, journal=None, save_passwords=True, pace=False
            )
            again = await provision_mailboxes(
                tm, _specs(30), batch_size=10, journal=journal, save_passwords=True, pace=False
            )
        held = {mb.email: mb.password for mb in sb.state.mailboxes.values()}
    assert first.created == 30
    assert other.already_existed == 30
    assert all(o.one_time_password is None for o in other.outcomes)
    assert again.skipped == 30
    assert [o.one_time_password for o in again.outcomes] == [held[s.address] for s in _specs(30)]
