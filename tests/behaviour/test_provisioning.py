"""Bulk provisioning against the sandbox over real HTTP: outcomes per row, faults, re-runs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from trekmail_client import TrekMail
from trekmail_client.provisioning import (
    MailboxSpec,
    OutcomeStatus,
    RowProblem,
    load_specs,
    provision_mailboxes,
)
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

FAST = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(FAST) as sb:
        yield sb


def client(sb: Sandbox) -> TrekMail:
    return TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN)


def specs(count: int, domain: str = "example.com", prefix: str = "user") -> list[MailboxSpec]:
    return [MailboxSpec(domain, f"{prefix}{i:04d}", display_name=f"User {i}") for i in range(count)]


def addresses(sb: Sandbox) -> list[str]:
    return sorted(mb.email for mb in sb.state.mailboxes.values())


@pytest.mark.parametrize("mode", ["bulk", "single"])
async def test_every_row_gets_one_outcome_and_bad_rows_fail_alone(
    sandbox: Sandbox, mode: str
) -> None:
    rows: list[MailboxSpec | RowProblem] = [
        *specs(150),
        MailboxSpec("example.com", "-starts-with-hyphen"),
        MailboxSpec("nowhere.test", "alice"),
        MailboxSpec("example.com", "user0001"),  # listed twice
        RowProblem(line=999, message="row 999: storage_allocation_mb 'lots' is not a number"),
    ]
    async with client(sandbox) as tm:
        report = await provision_mailboxes(tm, rows, mode=mode, concurrency=4, batch_size=40)
    assert len(report.outcomes) == len(rows)
    assert [o.spec for o in report.outcomes] == rows  # input order kept
    assert report.created == 150
    codes = [o.code for o in report.outcomes[150:]]
    assert codes == ["validation_error", "unknown_domain", "duplicate_row", "invalid_row"]
    assert all(o.status is OutcomeStatus.FAILED for o in report.outcomes[150:])
    assert len(addresses(sandbox)) == 150
    if mode == "bulk":  # bulk items carry no display name: set afterwards
        names = {mb.email: mb.display_name for mb in sandbox.state.mailboxes.values()}
        assert names["user0007@example.com"] == "User 7"


async def test_rerun_replays_and_creates_nothing(sandbox: Sandbox) -> None:
    rows = specs(120, "example.net")
    async with client(sandbox) as tm:
        first = await provision_mailboxes(tm, rows, mode="bulk", concurrency=3)
        before = addresses(sandbox)
        second = await provision_mailboxes(tm, rows, mode="bulk", concurrency=3)
        third = await provision_mailboxes(tm, rows, mode="single", concurrency=8)
    assert first.created == 120
    assert second.already_existed == 120 and second.created == second.failed == 0
    assert all(o.replayed for o in second.outcomes)
    # A different mode sends different requests (new keys): the API says already_exists.
    assert third.already_existed == 120 and {o.code for o in third.outcomes} == {"already_exists"}
    assert addresses(sandbox) == before


@pytest.mark.parametrize("fault", ["drop-after-commit", "500-before-commit", "503", "html-502"])
@pytest.mark.parametrize("mode", ["bulk", "single"])
async def test_faults_lose_nothing_and_duplicate_nothing(
    sandbox: Sandbox, mode: str, fault: str
) -> None:
    path = "/api/v1/mailboxes:bulk" if mode == "bulk" else "/api/v1/mailboxes"
    sandbox.state.faults.enqueue(fault, path=path, method="POST", nth=2, times=3)
    rows = specs(60, "example.org")
    async with client(sandbox) as tm:
        report = await provision_mailboxes(tm, rows, mode=mode, concurrency=4, batch_size=10)
    assert report.created == 60, report.failure_codes
    assert len([a for a in addresses(sandbox) if a.endswith("@example.org")]) == 60
    assert max(o.attempts for o in report.outcomes) > 1


async def test_batch_over_the_pool_is_split(tmp_path: Path) -> None:
    config = SandboxConfig(rate_limit_per_minute=100_000, pool_mb=1000, seed_message_mailbox=False)
    rows = [MailboxSpec("example.com", f"big{i}", storage_allocation_mb=400) for i in range(4)]
    async with Sandbox(config) as sb, client(sb) as tm:
        report = await provision_mailboxes(tm, rows, mode="bulk")
    assert report.created == 2
    assert report.failure_codes == {"storage_pool_exceeded": 2}


async def test_rate_limit_is_waited_out(sandbox: Sandbox) -> None:
    sandbox.state.faults.enqueue("429:0.2", path="/api/v1/mailboxes", method="POST", times=5)
    async with client(sandbox) as tm:
        report = await provision_mailboxes(tm, specs(30), mode="single", concurrency=5)
    assert report.created == 30


def test_load_specs_reports_bad_rows_without_dropping(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "domain,local_part,display_name,storage_allocation_mb\n"
        "Example.com,alice,Alice,\n"
        ",bob,Bob,\n"
        "example.com,carol,Carol,lots\n"
        "example.com,dave,,512\n"
    )
    entries = load_specs(path)
    assert len(entries) == 4
    assert entries[0] == MailboxSpec("example.com", "alice", "Alice", None)
    assert isinstance(entries[1], RowProblem) and "domain" in entries[1].message
    assert isinstance(entries[2], RowProblem) and "storage_allocation_mb" in entries[2].message
    assert entries[3] == MailboxSpec("example.com", "dave", None, 512)


@pytest.mark.parametrize("fault", ["429:0.05", "503"])
async def test_rerun_refused_at_first_is_still_already_existed(
    sandbox: Sandbox, fault: str
) -> None:
    rows = specs(20, "example.net", "again")
    async with client(sandbox) as tm:
        first = await provision_mailboxes(tm, rows, mode="single", concurrency=4)
        # The re-run's first sends are refused before anything is done; the retries replay.
        sandbox.state.faults.enqueue(fault, path="/api/v1/mailboxes", method="POST", times=10)
        second = await provision_mailboxes(tm, rows, mode="single", concurrency=4)
    assert first.created == 20
    assert second.already_existed == 20 and second.created == 0
    assert max(o.attempts for o in second.outcomes) > 1
