"""Provisioning at scale against a binding sandbox rate limit, with and without ``kill -9``.

Issue 7, "Measure". For each mode (single, bulk without display names) it provisions N rows
(default 10,000) against a sandbox whose per-token limit binds, in a worker process:

- a clean run: requests per minute in the busiest 60 s window against the limit, 429s per
  request, requests per mailbox, the worker's peak RSS;
- the same with ``kill -9`` once the journal shows about 30% (then 70%) of the rows finished,
  and a re-run with the same journal: duplicates, lost rows, passwords recorded (and equal to
  the server's), rows the re-run sent again (those in flight at the kill), passwords replaced.

The sandbox runs in this process (its state is read directly); each run is a fresh sandbox.
Not part of ``make bench`` (it takes minutes): ``python bench/provision_scale.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import logging
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from trekmail_client import TrekMail
from trekmail_client.provisioning import load_specs, provision_mailboxes
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts every HTTP request: send times of those the server accepted, and 429s."""

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
        """The most accepted requests in any 60-second window."""
        times = sorted(self.accepted)
        return max(
            (bisect.bisect_left(times, t + 60.0) - i for i, t in enumerate(times)), default=0
        )


async def _work(args: argparse.Namespace) -> dict[str, Any]:
    counter = CountingTransport()
    entries = load_specs(args.rows)
    async with TrekMail(base_url=args.url, ops_token=DEMO_OPS_TOKEN, transport=counter) as tm:
        report = await provision_mailboxes(
            tm,
            entries,
            mode=args.mode,
            concurrency=args.concurrency,
            journal=args.journal,
            save_passwords=True,
        )
    return {
        "created": report.created,
        "already_existed": report.already_existed,
        "failed": report.failed,
        "requests": report.requests,
        "transport_requests": len(counter.accepted) + counter.rate_limited,
        "rate_limited": report.rate_limited,
        "retries": report.retries,
        "skipped": report.skipped,
        "resent": report.resent,
        "passwords_replaced": report.passwords_replaced,
        "wall_time": report.wall_time,
        "busiest_minute": counter.busiest_minute(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def worker(args: argparse.Namespace) -> int:
    """The provisioning process: run, then write a JSON summary to ``args.out``."""
    result = asyncio.run(_work(args))
    Path(args.out).write_text(json.dumps(result))
    return 0


def _finished(journal: Path) -> int:
    if not journal.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5) as db:
            (n,) = db.execute(
                "SELECT COUNT(*) FROM rows WHERE state IN ('created','already_existed')"
            ).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(n)


def _worker_cmd(url: str, rows: Path, journal: Path, mode: str, conc: int, out: Path) -> list[str]:
    return [
        sys.executable,
        __file__,
        "worker",
        "--url",
        url,
        "--rows",
        str(rows),
        "--journal",
        str(journal),
        "--mode",
        mode,
        "--concurrency",
        str(conc),
        "--out",
        str(out),
    ]


def scenario(
    folder: Path, rows: Path, count: int, mode: str, limit: int, conc: int, kill_at: float | None
) -> dict[str, Any]:
    """One fresh sandbox, one run (killed at ``kill_at`` of the rows, then re-run)."""
    name = f"{mode}-{'clean' if kill_at is None else f'kill{int(kill_at * 100)}'}"
    journal, out = folder / f"{name}.journal", folder / f"{name}.json"
    sandbox = Sandbox(
        SandboxConfig(rate_limit_per_minute=limit, seed_message_mailbox=False)
    ).start_in_thread()
    try:
        result: dict[str, Any] = {"scenario": name, "limit_per_minute": limit}
        cmd = _worker_cmd(sandbox.url, rows, journal, mode, conc, out)
        if kill_at is not None:
            proc = subprocess.Popen(cmd)
            deadline = time.monotonic() + 3600
            while _finished(journal) < kill_at * count:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{name}: the run ended before the kill point")
                time.sleep(0.05)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            with sqlite3.connect(journal) as db:
                states = dict(db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state"))
            result["at_kill"] = states
        subprocess.run(cmd, check=True)
        run = json.loads(out.read_text())
        result.update(run)
        listed = Counter(mb.email for mb in sandbox.state.mailboxes.values())
        truth = {mb.email: mb.password for mb in sandbox.state.mailboxes.values()}
        with sqlite3.connect(journal) as db:
            recorded = db.execute("SELECT address, state, one_time_password FROM rows").fetchall()
        expected = {address for address, _, _ in recorded}
        result["duplicates"] = sum(n - 1 for n in listed.values() if n > 1)
        result["lost_rows"] = len(expected - set(listed)) + sum(
            1 for _, state, _ in recorded if state not in ("created", "already_existed")
        )
        result["passwords_recorded"] = sum(1 for _, _, p in recorded if p)
        result["passwords_equal_servers"] = sum(
            1 for a, _, p in recorded if p and truth.get(a) == p
        )
        result["requests_per_mailbox"] = run["requests"] / count
        result["rate_429_per_request"] = run["rate_limited"] / max(1, run["requests"])
        result["busiest_minute_vs_limit"] = run["busiest_minute"] / limit
        return result
    finally:
        sandbox.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    w = sub.add_parser("worker")
    w.add_argument("--url", required=True)
    w.add_argument("--rows", type=Path, required=True)
    w.add_argument("--journal", type=Path, required=True)
    w.add_argument("--mode", choices=["single", "bulk"], required=True)
    w.add_argument("--concurrency", type=int, default=16)
    w.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--single-limit", type=int, default=6000, help="requests/min/token")
    parser.add_argument("--bulk-limit", type=int, default=60, help="requests/min/token")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--modes", default="single,bulk")
    parser.add_argument("--kills", default="none,0.3,0.7")
    args = parser.parse_args()
    if args.command == "worker":
        return worker(args)
    # A killed worker leaves requests the sandbox cannot finish reading; that is expected.
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = folder / "rows.csv"
        lines = ["domain,local_part"] + [f"example.com,scale{i:05d}" for i in range(args.rows)]
        rows.write_text("\n".join(lines) + "\n")
        for mode in args.modes.split(","):
            limit = args.single_limit if mode == "single" else args.bulk_limit
            conc = args.concurrency
            for kill in args.kills.split(","):
                at = None if kill == "none" else float(kill)
                result = scenario(folder, rows, args.rows, mode, limit, conc, at)
                print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
