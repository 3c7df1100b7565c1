"""CPU per request through the SDK against raw ``httpx.AsyncClient``, same loopback server.

The sandbox runs in its own process (its CPU is not counted); this process alternates rounds
of N ``GET /api/v1/mailboxes/{id}`` requests made (a) with raw httpx (bearer header, JSON
decode), (b) through the SDK's module function (``get_mailbox.asyncio``: token routing,
idempotency and request-id headers, the retry transport, typed parsing into attrs models) and
(c) through the resource method (``tm.mailboxes.get``, which returns what is inside ``data``).
Each round's CPU time (``time.process_time``) is divided by N; the report gives medians, their
ratio to raw httpx and the resource method's ratio to the module function.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from trekmail_client import TrekMail
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox
from trekmail_client.models import MailboxCreateRequest
from trekmail_client.testing import DEMO_OPS_TOKEN, sandbox_process


async def measure(url: str, rounds: int, per_round: int) -> dict[str, list[float]]:
    headers = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}", "Accept": "application/json"}
    results: dict[str, list[float]] = {"raw httpx": [], "module function": [], "resource": []}
    async with (
        TrekMail(base_url=url, ops_token=DEMO_OPS_TOKEN) as tm,
        httpx.AsyncClient(base_url=url, headers=headers) as raw,
    ):
        body = MailboxCreateRequest(
            domain_id=1,
            local_part="bench",
            password_mode="generated_one_time",
        )
        created = await create_mailbox.asyncio(client=tm, body=body)
        assert created is not None
        mailbox_id = created.data.id

        async def raw_call() -> None:
            response = await raw.get(f"/api/v1/mailboxes/{mailbox_id}")
            response.raise_for_status()
            response.json()

        async def sdk_call() -> None:
            await get_mailbox.asyncio(mailbox_id, client=tm)

        async def resource_call() -> None:
            await tm.mailboxes.get(mailbox_id)

        calls = (
            ("raw httpx", raw_call),
            ("module function", sdk_call),
            ("resource", resource_call),
        )
        for _, call in calls:  # warm up connections and imports
            for _ in range(20):
                await call()
        for _ in range(rounds):
            for name, call in calls:
                started = time.process_time()
                for _ in range(per_round):
                    await call()
                results[name].append((time.process_time() - started) / per_round)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=300, help="requests per round")
    args = parser.parse_args()
    with sandbox_process(rate_limit=10_000_000) as url:
        results = asyncio.run(measure(url, args.rounds, args.requests))
    base = statistics.median(results["raw httpx"])
    print(f"client CPU per request, median of {args.rounds} interleaved rounds of {args.requests}")
    for name, values in results.items():
        median = statistics.median(values)
        print(f"  {name:<16} {median * 1e6:8.0f} us   ratio to raw httpx {median / base:5.2f}")
    ratio = statistics.median(results["resource"]) / statistics.median(results["module function"])
    print(f"  resource method / module function: {ratio:5.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
