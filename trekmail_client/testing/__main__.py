"""``python -m trekmail_client.testing``: serve a sandbox until Ctrl-C or SIGTERM.

Options: ``--port N`` (0 picks a free port; default 8025), ``--rate-limit N`` (requests per
minute per token), ``--rate-limit-window S`` (the window in seconds, default 60),
``--seed-domain NAME`` (repeatable; replaces the default three),
``--pool-mb N``, ``--no-faults``, ``--fault-rate drop=0.1,reset=0.05,...`` (faults at a
rate per kind), ``--fault-seed N``, ``--idempotency-window S``, ``--outage S`` (answer 503 to
every ``/api/v1/`` request for the first S seconds) with ``--outage-retry-after S`` (the
``Retry-After`` of those 503s; none by default).
"""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading
from collections.abc import Sequence

from ._config import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    OFFICIAL_CLIENT_KEYLESS,
    SandboxConfig,
)
from ._faults import FAULT_MODES, parse_fault_rates
from ._server import Sandbox


def _port(text: str) -> int:
    """An argparse type: a TCP port number, 0 to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0-65535; 0 picks a free one)")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, serve, and return the exit status: 0 after Ctrl-C or SIGTERM, 2 when
    the port is in use (one line on stderr suggesting ``--port 0``, no traceback)."""
    parser = argparse.ArgumentParser(
        prog="python -m trekmail_client.testing",
        description="Serve a local TrekMail-compatible sandbox on 127.0.0.1.",
    )
    parser.add_argument(
        "--port", type=_port, default=8025, help="TCP port 0-65535 (0: any free port)"
    )
    parser.add_argument(
        "--rate-limit", type=int, default=600, help="requests per minute per token (default 600)"
    )
    parser.add_argument(
        "--rate-limit-window",
        type=float,
        default=60.0,
        help="length of the rate-limit window in seconds (default 60)",
    )
    parser.add_argument(
        "--seed-domain",
        action="append",
        default=None,
        metavar="NAME",
        help="an active domain to create at startup (repeatable)",
    )
    parser.add_argument("--pool-mb", type=int, default=1_048_576, help="account storage pool in MB")
    parser.add_argument(
        "--no-faults", action="store_true", help="ignore the X-Sandbox-Fault request header"
    )
    parser.add_argument(
        "--relax-idempotency",
        action="store_true",
        help="accept create folder and move message without an Idempotency-Key, as the "
        "official client sends them (docs/spec-notes.md, 'Idempotency')",
    )
    parser.add_argument(
        "--fault-rate",
        default="",
        metavar="FAULT=RATE,...",
        help="inject faults at a rate per kind, e.g. drop=0.1,reset=0.05,5xx=0.1,html-200=0.02,"
        "html-502=0.02,slow-after-commit:35=0.01 (kinds: "
        + ", ".join(FAULT_MODES)
        + "; aliases drop, 5xx)",
    )
    parser.add_argument("--fault-seed", type=int, default=None, help="seed of the fault draws")
    parser.add_argument(
        "--idempotency-window",
        type=float,
        default=24 * 3600.0,
        help="seconds a keyed response is replayed (default 86400)",
    )
    parser.add_argument(
        "--outage",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="answer 503 service_unavailable to every /api/v1/ request for the first SECONDS "
        "after startup, as an outage would (default 0: none)",
    )
    parser.add_argument(
        "--outage-retry-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help="the Retry-After of the outage's 503s, rounded up to whole seconds (default: none, "
        "so clients use their own backoff)",
    )
    args = parser.parse_args(argv)
    try:
        rates = parse_fault_rates(args.fault_rate)
    except ValueError as exc:
        parser.error(f"--fault-rate: {exc}")
    seeds: tuple[str, ...] = tuple(args.seed_domain or SandboxConfig().seed_domains)
    if not (0 <= args.outage < float("inf")):
        parser.error(f"--outage: {args.outage:g} is not a number of seconds >= 0; e.g. --outage 60")
    wait = args.outage_retry_after
    if wait is not None and not (0 <= wait < float("inf")):
        parser.error(
            f"--outage-retry-after: {wait:g} is not a number of seconds >= 0; "
            "e.g. --outage-retry-after 5"
        )
    if wait is not None and not args.outage:
        parser.error("--outage-retry-after needs --outage SECONDS (the outage it applies to)")
    config = SandboxConfig(
        rate_limit_per_minute=args.rate_limit,
        rate_limit_window=args.rate_limit_window,
        pool_mb=args.pool_mb,
        allow_faults=not args.no_faults,
        seed_domains=seeds,
        relaxed_idempotency=OFFICIAL_CLIENT_KEYLESS if args.relax_idempotency else frozenset(),
        fault_rates=rates,
        fault_seed=args.fault_seed,
        idempotency_window=args.idempotency_window,
        outage=args.outage,
        outage_retry_after=wait,
    )
    try:
        sandbox = Sandbox(config, port=args.port).start_in_thread()
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        print(
            f"error: port {args.port} is already in use; "
            "pass --port 0 to pick a free port (it is printed), or another --port N",
            file=sys.stderr,
        )
        return 2
    done = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        done.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    print(f"TrekMail sandbox listening on {sandbox.url}")
    print(f"  TREKMAIL_BASE_URL={sandbox.url}")
    print(f"  TREKMAIL_API_TOKEN={DEMO_OPS_TOKEN}")
    print(f"  TREKMAIL_MESSAGE_TOKEN={DEMO_MESSAGE_TOKEN}")
    print(
        f"  rate limit {config.rate_limit_per_minute} per {config.rate_limit_window:g} s "
        "per token; Ctrl-C to stop"
    )
    if config.outage:
        after = (
            "no Retry-After" if wait is None else f"Retry-After {sandbox.state.outage_retry_after}"
        )
        print(f"  outage: every /api/v1/ request answers 503 for {config.outage:g} s ({after})")
    sys.stdout.flush()
    while not done.wait(0.5):
        pass
    sandbox.stop()
    print("sandbox stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
