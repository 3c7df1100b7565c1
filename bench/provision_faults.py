"""Provisioning under injected faults at scale (issue 8, "Done when"): the table per scenario.

For each mode (single, bulk) and scenario (every fault kind at 10%, all kinds at 50%, an
outage), it provisions N rows (default 10,000) against a fresh sandbox (in this process, over
real HTTP on 127.0.0.1) injecting faults at a rate (``SandboxConfig.fault_rates``, seeded), and
prints: rows present, duplicates, lost (neither present nor reported failed), reported failed
but present, unknown, passwords recorded (equal to the server's), 429s, requests, wall time.

Not part of ``make test`` or ``make bench`` (it takes minutes):
``python bench/provision_faults.py --rows 10000``; ``--rows 1000`` for a quick look.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import httpx

from trekmail_client import RetryPolicy, TrekMail
from trekmail_client.provisioning import MailboxSpec, OutcomeStatus, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig

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


def _scenarios() -> list[tuple[str, dict[str, float], float]]:
    out: list[tuple[str, dict[str, float], float]] = [
        (f"{kind.split(':')[0]} 10%", {kind: 0.1}, 0.0) for kind in KINDS
    ]
    out.append(("all kinds 50%", dict.fromkeys(KINDS, 0.5 / len(KINDS)), 0.0))
    out.append(("outage (5 s of 503s)", {}, 5.0))
    return out


async def _one(
    name: str, rates: dict[str, float], outage: float, mode: str, rows: int, folder: Path
) -> list[str]:
    specs = [MailboxSpec("example.com", f"u{i:06d}", display_name=f"U {i}") for i in range(rows)]
    config = SandboxConfig(
        rate_limit_per_minute=10_000_000,
        seed_message_mailbox=False,
        fault_rates=rates,
        fault_seed=8,
    )
    async with Sandbox(config) as sb:
        if outage:
            sb.state.start_outage(outage)
        started = time.perf_counter()
        async with TrekMail(
            base_url=sb.url,
            ops_token=DEMO_OPS_TOKEN,
            timeout=httpx.Timeout(TIMEOUT, connect=5.0),
            retry_policy=BACKOFF,
        ) as tm:
            report = await provision_mailboxes(
                tm,
                specs,
                mode=mode,  # type: ignore[arg-type]
                concurrency=16,
                journal=folder / f"{mode}-{name.replace(' ', '_')}.journal",
                save_passwords=True,
                pace=False,
            )
        wall = time.perf_counter() - started
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
        name,
        str(present),
        str(duplicates),
        str(lost),
        str(failed_present),
        str(report.unknown),
        f"{passwords}/{report.created}",
        str(report.rate_limited),
        str(report.requests),
        f"{wall:.1f} s",
    ]


def main() -> None:
    """Run every scenario in both modes and print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--mode", choices=["single", "bulk", "both"], default="both")
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
        "429s",
        "requests",
        "wall time",
    ]
    print(f"{args.rows:,} rows per scenario")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    modes = ["single", "bulk"] if args.mode == "both" else [args.mode]
    with tempfile.TemporaryDirectory() as tmp:
        for mode in modes:
            for name, rates, outage in _scenarios():
                row = asyncio.run(_one(name, rates, outage, mode, args.rows, Path(tmp)))
                print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
