"""Client instructions per call (valgrind's callgrind), for the columns of ``transport_table.py``.

CPU time on a shared, loaded machine moves by 10 to 20% from run to run; instruction counts
do not, so this is the figure to check the SDK layer's ratio to its transport with (issue 12:
at most 1.05). The server of ``transport_table.py`` runs in another process, outside valgrind.
Each column runs twice under callgrind, with ``--calls`` and with ``3 * --calls`` calls after
the same warm-up; the difference over ``2 * --calls`` is the cost of one call, start-up and
imports excluded (with fewer than about 100 calls, garbage collections and one-off work do not
average out). Concurrency 1, one method per row. Slow (about a minute per column); not part
of ``make bench``.

Not fully independent of load: the server answers from another process, and when its answer
is not ready at the client's first poll the event loop goes round again (more selector and
loop instructions). On a loaded machine the same SDK column measured 3,923,932 and 4,080,796
instructions per GET in two runs, with a lighter SDK layer in the second. Compare columns of
one run, and take the SDK layer's own cost from ``layer_instructions.py`` (the same calls on
an in-process fake transport: exact to a few hundred instructions).

    python bench/call_instructions.py [--calls 150] [--methods GET POST]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import AsyncExitStack
from pathlib import Path

import transport_table as table

COLLECTED = re.compile(r"Collected : (\d+)")


async def drive(url: str, column: str, method: str, calls: int) -> None:
    """Warm ``column`` up, then make ``calls`` calls one after another."""
    async with AsyncExitStack() as stack:
        columns, notes = await table.build_columns(stack, url, 100)
        if column not in columns:
            raise SystemExit(f"column {column!r} is not available: {'; '.join(notes)}")
        call = columns[column][method]
        await table.run_burst(call, 1, 50)
        await table.run_burst(call, 1, calls)


def callgrind_count(command: list[str], out: Path) -> int:
    """Run ``command`` (argv, a Python process) under valgrind's callgrind and return the
    instructions it counted; callgrind's profile is written to ``out``. Raises
    ``subprocess.CalledProcessError`` when the process fails and ``SystemExit`` when valgrind
    printed no count."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        capture_output=True,
        text=True,
        check=True,
    )
    found = COLLECTED.search(result.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def instructions(url: str, column: str, method: str, calls: int, out: Path) -> int:
    """Instructions valgrind counted for one driven process."""
    command = [sys.executable, __file__, "--drive", url, column, method, str(calls)]
    return callgrind_count(command, out)


def main() -> int:
    if sys.argv[1:2] == ["--drive"]:
        url, column, method, calls = sys.argv[2:6]
        asyncio.run(drive(url, column, method, int(calls)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=150)
    parser.add_argument("--methods", nargs="+", default=["GET", "POST"], choices=["GET", "POST"])
    parser.add_argument("--columns", nargs="+", default=list(table.COLUMNS[:4]))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed (apt-get install -y valgrind)")
        return 0
    server = subprocess.Popen(
        [sys.executable, table.__file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    counts: dict[tuple[str, str], float] = {}
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().split()[0]}"
        with tempfile.TemporaryDirectory() as scratch:
            for method in args.methods:
                for column in args.columns:
                    low, high = (
                        instructions(url, column, method, n, Path(scratch) / f"cg.{n}")
                        for n in (args.calls, 3 * args.calls)
                    )
                    counts[column, method] = (high - low) / (2 * args.calls)
                    print(f"  {column:<14} {method:<5} {counts[column, method]:>12,.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print("\ninstructions per call, concurrency 1 (callgrind)")
    for method in args.methods:
        for sdk, base in table.LAYERS:
            if (sdk, method) in counts and (base, method) in counts:
                ratio = counts[sdk, method] / counts[base, method]
                extra = counts[sdk, method] - counts[base, method]
                print(f"  {method:<5} {sdk} / {base}: {ratio:.3f} ({extra:+,.0f} per call)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
