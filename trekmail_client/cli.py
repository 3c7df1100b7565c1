"""The ``trekmail`` command line (extra ``cli``: ``pip install 'trekmail-client[cli]'``).

``trekmail provision FILE.csv`` creates the mailboxes a CSV or JSON Lines file lists, with a
progress display, a run journal and a summary; ``trekmail provision status JOURNAL`` and
``trekmail provision export JOURNAL`` read a journal back. Base URL and tokens come from
``--base-url`` / ``--token`` or the environment (``TREKMAIL_BASE_URL``, ``TREKMAIL_API_TOKEN``),
the names TrekMail's own tooling uses.
"""

from __future__ import annotations

import asyncio
import csv
import errno
import io
import json
import math
import os
import signal
import stat
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

try:
    import click
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task
    from rich.table import Table
    from rich.text import Text
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "the trekmail command needs the 'cli' extra: pip install 'trekmail-client[cli]'"
    ) from exc

from . import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    RetryPolicy,
    TrekMail,
    TrekMailError,
)
from ._client import HTTPBackend, pool_limits
from ._redis import RateLimitStoreError, check_redis
from .provisioning import (
    Journal,
    JournalError,
    MailboxSpec,
    OutcomeStatus,
    ProvisionOutcome,
    ProvisionReport,
    ProvisionStats,
    RowProblem,
    SpecFileError,
    load_specs,
    provision_mailboxes,
)
from .provisioning._journal import journal_files
from .provisioning._provisioner import DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DEADLINE
from .provisioning._specs import DELIMITERS, detect_delimiter

__all__ = ["main"]

DEFAULT_BASE_URL = "https://trekmail.net"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_SIGINT, EXIT_SIGTERM = 128 + signal.SIGINT, 128 + signal.SIGTERM  # 130, 143
JOURNAL_SUFFIX = ".journal"
#: Statuses of the domain listing that mean the base URL is not the API's root (exit 2).
_NOT_AN_API_ROOT = (404, 405)


def _failure_code(exc: APIStatusError) -> str:
    """The error's ``code`` (``route_not_found``) with the request id when the API gave one."""
    return f"{exc.code}, request_id={exc.request_id}" if exc.request_id else exc.code


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "--"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


def _status_line(stats: ProvisionStats) -> str:
    """One plain progress line: rows done of total, rate, ETA, requests, 429s, waits."""
    done = stats.skipped + stats.done
    share = done / stats.total if stats.total else 1.0
    line = (
        f"progress: {done:,}/{stats.total:,} rows ({share:.0%}), {stats.rate():.1f} rows/s, "
        f"ETA {_duration(stats.eta())}, {stats.requests:,} requests, "
        f"{stats.rate_limited:,} answered 429, {stats.retries:,} retries"
    )
    waiting = stats.waiting()
    if waiting > 0:
        line += f"; waiting {waiting:.0f} s for {stats.waiting_for or 'the rate limit'}"
    return line


class _StatsColumn(ProgressColumn):
    """Rate, ETA and rate-limit waits of a run, read from its live counters."""

    def __init__(self, stats: ProvisionStats) -> None:
        super().__init__()
        self._stats = stats

    def render(self, task: Task) -> Text:
        """The column's text for ``task``."""
        stats = self._stats
        text = f"{stats.rate():.1f} rows/s  ETA {_duration(stats.eta())}  {stats.requests:,} req"
        if stats.rate_limited:
            text += f"  {stats.rate_limited:,}x429"
        waiting = stats.waiting()
        if waiting > 0:
            text += f"  waiting {waiting:.0f} s for {stats.waiting_for or 'the rate limit'}"
        return Text(text)


def _summary_table(report: ProvisionReport) -> Table:
    table = Table(title="Provisioning summary", show_header=False)
    table.add_row("created", str(report.created))
    table.add_row("already existed", str(report.already_existed))
    table.add_row("failed", str(report.failed))
    for code, count in report.failure_codes.most_common():
        table.add_row(f"  failed: {code}", str(count))
    if report.unknown:
        table.add_row("unknown (interrupted, or in doubt after a read-back)", str(report.unknown))
    if report.read_back:
        table.add_row("read back by address (a send may have committed)", str(report.read_back))
    if report.skipped:
        table.add_row("finished by an earlier run", str(report.skipped))
    if report.resent:
        table.add_row("re-sent (answer not recorded before)", str(report.resent))
    if report.passwords_replaced:
        table.add_row("passwords replaced (answer lost)", str(report.passwords_replaced))
    table.add_row("HTTP requests", str(report.requests))
    table.add_row("  answered 429", str(report.rate_limited))
    table.add_row("  retries", str(report.retries))
    for reason, count in sorted(report.retry_reasons.items(), key=lambda kv: -kv[1]):
        table.add_row(f"    after {reason}", str(count))
    table.add_row("wall time", f"{report.wall_time:.2f} s")
    table.add_row("requests per minute", f"{report.requests_per_minute:,.0f}")
    return table


def _print_failures(
    console: Console, outcomes: Iterable[ProvisionOutcome], limit: int = 20
) -> None:
    doubtful = [o for o in outcomes if o.status is OutcomeStatus.UNKNOWN and o.code]
    for outcome in doubtful[:limit]:
        where = outcome.address or f"line {outcome.spec.line}"
        message = escape(outcome.message or "")
        console.print(f"[yellow]unknown[/yellow] {where}: {message}", markup=True)
    if len(doubtful) > limit:
        console.print(f"... and {len(doubtful) - limit} more unknown rows (see --results)")
    failed = [o for o in outcomes if o.status is OutcomeStatus.FAILED]
    for outcome in failed[:limit]:
        where = outcome.address or f"line {outcome.spec.line}"
        message = escape(f"{outcome.code}: {outcome.message}")
        console.print(f"[red]failed[/red] {where}: {message}", markup=True)
    if len(failed) > limit:
        console.print(f"... and {len(failed) - limit} more failed rows (see --results)")


def _write_private(path: Path, text: str, secret: bool) -> None:
    """Write ``text`` to ``path`` whole or not at all; mode 0600 when it holds secrets."""
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if secret else 0o644)
    try:
        if secret:
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(temp, path)


def _write_results(path: Path, outcomes: Iterable[ProvisionOutcome], secrets: bool) -> None:
    lines = [json.dumps(o.to_dict(include_secrets=secrets)) + "\n" for o in outcomes]
    _write_private(path, "".join(lines), secrets)


class _Budget(click.ParamType[float]):
    """A retry budget option: a whole count (``--max-retries``, ``--max-attempts``) or seconds
    (``--retry-deadline``), checked before anything is sent, with a message that names the
    option (click adds it), the value's problem and an example of a good one.

    Args:
        unit: ``"count"`` (an int) or ``"seconds"`` (a finite float).
        minimum: the smallest value accepted.
        maximum: the largest value accepted, or None.
        example: a good value to suggest (the default).
    """

    def __init__(
        self, unit: str, minimum: float, maximum: float | None, example: str, option: str
    ) -> None:
        self.unit = unit
        self.name = "N" if unit == "count" else "SECONDS"
        self.minimum = minimum
        self.maximum = maximum
        self.example = example
        self.option = option

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        """The value as int (count) or float (seconds); fails with the fix in the message."""
        if self.unit == "count" and isinstance(value, int) and not isinstance(value, bool):
            number: float = value
        elif self.unit == "seconds" and isinstance(value, int | float):
            number = float(value)
        else:
            try:
                number = int(value) if self.unit == "count" else float(value)
            except (TypeError, ValueError):
                number = math.nan
        top = "" if self.maximum is None else f" and <= {self.maximum:g}"
        what = "a whole number" if self.unit == "count" else "a finite number of seconds"
        if (
            not math.isfinite(number)
            or number < self.minimum
            or (self.maximum is not None and number > self.maximum)
        ):
            self.fail(
                f"{value!r} is not {what} >= {self.minimum:g}{top}; "
                f"pass e.g. {self.option} {self.example}",
                param,
                ctx,
            )
        return number


def _check_writable(path: Path, what: str, option: str, *, append: bool = False) -> None:
    """Refuse an output path that cannot be written, before any request (exit 2).

    Permission bits say too little (root passes every ``os.access`` check; a read-only mount,
    a full name limit or an ACL do not show in them), so this tries what the run will do: it
    creates and removes a file in the target folder (results and exports are written to a
    temporary file there and renamed; SQLite puts its -wal, -shm and lock files there), and
    with ``append`` opens an existing file for appending (a journal is written in place).

    Args:
        path: the file the run will write.
        what: what it holds, for the message ("results", "journal").
        option: the option that named it ("--results").
        append: also open an existing ``path`` for appending.

    Raises:
        click.UsageError: naming the path, the reason and the fix.
    """
    if path.is_dir():
        raise click.UsageError(
            f"{option} {path} is a folder, not a regular file; pass a path to a regular file "
            f"for the {what}"
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise click.UsageError(
            f"{option} {path}: the folder {folder} does not exist; create it or pass another path"
        )
    probe = path.with_name(f".{path.name}.tmp")  # the name _write_private writes first
    try:
        if probe.exists():  # left by an interrupted write: it must be replaceable
            os.close(os.open(probe, os.O_WRONLY | os.O_APPEND))
        else:
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            probe.unlink()
        if append and path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
    except OSError as exc:
        fix = "pass a path in a folder you can write to, or fix the folder's permissions"
        if exc.filename is not None and Path(exc.filename) == path:
            reason = f"{path}: {exc.strerror or exc}"
        elif exc.errno == errno.ENOENT:
            # The folder exists (checked above), yet creating a file in it says "no such
            # file": a virtual file system such as /proc or /sys, which holds no new files.
            reason = (
                f"the folder {folder} cannot hold a new file: creating one there failed "
                "though the folder exists (a virtual file system such as /proc or /sys)"
            )
            fix = "pass a path in a folder you can write to"
        else:
            reason = f"the folder {folder} cannot hold a new file: {exc.strerror or exc}"
        raise click.UsageError(
            f"{option} {path}: cannot write the {what} there ({reason}); {fix}"
        ) from None


def _output_target(path: Path, what: str, option: str) -> Path:
    """The file an output option really writes, checked before any request (exit 2).

    Outputs are written whole: to a temporary file in the same folder, renamed over the
    target. Renaming over a device (``/dev/full``), a FIFO or a socket would replace it with a
    regular file, and renaming over a symlink would replace the link, so: an existing path
    that is not a regular file is refused, and a symlink is followed (``os.path.realpath``)
    so that its target is written and the link stays. Then :func:`_check_writable` probes the
    target's folder.

    Args:
        path: the path the option named.
        what: what it holds, for the message ("results", "export").
        option: the option that named it ("--results").

    Returns:
        the path to write (``path``, or the file a symlink points to).

    Raises:
        click.UsageError: naming the path, the reason and the fix.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    _refuse_special(path, target, what, option)
    _check_writable(target, what, option)
    return target


def _refuse_special(path: Path, target: Path, what: str, option: str) -> None:
    """Refuse ``target`` (what ``path`` names) when it exists and is not a regular file."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise click.UsageError(
            f"{option} {path}: cannot use it for the {what} ({exc.strerror or exc}); pass a "
            "path to a regular file"
        ) from None
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISREG(mode):
        return
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISFIFO(mode):
        kind = "a FIFO"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "a special file"
    shown = f"{path} (-> {target})" if target != path else str(path)
    raise click.UsageError(
        f"{option} {shown} is {kind}, not a regular file; pass a path to a regular file for "
        f"the {what}"
    )


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file once symlinks and ``..`` are resolved."""
    return os.path.realpath(a) == os.path.realpath(b)


def _refuse_overlap(file: Path, journal: Path | None, results: Path | None) -> None:
    """Refuse ``--results`` or ``--journal`` naming the input, or ``--results`` the journal
    (or one of its -wal, -shm or lock files), before anything is written (exit 2).

    Raises:
        click.UsageError: naming both options, the file and the fix.
    """
    if journal is not None and _same_file(journal, file):
        raise click.UsageError(
            f"--journal {journal} is the input file {file}; the run would overwrite its own "
            "input: pass another --journal path (the default is FILE.journal)"
        )
    if results is None:
        return
    if _same_file(results, file):
        raise click.UsageError(
            f"--results {results} is the input file {file}; the run would overwrite its own "
            "input: pass another --results path"
        )
    if journal is not None:
        _refuse_journal_output(results, journal, "results", "--results")


def _refuse_journal_output(output: Path, journal: Path, what: str, option: str) -> None:
    """Refuse an output path that is one of the journal's files (the database, its -wal,
    -shm or lock file, by the path given or the one its symlinks lead to): writing ``what``
    there would destroy the journal (exit 2).

    Raises:
        click.UsageError: naming the option, the file and the fix.
    """
    resolved = Path(os.path.realpath(journal))
    for part in {*journal_files(journal), *journal_files(resolved)}:
        if _same_file(output, part):
            raise click.UsageError(
                f"{option} {output} is the journal's file {part}; writing the {what} there "
                f"would destroy the journal: pass another {option} path"
            )


def _remove_journal(path: Path) -> None:
    """Delete a journal this run created (and its -wal, -shm and lock files); best effort."""
    for part in journal_files(path):
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass


class _ProvisionGroup(click.Group):
    """``trekmail provision FILE`` runs a file; ``status`` and ``export`` read a journal."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Treat ``provision FILE ...`` as ``provision run FILE ...``."""
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group()
@click.version_option(package_name="trekmail-client")
def main() -> None:
    """TrekMail from the command line."""


@main.group(cls=_ProvisionGroup)
def provision() -> None:
    """Create mailboxes from a file: trekmail provision FILE [OPTIONS].

    Read a run's journal back with 'trekmail provision status JOURNAL' and
    'trekmail provision export JOURNAL'.
    """


async def _provision_async(
    tm: TrekMail,
    entries: list[MailboxSpec | RowProblem],
    journal: Journal,
    options: dict[str, Any],
    console: Console,
    label: str,
    interval: float,
    grace: float,
) -> tuple[ProvisionReport, str | None]:
    """Run the provisioning with signal handling and progress; return (report, signal name)."""
    loop = asyncio.get_running_loop()
    stop, stop_now = asyncio.Event(), asyncio.Event()
    received: list[str] = []

    def on_signal(name: str) -> None:
        received.append(name)
        if stop.is_set():
            stop_now.set()
            console.print(f"{name} again: stopping now; requests under way stay in the journal")
            return
        stop.set()
        console.print(
            f"{name}: stopping; requests under way get up to {grace:g} s to finish "
            f"(send {name} again to stop at once)"
        )

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signal.Signals(signum).name)
    stats = ProvisionStats()
    progress: Progress | None = None
    ticker: asyncio.Task[None] | None = None
    task_id: Any = None

    def advance(outcome: ProvisionOutcome) -> None:
        if progress is not None:
            progress.update(task_id, completed=stats.skipped + stats.done)

    async def plain_lines() -> None:
        while True:
            await asyncio.sleep(interval)
            print(_status_line(stats), file=sys.stderr, flush=True)

    try:
        if console.is_terminal:
            progress = Progress(
                *Progress.get_default_columns()[:1],
                BarColumn(),
                MofNCompleteColumn(),
                _StatsColumn(stats),
                console=console,
            )
            progress.start()
            task_id = progress.add_task(f"provisioning {label}", total=len(entries))
        else:
            print(f"provisioning {label}: {len(entries):,} rows", file=sys.stderr, flush=True)
            ticker = asyncio.create_task(plain_lines())
        async with tm:
            report = await provision_mailboxes(
                tm,
                entries,
                journal=journal,
                on_outcome=advance,
                stop=stop,
                stop_now=stop_now,
                grace=grace,
                stats=stats,
                **options,
            )
        if progress is not None:
            progress.update(task_id, completed=stats.skipped + stats.done)
    finally:
        if ticker is not None:
            ticker.cancel()
        if progress is not None:
            progress.stop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    if ticker is not None:
        print(_status_line(stats), file=sys.stderr, flush=True)
    return report, (received[0] if received else None)


@provision.command("run")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
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
    help="bulk: mailboxes:bulk in batches of up to 100 (display names cost one more request "
    "per row); single: one request per mailbox.",
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
    "--max-retries",
    type=_Budget("count", 0, 10_000, str(DEFAULT_MAX_ATTEMPTS - 1), "--max-retries"),
    default=None,
    help="Retries per request (a row in single mode, a batch in bulk mode, a follow-up) after "
    "429, 5xx, a failed connection or an unreadable answer, each with the same idempotency "
    f"key. Default {DEFAULT_MAX_ATTEMPTS - 1}; --retry-deadline usually ends them first.",
)
@click.option(
    "--max-attempts",
    type=_Budget("count", 1, 10_001, str(DEFAULT_MAX_ATTEMPTS), "--max-attempts"),
    default=None,
    help="Sends per request: --max-retries + 1 (pass one of the two, not both).",
)
@click.option(
    "--retry-deadline",
    type=_Budget("seconds", 0, None, f"{DEFAULT_RETRY_DEADLINE:g}", "--retry-deadline"),
    default=DEFAULT_RETRY_DEADLINE,
    show_default=True,
    help="Seconds one request (a row or a batch) may spend retrying, from its first send; "
    "the default survives a one-minute outage of 503s at the documented backoff.",
)
@click.option(
    "--journal",
    type=click.Path(path_type=Path),
    help="Run journal (SQLite, mode 0600); default FILE.journal. Running the same command "
    "again with it sends only the rows that are not finished.",
)
@click.option("--no-journal", is_flag=True, help="Keep no journal (a re-run re-sends every row).")
@click.option(
    "--results",
    type=click.Path(path_type=Path),
    help="Write one JSON line per row (its outcome) to this file at the end.",
)
@click.option(
    "--save-passwords",
    is_flag=True,
    help="Record each new mailbox's one-time password in the journal (and in --results); "
    "both files are then mode 0600: treat them as secrets.",
)
@click.option("--app-passwords", is_flag=True, help="Also create an app password per mailbox.")
@click.option(
    "--progress-interval",
    type=click.FloatRange(0.1, 3600),
    default=5.0,
    show_default=True,
    help="Seconds between plain progress lines when the output is not a terminal.",
)
@click.option(
    "--grace",
    type=click.FloatRange(0, 600),
    default=10.0,
    show_default=True,
    help="Seconds requests under way get to finish after SIGINT or SIGTERM.",
)
@click.option(
    "--redis-url",
    envvar="TREKMAIL_REDIS_URL",
    help="Share one rate-limit gate and pace per token with every process using this Redis "
    "(redis://[:password@]host:port/db; extra 'redis'); default: this process only.",
)
@click.option(
    "--http-backend",
    type=click.Choice(["httpx", "aiohttp"], case_sensitive=False),
    envvar="TREKMAIL_HTTP_BACKEND",
    default=None,
    help="HTTP backend: httpx (default) or aiohttp (extra 'aiohttp': less CPU per request); "
    "defaults to $TREKMAIL_HTTP_BACKEND. Behaviour is the same on both.",
)
def run(
    file: Path,
    base_url: str,
    token: str | None,
    mode: str,
    concurrency: int,
    batch_size: int,
    namespace: str,
    max_retries: int | None,
    max_attempts: int | None,
    retry_deadline: float,
    journal: Path | None,
    no_journal: bool,
    results: Path | None,
    save_passwords: bool,
    app_passwords: bool,
    progress_interval: float,
    grace: float,
    redis_url: str | None,
    http_backend: HTTPBackend | None,
) -> None:
    """Create the mailboxes listed in FILE (.csv with a header row, or .jsonl).

    Columns: domain, local_part, display_name (optional), storage_allocation_mb (optional, MB);
    commas, semicolons, tabs or pipes between them; a local part in lower case. Every path,
    column and option is checked before the first request. Exits 0 when every row was created
    or already existed, 1 when any row failed (domain_lookup_failed included: the domains could
    not be listed within --retry-deadline / --max-retries), 2 on bad input or configuration
    (a file without rows, a field over 1,000 characters, an output path that cannot be
    written, --max-retries with --max-attempts, a base URL nothing answers at), 130 on SIGINT
    and 143 on SIGTERM (a second signal stops at once; the journal keeps every finished row;
    run the same command again to finish). Rows the API refused with 422 are final: a re-run
    does not send them again (storage_pool_exceeded excepted).
    """
    console = Console(stderr=True, soft_wrap=True)
    if not file.is_file():
        raise click.UsageError(f"{file}: no such file; pass the path of a .csv or .jsonl file")
    if journal is not None and no_journal:
        raise click.UsageError("--journal and --no-journal contradict each other; pass one")
    journal_path = None if no_journal else (journal or file.with_name(file.name + JOURNAL_SUFFIX))
    if save_passwords and journal_path is None and results is None:
        raise click.UsageError(
            "--save-passwords needs somewhere to save them: drop --no-journal or pass --results"
        )
    if max_retries is not None and max_attempts is not None:
        raise click.UsageError(
            f"--max-retries {max_retries} and --max-attempts {max_attempts} both set the sends "
            "per request (attempts = retries + 1); pass only one of them"
        )
    if max_attempts is None:
        max_attempts = DEFAULT_MAX_ATTEMPTS if max_retries is None else max_retries + 1
    if not token:
        raise click.UsageError("no ops token: pass --token or set TREKMAIL_API_TOKEN (tm_live_...)")
    _refuse_overlap(file, journal_path, results)
    if results is not None:
        results = _output_target(results, "results", "--results")
    if journal_path is not None:
        _refuse_special(journal_path, journal_path, "journal", "--journal")
        _check_writable(journal_path, "journal", "--journal", append=True)
    if redis_url:
        try:
            asyncio.run(check_redis(redis_url))
        except RateLimitStoreError as exc:
            raise click.UsageError(f"--redis-url (or TREKMAIL_REDIS_URL): {exc}") from None
    try:
        policy = RetryPolicy(redis_url=redis_url) if redis_url else None
        tm = TrekMail(
            base_url=base_url,
            ops_token=token,
            retry_policy=policy,
            limits=pool_limits(concurrency),  # every concurrent request keeps its connection
            http_backend=http_backend or "httpx",
        )
    except ImportError as exc:  # --http-backend aiohttp without the extra
        raise click.UsageError(str(exc)) from None
    except (TrekMailError, ValueError) as exc:  # InvalidTokenError, bad URL
        raise click.UsageError(
            f"{exc} (the token comes from --token or $TREKMAIL_API_TOKEN)"
        ) from None
    try:
        entries = load_specs(file)
        if file.suffix.lower() == ".csv":
            with file.open(encoding="utf-8-sig") as handle:
                delimiter = detect_delimiter(handle.readline())
            if delimiter != ",":
                console.print(f"reading {file.name} as {DELIMITERS[delimiter]}-separated")
    except SpecFileError as exc:
        raise click.UsageError(str(exc)) from None
    if not entries:
        example = (
            '{"domain": "example.com", "local_part": "alice"}'
            if file.suffix.lower() == ".jsonl"
            else "example.com,alice"
        )
        raise click.UsageError(
            f"{file} holds no rows to provision (a header row at most); add one line per "
            f"mailbox, e.g. {example}"
        )
    options = {
        "mode": mode,
        "concurrency": concurrency,
        "batch_size": batch_size,
        "namespace": namespace,
        "max_attempts": max_attempts,
        "retry_deadline": retry_deadline,
        "save_passwords": save_passwords,
        "app_passwords": app_passwords,
    }
    created = journal_path is not None and not os.path.lexists(journal_path)
    try:
        book = Journal.open(journal_path)
    except JournalError as exc:
        raise click.UsageError(str(exc)) from None
    settings = {"mode": mode, "namespace": namespace, "app_passwords": str(app_passwords).lower()}
    written = book.meta()
    if not written:  # a new journal records it; journals written before it was kept have none
        settings["save_passwords"] = str(save_passwords).lower()
    try:
        if save_passwords and written.get("save_passwords") == "false":
            raise JournalError(
                f"{journal_path} was written without --save-passwords: the rows it finished "
                "have no password recorded, so this run could not save them all; resume "
                "without --save-passwords, or pass a new --journal path to record passwords"
            )
        book.bind(entries, settings)
    except JournalError as exc:
        book.close()
        if created and journal_path is not None:
            _remove_journal(journal_path)
        raise click.UsageError(str(exc)) from None
    if not save_passwords and written.get("save_passwords") == "true":
        console.print(
            f"[yellow]warning:[/yellow] {escape(str(journal_path))} was written with "
            "--save-passwords; this run does not record the passwords of the rows it creates "
            "(stop it and pass --save-passwords to keep them)",
            markup=True,
        )
    failure: int | None = None
    with book:
        unfinished = sum(1 for row in book.rows() if not row.finished)
        if journal_path is not None and unfinished < len(entries):
            console.print(
                f"resuming from {journal_path}: {len(entries) - unfinished:,} rows finished "
                f"earlier, {unfinished:,} to do"
            )
        try:
            report, received = asyncio.run(
                _provision_async(
                    tm, entries, book, options, console, file.name, progress_interval, grace
                )
            )
        except APIConnectionError as exc:
            # Only the run's first request (the domain listing) ends a run this way: nothing
            # answered at that address, so nothing was sent (a later failure is a row's).
            console.print(
                f"[red]error:[/red] cannot reach URL {escape(base_url)} ({escape(str(exc))}); "
                "check --base-url "
                "(or TREKMAIL_BASE_URL) and that the API is up; nothing was sent",
                markup=True,
            )
            failure = EXIT_USAGE
        except (AuthenticationError, PermissionDeniedError) as exc:
            console.print(f"[red]error:[/red] {escape(str(exc))}; check --base-url and --token")
            failure = EXIT_USAGE
        except APIStatusError as exc:
            if exc.status_code in _NOT_AN_API_ROOT:
                # Only the domain listing (the run's first request) ends a run this way: a
                # path that does not exist (404) or takes no GET (405) means the base URL is
                # not the API's root; failing every row as an outage would hide that.
                console.print(
                    f"[red]error:[/red] the domain listing at URL {escape(base_url)} answered "
                    f"{exc.status_code} ({escape(_failure_code(exc))}): check --base-url (or "
                    "TREKMAIL_BASE_URL); it should be the API's root, e.g. "
                    f"{DEFAULT_BASE_URL}, without /api/v1 or another path; nothing was sent",
                    markup=True,
                )
                failure = EXIT_USAGE
            else:
                console.print(f"[red]error:[/red] {escape(str(exc))}")
                failure = EXIT_FAILED
        except TrekMailError as exc:
            console.print(f"[red]error:[/red] {escape(str(exc))}")
            failure = EXIT_FAILED
        # A journal this run created that records no send holds nothing to resume: it goes,
        # so that ``status`` does not report rows left to do; an earlier run's journal stays.
        untouched = (
            failure is not None
            and created
            and all(row.state == "pending" and row.runs == 0 for row in book.rows())
        )
    if failure is not None:
        if untouched and journal_path is not None:
            _remove_journal(journal_path)
        sys.exit(failure)
    if results is not None:
        _write_results(results, report.outcomes, save_passwords)
    console.print(_summary_table(report))
    _print_failures(console, report.outcomes)
    if received is not None:
        where = f" with --journal {journal_path}" if journal_path is not None else ""
        console.print(
            f"[yellow]interrupted by {received}[/yellow] with {report.unknown:,} of "
            f"{len(entries):,} rows not finished; run the same command again{where} to finish"
        )
        sys.exit(EXIT_SIGTERM if received == "SIGTERM" else EXIT_SIGINT)
    sys.exit(EXIT_FAILED if report.failed or report.unknown else EXIT_OK)


def _open_journal(path: Path) -> Journal:
    try:
        book = Journal.open(path, create=False)
    except JournalError as exc:
        # The journal's messages speak to ``provision run --journal``; these commands take
        # the journal as their argument.
        message = str(exc).replace("pass another --journal path", "pass the journal file's path")
        raise click.UsageError(message) from None
    if not book.meta():
        book.close()
        raise click.UsageError(f"{path} holds no provisioning run; pass the journal a run wrote")
    return book


@provision.command("status")
@click.argument("journal", type=click.Path(dir_okay=False, path_type=Path))
def status(journal: Path) -> None:
    """Summarise a run journal: rows per state, passwords recorded, what is left to do.

    Exits 0 when every row is finished and none failed, 1 otherwise.
    """
    with _open_journal(journal) as book:
        meta = book.meta()
        counts = book.state_counts()
        rows = book.rows()
        passwords = book.passwords_recorded()
    created = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(meta.get("created_at", 0))))
    table = Table(title=f"Journal {journal}", show_header=False)
    table.add_row("started", created)
    table.add_row("mode", meta.get("mode", "?"))
    table.add_row("namespace", meta.get("namespace", "?"))
    table.add_row("rows", f"{len(rows):,}")
    for state, count in sorted(counts.items()):
        table.add_row(f"  {state}", f"{count:,}")
    table.add_row("passwords recorded", f"{passwords:,}")
    left = sum(1 for row in rows if not row.finished)
    table.add_row("left to do", f"{left:,}")
    Console().print(table)
    failed = sum(n for state, n in counts.items() if state.startswith("failed"))
    sys.exit(EXIT_OK if left == 0 and failed == 0 else EXIT_FAILED)


_EXPORT_COLUMNS = (
    "line",
    "address",
    "state",
    "mailbox_id",
    "code",
    "message",
    "attempts",
    "runs",
    "replayed",
    "idempotency_key",
    "final",
)


@provision.command("export")
@click.argument("journal", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (mode 0600 with --include-passwords) instead of to standard output.",
)
@click.option(
    "--include-passwords", is_flag=True, help="Include the recorded one-time and app passwords."
)
def export(journal: Path, fmt: str, output: Path | None, include_passwords: bool) -> None:
    """Write one record per input row of a run journal, in input order, as CSV or JSON Lines."""
    if output is not None:
        _refuse_journal_output(output, journal, "export", "--output")
        output = _output_target(output, "export", "--output")
    with _open_journal(journal) as book:
        buffer = io.StringIO()
        columns = list(_EXPORT_COLUMNS)
        if include_passwords:
            columns += ["one_time_password", "app_password"]
        writer = csv.DictWriter(buffer, fieldnames=columns) if fmt == "csv" else None
        if writer is not None:
            writer.writeheader()
        for row in book.iter_rows():
            record = row.to_dict(include_secrets=include_passwords)
            if writer is not None:
                writer.writerow(record)
            else:
                buffer.write(json.dumps(record) + "\n")
    if output is None:
        out: IO[str] = sys.stdout
        out.write(buffer.getvalue())
    else:
        _write_private(output, buffer.getvalue(), include_passwords)


if __name__ == "__main__":  # python -m trekmail_client.cli
    main()
