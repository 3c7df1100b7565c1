"""The shared rate limit through a real redis-server, against the sandbox over real HTTP: a 429
one client collected keeps another client (a process of its own would be the same: nothing but
Redis is shared) from sending, where without Redis it collects its own; the command line's
--redis-url and TREKMAIL_REDIS_URL; and a Redis that dies in the middle of a run."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from trekmail_client import RateLimitError, RetryPolicy, TrekMail, pool_limits
from trekmail_client._backoff import AdaptivePacer, LocalRateLimit, PaceMemory, RateLimitGate
from trekmail_client._redis import RedisRateLimit, redis_keys
from trekmail_client._retry import RetryTransport
from trekmail_client._tokens import token_fingerprint
from trekmail_client.cli import main
from trekmail_client.provisioning import (
    Journal,
    MailboxSpec,
    ProvisionOutcome,
    provision_mailboxes,
)
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

from ._redis_server import RedisServer, free_port, redis_server

pytestmark = pytest.mark.anyio
FINGERPRINT = token_fingerprint(DEMO_OPS_TOKEN)


@pytest.fixture
def server() -> Iterator[RedisServer]:
    with redis_server() as started:
        yield started


class Counting(httpx.AsyncBaseTransport):
    """What one client sent to the sandbox: every request and the 429s among them."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent = 0
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        response = await self.inner.handle_async_request(request)
        self.refused += response.status_code == 429
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class HeldSleep:
    """An async sleep that records what it was asked to wait and never returns by itself."""

    def __init__(self) -> None:
        self.asked: list[float] = []
        self.called = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        self.called.set()
        await asyncio.Event().wait()


async def _two_clients(sandbox: Sandbox, redis_url: str | None) -> tuple[Counting, HeldSleep]:
    """Client A fills the sandbox's limit (3 per minute) and collects one 429; then client B,
    with its own transport, gate and pace (nothing shared but Redis), makes one call. Returns
    B's counts and B's sleep (what B was asked to wait for the gate)."""
    policy = RetryPolicy(redis_url=redis_url, max_retries=0)
    first = Counting()
    a = TrekMail(
        base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, transport=first, retry_policy=policy
    )
    held = HeldSleep()
    second = Counting()
    b_transport = RetryTransport(second, policy=policy, sleep=held)
    b = TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, transport=b_transport)
    async with a, b:
        for _ in range(3):
            await a.get_async_httpx_client().get("/api/v1/me")
        with pytest.raises(RateLimitError) as refused:
            await a.get_async_httpx_client().get("/api/v1/me")
        assert refused.value.retry_after is not None and refused.value.retry_after > 30
        assert (first.sent, first.refused) == (4, 1)
        call = asyncio.create_task(b.get_async_httpx_client().get("/api/v1/me"))
        waiting = asyncio.create_task(held.called.wait())
        await asyncio.wait({call, waiting}, timeout=120, return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if not call.done():
            call.cancel()
        with pytest.raises((asyncio.CancelledError, RateLimitError)):
            await call
    return second, held


async def test_the_shared_gate_keeps_another_client_from_collecting_its_own_429(
    make_sandbox: Callable[..., Sandbox], server: RedisServer
) -> None:
    """Through Redis: B is told to wait for the gate A's 429 closed (about Retry-After) and
    sends nothing, so collects no 429."""
    second, held = await _two_clients(make_sandbox(rate_limit_per_minute=3), server.url)
    assert held.asked and held.asked[0] > 30
    assert (second.sent, second.refused) == (0, 0)


async def test_without_redis_the_other_client_collects_its_own_429(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    """The control: each client keeps its own gate, so B sends at once into the full limit."""
    second, held = await _two_clients(make_sandbox(rate_limit_per_minute=3), None)
    assert held.asked == []
    assert (second.sent, second.refused) == (1, 1)


# -- the command line ----------------------------------------------------------------------


def _rows(path: Path, count: int) -> Path:
    lines = ["domain,local_part"] + [f"example.com,redis{i:03d}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _cli(sandbox: Sandbox, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["provision", *args, "--base-url", sandbox.url, "--token", DEMO_OPS_TOKEN],
        env=env,
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_cli_shares_the_pace_through_redis_under_the_token_fingerprint(
    make_sandbox: Callable[..., Sandbox], server: RedisServer, tmp_path: Path, how: str
) -> None:
    sandbox = make_sandbox()
    rows = _rows(tmp_path / "rows.csv", 30)
    args = ["--mode", "single", "--concurrency", "4"]
    if how == "option":
        code, out = _cli(sandbox, str(rows), *args, "--redis-url", server.url)
    else:
        code, out = _cli(sandbox, str(rows), *args, env={"TREKMAIL_REDIS_URL": server.url})
    assert code == 0, out
    client = server.client()
    state, log, _ = redis_keys(RetryPolicy(), FINGERPRINT)
    keys = {k.decode() for k in client.keys("*")}
    assert keys == {state, log}  # nothing is in flight any more
    assert int(client.hget(state, "granted") or 0) >= 30  # every request went through Redis
    dumped = repr([client.hgetall(state), client.zrange(log, 0, -1, withscores=True)])
    assert DEMO_OPS_TOKEN not in dumped and all(DEMO_OPS_TOKEN not in k for k in keys)
    client.close()


def test_an_unreachable_redis_exits_2_before_the_first_request(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sandbox = make_sandbox()
    rows = _rows(tmp_path / "rows.csv", 5)
    url = f"redis://:hunter2-secret@127.0.0.1:{free_port()}/0"
    code, out = _cli(sandbox, str(rows), "--redis-url", url)
    assert code == 2, out
    assert "--redis-url" in out and "127.0.0.1" in out and "start Redis" in out
    assert "hunter2" not in out
    assert sandbox.state.requests == 0 and not sandbox.state.mailboxes
    assert not (tmp_path / "rows.csv.journal").exists()


def test_a_malformed_redis_url_exits_2_naming_the_form(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sandbox = make_sandbox()
    rows = _rows(tmp_path / "rows.csv", 5)
    code, out = _cli(sandbox, str(rows), env={"TREKMAIL_REDIS_URL": "localhost:6379"})
    assert code == 2, out
    assert "redis://" in out and sandbox.state.requests == 0


def test_without_the_redis_extra_the_cli_names_the_extra(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """redis-py made unimportable (a package of that name that refuses to load, first on
    the path): exit 2 naming the extra to install, before any request."""
    sandbox = make_sandbox()
    rows = _rows(tmp_path / "rows.csv", 5)
    blocked = tmp_path / "blocked" / "redis"
    blocked.mkdir(parents=True)
    (blocked / "__init__.py").write_text("raise ImportError('redis is not installed here')\n")
    env = {**os.environ, "PYTHONPATH": str(blocked.parent)}
    command = [sys.executable, "-c", "from trekmail_client.cli import main; main()"]
    command += ["provision", str(rows), "--base-url", sandbox.url, "--token", DEMO_OPS_TOKEN]
    command += ["--redis-url", "redis://127.0.0.1:1/0"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "trekmail-client[redis]" in done.stderr and "Traceback" not in done.stderr
    assert sandbox.state.requests == 0


# -- Redis failing mid-run -------------------------------------------------------------------


async def test_a_redis_killed_mid_run_falls_back_with_one_warning_and_shares_again(
    make_sandbox: Callable[..., Sandbox],
    server: RedisServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """redis-server is killed after 100 of 300 rows and started again after 200: the run
    goes on with the process's own gate and pace (one warning), uses Redis again once it
    answers (one more line), and every row is created exactly once."""
    sandbox = make_sandbox()
    policy = RetryPolicy(redis_url=server.url)
    transport = RetryTransport(httpx.AsyncHTTPTransport(limits=pool_limits(8)), policy=policy)
    shared = transport.shared
    assert isinstance(shared, RedisRateLimit)
    shared.reconnect_after = 0.0  # ask Redis again at every send while it is down
    done = 0

    def on_outcome(outcome: ProvisionOutcome) -> None:
        nonlocal done
        done += 1
        if done == 100:
            server.kill()
        elif done == 200:
            server.start()  # empty: it kept nothing

    rows = [MailboxSpec("example.com", f"mid{i:03d}") for i in range(300)]
    caplog.set_level(logging.INFO, logger="trekmail_client")
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
        report = await provision_mailboxes(
            tm, rows, mode="single", concurrency=8, on_outcome=on_outcome
        )
    assert report.created == 300 and report.failed == 0 and report.unknown == 0
    listed = Counter(mb.email for mb in sandbox.state.mailboxes.values())
    assert len(listed) == 300 and set(listed.values()) == {1}
    lost = [r for r in caplog.records if "is not usable" in r.getMessage()]
    back = [r for r in caplog.records if "answers again" in r.getMessage()]
    assert len(lost) == 1 and lost[0].levelno == logging.WARNING
    assert "own rate-limit gate and pace" in lost[0].getMessage()
    assert len(back) == 1 and shared.using_redis and shared.fallbacks == 1
    client = server.client()
    state, _, _ = redis_keys(policy, FINGERPRINT)
    assert int(client.hget(state, "granted") or 0) > 0  # the restarted Redis is used again
    client.close()


# -- the journal remembers the pace ------------------------------------------------------------


async def test_a_resumed_run_starts_from_the_pace_the_journal_remembers(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    """A journal whose earlier run learned 5 requests/s: the next run starts paced at that
    (no slow start), and the journal then holds what this run granted on top."""
    sandbox = make_sandbox()
    rows = [MailboxSpec("example.com", f"paced{i:02d}") for i in range(20)]
    path = tmp_path / "run.journal"
    with Journal.open(path) as book:
        book.bind(
            rows, {"mode": "single", "namespace": "trekmail-provision", "app_passwords": "false"}
        )
        book.save_pace(FINGERPRINT, PaceMemory(ceiling=5.0, granted=300))
        assert "pace:" not in repr(book.meta())  # not a run setting
    transport = RetryTransport(httpx.AsyncHTTPTransport())
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
        report = await provision_mailboxes(tm, rows, mode="single", concurrency=4, journal=path)
    assert report.created == 20
    local = transport.shared
    assert isinstance(local, LocalRateLimit)
    assert local.pacer.window(FINGERPRINT) is None  # seeded: no slow start
    assert local.pacer.memory(FINGERPRINT).ceiling == 5.0
    with Journal.open(path) as book:
        remembered = book.pace_memory(FINGERPRINT)
    assert remembered is not None and remembered.ceiling == 5.0
    assert remembered.granted >= 300 + 20
    assert DEMO_OPS_TOKEN not in path.read_bytes().decode("latin-1")


async def test_the_shared_pace_cuts_once_and_only_on_evidence(server: RedisServer) -> None:
    """The Redis pace judges 429s as the local one does (tests/unit/test_pace_spiral.py): one
    429 in 101 sends is within a 2% tolerance (set here; the default is 0.5%, and the Lua
    script reads it from the policy); a burst that passes it cuts once (the burst's other
    429s, sent before the cut, are its episode); a remembered best window is the floor and
    comes back from memory()."""
    policy = RetryPolicy(redis_url=server.url, pace_loss_tolerance=0.02)
    shared = RedisRateLimit(policy, LocalRateLimit(RateLimitGate(), AdaptivePacer(policy)))
    key = "tok_evidence"
    state, _, _ = redis_keys(policy, key)
    client = server.client()
    try:
        for _ in range(100):
            await shared.after_response(key, await shared.before_send(key, paced=False))
        await shared.after_throttle(key, await shared.before_send(key, paced=False), None)
        assert (await shared.memory(key)).ceiling is None
        burst = [await shared.before_send(key, paced=False) for _ in range(5)]
        await shared.after_throttle(key, burst[0], None)  # 2 of 106 refused: tolerated
        assert (await shared.memory(key)).ceiling is None
        cuts = []
        for ticket in burst[1:]:
            await shared.after_throttle(key, ticket, None)
            cuts.append(client.hget(state, "cut"))
        assert cuts[0] is not None and set(cuts) == {cuts[0]}  # one cut for the burst
        memory = await shared.memory(key)
        assert memory.ceiling is not None and memory.sustained is None  # not a full window yet
        await shared.seed(key, PaceMemory(memory.ceiling, 0, sustained=50.0))
        assert float(client.hget(state, "best") or 0) == 50.0
        assert (await shared.memory(key)).sustained == 50.0
    finally:
        client.close()
        await shared.aclose()
