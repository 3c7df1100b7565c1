"""Where one call's client CPU goes: a cProfile of one column of ``transport_table.py``.

Runs the same server (another process) and the same clients as ``transport_table.py``, warms
the column up, then profiles ``--requests`` calls and prints the functions with the largest
cumulative time per call, and their share of the whole call. By default only the SDK's own
functions and the httpx client's send path are listed (``--match`` takes any regular
expression over ``file:line(function)``; ``--match .`` lists everything).

    python bench/layer_profile.py --column "SDK httpx" --method GET
    python bench/layer_profile.py --column "SDK aiohttp" --method POST --concurrency 64

cProfile adds a fixed cost to every Python function call, so small functions look larger than
they are; compare runs of this script with each other, and take speed from transport_table.py.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import re
import subprocess
import sys
import time
from contextlib import AsyncExitStack

import transport_table as table

DEFAULT_MATCH = r"trekmail_client|httpx/_client\.py.*\((send|request)\)"


async def profile(url: str, args: argparse.Namespace) -> pstats.Stats:
    async with AsyncExitStack() as stack:
        columns, notes = await table.build_columns(stack, url, args.pool)
        if args.column not in columns:
            raise SystemExit(f"column {args.column!r} is not available: {'; '.join(notes)}")
        call = columns[args.column][args.method]
        await table.run_burst(call, args.concurrency, max(200, 2 * args.concurrency))
        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine may be busy
        profiler.enable()
        await table.run_burst(call, args.concurrency, args.requests)
        profiler.disable()
    return pstats.Stats(profiler)


def report(stats: pstats.Stats, args: argparse.Namespace) -> None:
    rows = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in rows.values())  # the process's CPU time
    pattern = re.compile(args.match)
    listed = []
    for (filename, line, name), (_, calls, _, cumulative, _) in rows.items():
        where = f"{filename.split('site-packages/')[-1]}:{line}({name})"
        if pattern.search(where):
            listed.append((cumulative, calls, where))
    listed.sort(reverse=True)
    per_call = total / args.requests * 1e6
    print(
        f"{args.column} {args.method}, concurrency {args.concurrency}, {args.requests} calls: "
        f"{per_call:.0f} us of CPU per call under cProfile"
    )
    print(f"  {'us/call':>8} {'share':>6} {'entries':>8}  function (cumulative; a coroutine is")
    print("                           entered again at each resumption)")
    for cumulative, calls, where in listed[: args.top]:
        share = cumulative / total
        print(
            f"  {cumulative / args.requests * 1e6:8.1f} {share:6.1%} "
            f"{calls / args.requests:8.1f}  {where}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--column", default="SDK httpx", choices=table.COLUMNS)
    parser.add_argument("--method", default="GET", choices=["GET", "POST"])
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--pool", type=int, default=100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--match", default=DEFAULT_MATCH)
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, table.__file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = server.stdout.readline().split()[0]
        stats = asyncio.run(profile(f"http://127.0.0.1:{port}", args))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(stats, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
