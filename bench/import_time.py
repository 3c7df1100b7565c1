"""Import cost of the SDK against ``import httpx`` alone, measured side by side.

Each sample is a fresh interpreter that times its own imports (``time.perf_counter`` around
the import statements), so interpreter start-up is excluded. The package is byte-compiled
first, as ``pip install`` does (this machine sets PYTHONDONTWRITEBYTECODE, so an editable
install would otherwise be compiled from source on every import). The variants run interleaved,
round after round, and the report gives medians and their ratios, since the machines are noisy.

Variants:
- ``httpx``: ``import httpx`` (the baseline: the SDK cannot import less than its HTTP library);
- ``httpx + asyncio``: what any asyncio application has loaded before it uses the SDK;
- ``sdk + one endpoint``: ``import trekmail_client`` and one endpoint module
  (``trekmail_client.api.mailboxes.list_mailboxes``);
- ``sdk + one resource``: ``import trekmail_client`` and the ``mailboxes`` resource (what
  ``tm.mailboxes`` loads on first access);
- ``sdk + all models``: the same plus ``trekmail_client.models`` fully loaded, which is what every
  endpoint import would cost without the lazy models package.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

VARIANTS = {
    "httpx": "import httpx",
    "httpx + asyncio": "import httpx\nimport asyncio",
    "sdk + one endpoint": (
        "import trekmail_client\nimport trekmail_client.api.mailboxes.list_mailboxes"
    ),
    "sdk + one resource": (
        "import trekmail_client\nfrom trekmail_client.api.mailboxes import MailboxesResource"
    ),
    "sdk + all models": (
        "import trekmail_client\nimport trekmail_client.api.mailboxes.list_mailboxes\n"
        "import trekmail_client.models as m\n[getattr(m, n) for n in m.__all__]"
    ),
}

PROBE = "import time\nt = time.perf_counter()\n{body}\nprint(time.perf_counter() - t)\n"


def sample(body: str) -> float:
    """Seconds one fresh interpreter spends running ``body``."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(body=body)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="import-time ratio of trekmail_client to httpx")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    import trekmail_client

    package = str(Path(trekmail_client.__file__).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for _ in range(args.rounds):
        for name, body in VARIANTS.items():
            times[name].append(sample(body))
    base = statistics.median(times["httpx"])
    print(f"import time, median of {args.rounds} interleaved rounds")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:<20} {median * 1000:8.1f} ms   ratio to httpx {median / base:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
