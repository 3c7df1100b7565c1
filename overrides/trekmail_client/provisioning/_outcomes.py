"""What bulk provisioning reports: one outcome per input row, and a summary report."""

from __future__ import annotations

import enum
from collections import Counter
from typing import Any

import attrs

from ._specs import MailboxSpec, RowProblem

__all__ = ["OutcomeStatus", "ProvisionOutcome", "ProvisionReport"]


class OutcomeStatus(enum.StrEnum):
    """The result of one row.

    ``CREATED``: this run created the mailbox. ``ALREADY_EXISTED``: the address existed before
    (the API answered 409 ``already_exists``, a bulk row failed with that reason, or the create
    was an idempotent replay of an earlier run, ``X-Idempotency-Replayed: true``). ``FAILED``:
    not created, or created without everything the row asked for (``display_name_not_set``,
    ``password_not_recorded``, ``app_password_not_recorded``); ``code`` and ``message`` say
    why. ``UNKNOWN``: the run was
    interrupted before the row finished, or a send of the row may have been carried out and
    neither its answers nor a read-back of the address could tell (the run reads every such
    row back before it reports); re-running with the same journal settles it.
    """

    CREATED = "created"
    ALREADY_EXISTED = "already_existed"
    FAILED = "failed"
    UNKNOWN = "unknown"


@attrs.frozen
class ProvisionOutcome:
    """The outcome of one input row.

    Attributes:
        spec: the row's spec, or the :class:`RowProblem` when the row could not be read.
        status: created, already existed, or failed.
        mailbox_id: the mailbox id when the API returned one.
        code: the API's error code (``already_exists``, ``validation_error``,
            ``storage_pool_exceeded``...) or a client-side one (``invalid_row``,
            ``unknown_domain``, ``duplicate_row``, ``rate_limited`` after all attempts).
        message: a human-readable reason, for failures and pre-existing addresses.
        replayed: the API replayed a stored response for this row's idempotency key.
        attempts: how many times the row (or its batch) was sent.
        one_time_password: the password the API generated for a new mailbox, shown once (or
            the replacement the run set when the API's answer was lost); kept out of ``repr``
            and out of :meth:`to_dict` unless asked for.
        app_password: the app password the API generated (``app_passwords=True``), likewise.
    """

    spec: MailboxSpec | RowProblem
    status: OutcomeStatus
    mailbox_id: int | None = None
    code: str | None = None
    message: str | None = None
    replayed: bool = False
    attempts: int = 1
    one_time_password: str | None = attrs.field(default=None, repr=False)
    app_password: str | None = attrs.field(default=None, repr=False)

    @property
    def address(self) -> str | None:
        """The row's address, or ``None`` for an unreadable row."""
        return self.spec.address if isinstance(self.spec, MailboxSpec) else None

    def to_dict(self, *, include_secrets: bool = False) -> dict[str, Any]:
        """A JSON-ready view of the outcome (for results files and the CLI).

        Args:
            include_secrets: also include ``one_time_password`` (handle the output as a secret).
        """
        line = self.spec.line
        secrets = (
            {"one_time_password": self.one_time_password, "app_password": self.app_password}
            if include_secrets
            else {}
        )
        return {
            "line": line,
            "address": self.address,
            "status": self.status.value,
            "mailbox_id": self.mailbox_id,
            "code": self.code,
            "message": self.message,
            "replayed": self.replayed,
            "attempts": self.attempts,
            **secrets,
        }


@attrs.frozen
class ProvisionReport:
    """All outcomes of one provisioning run, in input order, with counts and timing.

    Attributes:
        outcomes: one :class:`ProvisionOutcome` per input row, in input order (rows finished
            by an earlier run of the same journal come back as that run recorded them).
        wall_time: seconds from the first request to the last answer.
        requests: HTTP requests this run sent, every attempt and follow-up included.
        rate_limited: requests answered 429.
        retries: requests that repeated an earlier attempt (after a 429, a 5xx or a dropped
            connection).
        skipped: rows an earlier run of the same journal had finished (not sent again).
        resent: rows an earlier run had sent without recording an answer (sent again with
            the same idempotency key).
        passwords_replaced: rows whose one-time password the run never saw (its answer was
            lost) and for which it set and recorded a new one.
        interrupted: the run stopped early (a signal); unfinished rows are ``UNKNOWN``.
        read_back: rows whose creation was in doubt (a send may have been carried out, then
            every answer failed) and which the run read back by address before reporting.
        retry_reasons: retries counted by why the earlier send failed (``"HTTP 503"``,
            ``"HTTP 429"``, ``"connection_error"``, ``"timeout"``, ``"unreadable HTTP 200"``).
    """

    outcomes: tuple[ProvisionOutcome, ...]
    wall_time: float
    requests: int
    rate_limited: int = 0
    retries: int = 0
    skipped: int = 0
    resent: int = 0
    passwords_replaced: int = 0
    interrupted: bool = False
    read_back: int = 0
    retry_reasons: dict[str, int] = attrs.field(factory=dict)

    def count(self, status: OutcomeStatus) -> int:
        """How many rows ended with ``status``."""
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def created(self) -> int:
        """Rows this run created."""
        return self.count(OutcomeStatus.CREATED)

    @property
    def already_existed(self) -> int:
        """Rows whose address existed before this run."""
        return self.count(OutcomeStatus.ALREADY_EXISTED)

    @property
    def failed(self) -> int:
        """Rows that were not created."""
        return self.count(OutcomeStatus.FAILED)

    @property
    def unknown(self) -> int:
        """Rows an interrupted run did not finish, or whose creation stayed in doubt."""
        return self.count(OutcomeStatus.UNKNOWN)

    @property
    def failure_codes(self) -> Counter[str]:
        """Failed rows counted by error code."""
        return Counter(
            o.code or "unknown" for o in self.outcomes if o.status is OutcomeStatus.FAILED
        )

    @property
    def requests_per_minute(self) -> float:
        """Requests sent per minute of wall time (0.0 for an instant run)."""
        return self.requests * 60.0 / self.wall_time if self.wall_time > 0 else 0.0
