"""Bulk provisioning with app passwords against the sandbox over real HTTP: every created row
has its app password recorded once, equal to the one the server minted, also when answers
are lost (a replay redacts the secret) and the run gets it by the per-mailbox follow-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from trekmail_client import RetryPolicy, TrekMail
from trekmail_client.provisioning import MailboxSpec, OutcomeStatus, provision_mailboxes
from trekmail_client.provisioning._journal import Journal
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio

APP_PATH = "/api/v1/mailboxes/1/app-passwords"  # the first mailbox of a fresh sandbox
FAST_BACKOFF = RetryPolicy(backoff_base=0.01, backoff_cap=0.1)


def specs(count: int) -> list[MailboxSpec]:
    return [MailboxSpec("example.com", f"app{i:04d}") for i in range(count)]


def active_secrets(sb: Sandbox, mailbox_id: int) -> list[str]:
    return [a.password for a in sb.state.mailboxes[mailbox_id].app_passwords if not a.revoked_at]


def check_recorded(sb: Sandbox, report_outcomes: tuple, journal: Path) -> None:  # type: ignore[type-arg]
    """Every row created, with an app password the server minted and the journal holds."""
    with Journal.open(journal, create=False) as book:
        rows = book.rows()
    for outcome, row in zip(report_outcomes, rows, strict=True):
        assert outcome.status is OutcomeStatus.CREATED, (outcome.address, outcome.message)
        assert outcome.app_password, outcome.address  # never created without one
        assert row.app_password == outcome.app_password
        assert outcome.app_password in active_secrets(sb, outcome.mailbox_id)


async def test_bulk_app_passwords_come_from_the_bulk_answer(tmp_path: Path) -> None:
    config = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    async with (
        Sandbox(config) as sb,
        TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, retry_policy=FAST_BACKOFF) as tm,
    ):
        report = await provision_mailboxes(
            tm,
            specs(30),
            mode="bulk",
            batch_size=10,
            app_passwords=True,
            save_passwords=True,
            journal=tmp_path / "j",
        )
        check_recorded(sb, report.outcomes, tmp_path / "j")
        # One bulk request per batch and no follow-up: the bulk rows carried them.
        vias = {a.created_via for m in sb.state.mailboxes.values() for a in m.app_passwords}
        assert vias == {"bulk_create"}
        assert report.requests == 1 + 3  # the domain lookup and three batches


async def test_bulk_app_passwords_survive_drops_and_resets(tmp_path: Path) -> None:
    """10% dropped-after-commit and 10% reset requests (seeded): a dropped batch is replayed
    with its secrets redacted, so those rows get their app password by the follow-up."""
    config = SandboxConfig(
        rate_limit_per_minute=100_000,
        seed_message_mailbox=False,
        fault_rates={"drop": 0.1, "reset": 0.1},
        fault_seed=11,
    )
    async with (
        Sandbox(config) as sb,
        TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, retry_policy=FAST_BACKOFF) as tm,
    ):
        report = await provision_mailboxes(
            tm,
            specs(200),
            mode="bulk",
            batch_size=10,
            concurrency=1,
            app_passwords=True,
            save_passwords=True,
            journal=tmp_path / "j",
        )
        check_recorded(sb, report.outcomes, tmp_path / "j")
        injected = sb.state.fault_rates.injected
        assert injected.get("drop-after-commit", 0) > 0 and injected.get("reset", 0) > 0
        minted_by_follow_up = [
            a
            for m in sb.state.mailboxes.values()
            for a in m.app_passwords
            if a.created_via == "api"
        ]
        assert minted_by_follow_up  # the follow-up path was exercised
        assert len(sb.state.mailboxes) == 200


async def test_lost_app_password_answer_mints_another_and_rerun_keeps_it(tmp_path: Path) -> None:
    """The bulk answer is dropped (its replay redacts the app password); the follow-up's first
    answer is dropped too (its replay has no secret), so a second key mints a fresh one. A
    re-run with the same journal keeps the recorded one and sends nothing."""
    config = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    journal = tmp_path / "j"
    async with (
        Sandbox(config) as sb,
        TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, retry_policy=FAST_BACKOFF) as tm,
    ):
        sb.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes:bulk", method="POST")
        sb.state.faults.enqueue("drop-after-commit", path=APP_PATH, method="POST")
        report = await provision_mailboxes(
            tm, specs(1), mode="bulk", app_passwords=True, save_passwords=True, journal=journal
        )
        check_recorded(sb, report.outcomes, journal)
        (mailbox,) = sb.state.mailboxes.values()
        assert len(mailbox.app_passwords) == 3  # the bulk one, the lost mint, the recorded one
        recorded = report.outcomes[0].app_password
        assert recorded == mailbox.app_passwords[-1].password
        again = await provision_mailboxes(
            tm, specs(1), mode="bulk", app_passwords=True, save_passwords=True, journal=journal
        )
        assert again.outcomes[0].app_password == recorded
        assert again.skipped == 1 and len(mailbox.app_passwords) == 3


async def test_app_password_follow_up_failure_has_its_own_code(tmp_path: Path) -> None:
    """The follow-up refused past its retries: the row is failed ``app_password_not_recorded``
    (its mailbox kept), never created without one; the re-run mints it and records it once."""
    config = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    journal = tmp_path / "j"
    async with (
        Sandbox(config) as sb,
        TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, retry_policy=FAST_BACKOFF) as tm,
    ):
        sb.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes:bulk", method="POST")
        sb.state.faults.enqueue("503", path=APP_PATH, method="POST", times=3)
        first = await provision_mailboxes(
            tm,
            specs(1),
            mode="bulk",
            app_passwords=True,
            save_passwords=True,
            journal=journal,
            max_attempts=3,
        )
        (outcome,) = first.outcomes
        assert outcome.status is OutcomeStatus.FAILED
        assert outcome.code == "app_password_not_recorded"
        assert outcome.mailbox_id is not None and outcome.app_password is None
        again = await provision_mailboxes(
            tm,
            specs(1),
            mode="bulk",
            app_passwords=True,
            save_passwords=True,
            journal=journal,
            max_attempts=3,
        )
        check_recorded(sb, again.outcomes, journal)
        assert len(sb.state.mailboxes) == 1
