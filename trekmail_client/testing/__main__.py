"""``python -m trekmail_client.testing``: serve a sandbox until Ctrl-C or SIGTERM.

Options: ``--port N`` (0 picks a free port; default 8025), ``--rate-limit N`` (requests per
minute per token), ``--rate-limit-window S`` (the window in seconds, default 60),
``--seed-domain NAME`` (repeatable; replaces the default three; lowercase),
``--pool-mb N``, ``--no-faults``, ``--fault-rate drop=0.1,reset=0.05,...`` (faults at a
rate per kind; repeatable, merged, each kind once), ``--fault-seed N``,
``--idempotency-window S``, ``--outage S`` (answer 503 to every ``/api/v1/`` request for the
first S seconds) with ``--outage-retry-after S`` (the ``Retry-After`` of those 503s; none by
default).

A bad value (not a number, out of range, a bad fault rate) exits 2 with the usage and one
line naming the option, the problem and a good value; the checks are `SandboxConfig`'s
(``_checks``). Limits: seconds of a delay, Retry-After, outage or rate-limit window at most
86400 (a day), the idempotency window at most 2592000 (30 days).

The first line printed is ``TrekMail sandbox listening on URL`` (scripts and
`sandbox_process` read it); the banner after it shows the demo tokens, the rate limit and its
window, the fault rates with the seed in use (pass it to ``--fault-seed`` to repeat a run),
whether the ``X-Sandbox-Fault`` header is honoured, the idempotency window and the outage.
Ctrl-C or SIGTERM stops it cleanly, also while slow faults hold requests (exit 0, no
traceback): see ``Sandbox.stop``.
"""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading
from collections.abc import Sequence

from ._checks import (
    MAX_IDEMPOTENCY_WINDOW,
    check_domain,
    parse_seconds,
    parse_whole,
)
from ._config import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    OFFICIAL_CLIENT_KEYLESS,
    SandboxConfig,
)
from ._faults import FAULT_MODES, merge_fault_rates
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m trekmail_client.testing",
        description="Serve a local TrekMail-compatible sandbox on 127.0.0.1.",
    )
    parser.add_argument(
        "--port", type=_port, default=8025, help="TCP port 0-65535 (0: any free port)"
    )
    parser.add_argument(
        "--rate-limit",
        default="600",
        metavar="N",
        help="requests per window per token (default 600)",
    )
    parser.add_argument(
        "--rate-limit-window",
        default="60",
        metavar="SECONDS",
        help="length of the rate-limit window in seconds, > 0 and at most 86400 (default 60)",
    )
    parser.add_argument(
        "--seed-domain",
        action="append",
        default=None,
        metavar="NAME",
        help="a lowercase domain to create active at startup (repeatable; replaces the "
        "default example.com, example.net, example.org)",
    )
    parser.add_argument(
        "--pool-mb", default="1048576", metavar="N", help="account storage pool in MB"
    )
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
        action="append",
        default=None,
        metavar="FAULT=RATE,...",
        help="inject faults at a rate per kind, e.g. drop=0.1,reset=0.05,5xx=0.1,html-200=0.02,"
        "html-502=0.02,slow-after-commit:35=0.01 (kinds: "
        + ", ".join(FAULT_MODES)
        + "; aliases drop, 5xx; SECONDS at most 86400); repeatable, each kind once; rates add "
        "up to at most 1",
    )
    parser.add_argument(
        "--fault-seed",
        default=None,
        metavar="N",
        help="seed of the fault draws, a whole number >= 0 (default: a fresh one, printed)",
    )
    parser.add_argument(
        "--idempotency-window",
        default="86400",
        metavar="SECONDS",
        help="seconds a keyed response is replayed, > 0 and at most 2592000, 30 days "
        "(default 86400)",
    )
    parser.add_argument(
        "--outage",
        default="0",
        metavar="SECONDS",
        help="answer 503 service_unavailable to every /api/v1/ request for the first SECONDS "
        "after startup, as an outage would (at most 86400; default 0: none)",
    )
    parser.add_argument(
        "--outage-retry-after",
        default=None,
        metavar="SECONDS",
        help="the Retry-After of the outage's 503s, rounded up to whole seconds (at most 86400; "
        "default: none, so clients use their own backoff)",
    )
    return parser


def _config(args: argparse.Namespace) -> SandboxConfig:
    """The `SandboxConfig` of parsed options.

    Raises:
        ValueError: a bad value, the message naming its option (as typed), the problem and a
            good value.
    """
    rate_limit = parse_whole("--rate-limit", args.rate_limit, minimum=1, example="600")
    window = parse_seconds(
        "--rate-limit-window", args.rate_limit_window, allow_zero=False, example="60"
    )
    pool_mb = parse_whole("--pool-mb", args.pool_mb, minimum=0, example="1048576")
    idempotency_window = parse_seconds(
        "--idempotency-window",
        args.idempotency_window,
        maximum=MAX_IDEMPOTENCY_WINDOW,
        allow_zero=False,
        example="86400",
    )
    outage = parse_seconds("--outage", args.outage, example="60")
    wait = None
    if args.outage_retry_after is not None:
        wait = parse_seconds("--outage-retry-after", args.outage_retry_after, example="5")
        if not outage:
            raise ValueError(
                "--outage-retry-after needs --outage SECONDS (the outage it applies to)"
            )
    seed = None
    if args.fault_seed is not None:
        seed = parse_whole("--fault-seed", args.fault_seed, minimum=0, example="8")
    try:
        rates = merge_fault_rates(args.fault_rate or ())
    except ValueError as exc:
        raise ValueError(f"--fault-rate: {exc}") from None
    seeds: tuple[str, ...] = tuple(args.seed_domain or SandboxConfig().seed_domains)
    for name in seeds:
        check_domain("--seed-domain", name)
    if len(set(seeds)) != len(seeds):
        twice = next(name for name in seeds if seeds.count(name) > 1)
        raise ValueError(f"--seed-domain: {twice!r} is given twice; give each domain once")
    return SandboxConfig(
        rate_limit_per_minute=rate_limit,
        rate_limit_window=window,
        pool_mb=pool_mb,
        allow_faults=not args.no_faults,
        seed_domains=seeds,
        relaxed_idempotency=OFFICIAL_CLIENT_KEYLESS if args.relax_idempotency else frozenset(),
        fault_rates=rates,
        fault_seed=seed,
        idempotency_window=idempotency_window,
        outage=outage,
        outage_retry_after=wait,
    )


def _banner(sandbox: Sandbox) -> list[str]:
    """The lines printed once the sandbox listens; the first one is read by scripts and
    `sandbox_process` and must not change."""
    config, state = sandbox.config, sandbox.state
    rates = state.fault_rates
    lines = [
        f"TrekMail sandbox listening on {sandbox.url}",
        f"  TREKMAIL_BASE_URL={sandbox.url}",
        f"  TREKMAIL_API_TOKEN={DEMO_OPS_TOKEN}",
        f"  TREKMAIL_MESSAGE_TOKEN={DEMO_MESSAGE_TOKEN}",
        f"  rate limit {config.rate_limit_per_minute} per {config.rate_limit_window:g} s "
        "per token; Ctrl-C to stop",
    ]
    if rates:
        lines.append(
            f"  fault rates: {rates.describe()}; seed {rates.seed} "
            f"(--fault-seed {rates.seed} repeats the draws)"
        )
    else:
        lines.append("  fault rates: none (--fault-rate KIND=RATE,... to inject faults)")
    header = "on" if config.allow_faults else "off (--no-faults)"
    lines.append(f"  header faults (X-Sandbox-Fault): {header}")
    lines.append(f"  idempotency window: {config.idempotency_window:g} s")
    if config.outage:
        wait = state.outage_retry_after
        after = "no Retry-After" if wait is None else f"Retry-After {wait}"
        lines.append(
            f"  outage: every /api/v1/ request answers 503 for {config.outage:g} s ({after})"
        )
    else:
        lines.append("  outage: none")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, serve, and return the exit status.

    Returns:
        0 after Ctrl-C or SIGTERM (pending slow faults are released, no traceback); 2 when the
        port is in use (one line on stderr suggesting ``--port 0``, no traceback).

    Raises:
        SystemExit: 2 with the usage and one line naming the option and the problem, for a
            bad option value (argparse's convention).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config = _config(args)
    except ValueError as exc:
        parser.error(str(exc))
    done = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        done.set()

    # before starting, so a signal during startup also stops cleanly
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
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
    print("\n".join(_banner(sandbox)))
    sys.stdout.flush()
    while not done.wait(0.5):
        pass
    sandbox.stop()
    print("sandbox stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
