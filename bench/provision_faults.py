"""Provisioning under injected faults at scale (issue 8, "Done when"): the table per scenario.

For each mode (single, bulk) and scenario (every fault kind at 10%, all kinds at 50%, a short
real-time outage, all kinds at 10% in all under a binding rate limit, and a 60-second outage),
it provisions N rows (default 10,000) against a fresh sandbox (in this process, over real HTTP
on 127.0.0.1) injecting faults at a rate (``SandboxConfig.fault_rates``, seeded), and prints:
rows present, duplicates, lost (neither present nor reported failed), reported failed but
present, unknown, passwords recorded (equal to the server's), 429s counted by the run and sent
by the sandbox, requests, wall time, and the time that passed on the sandbox's clock.

The last two scenarios run on a `VirtualClock` shared by the sandbox, the client and the
provisioner (the rate-limit window and the outage pass in about no real time; every wait is the
one the client asked for), with the client's default backoff and the default budgets
(--retry-deadline 180, --max-retries 50); the rate-limited one with adaptive pacing on, as the
CLI runs.

Not part of ``make test`` or ``make bench`` (it takes minutes):
``python bench/provision_faults.py --rows 10000``; ``--rows 1000`` for a quick look.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from trekmail_client import RetryPolicy, RetryTransport, TrekMail
from trekmail_client.provisioning import MailboxSpec, OutcomeStatus, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig, VirtualClock

TIMEOUT = 1.0  # client read timeout, seconds; the slow fault answers after it
KINDS = (
    "drop",
    "5xx",
    "reset",
    f"slow-after-commit:{TIMEOUT * 2:g}",
    "html-502",
    "html-200",
    "503",
)
BACKOFF = RetryPolicy(backoff_base=0.02, backoff_cap=0.3)  # the documented 0.5..8 s, compressed


LIMIT = 600  # requests per minute of the sandbox's clock: the sandbox's default, it binds


@dataclass(frozen=True)
class Scenario:
    """One row of the table: fault rates, an outage, a rate limit, the clock."""

    name: str
    rates: dict[str, float] = field(default_factory=dict)
    outage: float = 0.0  # seconds of 503s from the sandbox's start
    retry_after: float | None = None  # Retry-After of the outage's 503s
    limit: int = 10_000_000  # requests per minute per token
    virtual: bool = False  # a VirtualClock, the default backoff and budgets


def _scenarios() -> list[Scenario]:
    out = [Scenario(f"{kind.split(':')[0]} 10%", {kind: 0.1}) for kind in KINDS]
    out.append(Scenario("all kinds 50%", dict.fromkeys(KINDS, 0.5 / len(KINDS))))
    out.append(Scenario("outage (5 s of 503s, real time)", outage=5.0))
    every = (*KINDS, "429:2")
    out.append(
        Scenario(
            f"all kinds 10% + limit {LIMIT}/min (clock)",
            dict.fromkeys(every, 0.1 / len(every)),
            limit=LIMIT,
            virtual=True,
        )
    )
    out.append(
        Scenario("outage 60 s, Retry-After 5 (clock)", outage=60.0, retry_after=5.0, virtual=True)
    )
    return out


async def _one(scenario: Scenario, mode: str, rows: int, folder: Path) -> list[str]:
    specs = [MailboxSpec("example.com", f"u{i:06d}", display_name=f"U {i}") for i in range(rows)]
    config = SandboxConfig(
        rate_limit_per_minute=scenario.limit,
        seed_message_mailbox=False,
        fault_rates=scenario.rates,
        fault_seed=8,
        outage=scenario.outage,
        outage_retry_after=scenario.retry_after,
    )
    clock = VirtualClock() if scenario.virtual else None
    transport = None
    timing: dict[str, Any] = {"pace": False}
    if clock is not None:
        transport = RetryTransport(clock.transport(), clock=clock, sleep=clock.sleep)
        timing = {"pace": scenario.limit < 10_000_000, "clock": clock, "sleep": clock.sleep}
    async with Sandbox(config, clock=clock) as sb:
        started = time.perf_counter()
        async with TrekMail(
            base_url=sb.url,
            ops_token=DEMO_OPS_TOKEN,
            timeout=httpx.Timeout(TIMEOUT, connect=5.0),
            retry_policy=None if transport else BACKOFF,
            transport=transport,
        ) as tm:
            report = await provision_mailboxes(
                tm,
                specs,
                mode=mode,  # type: ignore[arg-type]
                concurrency=16,
                journal=folder / f"{mode}-{abs(hash(scenario.name))}.journal",
                save_passwords=True,
                **timing,
            )
        wall = time.perf_counter() - started
        elapsed = clock() if clock is not None else wall
        sent_429 = sb.state.rate_limited
        held: dict[str, list[str]] = {}
        for mailbox in sb.state.mailboxes.values():
            held.setdefault(mailbox.email, []).append(mailbox.password)
    present = sum(1 for s in specs if s.address in held)
    duplicates = sum(len(v) - 1 for v in held.values())
    failed = {o.address for o in report.outcomes if o.status is OutcomeStatus.FAILED}
    lost = sum(1 for s in specs if s.address not in held and s.address not in failed)
    failed_present = sum(1 for a in failed if a in held)
    passwords = sum(
        1
        for o in report.outcomes
        if o.one_time_password is not None and o.one_time_password in held.get(o.address or "", [])
    )
    return [
        mode,
        scenario.name,
        str(present),
        str(duplicates),
        str(lost),
        str(failed_present),
        str(report.unknown),
        f"{passwords}/{report.created}",
        f"{report.rate_limited} / {sent_429}",
        str(report.failed),
        str(report.requests),
        f"{wall:.1f} s",
        f"{elapsed:.0f} s",
    ]


def main() -> None:
    """Run every scenario in both modes and print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--mode", choices=["single", "bulk", "both"], default="both")
    parser.add_argument(
        "--only", default="", help="run only the scenarios whose name contains this text"
    )
    args = parser.parse_args()
    head = [
        "mode",
        "scenario",
        "present",
        "duplicates",
        "lost",
        "failed but present",
        "unknown",
        "passwords recorded",
        "429s (run / sandbox)",
        "failed",
        "requests",
        "wall time",
        "sandbox clock",
    ]
    print(f"{args.rows:,} rows per scenario")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    modes = ["single", "bulk"] if args.mode == "both" else [args.mode]
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            for scenario in _scenarios():
                if args.only not in scenario.name:
                    continue
                row = asyncio.run(_one(scenario, mode, args.rows, Path(tmp)))
                print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
