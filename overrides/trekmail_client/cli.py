"""The ``trekmail`` command line (extra ``cli``: ``pip install 'trekmail-client[cli]'``).

``trekmail provision FILE.csv`` creates the mailboxes a CSV or JSON Lines file lists, with a
progress bar and a summary. Base URL and tokens come from ``--base-url`` / ``--token`` or the
environment (``TREKMAIL_BASE_URL``, ``TREKMAIL_API_TOKEN``), the names TrekMail's own tooling uses.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

try:
    import click
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
    from rich.table import Table
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "the trekmail command needs the 'cli' extra: pip install 'trekmail-client[cli]'"
    ) from exc

from . import (
    APIConnectionError,
    AuthenticationError,
    PermissionDeniedError,
    RetryPolicy,
    TrekMail,
    TrekMailError,
)
from ._client import pool_limits
from .provisioning import (
    MailboxSpec,
    OutcomeStatus,
    ProvisionOutcome,
    ProvisionReport,
    RowProblem,
    load_specs,
    provision_mailboxes,
)

__all__ = ["main"]

DEFAULT_BASE_URL = "https://trekmail.net"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _summary_table(report: ProvisionReport) -> Table:
    table = Table(title="Provisioning summary", show_header=False)
    table.add_row("created", str(report.created))
    table.add_row("already existed", str(report.already_existed))
    table.add_row("failed", str(report.failed))
    for code, count in report.failure_codes.most_common():
        table.add_row(f"  failed: {code}", str(count))
    table.add_row("requests", str(report.requests))
    table.add_row("wall time", f"{report.wall_time:.2f} s")
    table.add_row("requests per minute", f"{report.requests_per_minute:,.0f}")
    return table


async def _run_provision(
    tm: TrekMail,
    entries: list[MailboxSpec | RowProblem],
    label: str,
    options: dict[str, Any],
    console: Console,
    done: list[ProvisionOutcome],
) -> ProvisionReport:
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=False) as progress:
        task = progress.add_task(f"provisioning {label}", total=len(entries))

        def advance(outcome: ProvisionOutcome) -> None:
            done.append(outcome)
            progress.advance(task)

        async with tm:
            return await provision_mailboxes(tm, entries, on_outcome=advance, **options)


def _write_results(path: Path, outcomes: Iterable[ProvisionOutcome], secrets: bool) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for outcome in outcomes:
            handle.write(json.dumps(outcome.to_dict(include_secrets=secrets)) + "\n")


def _print_failures(console: Console, outcomes: Iterable[ProvisionOutcome]) -> None:
    for outcome in outcomes:
        if outcome.status is OutcomeStatus.FAILED:
            where = outcome.address or f"line {outcome.spec.line}"
            console.print(f"[red]failed[/red] {where}: {outcome.code}: {outcome.message}")


@click.group()
@click.version_option(package_name="trekmail-client")
def main() -> None:
    """TrekMail from the command line."""


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--base-url", envvar="TREKMAIL_BASE_URL", default=DEFAULT_BASE_URL, show_default=True)
@click.option(
    "--token",
    envvar="TREKMAIL_API_TOKEN",
    help="Ops token (tm_live_...); defaults to $TREKMAIL_API_TOKEN.",
)
@click.option(
    "--mode",
    type=click.Choice(["bulk", "single"]),
    default="bulk",
    show_default=True,
    help="bulk: mailboxes:bulk in batches of up to 100; single: one request per mailbox.",
)
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True)
@click.option("--batch-size", type=click.IntRange(1, 100), default=100, show_default=True)
@click.option(
    "--namespace",
    default="trekmail-provision",
    show_default=True,
    help="Prefix of the deterministic idempotency keys; a re-run with the same one replays.",
)
@click.option(
    "--results",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one JSON line per row (its outcome) to this file.",
)
@click.option(
    "--save-passwords",
    is_flag=True,
    help="Include each new mailbox's one-time password in --results (treat the file as secret).",
)
@click.option(
    "--redis-url",
    envvar="TREKMAIL_REDIS_URL",
    help="Share one rate-limit gate and pace per token with every process using this Redis "
    "(redis://[:password@]host:port/db; extra 'redis'); default: this process only.",
)
def provision(
    file: Path,
    base_url: str,
    token: str | None,
    mode: str,
    concurrency: int,
    batch_size: int,
    namespace: str,
    results: Path | None,
    save_passwords: bool,
    redis_url: str | None,
) -> None:
    """Create the mailboxes listed in FILE (.csv with a header row, or .jsonl).

    Columns: domain, local_part, display_name (optional), storage_allocation_mb (optional, MB).
    Exits 0 when every row was created or already existed, 1 when any row failed, 2 on bad
    input or configuration (unreadable file, bad token, unreachable or refusing server), 130
    when interrupted (the outcomes so far are written to --results).
    """
    console = Console(stderr=True)
    if save_passwords and results is None:
        raise click.UsageError("--save-passwords needs --results FILE to write them to")
    if not token:
        raise click.UsageError("no ops token: pass --token or set TREKMAIL_API_TOKEN (tm_live_...)")
    try:
        policy = RetryPolicy(redis_url=redis_url) if redis_url else None
        tm = TrekMail(
            base_url=base_url,
            ops_token=token,
            retry_policy=policy,
            limits=pool_limits(concurrency),
        )
        entries = load_specs(file)
    except (TrekMailError, ValueError) as exc:  # InvalidTokenError, SpecFileError, bad URL
        raise click.UsageError(
            f"{exc} (the token comes from --token or $TREKMAIL_API_TOKEN)"
            if isinstance(exc, TrekMailError)
            else str(exc)
        ) from None
    options = {
        "mode": mode,
        "concurrency": concurrency,
        "batch_size": batch_size,
        "namespace": namespace,
    }
    done: list[ProvisionOutcome] = []
    try:
        report = asyncio.run(_run_provision(tm, entries, file.name, options, console, done))
    except KeyboardInterrupt:
        if results is not None:
            _write_results(results, done, save_passwords)
        _print_failures(console, done)
        console.print(
            f"[yellow]interrupted[/yellow] after {len(done)} of {len(entries)} rows"
            + (f" (their outcomes are in {results})" if results is not None else "")
            + "; run the same command again to finish: finished rows replay, nothing duplicates"
        )
        sys.exit(EXIT_INTERRUPTED)
    except (AuthenticationError, PermissionDeniedError, APIConnectionError) as exc:
        console.print(f"[red]error:[/red] {exc}; check --base-url and --token")
        sys.exit(EXIT_USAGE)
    except TrekMailError as exc:
        console.print(f"[red]error:[/red] {exc}")
        sys.exit(EXIT_FAILED)
    if results is not None:
        _write_results(results, report.outcomes, save_passwords)
    console.print(_summary_table(report))
    _print_failures(console, report.outcomes)
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)
