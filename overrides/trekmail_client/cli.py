"""The ``trekmail`` command line (extra ``cli``: ``pip install 'trekmail-client[cli]'``).

``trekmail provision FILE.csv`` creates the mailboxes a CSV or JSON Lines file lists, with a
progress bar and a summary. Base URL and tokens come from ``--base-url`` / ``--token`` or the
environment (``TREKMAIL_BASE_URL``, ``TREKMAIL_API_TOKEN``), the names TrekMail's own tooling uses.
"""

from __future__ import annotations

import asyncio
import json
import sys
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

from . import TrekMail, TrekMailError
from .provisioning import (
    OutcomeStatus,
    ProvisionOutcome,
    ProvisionReport,
    SpecFileError,
    load_specs,
    provision_mailboxes,
)

__all__ = ["main"]

DEFAULT_BASE_URL = "https://trekmail.net"


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
    tm: TrekMail, path: Path, options: dict[str, Any], console: Console
) -> ProvisionReport:
    entries = load_specs(path)
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=False) as progress:
        task = progress.add_task(f"provisioning {path.name}", total=len(entries))

        def advance(outcome: ProvisionOutcome) -> None:
            progress.advance(task)

        async with tm:
            return await provision_mailboxes(tm, entries, on_outcome=advance, **options)


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
) -> None:
    """Create the mailboxes listed in FILE (.csv with a header row, or .jsonl).

    Columns: domain, local_part, display_name (optional), storage_allocation_mb (optional, MB).
    Exits 0 when every row was created or already existed, 1 when any row failed, 2 on bad
    input or configuration.
    """
    console = Console(stderr=True)
    if save_passwords and results is None:
        raise click.UsageError("--save-passwords needs --results FILE to write them to")
    if not token:
        raise click.UsageError("no ops token: pass --token or set TREKMAIL_API_TOKEN (tm_live_...)")
    try:
        tm = TrekMail(base_url=base_url, ops_token=token)
    except TrekMailError as exc:
        raise click.UsageError(str(exc)) from None
    options = {
        "mode": mode,
        "concurrency": concurrency,
        "batch_size": batch_size,
        "namespace": namespace,
    }
    try:
        report = asyncio.run(_run_provision(tm, file, options, console))
    except SpecFileError as exc:
        raise click.UsageError(str(exc)) from None
    except TrekMailError as exc:
        console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
    if results is not None:
        with results.open("w", encoding="utf-8") as handle:
            for outcome in report.outcomes:
                handle.write(json.dumps(outcome.to_dict(include_secrets=save_passwords)) + "\n")
    console.print(_summary_table(report))
    for outcome in report.outcomes:
        if outcome.status is OutcomeStatus.FAILED:
            where = outcome.address or f"row {outcome.spec.line}"
            console.print(f"[red]failed[/red] {where}: {outcome.code}: {outcome.message}")
    sys.exit(1 if report.failed else 0)
