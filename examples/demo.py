"""The main job, end to end: provision 1,000 mailboxes against the local sandbox, twice.

``make demo`` runs this. It starts the sandbox (``python -m trekmail_client.testing``) in its own
process with a per-token rate limit, provisions every row of the CSV with one request per
mailbox and bounded concurrency, lists the mailboxes back with ``paginate``, then provisions the
same file again: the second pass must create nothing (every row already existed) and the count
must stay the same. Exits 0 only when every check holds.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

from trekmail_client import TrekMail
from trekmail_client.api.mailboxes import list_mailboxes
from trekmail_client.provisioning import (
    MailboxSpec,
    ProvisionReport,
    load_specs,
    provision_mailboxes,
)
from trekmail_client.testing import DEMO_OPS_TOKEN, sandbox_process


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts every HTTP attempt (retries included): the times of those the server accepted,
    and how many it refused with 429."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100))
        self.accepted: list[float] = []
        self.rate_limited = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = time.monotonic()
        response = await self._inner.handle_async_request(request)
        if response.status_code == 429:
            self.rate_limited += 1
        else:
            self.accepted.append(sent)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    def busiest_minute(self) -> int:
        """The most accepted requests in any 60-second window (what a per-minute limit counts)."""
        times = self.accepted
        return max(
            (bisect.bisect_right(times, t + 60.0) - i for i, t in enumerate(times)), default=0
        )


async def count_mailboxes(tm: TrekMail) -> Counter[str]:
    """Every mailbox address on the account, with how often it is listed."""
    return Counter([mb.email async for mb in tm.paginate(list_mailboxes, per_page=100)])


def print_pass(name: str, report: ProvisionReport) -> None:
    print(
        f"{name}: created {report.created}, already existed {report.already_existed}, "
        f"failed {report.failed} in {report.wall_time:.2f} s"
    )
    for code, count in report.failure_codes.most_common():
        print(f"  failed with {code}: {count}")


async def run(url: str, specs: list[MailboxSpec], rate_limit: int, concurrency: int) -> bool:
    counter = CountingTransport()
    async with TrekMail(base_url=url, ops_token=DEMO_OPS_TOKEN, transport=counter) as tm:
        # the sandbox starts with the demo message token's mailbox; it stays as it is
        expected = {spec.address for spec in specs} | set(await count_mailboxes(tm))
        started = time.perf_counter()
        first = await provision_mailboxes(
            tm, specs, mode="single", concurrency=concurrency, save_passwords=True
        )
        print_pass("first pass", first)
        listed = await count_mailboxes(tm)
        duplicates = sum(n - 1 for n in listed.values() if n > 1)
        print(f"listed back: {sum(listed.values())} mailboxes, {duplicates} duplicates")

        second = await provision_mailboxes(tm, specs, mode="single", concurrency=concurrency)
        print_pass("second pass (same file, same sandbox)", second)
        relisted = await count_mailboxes(tm)
        wall = time.perf_counter() - started

    busiest = counter.busiest_minute()
    counted = first.requests + second.requests
    print(
        f"wall time: {wall:.2f} s for {len(counter.accepted):,} accepted requests "
        f"and {counter.rate_limited} answered 429 (the runs counted {counted:,} "
        f"requests, {first.rate_limited + second.rate_limited} answered 429)"
    )
    print(
        f"requests per minute: {busiest:,} in the busiest 60 s window, against the sandbox's "
        f"limit of {rate_limit:,} per token ({busiest / rate_limit:.0%} of it"
        + (", the whole run fitting in one window)" if wall < 60 else ")")
    )
    checks = {
        f"first pass created all {len(specs)}": first.created == len(specs),
        "first pass: every new mailbox's one-time password is known": all(
            o.one_time_password for o in first.outcomes
        ),
        "exactly the CSV's mailboxes (and the seeded one) exist, each once": set(listed) == expected
        and all(n == 1 for n in listed.values()),
        "second pass created nothing": second.created == 0 and second.failed == 0,
        "second pass: every row already existed": second.already_existed == len(specs),
        f"still exactly {len(expected)} after the second pass": set(relisted) == expected
        and sum(relisted.values()) == len(expected),
    }
    for name, ok in checks.items():
        print(f"  [{'ok' if ok else 'FAILED'}] {name}")
    return all(checks.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=Path(__file__).with_name("mailboxes.csv"))
    parser.add_argument("--rate-limit", type=int, default=3000, help="requests/minute/token")
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    entries = load_specs(args.csv)
    specs = [e for e in entries if isinstance(e, MailboxSpec)]
    if len(specs) != len(entries):
        print(f"{args.csv}: {len(entries) - len(specs)} rows cannot be read", file=sys.stderr)
        return 1
    with sandbox_process(rate_limit=args.rate_limit) as url:
        print(f"sandbox at {url}, rate limit {args.rate_limit:,} requests/minute per token")
        ok = asyncio.run(run(url, specs, args.rate_limit, args.concurrency))
    print("demo passed" if ok else "demo FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
