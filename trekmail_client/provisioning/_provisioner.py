"""Concurrent bulk mailbox provisioning: every row gets exactly one outcome, nothing is lost.

The design (sdk-design section 5, "Bulk provisioning"): rows go through ``mailboxes:bulk`` in
batches of up to 100, or one request per mailbox, with bounded concurrency. Every request carries
a deterministic ``Idempotency-Key`` (a namespace plus a hash of the operation and its body), so a
run repeated after a crash replays instead of creating duplicates. Rate limits are waited out as
the API says (``Retry-After``); a batch refused whole with ``storage_pool_exceeded`` is split.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import attrs

from .._backoff import RetryPolicy, adaptive_pacing, backoff_delay, parse_retry_after
from .._exceptions import (
    APIConnectionError,
    APIError,
)
from ._outcomes import OutcomeStatus, ProvisionOutcome, ProvisionReport
from ._send import BatchSender, RowResult, SingleSender
from ._specs import MailboxSpec, RowProblem

if TYPE_CHECKING:
    from .._client import TrekMail

__all__ = ["provision_mailboxes"]

Mode = Literal["bulk", "single"]
T = TypeVar("T")
OutcomeCallback = Callable[[ProvisionOutcome], None]

# Answers after which a row (or batch) is sent again, with the same idempotency key.
_TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})


def _is_transient(exc: APIError | APIConnectionError) -> bool:
    if isinstance(exc, APIConnectionError):
        return True
    return exc.status in _TRANSIENT_STATUSES and exc.retryable is not False


class _Run:
    """State of one provisioning run: outcomes by input index, request count, callbacks."""

    def __init__(self, size: int, on_outcome: OutcomeCallback | None, policy: RetryPolicy) -> None:
        self.policy = policy
        self.outcomes: list[ProvisionOutcome | None] = [None] * size
        self.requests = 0
        self._on_outcome = on_outcome

    def record(self, index: int, outcome: ProvisionOutcome) -> None:
        self.outcomes[index] = outcome
        if self._on_outcome is not None:
            self._on_outcome(outcome)


async def _resolve_domains(tm: TrekMail, names: set[str]) -> dict[str, int]:
    """Map the account's domain names (lower case) to ids, reading every page of list_domains."""
    from ..api.domains import list_domains

    found: dict[str, int] = {}
    async for domain in tm.paginate(list_domains, per_page=100):
        # The overview's example names the field `domain`, the official client `name`.
        value = domain.name if isinstance(domain.name, str) else domain.domain
        if isinstance(value, str) and value.lower() in names:
            found[value.lower()] = int(domain.id)
    return found


def _outcome(
    spec: MailboxSpec, result: RowResult, attempts: int, maybe_committed: bool
) -> ProvisionOutcome:
    status, message = result.status, result.message
    if status is OutcomeStatus.CREATED and result.replayed:
        if not maybe_committed:
            # The first send of this run was answered from the idempotency store: an earlier
            # run with the same namespace created the mailbox.
            status = OutcomeStatus.ALREADY_EXISTED
            message = "created by an earlier run with the same idempotency key (replayed)"
        else:
            # An earlier attempt of this run was carried out but its answer was lost.
            message = f"created; the answer to an earlier attempt was lost (attempt {attempts})"
    return ProvisionOutcome(
        spec=spec,
        status=status,
        mailbox_id=result.mailbox_id,
        code=result.code,
        message=message,
        replayed=result.replayed,
        attempts=attempts,
        one_time_password=result.one_time_password,
    )


@attrs.frozen
class _Sent(Generic[T]):
    """The end of one row's (or batch's) sends.

    Attributes:
        result: the last answer, or the exception that ended the sends.
        attempts: sends made.
        maybe_committed: an earlier send may have been carried out by the server although its
            answer never arrived (the connection dropped after sending, a timeout, a 500, 502
            or 504). Refusals that did nothing (429, 503, nothing sent) do not count.
    """

    result: T | APIError | APIConnectionError
    attempts: int
    maybe_committed: bool


def _may_have_committed(exc: APIError | APIConnectionError) -> bool:
    if isinstance(exc, APIConnectionError):
        return exc.request_sent
    return exc.status in (500, 502, 504)


async def _with_retries(run: _Run, send: Callable[[], Awaitable[T]], max_attempts: int) -> _Sent[T]:
    """Call ``send`` until it answers non-transiently or ``max_attempts`` is spent.

    Sends go through a client with the runtime's retries turned off, so this loop knows what
    happened to every attempt: a replayed answer after an attempt that may have been committed
    means this run created the row and lost the first answer. Every send carries the same
    deterministic idempotency key, so re-sending after a 5xx or a dropped connection is safe.
    Waits follow the server's ``Retry-After`` when it gives one (the shared rate-limit gate
    also holds back the other workers), else full-jitter backoff.
    """
    attempt = 0
    maybe_committed = False
    while True:
        attempt += 1
        run.requests += 1
        try:
            return _Sent(await send(), attempt, maybe_committed)
        except (APIError, APIConnectionError) as exc:
            if not _is_transient(exc) or attempt >= max_attempts:
                return _Sent(exc, attempt, maybe_committed)
            maybe_committed = maybe_committed or _may_have_committed(exc)
            wait = None
            if isinstance(exc, APIError):
                wait = parse_retry_after(exc.headers, exc.body)
            if wait is None:
                wait = backoff_delay(attempt - 1, run.policy)
            await asyncio.sleep(wait)


def _failure(spec: MailboxSpec, exc: BaseException, attempts: int) -> ProvisionOutcome:
    if isinstance(exc, APIError):
        code, message = exc.code, exc.message
        if exc.request_id:
            message = f"{message} (request_id={exc.request_id})"
    else:
        code, message = type(exc).__name__, str(exc)
    return ProvisionOutcome(
        spec, OutcomeStatus.FAILED, code=code, message=message, attempts=attempts
    )


async def _single_worker(
    tm: TrekMail,
    run: _Run,
    queue: asyncio.Queue[tuple[int, MailboxSpec, int]],
    max_attempts: int,
    namespace: str,
) -> None:
    sender = SingleSender(tm.with_options(max_retries=0), namespace)
    while True:
        try:
            index, spec, domain_id = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        sent = await _with_retries(
            run, functools.partial(sender.send, spec, domain_id), max_attempts
        )
        if isinstance(sent.result, RowResult):
            run.record(index, _outcome(spec, sent.result, sent.attempts, sent.maybe_committed))
        else:
            run.record(index, _failure(spec, sent.result, sent.attempts))


async def _send_batch(
    tm: TrekMail,
    run: _Run,
    sender: BatchSender,
    batch: Sequence[tuple[int, MailboxSpec, int]],
    max_attempts: int,
) -> None:
    rows = [(spec, domain_id) for _, spec, domain_id in batch]
    sent = await _with_retries(run, functools.partial(sender.send, rows), max_attempts)
    result = sent.result
    if isinstance(result, list):
        for (index, spec, _), row in zip(batch, result, strict=True):
            run.record(index, _outcome(spec, row, sent.attempts, sent.maybe_committed))
        return
    if isinstance(result, APIError) and result.code == "storage_pool_exceeded" and len(batch) > 1:
        # The API refuses the whole batch when its allocations over-commit the pool; halves
        # find the rows that fit (the API overview, "Mailbox storage allocation").
        middle = len(batch) // 2
        await _send_batch(tm, run, sender, batch[:middle], max_attempts)
        await _send_batch(tm, run, sender, batch[middle:], max_attempts)
        return
    for index, spec, _ in batch:
        run.record(index, _failure(spec, result, sent.attempts))


async def _batch_worker(
    tm: TrekMail,
    run: _Run,
    queue: asyncio.Queue[list[tuple[int, MailboxSpec, int]]],
    max_attempts: int,
    namespace: str,
) -> None:
    sender = BatchSender(tm.with_options(max_retries=0), tm, namespace)
    while True:
        try:
            batch = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        await _send_batch(tm, run, sender, batch, max_attempts)


def _rejection(
    entry: MailboxSpec,
    seen: dict[str, int],
    entries: Sequence[MailboxSpec | RowProblem],
    domains: dict[str, int],
) -> tuple[str, str] | None:
    """Why a readable row cannot be sent, as (code, message), or None when it can."""
    if entry.address in seen:
        first = entries[seen[entry.address]]
        return (
            "duplicate_row",
            f"{entry.address} is listed twice; the first is on line {first.line}",
        )
    if entry.domain not in domains:
        return (
            "unknown_domain",
            f"domain {entry.domain} is not on this account; add it first (create_domain)",
        )
    return None


def _precheck(
    entries: Sequence[MailboxSpec | RowProblem], domains: dict[str, int], run: _Run
) -> list[tuple[int, MailboxSpec, int]]:
    """Record outcomes for rows that cannot be sent; return (index, spec, domain_id) to send."""
    seen: dict[str, int] = {}
    todo: list[tuple[int, MailboxSpec, int]] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, RowProblem):
            rejection: tuple[str, str] | None = ("invalid_row", entry.message)
        else:
            rejection = _rejection(entry, seen, entries, domains)
            seen.setdefault(entry.address, index)
        if rejection is not None:
            code, message = rejection
            failed = OutcomeStatus.FAILED
            run.record(
                index, ProvisionOutcome(entry, failed, code=code, message=message, attempts=0)
            )
        elif isinstance(entry, MailboxSpec):
            todo.append((index, entry, domains[entry.domain]))
    return todo


async def provision_mailboxes(
    tm: TrekMail,
    specs: Iterable[MailboxSpec | RowProblem],
    *,
    mode: Mode = "bulk",
    concurrency: int = 8,
    batch_size: int = 100,
    namespace: str = "trekmail-provision",
    max_attempts: int = 8,
    on_outcome: OutcomeCallback | None = None,
    pace: bool = True,
) -> ProvisionReport:
    """Create mailboxes concurrently and report one outcome per input row, in input order.

    Args:
        tm: a :class:`~trekmail_client.TrekMail` client with an ops token (``mailboxes:create``
            and ``domains:read`` scopes).
        specs: :class:`MailboxSpec` rows (and :class:`RowProblem` rows from :func:`load_specs`,
            which are reported as failed with code ``invalid_row``).
        mode: ``"bulk"`` sends ``POST /api/v1/mailboxes:bulk`` batches; ``"single"`` sends one
            ``POST /api/v1/mailboxes`` per row.
        concurrency: requests in flight at once (at least 1).
        batch_size: rows per bulk request, 1 to 100 (the API's limit).
        namespace: prefix of the deterministic idempotency keys. A repeated run with the same
            namespace and rows replays the stored answers instead of creating anything twice
            (the API keeps keys for 24 hours); change it to force fresh attempts.
        max_attempts: sends per row or batch when the API answers 429, 503 or the connection
            fails; the runtime's own retries happen inside each send.
        on_outcome: called with each outcome as soon as it is known (progress bars).
        pace: send at a rate learned from the API's 429s (``RetryPolicy.adaptive_pacing``
            for this run's requests; shared through Redis with ``RetryPolicy(redis_url=...)``),
            so high concurrency does not spend the first minute collecting 429s. Default on.

    Returns:
        a :class:`ProvisionReport`: outcomes in input order, wall time (seconds), requests sent.

    Raises:
        ValueError: ``concurrency`` below 1 or ``batch_size`` outside 1..100.
        TrekMailError: the account's domains could not be listed (nothing was created).
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    if not 1 <= batch_size <= 100:
        raise ValueError(
            f"batch_size must be between 1 and 100 (the API's limit), got {batch_size}"
        )
    entries = list(specs)
    run = _Run(len(entries), on_outcome, tm.retry_policy)
    started = time.perf_counter()
    names = {e.domain for e in entries if isinstance(e, MailboxSpec)}
    domains = await _resolve_domains(tm, names) if names else {}
    todo = _precheck(entries, domains, run)
    if mode == "single":
        queue: asyncio.Queue[tuple[int, MailboxSpec, int]] = asyncio.Queue()
        for item in todo:
            queue.put_nowait(item)
        workers = [
            _single_worker(tm, run, queue, max_attempts, namespace) for _ in range(concurrency)
        ]
    elif mode == "bulk":
        batches: asyncio.Queue[list[tuple[int, MailboxSpec, int]]] = asyncio.Queue()
        for start in range(0, len(todo), batch_size):
            batches.put_nowait(todo[start : start + batch_size])
        workers = [
            _batch_worker(tm, run, batches, max_attempts, namespace) for _ in range(concurrency)
        ]
    else:
        raise ValueError(f"mode must be 'bulk' or 'single', got {mode!r}")
    with adaptive_pacing(pace):
        await asyncio.gather(*workers)
    missing = [i for i, o in enumerate(run.outcomes) if o is None]
    if missing:  # an invariant: every row gets an outcome
        raise AssertionError(f"rows {missing[:10]} got no outcome")
    return ProvisionReport(
        outcomes=tuple(o for o in run.outcomes if o is not None),
        wall_time=time.perf_counter() - started,
        requests=run.requests,
    )
