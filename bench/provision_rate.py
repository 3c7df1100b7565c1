"""Provisioning against a binding sandbox rate limit: how close to the limit, how many 429s,
how many connections, how much memory; one process or three sharing a token (with and without
Redis). Not part of ``make bench`` (each run takes minutes); run the scenarios by hand:

    python bench/provision_rate.py single --rows 10000 --limit 6000 --concurrency 64
    python bench/provision_rate.py single --rows 10000 --limit 6000 --concurrency 64 --no-pace
    python bench/provision_rate.py bulk --rows 10000 --limit 60 --concurrency 64
    python bench/provision_rate.py connections --rows 5000 --concurrency 64
    python bench/provision_rate.py three --rows 6000 --limit 2400 --concurrency 16
    python bench/provision_rate.py cost --rows 10000 --concurrency 64 --latency 0.05

``--no-slow-start`` turns the pace's slow start off (``RetryPolicy(slow_start=False)``).
``cost`` runs at a limit that never binds, single and bulk, with and without the slow start,
interleaved (``--repeat`` rounds), and prints the wall times side by side; ``--latency``
adds that many seconds before each request (a stand-in for the network between a client and
the real API, which loopback does not have).

Figures: accepted requests in the busiest window over the limit (goal >= 0.95); the mean rate
over the run (from the first request to the last) over the limit; 429s per request (goal
<= 1%); requests per mailbox; new connections per request (goal <= 0.01); peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import httpx

from trekmail_client import RetryPolicy, TrekMail, pool_limits
from trekmail_client.provisioning import MailboxSpec, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN, sandbox_process

OLD_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class Counting(httpx.AsyncBaseTransport):
    """Counts every HTTP attempt: the send times of those the server accepted, the 429s, and
    the TCP connections the pool opened (httpcore's ``trace`` events)."""

    def __init__(self, limits: httpx.Limits, latency: float = 0.0) -> None:
        self._inner = httpx.AsyncHTTPTransport(limits=limits)
        self._latency = latency
        self.accepted: list[float] = []
        self.rate_limited = 0
        self.connections = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                self.connections += 1

        request.extensions = {**request.extensions, "trace": trace}
        if self._latency:
            await asyncio.sleep(self._latency)
        sent = time.monotonic()
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            self.rate_limited += 1
        else:
            self.accepted.append(sent)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def busiest(times: list[float], window: float) -> int:
    """The most accepted requests in any ``window`` seconds (what the limit counts)."""
    times = sorted(times)
    return max((bisect.bisect_right(times, t + window) - i for i, t in enumerate(times)), default=0)


def specs(start: int, stop: int) -> list[MailboxSpec]:
    return [MailboxSpec("example.com", f"user{i:05d}") for i in range(start, stop)]


async def provision(
    url: str,
    rows: list[MailboxSpec],
    mode: str,
    concurrency: int,
    pace: bool,
    limits: httpx.Limits,
    policy: RetryPolicy,
    latency: float = 0.0,
) -> dict[str, Any]:
    counter = Counting(limits, latency)
    started = time.perf_counter()
    async with TrekMail(
        base_url=url, ops_token=DEMO_OPS_TOKEN, transport=counter, retry_policy=policy
    ) as tm:
        report = await provision_mailboxes(
            tm,
            rows,
            mode="bulk" if mode == "bulk" else "single",
            concurrency=concurrency,
            pace=pace,
        )
    return {
        "created": report.created,
        "failed": report.failed,
        "accepted": counter.accepted,
        "rate_limited": counter.rate_limited,
        "connections": counter.connections,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "wall_time": time.perf_counter() - started,
    }


def summary(name: str, result: dict[str, Any], rows: int, limit: int, window: float) -> None:
    accepted = sorted(result["accepted"])
    requests = len(accepted) + result["rate_limited"]
    top = busiest(accepted, window)
    span = accepted[-1] - accepted[0] if len(accepted) > 1 else 0.0
    mean = len(accepted) / span * window / limit if span > window else float("nan")
    print(
        f"{name}: created {result['created']} failed {result['failed']} | "
        f"requests {requests} (429: {result['rate_limited']}, "
        f"{result['rate_limited'] / max(requests, 1):.2%}) | "
        f"busiest {window:g} s window {top} of {limit} = {top / limit:.3f} | "
        f"mean rate over {span:.0f} s = {mean:.3f} of the limit | "
        f"requests per mailbox {requests / rows:.4f} | "
        f"new connections per request {result['connections'] / max(requests, 1):.4f} | "
        f"peak RSS {result['peak_rss_mb']:.0f} MB"
        + (f" | wall {result['wall_time']:.1f} s" if "wall_time" in result else ""),
        flush=True,
    )


def one_process(args: argparse.Namespace) -> None:
    limits = OLD_LIMITS if args.old_pool else pool_limits(args.concurrency)
    policy = RetryPolicy(rate_limit_window=args.window, slow_start=not args.no_slow_start)
    with sandbox_process(rate_limit=args.limit, rate_limit_window=args.window) as url:
        result = asyncio.run(
            provision(
                url,
                specs(0, args.rows),
                args.mode,
                args.concurrency,
                not args.no_pace,
                limits,
                policy,
            )
        )
    label = f"{args.mode}, concurrency {args.concurrency}, pace {'off' if args.no_pace else 'on'}"
    label += ", slow start off" if args.no_slow_start else ", slow start on"
    label += ", pool 100/20 kept alive" if args.old_pool else ", pool sized and kept alive"
    summary(label, result, args.rows, args.limit, args.window)


def connections(args: argparse.Namespace) -> None:
    """Side by side at a limit that never binds: the old pool (20 kept alive) and the new."""
    rows = specs(0, args.rows)
    for name, limits in [("old pool 100/20", OLD_LIMITS), ("pool_limits", None)]:
        with sandbox_process(rate_limit=10_000_000) as url:
            result = asyncio.run(
                provision(
                    url,
                    rows,
                    "single",
                    args.concurrency,
                    True,
                    limits or pool_limits(args.concurrency),
                    RetryPolicy(),
                )
            )
        requests = len(result["accepted"]) + result["rate_limited"]
        print(
            f"{name}: concurrency {args.concurrency}, {requests} requests, "
            f"{result['connections']} connections opened = "
            f"{result['connections'] / requests:.4f} per request",
            flush=True,
        )


def cost(args: argparse.Namespace) -> None:
    """Wall time at a limit that never binds, with and without the slow start, interleaved."""
    rows = specs(0, args.rows)
    times: dict[tuple[str, bool], list[float]] = {}
    for _ in range(args.repeat):
        for mode in ("single", "bulk"):
            for slow in (False, True):
                with sandbox_process(rate_limit=10_000_000) as url:
                    result = asyncio.run(
                        provision(
                            url,
                            rows,
                            mode,
                            args.concurrency,
                            True,
                            pool_limits(args.concurrency),
                            RetryPolicy(slow_start=slow),
                            args.latency,
                        )
                    )
                assert result["created"] == args.rows, result["created"]
                times.setdefault((mode, slow), []).append(result["wall_time"])
    for mode in ("single", "bulk"):
        off = sorted(times[mode, False])[len(times[mode, False]) // 2]
        on = sorted(times[mode, True])[len(times[mode, True]) // 2]
        print(
            f"{mode}, {args.rows} rows, concurrency {args.concurrency}, latency "
            f"{args.latency * 1000:g} ms, limit never binds (median of {args.repeat}): "
            f"slow start off {off:.1f} s, on {on:.1f} s = {on / off:.2f}x",
            flush=True,
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", tmp],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for _ in range(200):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                    break
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


def worker(args: argparse.Namespace) -> None:
    """One of the three processes: provision rows [start, stop), print the counts as JSON."""
    policy = RetryPolicy(rate_limit_window=args.window, redis_url=args.redis_url or None)
    result = asyncio.run(
        provision(
            args.url,
            specs(args.start, args.stop),
            args.mode,
            args.concurrency,
            True,
            pool_limits(args.concurrency),
            policy,
        )
    )
    print(json.dumps(result))


def three(args: argparse.Namespace) -> None:
    third = args.rows // 3
    for use_redis in (False, True):
        with contextlib.ExitStack() as stack:
            url = stack.enter_context(
                sandbox_process(rate_limit=args.limit, rate_limit_window=args.window)
            )
            redis_url = stack.enter_context(redis_server()) if use_redis else ""
            commands = [
                [sys.executable, __file__, "worker", "--url", url, "--redis-url", redis_url,
                 "--start", str(i * third), "--stop", str((i + 1) * third),
                 "--mode", args.mode, "--concurrency", str(args.concurrency),
                 "--window", str(args.window)]
                for i in range(3)
            ]  # fmt: skip
            procs = [subprocess.Popen(c, stdout=subprocess.PIPE, text=True) for c in commands]
            results = [json.loads(p.communicate()[0]) for p in procs]
        merged = {
            "created": sum(r["created"] for r in results),
            "failed": sum(r["failed"] for r in results),
            "accepted": [t for r in results for t in r["accepted"]],
            "rate_limited": sum(r["rate_limited"] for r in results),
            "connections": sum(r["connections"] for r in results),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        }
        name = f"3 processes, {args.mode}, {'Redis' if use_redis else 'no Redis'}"
        summary(name, merged, third * 3, args.limit, args.window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "scenario", choices=["single", "bulk", "connections", "three", "worker", "cost"]
    )
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--limit", type=int, default=6000, help="requests per window per token")
    parser.add_argument("--window", type=float, default=60.0, help="seconds")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--mode", default="single")
    parser.add_argument("--no-pace", action="store_true")
    parser.add_argument("--no-slow-start", action="store_true")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each request")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the cost scenario")
    parser.add_argument("--old-pool", action="store_true", help="100 connections, 20 kept alive")
    parser.add_argument("--url", default="")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--stop", type=int, default=0)
    args = parser.parse_args()
    if args.scenario in ("single", "bulk"):
        args.mode = args.scenario
        one_process(args)
    elif args.scenario == "connections":
        connections(args)
    elif args.scenario == "three":
        three(args)
    elif args.scenario == "cost":
        cost(args)
    else:
        worker(args)


if __name__ == "__main__":
    main()
