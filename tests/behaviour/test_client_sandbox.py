"""The SDK's runtime against the sandbox over real HTTP: tokens, keys, retries, errors, pages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from trekmail_client import (
    APIError,
    ConflictError,
    IdempotencyConflictError,
    InternalServerError,
    MissingTokenError,
    NotFoundError,
    RateLimitError,
    ServiceUnavailableError,
    TrekMail,
    UnprocessableEntityError,
)
from trekmail_client.api.domains import list_domains
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox, list_mailboxes
from trekmail_client.api.messages import list_messages
from trekmail_client.cli import main as cli_main
from trekmail_client.models import MailboxCreateRequest
from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(
        SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    ) as sb:
        yield sb


def body(local_part: str, domain_id: int = 1) -> MailboxCreateRequest:
    return MailboxCreateRequest(
        domain_id=domain_id,
        local_part=local_part,
        password_mode="generated_one_time",
    )


async def test_create_get_and_typed_errors(sandbox: Sandbox) -> None:
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        created = await create_mailbox.asyncio(client=tm, body=body("alice"))
        assert created is not None and created.data.email == "alice@example.com"
        fetched = await get_mailbox.asyncio(created.data.id, client=tm)
        assert fetched is not None and fetched.data.id == created.data.id
        with pytest.raises(ConflictError) as conflict:
            await create_mailbox.asyncio(client=tm, body=body("alice"))
        assert conflict.value.code == "already_exists" and conflict.value.request_id
        with pytest.raises(UnprocessableEntityError) as invalid:
            await create_mailbox.asyncio(client=tm, body=body("Bad..Name"))
        assert "local_part" in str(invalid.value.errors)
        with pytest.raises(NotFoundError):
            await get_mailbox.asyncio(999_999, client=tm)


async def test_same_key_other_body_is_an_idempotency_conflict(sandbox: Sandbox) -> None:
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        await create_mailbox.asyncio(client=tm, body=body("bob"), idempotency_key="k-1")
        replay = await create_mailbox.asyncio_detailed(
            client=tm, body=body("bob"), idempotency_key="k-1"
        )
        assert replay.headers["X-Idempotency-Replayed"] == "true"
        with pytest.raises(IdempotencyConflictError) as exc:
            await create_mailbox.asyncio(client=tm, body=body("carol"), idempotency_key="k-1")
        assert exc.value.idempotency_key == "k-1"
    assert len(sandbox.state.mailboxes) == 1


async def test_lost_answer_is_retried_with_the_same_key_and_replayed(sandbox: Sandbox) -> None:
    sandbox.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes", method="POST")
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        response = await create_mailbox.asyncio_detailed(client=tm, body=body("dana"))
    assert response.status_code == 201
    assert response.headers["X-Idempotency-Replayed"] == "true"
    assert [mb.email for mb in sandbox.state.mailboxes.values()] == ["dana@example.com"]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("503", ServiceUnavailableError),
        ("html-502", InternalServerError),
        ("429:0", RateLimitError),
    ],
)
async def test_retries_then_raises_typed_errors(
    sandbox: Sandbox, fault: str, error: type[APIError]
) -> None:
    rule = sandbox.state.faults.enqueue(fault, path="/api/v1/domains", times=10)
    async with TrekMail(
        base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True, max_retries=2
    ) as tm:
        with pytest.raises(error) as exc:
            await list_domains.asyncio(client=tm)
    assert rule.seen == 3  # one try and two retries
    assert exc.value.status in (429, 502, 503)


async def test_paginate_walks_every_page(sandbox: Sandbox) -> None:
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        for i in range(53):
            await create_mailbox.asyncio(client=tm, body=body(f"page{i:02d}", 2))
        emails = [mb.email async for mb in tm.paginate(list_mailboxes, per_page=10)]
        first_two = [mb.email async for mb in tm.paginate(list_mailboxes, per_page=10, max_pages=2)]
    assert len(emails) == len(set(emails)) == 53
    assert len(first_two) == 20


async def test_each_operation_uses_its_own_token(sandbox: Sandbox) -> None:
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        with pytest.raises(MissingTokenError, match="list_messages"):
            await list_messages.asyncio(client=tm)
    both = TrekMail(
        base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, message_token=DEMO_MESSAGE_TOKEN
    )
    async with both as tm:
        assert await list_messages.asyncio_detailed(client=tm)
        assert await list_domains.asyncio(client=tm)
    assert DEMO_OPS_TOKEN not in repr(both) and DEMO_MESSAGE_TOKEN not in repr(both)


def test_cli_provisions_a_csv(make_sandbox: Callable[..., Sandbox], tmp_path: Path) -> None:
    sb = make_sandbox()
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text(
        "domain,local_part,display_name,storage_allocation_mb\n"
        "example.com,erin,Erin,\nexample.com,-bad,Bad,\nexample.net,frank,,256\n"
    )
    results = tmp_path / "out.jsonl"
    runner = CliRunner()
    args = ["provision", str(csv_path), "--base-url", sb.url, "--results", str(results)]
    outcome = runner.invoke(cli_main, args, env={"TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN})
    assert outcome.exit_code == 1, outcome.output  # one row failed
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["created", "failed", "created"]
    assert rows[1]["code"] == "validation_error"
    assert "one_time_password" not in rows[0]
    again = runner.invoke(
        cli_main,
        [*args, "--mode", "single", "--no-journal"],
        env={"TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN},
    )
    assert again.exit_code == 1
    assert DEMO_OPS_TOKEN not in outcome.output + again.output


def test_cli_refuses_a_bad_token_without_echoing_it(tmp_path: Path) -> None:
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("domain,local_part\nexample.com,a\n")
    bad = "tm_msg_not_an_ops_token"
    outcome = CliRunner().invoke(
        cli_main, ["provision", str(csv_path), "--token", bad, "--base-url", "http://127.0.0.1:9"]
    )
    assert outcome.exit_code == 2
    assert bad not in outcome.output


def test_cli_interrupt_keeps_the_outcomes_so_far(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sb = make_sandbox(rate_limit_per_minute=120)  # slow enough to interrupt mid-run
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("domain,local_part\n" + "".join(f"example.com,u{i}\n" for i in range(60)))
    results = tmp_path / "out.jsonl"
    command = [sys.executable, "-c", "from trekmail_client.cli import main; main()", "provision"]
    options = ["--mode", "single", "--concurrency", "2", "--results", str(results)]
    proc = subprocess.Popen(
        [*command, str(csv_path), *options],
        env={**os.environ, "TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN, "TREKMAIL_BASE_URL": sb.url},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while len(sb.state.mailboxes) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    output = proc.communicate(timeout=30)[0].decode()
    assert proc.returncode == 130, output
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    assert len(rows) == 60  # every row, the unfinished ones as "unknown"
    assert 0 < sum(r["status"] == "unknown" for r in rows) < 60
    assert {r["address"] for r in rows if r["status"] == "created"} <= {
        mb.email for mb in sb.state.mailboxes.values()
    }
    assert "interrupted" in output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"domain,local_part\nexample.com,jos\xe9\n", "UTF-8"),
        (b"domain,local_part,password\nexample.com,a,x\n", "unknown password"),
        (b"domain,name\nexample.com,a\n", "lacks local_part"),
    ],
)
def test_cli_refuses_an_unreadable_file(tmp_path: Path, content: bytes, message: str) -> None:
    csv_path = tmp_path / "rows.csv"
    csv_path.write_bytes(content)
    outcome = CliRunner().invoke(
        cli_main, ["provision", str(csv_path), "--token", DEMO_OPS_TOKEN], catch_exceptions=False
    )
    assert outcome.exit_code == 2
    assert message in outcome.output


async def test_server_validation_names_the_field(sandbox: Sandbox) -> None:
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        with pytest.raises(UnprocessableEntityError) as exc:
            await create_mailbox.asyncio(client=tm, body=body("x" * 65))
    assert "\n  local_part: " in str(exc.value)
    assert list(exc.value.errors) == ["local_part"]


async def test_unknown_enum_value_comes_back_as_a_422_naming_the_field(sandbox: Sandbox) -> None:
    bad = MailboxCreateRequest(domain_id=1, local_part="erin", password_mode="bogus")  # type: ignore[arg-type]
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as tm:
        with pytest.raises(UnprocessableEntityError) as exc:
            await create_mailbox.asyncio(client=tm, body=bad)
    assert "password_mode" in exc.value.errors
    assert "\n  password_mode: " in str(exc.value)
