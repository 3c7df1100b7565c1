"""The adaptive pace against 429s that are not a rate limit, and against one that is: rows per
second, 429 share and failed rows, with the pace on and off side by side.

Two scenarios, each in single mode and in bulk mode (bulk rows carry a display name, so each
row costs one ``update_mailbox`` after its batch and the limit binds there too):

- ``faults``: 10% of requests answered 429 at random (the sandbox's ``--fault-rate 429:S=0.1``,
  ``Retry-After: S``) and no binding limit. A pace that reads these 429s as a limit cuts its
  rate again and again (the death spiral of issue 7's review); a pace that judges the evidence
  stays close to the unpaced run.
- ``limit``: a real limit of 600 requests per minute and no injected 429. The pace should
  keep the rate near the limit with fewer 429s than the unpaced run.

Every run has a fresh in-process sandbox and a ``VirtualClock`` shared by the sandbox, the
client's retry transport, the pace and the provisioner: requests take no virtual time, waits
(Retry-After, the gate, the pace, backoff) take exactly what they ask for, so a run of several
virtual minutes finishes in seconds and its figures do not depend on the machine's load.
Rows per second are per virtual second. Not part of ``make bench``:

    python bench/provision_pace.py --rows 1000
    python bench/provision_pace.py --rows 5000 --scenarios limit --loss-tolerance 0.005

``--min-sample``, ``--loss-tolerance`` and ``--floor`` set the pace's evidence rules
(``RetryPolicy.pace_min_sample``, ``pace_loss_tolerance``, ``pace_floor``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from trekmail_client import RetryPolicy, TrekMail
from trekmail_client._retry import RetryTransport
from trekmail_client.provisioning import MailboxSpec, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig, VirtualClock

NO_LIMIT = 100_000_000


def specs(rows: int, mode: str) -> list[MailboxSpec]:
    name = "Bench User" if mode == "bulk" else None
    return [MailboxSpec("example.com", f"pace{i:05d}", display_name=name) for i in range(rows)]


async def one_run(
    rows: int, mode: str, scenario: str, pace: bool, args: argparse.Namespace, folder: Path
) -> dict[str, Any]:
    clock = VirtualClock()
    faults = {f"429:{args.retry_after:g}": args.fault_rate} if scenario == "faults" else {}
    config = SandboxConfig(
        rate_limit_per_minute=args.limit if scenario == "limit" else NO_LIMIT,
        seed_message_mailbox=False,
        fault_rates=faults,
        fault_seed=args.seed,
    )
    policy = RetryPolicy(
        pace_min_sample=args.min_sample,
        pace_loss_tolerance=args.loss_tolerance,
        pace_floor=args.floor,
    )
    transport = RetryTransport(clock.transport(), policy=policy, clock=clock, sleep=clock.sleep)
    wall = time.perf_counter()
    async with Sandbox(config, clock=clock) as sb:
        async with TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN, transport=transport) as tm:
            start = clock()
            report = await provision_mailboxes(
                tm,
                specs(rows, mode),
                mode=mode,  # type: ignore[arg-type]
                concurrency=args.concurrency,
                journal=folder / f"{mode}-{scenario}-{pace}.journal",
                pace=pace,
                clock=clock,
                sleep=clock.sleep,
            )
            elapsed = clock() - start
    return {
        "done": report.created + report.already_existed,
        "failed": report.failed,
        "requests": report.requests,
        "rate_limited": report.rate_limited,
        "virtual_s": elapsed,
        "wall_s": time.perf_counter() - wall,
    }


def line(name: str, result: dict[str, Any], rows: int) -> str:
    rate = result["done"] / result["virtual_s"] if result["virtual_s"] > 0 else float("inf")
    share = result["rate_limited"] / max(1, result["requests"])
    return (
        f"{name:<10} rows/s {rate:9.2f} | {result['virtual_s']:8.1f} virtual s | "
        f"done {result['done']}/{rows} failed {result['failed']} | "
        f"requests {result['requests']} 429s {result['rate_limited']} ({share:.1%}) | "
        f"wall {result['wall_s']:.1f} s"
    )


async def main_async(args: argparse.Namespace) -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in args.scenarios.split(","):
            for mode in args.modes.split(","):
                what = (
                    f"{args.fault_rate:.0%} injected 429 (Retry-After {args.retry_after:g} s), "
                    "no binding limit"
                    if scenario == "faults"
                    else f"a real limit of {args.limit}/min, no injected 429"
                )
                print(f"== {mode}, {args.rows} rows, concurrency {args.concurrency}: {what}")
                results = {}
                for pace in (False, True):
                    results[pace] = await one_run(args.rows, mode, scenario, pace, args, Path(tmp))
                    name = "pace on" if pace else "pace off"
                    print("  " + line(name, results[pace], args.rows), flush=True)
                off, on = results[False], results[True]
                if on["virtual_s"] > 0 and off["virtual_s"] > 0:
                    ratio = (on["done"] / on["virtual_s"]) / (off["done"] / off["virtual_s"])
                    print(f"  pace on / pace off rows/s = {ratio:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--limit", type=int, default=600, help="requests per minute (limit)")
    parser.add_argument("--fault-rate", type=float, default=0.1, help="share of 429s (faults)")
    parser.add_argument("--retry-after", type=float, default=1.0, help="s, injected 429s")
    parser.add_argument("--seed", type=int, default=7, help="seed of the fault draws")
    defaults = RetryPolicy()
    parser.add_argument("--min-sample", type=int, default=defaults.pace_min_sample)
    parser.add_argument("--loss-tolerance", type=float, default=defaults.pace_loss_tolerance)
    parser.add_argument("--floor", type=float, default=defaults.pace_floor)
    parser.add_argument("--modes", default="single,bulk")
    parser.add_argument("--scenarios", default="faults,limit")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
