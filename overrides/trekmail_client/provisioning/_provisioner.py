"""Concurrent bulk mailbox provisioning: every row gets exactly one outcome, nothing is lost.

The design (sdk-design section 5, "Bulk provisioning"; issue 7): rows go through
``mailboxes:bulk`` in batches of up to 100, or one request per mailbox, with bounded
concurrency. Every request carries a deterministic ``Idempotency-Key`` (a namespace plus a hash
of the operation and its body). A run journal (:class:`~._journal.Journal`) records each row's
key (and batch) before it is sent and its outcome in the transaction that makes it known, so a
re-run after any crash sends only unfinished rows, with the same keys, and the server replays
instead of creating anything twice. Follow-ups (display names in bulk mode, a replacement for a
one-time password whose answer was lost) are retried within the run; a row is ``created`` only
when all of them succeeded. Rate limits are waited out as the API says (``Retry-After``); a
batch refused whole with ``storage_pool_exceeded`` is split.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import attrs

from .._backoff import (
    Clock,
    PaceMemory,
    RetryPolicy,
    SharedRateLimit,
    Sleep,
    adaptive_pacing,
    backoff_delay,
    default_sleep,
    on_admission,
    on_wait,
    parse_retry_after,
)
from .._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    PermissionDeniedError,
    ResponseParseError,
)
from .._logging import logger
from ._journal import FOLLOW_UP, IN_FLIGHT, Entry, Journal, JournalRow
from ._outcomes import OutcomeStatus, ProvisionOutcome, ProvisionReport
from ._send import (
    BatchSender,
    RowResult,
    SingleSender,
    mint_app_password,
    new_password,
    replace_password,
    set_display_name,
)
from ._specs import MailboxSpec, RowProblem

if TYPE_CHECKING:
    from .._client import TrekMail

__all__ = ["ProvisionStats", "provision_mailboxes"]

Mode = Literal["bulk", "single"]
T = TypeVar("T")
OutcomeCallback = Callable[[ProvisionOutcome], None]

# Answers after which a request is sent again, with the same idempotency key.
_TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
DISPLAY_NAME_NOT_SET = "display_name_not_set"
DOMAIN_LOOKUP_FAILED = "domain_lookup_failed"
PASSWORD_NOT_RECORDED = "password_not_recorded"
APP_PASSWORD_NOT_RECORDED = "app_password_not_recorded"
_FOLLOW_UP_CODES = frozenset(
    {DISPLAY_NAME_NOT_SET, PASSWORD_NOT_RECORDED, APP_PASSWORD_NOT_RECORDED}
)
# Fresh app-password mints a follow-up tries when each replay shows an earlier send's secret
# was lost (each generation has its own idempotency key).
_APP_PASSWORD_GENERATIONS = 3


DEFAULT_MAX_ATTEMPTS = 51
DEFAULT_RETRY_DEADLINE = 180.0


def _is_transient(exc: APIError) -> bool:
    """Whether the same request (same idempotency key) is worth sending again.

    A 2xx answer that cannot be read (an HTML page from a proxy, a body of another shape) is:
    the server answers a repeat with the same key from its idempotency store, in JSON.
    """
    if isinstance(exc, APIConnectionError | ResponseParseError):
        return True
    if isinstance(exc, APIStatusError):
        return exc.status in _TRANSIENT_STATUSES and exc.retryable is not False
    return False


#: Refusals that a later run may see pass (the account changes: storage is freed), so a re-run
#: sends the row again although the server refused it; and the codes of passing trouble a bulk
#: answer may give one row.
_REFUSED_FOR_NOW = frozenset(
    {"storage_pool_exceeded", "rate_limited", "internal_error", "service_unavailable"}
)


def _refused_for_good(refusal: APIError | str | None) -> bool:
    """Whether the server refused a row for good, so that a re-run must not send it again
    (the journal marks it ``final``): an HTTP 422 answer to the row's own request, or a failed
    row of a bulk answer (its ``reason`` given as a string), except the refusals in
    ``_REFUSED_FOR_NOW`` (``storage_pool_exceeded`` stays retryable on a re-run)."""
    if isinstance(refusal, APIStatusError):
        return refusal.status == 422 and refusal.code not in _REFUSED_FOR_NOW
    if isinstance(refusal, str):
        return refusal not in _REFUSED_FOR_NOW
    return False


def _may_have_committed(exc: APIError) -> bool:
    """Whether the server may have carried out a request that ended with ``exc``."""
    if isinstance(exc, APIConnectionError):
        return exc.request_sent is not False
    if isinstance(exc, ResponseParseError):
        return True  # a 2xx answer: the server (or something in front of it) said it did it
    if isinstance(exc, APIStatusError):
        return exc.status in (500, 502, 504)
    return False


def _reason_code(exc: APIError) -> str:
    """A short name for why a request is sent again (summary and logs)."""
    if isinstance(exc, APIStatusError):
        return f"HTTP {exc.status}"
    if isinstance(exc, ResponseParseError):
        return f"unreadable HTTP {exc.status}"
    return exc.code


def _wait_reason(exc: APIError) -> str:
    if isinstance(exc, APIStatusError):
        return "the rate limit" if exc.status == 429 else f"the API (HTTP {exc.status})"
    if isinstance(exc, ResponseParseError):
        return f"the API (unreadable HTTP {exc.status} answer)"
    return "the connection"


@attrs.define
class ProvisionStats:
    """Live counters of a run, for progress displays (read them at any time).

    Attributes:
        total: rows in the input.
        skipped: rows an earlier run of the same journal had finished.
        done: rows this run finished.
        requests: HTTP requests sent so far (every attempt and follow-up).
        rate_limited: requests answered 429.
        retries: requests that repeated an earlier attempt.
        waiting_until: ``time.monotonic()`` value until which the run waits (0.0 when it
            does not): for the rate limit (429 ``Retry-After``) or an outage (503, 5xx,
            connection failures), with ``waiting_for`` saying which.
        retry_reasons: retries counted by why the earlier send failed ("HTTP 503",
            "HTTP 429", "connection_error", "timeout", "unreadable HTTP 200"...).
        read_back: rows whose creation was in doubt and which the run read back.
        waiting_for: what the latest wait is for ("the rate limit", "the API (HTTP 503)",
            "the connection").
        started: ``time.monotonic()`` when the run started.
    """

    total: int = 0
    skipped: int = 0
    done: int = 0
    requests: int = 0
    rate_limited: int = 0
    retries: int = 0
    waiting_until: float = 0.0
    waiting_for: str = ""
    retry_reasons: Counter[str] = attrs.field(factory=Counter)
    read_back: int = 0
    started: float = attrs.field(factory=time.monotonic)

    def rate_limit_wait(self, seconds: float) -> None:
        """Note a wait of ``seconds`` for the rate limit (the gate or the pace, reported by
        :func:`~trekmail_client._backoff.on_wait`): ``waiting_for`` says "the rate limit"."""
        until = time.monotonic() + seconds
        if until > self.waiting_until or not self.waiting():
            self.waiting_for = "the rate limit"
        self.waiting_until = max(self.waiting_until, until)

    def waiting(self) -> float:
        """Seconds left of the current wait (0.0 when there is none); see ``waiting_for``."""
        return max(0.0, self.waiting_until - time.monotonic())

    def rate(self) -> float:
        """Rows finished per second by this run (0.0 before the first)."""
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 and self.done else 0.0

    def eta(self) -> float | None:
        """Seconds until every row is finished at the current rate, or None when unknown."""
        rate = self.rate()
        left = self.total - self.skipped - self.done
        return left / rate if rate > 0 else None


@attrs.frozen
class _Sent(Generic[T]):
    """The end of one request's sends.

    Attributes:
        result: the last answer, or the exception that ended the sends.
        attempts: sends made.
        maybe_committed: an earlier send may have been carried out by the server although its
            answer never arrived (the connection dropped after sending, a timeout, a 500, 502
            or 504). Refusals that did nothing (429, 503, nothing sent) do not count.
        stopped: the run was stopped while waiting to retry; ``result`` is the last error.
        spent: which budget ended the sends of a transient error (``--retry-deadline`` or
            ``--max-retries``, with its value), or "" when none did.
    """

    result: T | APIError | None
    attempts: int
    maybe_committed: bool
    stopped: bool = False
    spent: str = ""


@attrs.define
class _Pending:
    """A row whose mailbox exists but whose follow-ups are not done."""

    outcome: ProvisionOutcome
    display_name: bool
    password: bool
    app_password: bool = False


class _Run:
    """State of one provisioning run."""

    def __init__(
        self,
        *,
        entries: list[MailboxSpec | RowProblem],
        journal: Journal,
        policy: RetryPolicy,
        stats: ProvisionStats,
        stop: asyncio.Event,
        on_outcome: OutcomeCallback | None,
        save_passwords: bool,
        namespace: str,
        max_attempts: int,
        retry_deadline: float | None,
        clock: Clock = time.monotonic,
        sleep: Sleep = default_sleep,
    ) -> None:
        self.entries = entries
        self.journal = journal
        self.policy = policy
        self.stats = stats
        self.stop = stop
        self.outcomes: list[ProvisionOutcome | None] = [None] * len(entries)
        self.pending: dict[int, _Pending] = {}
        self.domains: dict[str, int] = {}
        self.save_passwords = save_passwords
        self.namespace = namespace
        self.max_attempts = max_attempts
        self.retry_deadline = retry_deadline
        self.clock = clock
        self._sleep = sleep
        self.doubtful: dict[int, tuple[APIError, int, str]] = {}
        self.read_back = 0
        self.passwords_replaced = 0
        self.resent = 0
        self.mode: Mode = "bulk"
        self.app_passwords = False
        self.stop_now = asyncio.Event()
        self._on_outcome = on_outcome
        self._pace: tuple[SharedRateLimit, str] | None = None
        self._pace_saved = PaceMemory(None, 0)
        self._pace_checked = -math.inf

    async def recall_pace(self, tm: TrekMail) -> None:
        """Seed the token's pace with what the journal kept from an earlier run, and keep the
        pace to remember it (:meth:`remember_pace`)."""
        fingerprint = tm._ops_fingerprint()
        if fingerprint is None:
            return
        shared = tm._retry_transport().shared
        self._pace = shared, fingerprint
        memory = self.journal.pace_memory(fingerprint)
        if memory is not None:
            await shared.seed(fingerprint, memory)
            self._pace_saved = memory

    async def remember_pace(self, *, force: bool = False) -> None:
        """Record what the pace learned in the journal: when the ceiling changed, the granted
        count doubled or the best sustained window (the pace's floor, known after a full
        window) rose by more than 5%, checked at most once a second (``force``: now, at the
        end of the run). A crash loses at most that second of learning."""
        if self._pace is None:
            return
        now = time.monotonic()
        if not force and now - self._pace_checked < 1.0:
            return
        self._pace_checked = now
        shared, fingerprint = self._pace
        memory = await shared.memory(fingerprint)
        saved = self._pace_saved
        if (
            memory.ceiling != saved.ceiling
            or memory.granted >= 2 * saved.granted + 1
            or (memory.sustained or 0.0) > 1.05 * (saved.sustained or 0.0)
            or (force and memory != saved)
        ):
            self.journal.save_pace(fingerprint, memory)
            self._pace_saved = memory

    @contextlib.contextmanager
    def admitting(self, indexes: Sequence[int], key: str, batch_key: str | None) -> Iterator[None]:
        """Mark ``indexes`` in flight in the journal (with ``key`` and ``batch_key``) when the
        first request sent inside this block is admitted past the rate-limit gate and the pace,
        right before it goes out (:func:`~trekmail_client._backoff.on_admission`), not while it
        waits: after a ``kill -9`` only rows that may have reached the server are in flight.
        Rows still waiting keep no key in the journal, so a re-run may batch them anew; a row
        that may have reached the server keeps its batch and key."""
        marked = False

        def mark() -> None:
            nonlocal marked
            if not marked:
                self.journal.mark_sent(indexes, key, batch_key)
                marked = True

        with on_admission(mark):
            yield

    def finish(self, index: int, outcome: ProvisionOutcome) -> None:
        """Keep a final outcome (the journal has it already) and tell the callback."""
        self.outcomes[index] = outcome
        self.stats.done += 1
        if self._on_outcome is not None:
            self._on_outcome(outcome)

    def spec(self, index: int) -> MailboxSpec:
        entry = self.entries[index]
        assert isinstance(entry, MailboxSpec)
        return entry

    async def pause(self, seconds: float) -> bool:
        """Sleep ``seconds`` (on the run's sleep); False (at once) when the run is being
        stopped."""
        if self.stop.is_set():
            return False
        napping = asyncio.ensure_future(self._sleep(seconds))
        stopping = asyncio.ensure_future(self.stop.wait())
        try:
            await asyncio.wait((napping, stopping), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (napping, stopping):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
        return not self.stop.is_set()

    async def send(self, call: Callable[[], Awaitable[T]], maybe_committed: bool) -> _Sent[T]:
        """Call ``call`` until it answers non-transiently, or its budget is spent.

        The budget is ``max_attempts`` sends and ``retry_deadline`` seconds from the first
        send (no retry is started whose wait would end past it). Sends go through a client
        with the runtime's retries turned off, so this loop counts and knows every request: a
        replayed answer after an attempt that may have been committed means this run created
        the row and lost the first answer. Every send carries the same idempotency key. Waits
        follow ``Retry-After`` when given (the shared gate also holds back the other workers),
        else full-jitter backoff; a stop ends the wait. Any :class:`APIError` (a status, a
        connection failure, an unreadable answer) ends as this request's result, never as an
        exception: it belongs to the rows of this request alone.
        """
        attempt = 0
        reason = ""
        first = self.clock()
        while True:
            attempt += 1
            self.stats.requests += 1
            if attempt > 1:
                self.stats.retries += 1
                self.stats.retry_reasons[reason] += 1
            try:
                return _Sent(await call(), attempt, maybe_committed)
            except APIError as exc:
                if isinstance(exc, APIStatusError) and exc.status == 429:
                    self.stats.rate_limited += 1
                maybe_committed = maybe_committed or _may_have_committed(exc)
                if not _is_transient(exc):
                    return _Sent(exc, attempt, maybe_committed)
                if attempt >= self.max_attempts:
                    spent = (
                        f"gave up after {attempt} sends: the retry limit was reached "
                        f"(--max-retries {self.max_attempts - 1}, "
                        f"max_attempts={self.max_attempts})"
                    )
                    return _Sent(exc, attempt, maybe_committed, spent=spent)
                wait = (
                    parse_retry_after(exc.headers, exc.body)
                    if isinstance(exc, APIStatusError)
                    else None
                )
                if wait is None:
                    wait = backoff_delay(attempt - 1, self.policy)
                deadline = self.retry_deadline
                elapsed = self.clock() - first
                if deadline is not None and elapsed + wait > deadline:
                    spent = (
                        f"gave up after {attempt} sends in {elapsed:.1f} s: the next wait "
                        f"({wait:.1f} s) would pass the retry deadline (--retry-deadline "
                        f"{deadline:g} s, retry_deadline={deadline:g})"
                    )
                    return _Sent(exc, attempt, maybe_committed, spent=spent)
                reason = _reason_code(exc)
                logger.info(
                    "provisioning: send %d of at most %d failed (%s); retrying in %.1f s with "
                    "the same idempotency key",
                    attempt,
                    self.max_attempts,
                    reason,
                    wait,
                )
                self.stats.waiting_until = max(self.stats.waiting_until, time.monotonic() + wait)
                self.stats.waiting_for = _wait_reason(exc)
                if not await self.pause(wait):
                    return _Sent(exc, attempt, maybe_committed, stopped=True)


def _failure(
    spec: MailboxSpec, exc: BaseException, attempts: int, spent: str = ""
) -> ProvisionOutcome:
    if isinstance(exc, APIStatusError):
        code, message = exc.code, exc.message
        if exc.request_id:
            message = f"{message} (request_id={exc.request_id})"
    elif isinstance(exc, APIError):
        code, message = exc.code, exc.message
    else:
        code, message = type(exc).__name__, str(exc)
    if spent:
        message = f"{message}; {spent}"
    return ProvisionOutcome(
        spec, OutcomeStatus.FAILED, code=code, message=message, attempts=attempts
    )


def _outcome(
    spec: MailboxSpec, result: RowResult, attempts: int, maybe_committed: bool
) -> ProvisionOutcome:
    status, message = result.status, result.message
    if status is OutcomeStatus.CREATED and result.replayed:
        if not maybe_committed:
            # The first send was answered from the idempotency store and no earlier run of this
            # journal sent the row: a run without this journal created the mailbox.
            status = OutcomeStatus.ALREADY_EXISTED
            message = "created by an earlier run with the same idempotency key (replayed)"
        else:
            message = "created; the answer to an earlier send was lost and replayed"
    return ProvisionOutcome(
        spec=spec,
        status=status,
        mailbox_id=result.mailbox_id,
        code=result.code,
        message=message,
        replayed=result.replayed,
        attempts=attempts,
        one_time_password=result.one_time_password,
        app_password=result.app_password,
    )


def _from_journal(
    entry: MailboxSpec | RowProblem, row: JournalRow, status: str | None = None
) -> ProvisionOutcome:
    """A row's outcome as an earlier run recorded it (with ``status`` instead of its state)."""
    return ProvisionOutcome(
        spec=entry,
        status=OutcomeStatus(status or row.state),
        mailbox_id=row.mailbox_id,
        code=row.code,
        message=row.message,
        replayed=row.replayed,
        attempts=row.attempts,
        one_time_password=row.one_time_password,
        app_password=row.app_password,
    )


# -- the jobs --------------------------------------------------------------------------------


async def _single(run: _Run, sender: SingleSender, index: int, resent: bool) -> list[int]:
    """Create one row's mailbox; return the rows that need follow-ups."""
    spec = run.spec(index)
    domain_id = run.domains[spec.domain]
    with run.admitting([index], sender.key(spec, domain_id), None):
        sent = await run.send(lambda: sender.send(spec, domain_id), resent)
    return _settle(run, [index], sent)


async def _batch(run: _Run, sender: BatchSender, indexes: Sequence[int], resent: bool) -> list[int]:
    """Create one batch; split it when the pool is over-committed; return follow-up rows."""
    rows = [(run.spec(i), run.domains[run.spec(i).domain]) for i in indexes]
    key = sender.key(rows)
    with run.admitting(indexes, key, key):
        sent = await run.send(lambda: sender.send(rows), resent)
    result = sent.result
    if (
        isinstance(result, APIStatusError)
        and result.code == "storage_pool_exceeded"
        and len(rows) > 1
    ):
        # The API refuses the whole batch when its allocations over-commit the pool; halves
        # find the rows that fit (the API overview, "Mailbox storage allocation").
        middle = len(indexes) // 2
        first = await _batch(run, sender, indexes[:middle], resent)
        return first + await _batch(run, sender, indexes[middle:], resent)
    return _settle(run, list(indexes), sent)


def _settle(run: _Run, indexes: list[int], sent: _Sent[T]) -> list[int]:
    """Record the answer for ``indexes`` in one journal transaction; return follow-up rows.

    Nothing awaits between the answer and this commit, so a cancellation cannot fall between
    them; only a crash of the process can (see README, "When the run is killed").
    """
    result = sent.result
    if sent.stopped:  # stopped while waiting to retry: the rows stay in flight
        return []
    results: list[RowResult] | None
    if isinstance(result, RowResult):
        results = [result]
    elif isinstance(result, list):
        results = result
    else:
        results = None
    items: list[Entry] = []
    follow: list[int] = []
    for position, index in enumerate(indexes):
        spec = run.spec(index)
        if results is None:
            assert isinstance(result, APIError)
            if sent.maybe_committed:
                # A send may have been carried out: the row is in doubt, not failed. It stays
                # in flight in the journal until a read-back by address settles it.
                run.doubtful[index] = (result, sent.attempts, sent.spent)
                follow.append(index)
                continue
            failed = _failure(spec, result, sent.attempts, sent.spent)
            final = _refused_for_good(result)
            items.append(Entry(index, failed, failed.status.value, sent.attempts, final=final))
            continue
        outcome = _outcome(spec, results[position], sent.attempts, sent.maybe_committed)
        item = _created_entry(run, index, outcome, sent.attempts)
        if outcome.status is OutcomeStatus.FAILED and _refused_for_good(outcome.code):
            item = attrs.evolve(item, final=True)  # a failed row of a bulk answer
        if item.state == FOLLOW_UP:
            follow.append(index)
        items.append(item)
    run.journal.record(items, save_passwords=run.save_passwords)
    for item in items:
        if item.state != FOLLOW_UP:
            run.finish(item.index, item.outcome)
    return follow


def _created_entry(run: _Run, index: int, outcome: ProvisionOutcome, attempts: int) -> Entry:
    """The journal entry of a row the API answered for; a row whose mailbox exists but lacks
    a display name (bulk mode), a recorded password or (``app_passwords``) an app password
    goes to ``run.pending``."""
    spec = run.spec(index)
    ours = outcome.status is OutcomeStatus.CREATED
    exists = outcome.mailbox_id is not None and (ours or outcome.replayed)
    needs_name = exists and spec.display_name is not None and run.mode == "bulk"
    needs_password = ours and run.save_passwords and outcome.one_time_password is None
    needs_app = (
        ours and outcome.mailbox_id is not None and run.app_passwords and not outcome.app_password
    )
    if needs_name or needs_password or needs_app:
        run.pending[index] = _Pending(outcome, needs_name, needs_password, needs_app)
        return Entry(index, outcome, FOLLOW_UP, attempts, not needs_name, needs_password)
    return Entry(index, outcome, outcome.status.value, attempts, True, False)


async def _find_mailbox(tm: TrekMail, address: str, domain_id: int) -> int | None:
    """The id of the mailbox with exactly ``address`` (``list_mailboxes`` filtered by domain
    and ``search``), or None when there is none.

    Raises:
        APIError: the list could not be read.
    """
    from ..api.mailboxes import list_mailboxes

    for page in itertools.count(1):
        listing = await list_mailboxes.asyncio(
            client=tm, domain_id=domain_id, search=address, page=page, per_page=100
        )
        for mailbox in listing.data or []:
            if str(mailbox.email).lower() == address.lower():
                return int(mailbox.id)
        meta = listing.meta
        current = getattr(meta, "current_page", None)
        last = getattr(meta, "last_page", None)
        if not isinstance(current, int) or not isinstance(last, int) or current >= last:
            return None
    return None  # pragma: no cover


async def _check(run: _Run, tm: TrekMail, index: int) -> list[int]:
    """Settle a row in doubt (a send may have been carried out, then every answer failed) by
    reading its mailbox back by address; return the row when it needs follow-ups.

    Found: the row is ``created`` (its display name and, with ``save_passwords``, a new
    password follow). Not found: ``failed`` with the send's error (truthfully not created).
    The read-back failing too: ``unknown``, and the row stays in flight in the journal, so a
    re-run sends it again with the same key (the server replays, or creates it once).
    """
    error, attempts, spent = run.doubtful.pop(index)
    spec = run.spec(index)
    domain_id = run.domains[spec.domain]
    run.read_back += 1
    run.stats.read_back += 1
    sent = await run.send(lambda: _find_mailbox(tm, spec.address, domain_id), False)
    if sent.stopped:
        return []  # stays in flight; reported unknown (not finished)
    found = sent.result
    if isinstance(found, APIError):
        reason = found.message
        first = _failure(spec, error, attempts, spent)
        unknown = ProvisionOutcome(
            spec,
            OutcomeStatus.UNKNOWN,
            code=first.code,
            message=f"may exist: a send may have been carried out ({first.message}) and "
            f"reading the mailbox back failed too ({reason}); run again with the same journal "
            "to settle it (the same idempotency key replays or creates it once)",
            attempts=attempts,
        )
        run.journal.record([Entry(index, unknown, IN_FLIGHT)], save_passwords=False)
        run.finish(index, unknown)
        return []
    if found is None:
        failed = _failure(spec, error, attempts, spent)
        failed = attrs.evolve(
            failed, message=f"{failed.message}; read back by address: it does not exist"
        )
        run.journal.record([Entry(index, failed, failed.status.value)], save_passwords=False)
        run.finish(index, failed)
        return []
    assert isinstance(found, int)
    outcome = ProvisionOutcome(
        spec,
        OutcomeStatus.CREATED,
        mailbox_id=found,
        message="created; every answer was lost, and the mailbox was read back by address",
        attempts=attempts,
    )
    item = _created_entry(run, index, outcome, attempts)
    run.journal.record([item], save_passwords=run.save_passwords)
    if item.state == FOLLOW_UP:
        return [index]
    run.finish(index, outcome)
    return []


async def _follow_up(run: _Run, tm: TrekMail, index: int) -> None:
    """Do what a created row still lacks; record it as created, or failed with its own code."""
    pending = run.pending.pop(index)
    outcome = pending.outcome
    spec = run.spec(index)
    mailbox_id = outcome.mailbox_id
    assert mailbox_id is not None
    if pending.display_name:
        name = spec.display_name or ""
        sent = await run.send(lambda: set_display_name(tm, run.namespace, mailbox_id, name), True)
        if sent.stopped:
            return  # the row stays a follow-up in the journal
        if isinstance(sent.result, APIError):
            _follow_up_failed(run, index, outcome, DISPLAY_NAME_NOT_SET, sent.result, sent.spent)
            return
        if pending.password or pending.app_password:
            run.journal.record(
                [Entry(index, outcome, FOLLOW_UP, display_name_done=True)], save_passwords=False
            )
    if pending.password:
        row = run.journal.row(index)
        password = row.pending_password if row and row.pending_password else new_password()
        run.journal.set_pending_password(index, password)  # before it can reach the server
        sent = await run.send(
            lambda: replace_password(tm, run.namespace, mailbox_id, password), True
        )
        if sent.stopped:
            return
        if isinstance(sent.result, APIError):
            _follow_up_failed(run, index, outcome, PASSWORD_NOT_RECORDED, sent.result, sent.spent)
            return
        run.journal.password_replaced(index)
        run.passwords_replaced += 1
        outcome = attrs.evolve(
            outcome,
            one_time_password=password,
            message="created; its one-time password was never received (the answer was lost), "
            "so a new password was set and recorded",
        )
    if pending.app_password:
        # After the password: setting a password revokes the mailbox's app passwords.
        minted = await _mint_app_password(run, tm, index, outcome, mailbox_id)
        if minted is None:
            return
        outcome = minted
    final = attrs.evolve(outcome, code=None) if outcome.code in _FOLLOW_UP_CODES else outcome
    run.journal.record(
        [Entry(index, final, final.status.value, display_name_done=True)],
        save_passwords=run.save_passwords,
    )
    run.finish(index, final)


async def _mint_app_password(
    run: _Run, tm: TrekMail, index: int, outcome: ProvisionOutcome, mailbox_id: int
) -> ProvisionOutcome | None:
    """Get the app password a created row asked for and its create answer lacked (a replay
    redacts it): with ``create_mailbox_app_password``, retried like every follow-up. An app
    password already recorded in the journal is kept (never replaced). Returns the outcome
    with it, or None when the row was stopped or recorded as failed
    (``app_password_not_recorded``)."""
    row = run.journal.row(index)
    if row is not None and row.app_password:
        return attrs.evolve(outcome, app_password=row.app_password)
    for generation in range(1, _APP_PASSWORD_GENERATIONS + 1):
        sent = await run.send(
            lambda g=generation: mint_app_password(tm, run.namespace, mailbox_id, g),  # type: ignore[misc]
            True,
        )
        if sent.stopped:
            return None
        result = sent.result
        if isinstance(result, APIError):
            _follow_up_failed(run, index, outcome, APP_PASSWORD_NOT_RECORDED, result, sent.spent)
            return None
        assert isinstance(result, tuple)
        app_id, secret = result
        if secret is not None:
            minted = attrs.evolve(outcome, app_password=secret)
            # Recorded at once, in its own transaction: a re-run keeps it, never mints anew.
            run.journal.record([Entry(index, minted, FOLLOW_UP)], save_passwords=run.save_passwords)
            return minted
        logger.warning(
            "provisioning: the app password minted for mailbox %s (app password id %s) by an "
            "earlier send was replayed without its secret; minting another",
            mailbox_id,
            app_id,
        )
    lost = ResponseParseError(
        f"every app password minted ({_APP_PASSWORD_GENERATIONS} keys) came back as a replay "
        "without its secret",
        status=201,
        body=b"",
        code="app_password_redacted",
    )
    _follow_up_failed(run, index, outcome, APP_PASSWORD_NOT_RECORDED, lost)
    return None


def _follow_up_failed(
    run: _Run,
    index: int,
    outcome: ProvisionOutcome,
    code: str,
    exc: APIError,
    spent: str = "",
) -> None:
    what = {DISPLAY_NAME_NOT_SET: "display name", APP_PASSWORD_NOT_RECORDED: "app password"}.get(
        code, "password"
    )
    reason = f"{exc.code}: {exc.message}" if isinstance(exc, APIStatusError) else str(exc)
    if spent:
        reason = f"{reason}; {spent}"
    failed = attrs.evolve(
        outcome,
        status=OutcomeStatus.FAILED,
        code=code,
        message=f"the mailbox exists (id {outcome.mailbox_id}) but its {what} was not set "
        f"({reason}); run again with the same journal to retry only that",
    )
    run.journal.record(
        [Entry(index, failed, failed.status.value)], save_passwords=run.save_passwords
    )
    run.finish(index, failed)


# -- planning --------------------------------------------------------------------------------


class _Unreachable(Exception):
    """The run's first request could not connect (refused, no such host): carries the error."""

    def __init__(self, error: APIConnectionError) -> None:
        super().__init__(str(error))
        self.error = error


class _LookupStopped(Exception):
    """The run was stopped while the domains were being listed."""


class _LookupFailed(Exception):
    """The domains could not be listed: the last error and the budget that ended the sends."""

    def __init__(self, error: APIError, spent: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.spent = spent


async def _resolve_domains(run: _Run, tm: TrekMail, names: set[str]) -> None:
    """Map the account's domain names (lower case) to ids, reading every page of list_domains.

    Raises:
        _Unreachable: the very first send could not connect (nothing answers at the base URL;
            retrying it for the whole budget would only delay the same answer).
        AuthenticationError, PermissionDeniedError: the token cannot list domains.
        APIStatusError: the listing answered 404 or 405 (``route_not_found``,
            ``method_not_allowed``): the base URL is not the API's root.
        _LookupFailed: any other failure, after the run's retry budget.
        _LookupStopped: the run was stopped while waiting to retry.
    """
    from ..api.domains import list_domains
    from ..models.domain_list import DomainList

    first = True

    async def call(page: int) -> object:
        nonlocal first
        try:
            return await list_domains.asyncio(client=tm, page=page, per_page=100)
        except APIConnectionError as exc:
            if first and exc.request_sent is False and not isinstance(exc, APITimeoutError):
                raise _Unreachable(exc) from exc
            raise
        finally:
            first = False

    for page in itertools.count(1):
        sent = await run.send(functools.partial(call, page), False)
        listing = sent.result
        if sent.stopped:
            raise _LookupStopped
        if isinstance(listing, AuthenticationError | PermissionDeniedError):
            raise listing
        if isinstance(listing, APIStatusError) and listing.status_code in (404, 405):
            raise listing  # the base URL is not the API's root: no outage, nothing to retry
        if isinstance(listing, APIError):
            raise _LookupFailed(listing, sent.spent)
        if not isinstance(listing, DomainList) or not listing.data:
            return
        for domain in listing.data:
            # The overview's example names the field `domain`, the official client `name`.
            value = domain.name if isinstance(domain.name, str) else domain.domain
            if isinstance(value, str) and value.lower() in names:
                run.domains[value.lower()] = int(domain.id)
        meta = listing.meta
        current = getattr(meta, "current_page", None)
        last = getattr(meta, "last_page", None)
        if not isinstance(current, int) or not isinstance(last, int) or current >= last:
            return


async def _lookup_domains(run: _Run, tm: TrekMail, names: set[str], grace: float) -> str | None:
    """List the domains before anything is sent (:func:`_resolve_domains`), ending at once on
    a second stop (``stop_now``) or ``grace`` seconds after the first, as requests under way do.

    Returns:
        None when the domains are known; else why they could not be listed, naming the budget
        that ended the sends (``--retry-deadline`` / ``--max-retries``) and the fix.

    Raises:
        APIConnectionError: the first send could not connect (nothing answers at the base URL).
        AuthenticationError, PermissionDeniedError: the token cannot list domains.
        APIStatusError: the listing answered 404 or 405 (the base URL is not the API's root).
        _LookupStopped: the run was stopped first (the lookup was cancelled).
    """

    async def halted() -> None:
        await run.stop.wait()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(run.stop_now.wait(), grace)

    lookup = asyncio.ensure_future(_resolve_domains(run, tm, names))
    halt = asyncio.ensure_future(halted())
    try:
        await asyncio.wait((lookup, halt), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (lookup, halt):
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    if lookup.cancelled():
        raise _LookupStopped
    try:
        lookup.result()
    except _Unreachable as exc:
        raise exc.error from None
    except _LookupFailed as failed:
        reason = _failure_text(failed.error)
        budget = failed.spent or "it was not retried"
        return (
            f"the account's domains could not be listed ({reason}); {budget}; nothing was sent "
            "for this row: run the same command again to send it, and pass a larger "
            "--retry-deadline or --max-retries to outlast a longer outage"
        )
    return None


def _failure_text(exc: APIError) -> str:
    """``code: message`` of an error (with the request id when the API gave one)."""
    text = f"{exc.code}: {exc.message}"
    if isinstance(exc, APIStatusError) and exc.request_id:
        text = f"{text} (request_id={exc.request_id})"
    return text


def _rejection(
    index: int,
    entry: MailboxSpec | RowProblem,
    first_of: dict[str, int],
    entries: Sequence[MailboxSpec | RowProblem],
    domains: dict[str, int],
    lookup_failed: str | None = None,
) -> tuple[str, str] | None:
    """Why a row cannot be sent, as (code, message), or None when it can (``lookup_failed``:
    why the domains could not be listed, when they could not)."""
    if isinstance(entry, RowProblem):
        return "invalid_row", entry.message
    first = first_of[entry.address]
    if first != index:
        return (
            "duplicate_row",
            f"{entry.address} is listed twice; the first is on line {entries[first].line}",
        )
    if lookup_failed is not None:
        return DOMAIN_LOOKUP_FAILED, lookup_failed
    if entry.domain not in domains:
        return (
            "unknown_domain",
            f"domain {entry.domain} is not on this account; add it first (create_domain)",
        )
    return None


@attrs.frozen
class _Plan:
    """What a run sends: (row, was in flight before) for single mode, batches for bulk mode
    (each with whether it was sent before), and rows whose follow-ups are left."""

    singles: list[tuple[int, bool]]
    batches: list[tuple[list[int], bool]]
    follow_ups: list[int]


def _plan(run: _Run, rows: list[JournalRow], todo: list[int], batch_size: int) -> _Plan:
    """Sort unfinished rows into jobs; bulk rows sent before go again in their recorded batch,
    so the batch, its body and its idempotency key are the same as before."""
    singles: list[tuple[int, bool]] = []
    by_batch: dict[str, list[int]] = {}
    fresh: list[int] = []
    follow: list[int] = []
    for index in todo:
        row = rows[index]
        if row.mailbox_id is not None and (row.state == FOLLOW_UP or row.code in _FOLLOW_UP_CODES):
            entry = run.entries[index]
            outcome = _from_journal(entry, row, _created_status(row))
            run.pending[index] = _Pending(
                outcome,
                display_name=not row.display_name_done,
                password=row.password_lost and run.save_passwords,
                # Without --save-passwords the journal holds none, and the earlier run's
                # outcome never reached the user (it did not finish): a new one is minted.
                app_password=run.app_passwords
                and not row.app_password
                and outcome.status is OutcomeStatus.CREATED,
            )
            follow.append(index)
            continue
        sent_before = row.state == IN_FLIGHT or row.idempotency_key is not None
        if sent_before and row.state == IN_FLIGHT:
            run.resent += 1
        if run.mode == "single":
            singles.append((index, sent_before))
        elif row.batch_key is not None:
            by_batch.setdefault(row.batch_key, []).append(index)
        else:
            fresh.append(index)
    batches = [(indexes, True) for indexes in by_batch.values()]
    batches += [(fresh[i : i + batch_size], False) for i in range(0, len(fresh), batch_size)]
    return _Plan(singles, batches, follow)


def _created_status(row: JournalRow) -> str:
    """The status a follow-up row gets when its follow-ups succeed."""
    if row.state == FOLLOW_UP or row.code in _FOLLOW_UP_CODES:
        replayed_earlier = row.replayed and (row.message or "").startswith("created by an earlier")
        return (OutcomeStatus.ALREADY_EXISTED if replayed_earlier else OutcomeStatus.CREATED).value
    return row.state


# -- the run ---------------------------------------------------------------------------------


async def _work(
    run: _Run,
    tm: TrekMail,
    plan: _Plan,
    concurrency: int,
    app_passwords: bool,
    grace: float,
) -> bool:
    """Run the plan with ``concurrency`` workers; return False when stopped before the end.

    Follow-ups go ahead of new creates (rows finish sooner). On a stop, no new job starts;
    jobs under way get ``grace`` seconds, then are cancelled (their rows stay in flight).
    """
    client = tm.with_options(max_retries=0)
    single = SingleSender(client, run.namespace, app_passwords)
    bulk = BatchSender(client, run.namespace, app_passwords)
    queue: asyncio.PriorityQueue[tuple[int, int, Callable[[], Awaitable[list[int]]]]]
    queue = asyncio.PriorityQueue()
    order = itertools.count()

    def follow_job(index: int) -> Callable[[], Awaitable[list[int]]]:
        async def job() -> list[int]:
            if index in run.doubtful:
                return await _check(run, client, index)
            await _follow_up(run, client, index)
            return []

        return job

    for index in plan.follow_ups:
        queue.put_nowait((0, next(order), follow_job(index)))
    for index, resent in plan.singles:
        queue.put_nowait(
            (1, next(order), lambda i=index, r=resent: _single(run, single, i, r))  # type: ignore[misc]
        )
    for indexes, resent in plan.batches:
        queue.put_nowait(
            (1, next(order), lambda x=indexes, r=resent: _batch(run, bulk, x, r))  # type: ignore[misc]
        )
    busy = 0
    idle = asyncio.Event()
    idle.set()

    async def worker() -> None:
        nonlocal busy
        while True:
            _, _, job = await queue.get()
            if run.stop.is_set():
                queue.task_done()
                continue
            busy += 1
            idle.clear()
            try:
                for index in await job():
                    queue.put_nowait((0, next(order), follow_job(index)))
                await run.remember_pace()
            finally:
                busy -= 1
                if busy == 0:
                    idle.set()
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(concurrency)]
    joined = asyncio.create_task(queue.join())
    stopped = asyncio.create_task(run.stop.wait())
    try:
        await asyncio.wait({joined, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if not joined.done():
            waits: set[asyncio.Task[bool]] = {
                asyncio.create_task(idle.wait()),
                asyncio.create_task(run.stop_now.wait()),
            }
            await asyncio.wait(waits, timeout=grace, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waits:
                waiter.cancel()
    finally:
        for task in (*workers, joined, stopped):
            task.cancel()
        results = await asyncio.gather(*workers, joined, stopped, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
            raise result
    return not run.stop.is_set()


async def provision_mailboxes(
    tm: TrekMail,
    specs: Iterable[MailboxSpec | RowProblem],
    *,
    mode: Mode = "bulk",
    concurrency: int = 8,
    batch_size: int = 100,
    namespace: str = "trekmail-provision",
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    retry_deadline: float | None = DEFAULT_RETRY_DEADLINE,
    on_outcome: OutcomeCallback | None = None,
    journal: Journal | str | Path | None = None,
    save_passwords: bool = False,
    app_passwords: bool = False,
    stop: asyncio.Event | None = None,
    grace: float = 10.0,
    stop_now: asyncio.Event | None = None,
    stats: ProvisionStats | None = None,
    pace: bool = True,
    clock: Clock = time.monotonic,
    sleep: Sleep = default_sleep,
) -> ProvisionReport:
    """Create mailboxes concurrently and report one outcome per input row, in input order.

    Args:
        tm: a :class:`~trekmail_client.TrekMail` client with an ops token (``mailboxes:create``,
            ``mailboxes:write`` for follow-ups, and ``domains:read`` scopes).
        specs: :class:`MailboxSpec` rows (and :class:`RowProblem` rows from :func:`load_specs`,
            which are reported as failed with code ``invalid_row``). A row the server refuses
            with HTTP 422 (or a failed row of a bulk answer), except ``storage_pool_exceeded``,
            is recorded in the journal as final: a re-run does not send it again.
        mode: ``"bulk"`` sends ``POST /api/v1/mailboxes:bulk`` batches and then one
            ``update_mailbox`` per row with a display name (bulk items carry none);
            ``"single"`` sends one ``POST /api/v1/mailboxes`` per row.
        concurrency: requests in flight at once (at least 1).
        batch_size: rows per bulk request, 1 to 100 (the API's limit).
        namespace: prefix of the deterministic idempotency keys. A repeated run with the same
            namespace and rows replays the stored answers instead of creating anything twice
            (the API keeps keys for 24 hours); change it to force fresh attempts.
        max_attempts: sends per request (a row in single mode, a batch in bulk mode, a
            follow-up) when the API answers 429 or 5xx, the connection fails or the answer
            cannot be read: ``--max-retries`` + 1. Default 51.
        retry_deadline: seconds (float) a request may spend on retries, counted from its
            first send; no retry starts whose wait would end past it. ``None``: no limit.
            Default 180: with the default backoff (full jitter, 0.5 s doubling to 8 s) or the
            API's ``Retry-After``, a request survives an outage of well over a minute.
        on_outcome: called with each outcome as soon as it is final (progress bars).
        journal: a run journal (a :class:`Journal` or its path). Every row's key is recorded
            before it is sent and its outcome as it finishes; a run with a journal that an
            earlier run wrote skips finished rows and re-sends the rest with the same keys.
            ``None`` keeps the journal in memory (nothing survives the process).
        save_passwords: record one-time (and app) passwords in the journal; when the answer
            carrying a new mailbox's password was lost, set a new password (recorded before it
            is sent) so that every created row has one.
        app_passwords: ask for an app password per mailbox (``create_app_password``).
        stop: set it to stop the run: no new request starts, requests under way get ``grace``
            seconds, unfinished rows are reported ``UNKNOWN`` and stay in the journal.
        grace: seconds (float) in-flight requests get after ``stop`` is set.
        stop_now: set it (after ``stop``) to end the grace at once.
        stats: live counters to fill in (for progress displays).
        pace: send at a rate learned from the API's 429s (``RetryPolicy.adaptive_pacing``
            for this run's requests; shared through Redis with ``RetryPolicy(redis_url=...)``),
            so high concurrency does not spend the first minute collecting 429s. Default on.
        clock: the monotonic clock (seconds) that ``retry_deadline`` is measured on.
        sleep: what waits between sends (``async sleep(seconds)``). Tests pass a clock they
            control and its sleep, such as ``trekmail_client.testing.VirtualClock`` (shared
            with the sandbox and the client's ``RetryTransport``), to run a minute-long outage
            in about no real time. Defaults: ``time.monotonic`` and ``asyncio.sleep``.

    Returns:
        a :class:`ProvisionReport`: outcomes in input order, wall time (seconds), requests,
        429s and retries of this run, rows skipped and re-sent.

    Raises:
        ValueError: ``concurrency`` below 1, ``batch_size`` outside 1..100, ``max_attempts``
            below 1, a negative ``retry_deadline``, or an unknown mode.
        JournalError: the journal was written for another input or other settings.
        APIConnectionError: the run's first request (listing the account's domains) could not
            connect (connection refused, no such host): nothing answers at the base URL, so
            nothing was sent. It is not retried.
        AuthenticationError, PermissionDeniedError: the token cannot list the domains
            (nothing was sent).
        NotFoundError, APIStatusError: listing the domains answered 404 or 405
            (``route_not_found``, ``method_not_allowed``): the base URL is not the API's root
            (a wrong path, e.g. one ending in ``/api/v1``); nothing was sent, not retried.

    When the domains cannot be listed for another reason (an outage that outlasts
    ``retry_deadline`` / ``max_attempts``, an unreadable answer), nothing is sent and every
    row that needed them fails with code ``domain_lookup_failed`` (a message naming the
    budget); a re-run with the same journal sends them. When ``stop`` is set during the
    lookup, it gets ``grace`` seconds (ended by ``stop_now``), then every unfinished row is
    reported ``UNKNOWN``.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    if not 1 <= batch_size <= 100:
        raise ValueError(
            f"batch_size must be between 1 and 100 (the API's limit), got {batch_size}"
        )
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
    if retry_deadline is not None and not retry_deadline >= 0:
        raise ValueError(f"retry_deadline must be >= 0 seconds, got {retry_deadline}")
    if mode not in ("bulk", "single"):
        raise ValueError(f"mode must be 'bulk' or 'single', got {mode!r}")
    entries = list(specs)
    owned = not isinstance(journal, Journal)
    book = journal if isinstance(journal, Journal) else Journal.open(journal)
    try:
        settings = {
            "mode": mode,
            "namespace": namespace,
            "app_passwords": str(app_passwords).lower(),
        }
        rows = book.bind(entries, settings)
        stats = stats or ProvisionStats()
        with adaptive_pacing(pace), on_wait(stats.rate_limit_wait):
            return await _provision(
                tm,
                entries,
                rows,
                book,
                mode=mode,
                concurrency=concurrency,
                batch_size=batch_size,
                namespace=namespace,
                max_attempts=max_attempts,
                retry_deadline=retry_deadline,
                on_outcome=on_outcome,
                save_passwords=save_passwords,
                app_passwords=app_passwords,
                stop=stop or asyncio.Event(),
                grace=grace,
                stop_now=stop_now or asyncio.Event(),
                stats=stats,
                clock=clock,
                sleep=sleep,
                pace=pace,
            )
    finally:
        if owned:
            book.close()


async def _provision(
    tm: TrekMail,
    entries: list[MailboxSpec | RowProblem],
    rows: list[JournalRow],
    book: Journal,
    *,
    mode: Mode,
    concurrency: int,
    batch_size: int,
    namespace: str,
    max_attempts: int,
    retry_deadline: float | None,
    on_outcome: OutcomeCallback | None,
    save_passwords: bool,
    app_passwords: bool,
    stop: asyncio.Event,
    grace: float,
    stop_now: asyncio.Event,
    stats: ProvisionStats,
    clock: Clock = time.monotonic,
    sleep: Sleep = default_sleep,
    pace: bool,
) -> ProvisionReport:
    started = time.perf_counter()
    stats.total = len(entries)
    stats.started = time.monotonic()
    run = _Run(
        entries=entries,
        journal=book,
        policy=tm.retry_policy,
        stats=stats,
        stop=stop,
        on_outcome=on_outcome,
        save_passwords=save_passwords,
        namespace=namespace,
        max_attempts=max_attempts,
        retry_deadline=retry_deadline,
        clock=clock,
        sleep=sleep,
    )
    run.mode = mode
    run.app_passwords = app_passwords
    run.stop_now = stop_now
    todo: list[int] = []
    for index, (entry, row) in enumerate(zip(entries, rows, strict=True)):
        if row.finished:
            run.outcomes[index] = _from_journal(entry, row)
            stats.skipped += 1
        else:
            todo.append(index)
    names = {entries[i].domain for i in todo if isinstance(entries[i], MailboxSpec)}  # type: ignore[union-attr]
    lookup_failed: str | None = None
    if names:
        try:
            lookup_failed = await _lookup_domains(run, tm.with_options(max_retries=0), names, grace)
        except _LookupStopped:
            todo = []  # every unfinished row stays as it was; reported unknown below
    first_of: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if isinstance(entry, MailboxSpec):
            first_of.setdefault(entry.address, index)
    rejected: list[Entry] = []
    sendable: list[int] = []
    for index in todo:
        entry = entries[index]
        rejection = _rejection(index, entry, first_of, entries, run.domains, lookup_failed)
        if rejection is None:
            sendable.append(index)
            continue
        code, message = rejection
        if code == DOMAIN_LOOKUP_FAILED and rows[index].state in (IN_FLIGHT, FOLLOW_UP):
            # An earlier run sent it: its mailbox may exist, so it is not reported failed, and
            # the journal keeps it as it is (the next run re-sends it with its key).
            doubt = ProvisionOutcome(
                entry,
                OutcomeStatus.UNKNOWN,
                code=code,
                message=f"may exist: an earlier run sent it; {message}",
                attempts=0,
            )
            run.finish(index, doubt)
            continue
        failed = ProvisionOutcome(
            entry, OutcomeStatus.FAILED, code=code, message=message, attempts=0
        )
        rejected.append(Entry(index, failed, failed.status.value))
    book.record(rejected, save_passwords=False)
    for item in rejected:
        run.finish(item.index, item.outcome)
    if lookup_failed is not None:
        sendable = []  # every row was rejected above
    plan = _plan(run, rows, sendable, batch_size)
    if pace:
        await run.recall_pace(tm)
    completed = await _work(run, tm, plan, concurrency, app_passwords, grace)
    await run.remember_pace(force=True)
    missing = [i for i, o in enumerate(run.outcomes) if o is None]
    if missing and completed:  # an invariant: every row gets an outcome
        raise AssertionError(f"rows {missing[:10]} got no outcome")
    unfinished = "not finished: the run was stopped; run again with the same journal to finish"
    outcomes = tuple(
        o
        if o is not None
        else ProvisionOutcome(entries[i], OutcomeStatus.UNKNOWN, message=unfinished, attempts=0)
        for i, o in enumerate(run.outcomes)
    )
    return ProvisionReport(
        outcomes=outcomes,
        wall_time=time.perf_counter() - started,
        requests=stats.requests,
        rate_limited=stats.rate_limited,
        retries=stats.retries,
        skipped=stats.skipped,
        resent=run.resent,
        passwords_replaced=run.passwords_replaced,
        interrupted=not completed,
        read_back=run.read_back,
        retry_reasons=dict(stats.retry_reasons),
    )
