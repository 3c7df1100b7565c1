"""Run every benchmark in bench/ (``make bench``); each prints ratios measured side by side."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["import_time.py", "transport_table.py", "download_memory.py"]


def main() -> int:
    here = Path(__file__).resolve().parent
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        status |= subprocess.run([sys.executable, str(here / name)], check=False).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
