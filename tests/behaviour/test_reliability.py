"""The reliability suite (issue 8): provisioning in single and bulk mode against the sandbox
injecting every fault kind at a rate, all kinds at once, faults under a binding rate limit, and
a minute-long outage, over real HTTP.

Each scenario asserts invariants that hold whatever the timing: every row is present exactly
once or truthfully failed, no row reported failed exists, no recorded password differs from
the server's (none lost), and no row stays ``unknown``. Delays are compressed: backoff in
milliseconds and slow answers just past a short client timeout, or a `VirtualClock` shared by
the sandbox and the client, on which the rate-limit window and the outage pass in about no
real time while every wait is the one the client asked for. A loaded machine only makes the
run longer, never the assertions false. The 10,000-row version is bench/provision_faults.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Receive, Scope, Send

from trekmail_client import RetryPolicy, RetryTransport, TrekMail
from trekmail_client.provisioning import (
    MailboxSpec,
    OutcomeStatus,
    ProvisionReport,
    provision_mailboxes,
)
from trekmail_client.provisioning._provisioner import DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DEADLINE
from trekmail_client.testing import (
    DEMO_OPS_TOKEN,
    Sandbox,
    SandboxConfig,
    SandboxState,
    VirtualClock,
)

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
    seed: int = 8,
    limit: int = 1_000_000,
    clock: VirtualClock | None = None,
) -> tuple[ProvisionReport, Sandbox]:
    config = SandboxConfig(
        rate_limit_per_minute=limit,
        seed_message_mailbox=False,
        fault_rates=dict(rates),
        fault_seed=seed,
    )
    specs = _specs(rows)
    timing: dict[str, Any] = {}
    transport: RetryTransport | None = None
    if clock is not None:  # waits (Retry-After, backoff) on the clock shared with the sandbox
        transport = RetryTransport(
            clock.transport(), policy=FAST_BACKOFF, clock=clock, sleep=clock.sleep
        )
        timing = {"clock": clock, "sleep": clock.sleep, "retry_deadline": None}
    async with Sandbox(config, clock=clock) as sb:
        async with TrekMail(
            base_url=sb.url,
            ops_token=DEMO_OPS_TOKEN,
            timeout=httpx.Timeout(CLIENT_TIMEOUT, connect=5.0),
            retry_policy=None if transport else FAST_BACKOFF,
            transport=transport,
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
                pace=False,
                **{"retry_deadline": 120.0, **timing},
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
async def test_faults_under_a_binding_rate_limit(mode: str, tmp_path: Path) -> None:
    """Every kind (429 too) at 10% in all, against a limit of 100 requests per minute of the
    sandbox's clock that binds for the whole run: the same invariants, and the run's count of
    429s is the count the sandbox sent (the limit's and the injected ones)."""
    rates = dict.fromkeys((*KINDS, "429:2"), 0.1 / (len(KINDS) + 1))
    report, sb = await _scenario(rates, mode, tmp_path, limit=100, clock=VirtualClock())
    sent = sb.state.rate_limited  # as GET /_sandbox/mailboxes/count reports it
    injected = sb.state.fault_rates.injected.get("429", 0)
    assert sent > injected > 0  # the limit bound, and injected 429s happened too
    assert report.rate_limited == sent
    assert report.retry_reasons.get("HTTP 429", 0) > 0


OUTAGE = 60.0  # seconds of the sandbox's clock


class _OutageAtFirstCreate:
    """Starts the sandbox's outage when the first mailbox create arrives (after the run has
    listed its domains), from a middleware in front of the sandbox's routes."""

    def __init__(self, app: ASGIApp, state: list[SandboxState], retry_after: float | None):
        self.app = app
        self.state = state
        self.retry_after = retry_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        creating = scope["type"] == "http" and scope["method"] == "POST"
        if creating and scope["path"].startswith("/api/v1/mailboxes") and self.state:
            self.state.pop().start_outage(OUTAGE, retry_after=self.retry_after)
        await self.app(scope, receive, send)


async def _outage_run(
    mode: str,
    tmp_path: Path,
    retry_after: float | None,
    at_first_create: bool = False,
    **budgets: float,
) -> tuple[ProvisionReport, list[MailboxSpec], dict[str, MailboxSpec], VirtualClock]:
    """A run against a sandbox that answers 503 to everything for a minute (from its start,
    or from the first mailbox create), on a clock shared by the sandbox, the client's
    transport and the provisioner: it runs in about no real time, and every wait is the one
    the client asked for. The client keeps its default backoff."""
    clock = VirtualClock()
    config = SandboxConfig(
        rate_limit_per_minute=1_000_000,
        seed_message_mailbox=False,
        outage=0.0 if at_first_create else OUTAGE,
        outage_retry_after=retry_after,
    )
    specs = _specs(ROWS)
    arm: list[SandboxState] = []
    starter = Middleware(_OutageAtFirstCreate, state=arm, retry_after=retry_after)
    async with Sandbox(config, clock=clock, middleware=[starter]) as sb:
        if at_first_create:
            arm.append(sb.state)
        transport = RetryTransport(clock.transport(), clock=clock, sleep=clock.sleep)
        async with TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
            report = await provision_mailboxes(
                tm,
                specs,
                mode=mode,  # type: ignore[arg-type]
                journal=tmp_path / "run.journal",
                save_passwords=True,
                pace=False,
                clock=clock,
                sleep=clock.sleep,
                **budgets,  # type: ignore[arg-type]
            )
        counts = await _counts(sb)
        held = {mb.email: mb for mb in sb.state.mailboxes.values()}
    assert counts["duplicates"] == 0 and counts["mailboxes"] == len(held)
    return report, specs, held, clock  # type: ignore[return-value]


@pytest.mark.parametrize("retry_after", [5.0, None], ids=["retry-after-5", "backoff"])
@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_a_minute_long_outage_is_survived_with_the_default_budgets(
    mode: str, retry_after: float | None, tmp_path: Path
) -> None:
    """60 s of 503s (with ``Retry-After: 5``, or none and the default backoff, full jitter
    0.5 s doubling to 8 s), the default budgets (--retry-deadline 180, --max-retries 50):
    every row is created exactly once, none failed or unknown, every password recorded."""
    report, specs, held, clock = await _outage_run(mode, tmp_path, retry_after)
    assert DEFAULT_RETRY_DEADLINE == 180 and DEFAULT_MAX_ATTEMPTS == 51
    assert clock() >= OUTAGE  # the outage was waited out, on the clock
    assert report.retry_reasons.get("HTTP 503", 0) > 0
    assert report.created == len(specs) and report.failed == 0 and report.unknown == 0
    assert set(held) == {s.address for s in specs}
    for outcome in report.outcomes:
        mailbox = held[outcome.address or ""]  # type: ignore[index]
        assert outcome.one_time_password == mailbox.password  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_a_budget_shorter_than_the_outage_fails_rows_truthfully(
    mode: str, tmp_path: Path
) -> None:
    """--retry-deadline 30 against a 60 s outage (from the first create: the run's domain
    listing gets through): the rows sent during it fail, say which budget ended them, and do
    not exist; rows sent after it are created once."""
    report, specs, held, _ = await _outage_run(
        mode, tmp_path, 5.0, at_first_create=True, retry_deadline=30.0
    )
    failed = [o for o in report.outcomes if o.status is OutcomeStatus.FAILED]
    assert failed, "a 30 s budget cannot outlast a 60 s outage"
    assert report.unknown == 0
    for outcome in failed:
        assert outcome.address not in held
        assert "--retry-deadline 30 s" in (outcome.message or ""), outcome.message
        assert outcome.code == "service_unavailable"
    created = [o for o in report.outcomes if o.status is OutcomeStatus.CREATED]
    assert len(created) + len(failed) == len(specs)
    assert {o.address for o in created} == set(held)


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
