"""One rate-limit gate and pace per token shared through a real redis-server on 127.0.0.1
(the OS package; `make redis-server` installs it), against the sandbox over real HTTP."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
import redis

from trekmail_client import RateLimitError, RetryPolicy, TrekMail
from trekmail_client._redis import RateLimitStoreError, redis_keys
from trekmail_client._tokens import token_fingerprint
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

pytestmark = pytest.mark.anyio


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A fresh redis-server on a free 127.0.0.1 port, without persistence."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed: run `make redis-server` (apt package)")
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", tmp]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        try:
            client = redis.Redis(port=port)
            for _ in range(400):  # bounded polling, generous
                with contextlib.suppress(redis.ConnectionError):
                    if client.ping():
                        break
                time.sleep(0.05)
            else:
                pytest.fail("redis-server did not answer PING")
            client.close()
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.fixture
def flushed(redis_url: str) -> redis.Redis:
    client = redis.Redis.from_url(redis_url)
    client.flushall()
    return client


async def test_a_429_in_one_client_shuts_the_gate_for_another_and_keys_hide_the_token(
    make_sandbox: Callable[..., Sandbox], redis_url: str, flushed: redis.Redis
) -> None:
    sandbox = make_sandbox(rate_limit_per_minute=3)
    # One 429 is evidence here (the evidence rules have their own test in test_redis_gate.py).
    policy = RetryPolicy(
        redis_url=redis_url, adaptive_pacing=True, pace_min_sample=1, pace_loss_tolerance=0.0
    )
    first = TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, retry_policy=policy)
    other = TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, retry_policy=policy)
    async with first, other:
        client = first.with_options(max_retries=0)
        with pytest.raises(RateLimitError):
            for _ in range(4):
                await client.get_async_httpx_client().get("/api/v1/me")
        # the other client (another process would be the same) sees the shared gate shut
        state, log, inflight = redis_keys(policy, token_fingerprint(DEMO_OPS_TOKEN))
        gate = float(flushed.hget(state, "gate") or 0)
        redis_now = flushed.time()
        assert gate - (redis_now[0] + redis_now[1] / 1e6) > 30  # the sandbox asks ~60 s
        assert other.rate_limit_gate.remaining(token_fingerprint(DEMO_OPS_TOKEN)) == 0.0
        assert float(flushed.hget(state, "ceiling") or 0) == pytest.approx(3 / 60)
    keys = [k.decode() for k in flushed.keys("*")]
    assert flushed.zcard(inflight) == 0  # every send ended
    # (an empty sorted set is no key); the refused send is kept for the evidence rules
    assert sorted(keys) == sorted([state, log, f"{state}:refused"])
    assert all(token_fingerprint(DEMO_OPS_TOKEN) in k and DEMO_OPS_TOKEN not in k for k in keys)
    dumped = json.dumps([repr(flushed.hgetall(state)), repr(flushed.zrange(log, 0, -1))])
    assert DEMO_OPS_TOKEN not in dumped


async def test_an_unreachable_redis_is_a_clear_error_without_the_password(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    sandbox = make_sandbox()
    url = f"redis://:hunter2-secret@127.0.0.1:{_free_port()}/0"
    policy = RetryPolicy(redis_url=url)
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, retry_policy=policy) as tm:
        with pytest.raises(RateLimitStoreError) as caught:
            await tm.get_async_httpx_client().get("/api/v1/me")
    assert "127.0.0.1" in str(caught.value) and "hunter2" not in str(caught.value)
    assert "hunter2" not in repr(policy)


WORKER = """
import asyncio, json, sys
import httpx
from trekmail_client import RetryPolicy, TrekMail, pool_limits
from trekmail_client.provisioning import MailboxSpec, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN

url, redis_url, window, start, stop = sys.argv[1:6]

class Count(httpx.AsyncBaseTransport):
    def __init__(self):
        self.inner = httpx.AsyncHTTPTransport(limits=pool_limits(8))
        self.refused = 0
        self.requests = 0
    async def handle_async_request(self, request):
        response = await self.inner.handle_async_request(request)
        self.requests += 1
        self.refused += response.status_code == 429
        return response
    async def aclose(self):
        await self.inner.aclose()

async def main():
    count = Count()
    policy = RetryPolicy(rate_limit_window=float(window), redis_url=redis_url or None)
    rows = [MailboxSpec("example.com", f"user{i:04d}") for i in range(int(start), int(stop))]
    async with TrekMail(base_url=url, ops_token=DEMO_OPS_TOKEN, transport=count,
                        retry_policy=policy) as tm:
        report = await provision_mailboxes(tm, rows, mode="single", concurrency=8,
                                           max_attempts=50)
    print(json.dumps({"created": report.created, "failed": report.failed,
                      "refused": count.refused, "requests": count.requests}))

asyncio.run(main())
"""


def _three_processes(url: str, redis_url: str, window: float, rows: int) -> list[dict[str, int]]:
    third = rows // 3
    procs = [
        subprocess.Popen(
            [
                *(sys.executable, "-c", WORKER, url, redis_url),
                str(window),
                str(i * third),
                str((i + 1) * third),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    return [json.loads(p.communicate(timeout=600)[0]) for p in procs]


def test_three_processes_on_thirds_of_one_file_through_redis(
    make_sandbox: Callable[..., Sandbox], redis_url: str, flushed: redis.Redis
) -> None:
    """3 provisioning processes, one token, a binding limit (40 per 4 s), sharing the gate and
    the pace through Redis: every row is created once, none fails, the limit binds (some 429s)
    and each process learned from the shared state (the pace's ceiling is in Redis)."""
    sandbox = make_sandbox(rate_limit_per_minute=40, rate_limit_window=4.0)
    results = _three_processes(sandbox.url, redis_url, 4.0, 240)
    assert sum(r["created"] for r in results) == 240
    assert sum(r["failed"] for r in results) == 0
    listed = Counter(mb.email for mb in sandbox.state.mailboxes.values())
    assert len(listed) == 240 and set(listed.values()) == {1}
    assert sum(r["refused"] for r in results) > 0  # the limit did bind
    state, _, _ = redis_keys(RetryPolicy(), token_fingerprint(DEMO_OPS_TOKEN))
    assert float(flushed.hget(state, "ceiling") or 0) > 0
