"""The run journal, honest outcomes and saved passwords, against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest

from trekmail_client import RetryPolicy, TrekMail
from trekmail_client._backoff import PaceMemory
from trekmail_client._retry import RetryTransport
from trekmail_client._tokens import token_fingerprint
from trekmail_client.provisioning import (
    Journal,
    JournalError,
    MailboxSpec,
    OutcomeStatus,
    ProvisionOutcome,
    ProvisionStats,
    RowProblem,
    load_specs,
    provision_mailboxes,
)
from trekmail_client.provisioning._specs import SpecFileError
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig, VirtualClock

pytestmark = pytest.mark.anyio


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(
        SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    ) as sb:
        yield sb


def client(sb: Sandbox) -> TrekMail:
    return TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN)


def specs(count: int, prefix: str = "user", names: bool = True) -> list[MailboxSpec]:
    return [
        MailboxSpec("example.com", f"{prefix}{i:04d}", display_name=f"User {i}" if names else None)
        for i in range(count)
    ]


def server_passwords(sb: Sandbox) -> dict[str, str]:
    return {mb.email: mb.password for mb in sb.state.mailboxes.values()}


def addresses(sb: Sandbox) -> Counter[str]:
    return Counter(mb.email for mb in sb.state.mailboxes.values())


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_saved_passwords_are_the_servers(sandbox: Sandbox, mode: str, tmp_path: Path) -> None:
    """The --save-passwords bug: single mode read additional_properties["password"] (always
    empty, `password` is a typed field) and recorded None for every row."""
    path = tmp_path / "run.journal"
    rows = specs(30)
    async with client(sandbox) as tm:
        report = await provision_mailboxes(
            tm, rows, mode=mode, concurrency=4, batch_size=7, journal=path, save_passwords=True
        )
    assert report.created == 30
    assert report.passwords_replaced == 0  # every answer arrived: its password is the one kept
    assert report.requests == 1 + (30 if mode == "single" else 5 + 30)  # nothing extra sent
    truth = server_passwords(sandbox)
    assert all(o.one_time_password == truth[o.address or ""] for o in report.outcomes)
    with Journal.open(path, create=False) as book:
        recorded = {r.address: r.one_time_password for r in book.rows()}
    assert recorded == truth
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


async def test_passwords_are_not_kept_unless_asked(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "run.journal"
    async with client(sandbox) as tm:
        await provision_mailboxes(tm, specs(5), mode="single", journal=path)
    with Journal.open(path, create=False) as book:
        assert book.passwords_recorded() == 0


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_a_lost_answer_gets_a_new_password_recorded(
    sandbox: Sandbox, mode: str, tmp_path: Path
) -> None:
    """The server commits, the answer is lost, the retry replays with the password redacted:
    the run sets a new password (recorded before it is sent) instead of recording none."""
    path = "/api/v1/mailboxes:bulk" if mode == "bulk" else "/api/v1/mailboxes"
    sandbox.state.faults.enqueue("drop-after-commit", path=path, method="POST", nth=2, times=1)
    async with client(sandbox) as tm:
        report = await provision_mailboxes(
            tm,
            specs(20, names=False),
            mode=mode,
            concurrency=2,
            batch_size=5,
            journal=tmp_path / "j",
            save_passwords=True,
        )
    assert report.created == 20
    assert report.passwords_replaced == (5 if mode == "bulk" else 1)
    truth = server_passwords(sandbox)
    assert all(o.one_time_password == truth[o.address or ""] for o in report.outcomes)
    assert "<redacted>" not in {o.one_time_password for o in report.outcomes}


@pytest.mark.parametrize("mode", ["single", "bulk"])
async def test_stopped_run_resumes_sending_only_unfinished_rows(
    sandbox: Sandbox, mode: str, tmp_path: Path
) -> None:
    path = tmp_path / "run.journal"
    rows = specs(60)
    stop = asyncio.Event()

    def stop_after_some(outcome: ProvisionOutcome) -> None:
        if outcome.status is OutcomeStatus.CREATED:
            stop.set()

    async with client(sandbox) as tm:
        first = await provision_mailboxes(
            tm,
            rows,
            mode=mode,
            concurrency=2,
            batch_size=10,
            journal=path,
            save_passwords=True,
            on_outcome=stop_after_some,
            stop=stop,
        )
        assert first.interrupted and first.unknown > 0
        finished = len(rows) - first.unknown
        second = await provision_mailboxes(
            tm, rows, mode=mode, concurrency=2, batch_size=10, journal=path, save_passwords=True
        )
    assert not second.interrupted
    assert second.skipped == finished
    assert second.created == len(rows)  # earlier rows reported as recorded
    assert addresses(sandbox) == Counter(s.address for s in rows)
    truth = server_passwords(sandbox)
    assert all(o.one_time_password == truth[o.address or ""] for o in second.outcomes)
    names = {mb.email: mb.display_name for mb in sandbox.state.mailboxes.values()}
    assert all(names[s.address] == s.display_name for s in rows)


async def test_changed_input_is_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "run.journal"
    rows = specs(10)
    async with client(sandbox) as tm:
        await provision_mailboxes(tm, rows, mode="single", journal=path)
        changed = [*rows[:3], MailboxSpec("example.com", "someone-else", line=4), *rows[4:]]
        with pytest.raises(JournalError, match="line 4 differs"):
            await provision_mailboxes(tm, changed, mode="single", journal=path)
        with pytest.raises(JournalError, match="mode"):
            await provision_mailboxes(tm, rows, mode="bulk", journal=path)
    assert len(addresses(sandbox)) == 10


async def test_failed_display_name_is_a_failure_and_the_rerun_only_retries_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "run.journal"
    sandbox.state.faults.enqueue("503", path="/api/v1/mailboxes/*", method="PATCH", times=1000)
    rows = specs(4)
    async with client(sandbox) as tm:
        first = await provision_mailboxes(
            tm, rows, mode="bulk", journal=path, max_attempts=2, concurrency=1
        )
        assert first.failed == 4 and first.failure_codes == {"display_name_not_set": 4}
        assert first.rate_limited == 0 and first.retries == 4
        assert first.requests == 1 + 1 + 4 * 2  # domains, one batch, two PATCHes per row
        sandbox.state.faults.clear()
        second = await provision_mailboxes(tm, rows, mode="bulk", journal=path)
    assert second.created == 4 and second.failed == 0
    assert second.requests == 1 + 4  # domains, then only the PATCHes
    assert {mb.display_name for mb in sandbox.state.mailboxes.values()} == {
        s.display_name for s in rows
    }


async def test_429s_and_retries_are_counted(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="trekmail_client")
    sandbox.state.faults.enqueue("429:0.05", path="/api/v1/mailboxes", method="POST", times=3)
    async with client(sandbox) as tm:
        report = await provision_mailboxes(tm, specs(5), mode="single", concurrency=1)
    assert report.created == 5
    assert report.rate_limited == 3 and report.retries == 3
    assert report.requests == 1 + 5 + 3
    # Each retry of the provisioner is logged with its number and its reason.
    retries = [r.getMessage() for r in caplog.records if "retrying in" in r.getMessage()]
    assert len(retries) == 3 and all("rate_limited" in m or "429" in m for m in retries)
    assert any("send 1 of at most" in m for m in retries)


def test_other_delimiters_are_recognised_or_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("domain;local_part;display_name\nexample.com;alice;Alice\nexample.com;b;B;C\n")
    entries = load_specs(path)
    assert entries[0] == MailboxSpec("example.com", "alice", "Alice")
    assert isinstance(entries[1], RowProblem) and "separator" in entries[1].message
    path.write_text("domain\tlocal_part\nexample.com\tbob\n")
    assert load_specs(path) == [MailboxSpec("example.com", "bob")]
    path.write_text("domain:local_part\nexample.com:carol\n")
    with pytest.raises(SpecFileError, match="':'"):
        load_specs(path)


class _HoldFirstCreate(httpx.AsyncBaseTransport):
    """Forwards requests to the sandbox, except the first create (bulk or single): it is held
    (never forwarded), ``arrived`` is set, and ``on_hold`` runs (the test shuts the token's
    rate-limit gate with it, so no other request is admitted after this one)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.arrived = asyncio.Event()
        self.on_hold: Callable[[], None] = lambda: None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        creating = request.method == "POST" and "/mailboxes" in request.url.path
        if creating and not self.arrived.is_set():
            self.on_hold()
            self.arrived.set()
            await asyncio.Event().wait()  # held until the run is cancelled
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.parametrize("mode", ["bulk", "single"])
async def test_a_killed_run_leaves_only_admitted_rows_in_flight(
    sandbox: Sandbox, mode: str, tmp_path: Path
) -> None:
    """Eight workers take eight requests; one is admitted past the gate and the pace and held
    on the wire, and a 429's gate then keeps the others waiting (as the pace does in a real
    run). The run is cancelled there, as a kill would end it: only the held request's rows are
    in flight in the journal (not the eight requests' rows), and the re-run sends again only
    those."""
    path = tmp_path / "run.journal"
    rows = specs(80, names=False)
    hold = _HoldFirstCreate()
    transport = RetryTransport(hold, policy=RetryPolicy(max_retries=0))
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
        fingerprint = tm._ops_fingerprint()
        assert fingerprint is not None
        hold.on_hold = lambda: transport.gate.close_for(fingerprint, 3600.0)
        run = asyncio.create_task(
            provision_mailboxes(tm, rows, mode=mode, concurrency=8, batch_size=10, journal=path)
        )
        await hold.arrived.wait()
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
    admitted = 10 if mode == "bulk" else 1
    with Journal.open(path) as book:
        counts = book.state_counts()
    assert counts["in_flight"] == admitted
    assert counts["pending"] == len(rows) - admitted
    async with client(sandbox) as tm:
        again = await provision_mailboxes(
            tm, rows, mode=mode, concurrency=8, batch_size=10, journal=path
        )
    assert again.resent == admitted
    assert again.created == len(rows)
    assert addresses(sandbox) == Counter(s.address for s in rows)


async def test_waits_for_the_pace_are_shown_as_waiting_for_the_rate_limit(
    tmp_path: Path,
) -> None:
    """A resumed run starts from the pace its journal remembers (2 requests a second): its
    sends wait for their pace slots, with no 429 at all, and the live counters say so as the
    command line prints them ("waiting N s for the rate limit")."""
    clock = VirtualClock()
    config = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    path = tmp_path / "run.journal"
    with Journal.open(path) as book:
        book.save_pace(token_fingerprint(DEMO_OPS_TOKEN), PaceMemory(ceiling=2.0, granted=500))
    stats = ProvisionStats()
    seen: list[tuple[str, float]] = []
    transport = RetryTransport(clock.transport(), clock=clock, sleep=clock.sleep)
    async with Sandbox(config, clock=clock) as sb:
        async with TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
            report = await provision_mailboxes(
                tm,
                specs(6, names=False),
                mode="single",
                concurrency=4,
                journal=path,
                stats=stats,
                on_outcome=lambda _: seen.append((stats.waiting_for, stats.waiting_until)),
                clock=clock,
                sleep=clock.sleep,
            )
    assert report.created == 6 and report.rate_limited == 0
    assert stats.waiting_for == "the rate limit"
    assert any(until > 0 for _, until in seen)


def test_the_journal_keeps_the_best_window_of_the_pace(tmp_path: Path) -> None:
    path = tmp_path / "run.journal"
    fingerprint = token_fingerprint(DEMO_OPS_TOKEN)
    with Journal.open(path) as book:
        book.save_pace(fingerprint, PaceMemory(ceiling=9.5, granted=1200, sustained=10.0))
    with Journal.open(path) as book:
        assert book.pace_memory(fingerprint) == PaceMemory(9.5, 1200, 10.0)
        book.save_pace(fingerprint, PaceMemory(ceiling=None, granted=5))
        assert book.pace_memory(fingerprint) == PaceMemory(None, 5, None)
