"""The requests of a provisioning run, each turning API answers into row results.

``SingleSender`` uses ``create_mailbox`` (``POST /api/v1/mailboxes``); ``BatchSender`` uses
``bulk_create_mailboxes`` (``POST /api/v1/mailboxes:bulk``, 200 all created, 207 partial, 422 all
failed). Both send a deterministic ``Idempotency-Key`` derived from the namespace and the exact
body, so the same rows sent again (a retry, or a whole re-run) replay instead of duplicating.
The follow-ups (``set_display_name``, ``replace_password``, ``mint_app_password``) do the same
for the row's mailbox.

A replayed answer carries no one-time secret: TrekMail redacts them (official client facts 1.4,
"Replays redact one-time secrets"); the sandbox answers ``"<redacted>"``. Such a value is never
taken for a password.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._exceptions import ConflictError, ResponseParseError, UnprocessableEntityError
from .._idempotency import deterministic_idempotency_key
from ..api.app_passwords import create_mailbox_app_password
from ..api.mailboxes import (
    bulk_create_mailboxes,
    change_mailbox_password,
    create_mailbox,
    update_mailbox,
)
from ..models.app_password_create_request import AppPasswordCreateRequest
from ..models.app_password_create_response import AppPasswordCreateResponse
from ..models.mailbox_bulk_create_request import MailboxBulkCreateRequest
from ..models.mailbox_bulk_item import MailboxBulkItem
from ..models.mailbox_bulk_result import MailboxBulkResult
from ..models.mailbox_create_request import MailboxCreateRequest
from ..models.mailbox_create_response import MailboxCreateResponse
from ..models.mailbox_password_request import MailboxPasswordRequest
from ..models.mailbox_update_request import MailboxUpdateRequest
from ..types import UNSET, Response, Unset
from ._outcomes import OutcomeStatus
from ._specs import MailboxSpec

if TYPE_CHECKING:
    from .._client import TrekMail

__all__ = [
    "APP_PASSWORD_NAME",
    "BatchSender",
    "RowResult",
    "SingleSender",
    "bulk_key",
    "mint_app_password",
    "new_password",
    "replace_password",
    "set_display_name",
    "single_key",
]

ALREADY_EXISTS = "already_exists"
APP_PASSWORD_NAME = "default"
"""The label of the app passwords a run mints (the API's own default for create requests)."""
REPLAYED_HEADER = "X-Idempotency-Replayed"
REDACTED = "<redacted>"


@attrs.frozen
class RowResult:
    """What the API said about one row.

    A created row that came back as an idempotent replay keeps ``status=CREATED`` with
    ``replayed=True``; the provisioner decides whether this run or an earlier one created it.
    ``one_time_password`` is ``None`` when the answer held none (a replay redacts it).
    """

    status: OutcomeStatus
    mailbox_id: int | None = None
    code: str | None = None
    message: str | None = None
    replayed: bool = False
    one_time_password: str | None = attrs.field(default=None, repr=False)
    app_password: str | None = attrs.field(default=None, repr=False)


def _secret(value: Any) -> str | None:
    """A one-time secret from an answer, or None when absent or redacted by a replay."""
    if isinstance(value, Mapping):
        value = value.get("password")
    elif value is not None and not isinstance(value, str | Unset):
        value = getattr(value, "password", None)
    if not isinstance(value, str) or not value or value == REDACTED:
        return None
    return value


def _unexpected(response: Response[Any], what: str) -> ResponseParseError:
    """A 2xx answer the run cannot use (its rows are retried with the same key, then failed)."""
    return ResponseParseError(
        f"{what} (HTTP {int(response.status_code)})",
        status=int(response.status_code),
        body=response.content,
        headers=dict(response.headers),
        code="unexpected_response",
    )


def _is_replay(headers: Mapping[str, str]) -> bool:
    return headers.get(REPLAYED_HEADER, "").lower() == "true"


def _create_body(spec: MailboxSpec, domain_id: int, app_passwords: bool) -> MailboxCreateRequest:
    return MailboxCreateRequest(
        domain_id=domain_id,
        local_part=spec.local_part,
        display_name=spec.display_name if spec.display_name is not None else UNSET,
        storage_allocation_mb=spec.storage_allocation_mb,
        password_mode="generated_one_time",
        create_app_password=True if app_passwords else UNSET,
    )


def single_key(namespace: str, spec: MailboxSpec, domain_id: int, app_passwords: bool) -> str:
    """The idempotency key of ``spec``'s ``create_mailbox`` (it depends on the row alone)."""
    body = _create_body(spec, domain_id, app_passwords)
    return deterministic_idempotency_key(namespace, "create_mailbox", body.to_dict())


def _bulk_body(
    rows: Sequence[tuple[MailboxSpec, int]], app_passwords: bool
) -> MailboxBulkCreateRequest:
    items = [
        MailboxBulkItem(
            domain_id=domain_id,
            local_part=spec.local_part,
            storage_allocation_mb=spec.storage_allocation_mb,
        )
        for spec, domain_id in rows
    ]
    return MailboxBulkCreateRequest(
        items=items,
        password_mode="generated_one_time",
        create_app_password=True if app_passwords else UNSET,
    )


def bulk_key(namespace: str, rows: Sequence[tuple[MailboxSpec, int]], app_passwords: bool) -> str:
    """The idempotency key of one ``mailboxes:bulk`` batch (it depends on the batch's rows, in
    order; the journal records each row's batch so a re-run can send the same batch again)."""
    body = _bulk_body(rows, app_passwords)
    return deterministic_idempotency_key(namespace, "bulk_create_mailboxes", body.to_dict())


class SingleSender:
    """Creates one mailbox per request with ``create_mailbox``.

    Args:
        tm: the client (the provisioner passes one without runtime retries: it counts and
            retries attempts itself).
        namespace: the idempotency-key namespace.
        app_passwords: also ask for an app password per mailbox.
    """

    def __init__(self, tm: TrekMail, namespace: str, app_passwords: bool = False) -> None:
        self._tm = tm
        self._namespace = namespace
        self._app = app_passwords

    def key(self, spec: MailboxSpec, domain_id: int) -> str:
        """The row's idempotency key."""
        return single_key(self._namespace, spec, domain_id, self._app)

    async def send(self, spec: MailboxSpec, domain_id: int) -> RowResult:
        """Create ``spec``'s mailbox; an address that exists already is a result, not an error.

        Raises:
            APIStatusError: any other API error (the caller records or retries it).
            ResponseParseError: a 2xx answer without a mailbox (an HTML page, for example).
            APIConnectionError: the request could not be completed.
        """
        body = _create_body(spec, domain_id, self._app)
        key = deterministic_idempotency_key(self._namespace, "create_mailbox", body.to_dict())
        try:
            response = await create_mailbox.asyncio_detailed(
                client=self._tm, body=body, idempotency_key=key
            )
        except ConflictError as exc:
            if exc.code != ALREADY_EXISTS:
                raise
            return RowResult(OutcomeStatus.ALREADY_EXISTED, code=exc.code, message=exc.message)
        parsed = response.parsed
        if not isinstance(parsed, MailboxCreateResponse):
            raise _unexpected(response, "create_mailbox answered without a mailbox")
        data = parsed.data
        # `password` is a typed field of MailboxCreated; `one_time_password` is the bulk rows'
        # spelling, accepted here too.
        password = _secret(data.password) or _secret(data.one_time_password)
        return RowResult(
            OutcomeStatus.CREATED,
            mailbox_id=data.id,
            replayed=_is_replay(response.headers),
            one_time_password=password,
            app_password=_secret(data.app_password),
        )


def _row_result(row: Mapping[str, Any], replayed: bool) -> RowResult:
    """Turn one bulk result row (``{email, status, id, reason, error, ...}``) into a result."""
    mailbox_id = row.get("id") if row.get("id") is not None else row.get("mailbox_id")
    if row.get("status") == "created":
        return RowResult(
            OutcomeStatus.CREATED,
            mailbox_id=mailbox_id,
            replayed=replayed,
            one_time_password=_secret(row.get("one_time_password")),
            app_password=_secret(row.get("app_password")),
        )
    reason = row.get("reason") or "failed"
    status = OutcomeStatus.ALREADY_EXISTED if reason == ALREADY_EXISTS else OutcomeStatus.FAILED
    return RowResult(status, mailbox_id, reason, row.get("error") or reason, replayed)


class BatchSender:
    """Creates up to 100 mailboxes per request with ``bulk_create_mailboxes``.

    Args:
        client: the client (the provisioner passes one without runtime retries).
        namespace: the idempotency-key namespace.
        app_passwords: also ask for an app password per mailbox.
    """

    def __init__(self, client: TrekMail, namespace: str, app_passwords: bool = False) -> None:
        self._client = client
        self._namespace = namespace
        self._app = app_passwords

    def key(self, rows: Sequence[tuple[MailboxSpec, int]]) -> str:
        """The batch's idempotency key."""
        return bulk_key(self._namespace, rows, self._app)

    async def send(self, rows: Sequence[tuple[MailboxSpec, int]]) -> list[RowResult]:
        """Send one batch; return one result per row, in order.

        Raises:
            APIStatusError: the batch as a whole was refused (for example 422
                ``storage_pool_exceeded``, which the caller splits); an all-rows-failed 422 is
                not raised but turned into per-row results.
            APIConnectionError: the request could not be completed.
            ResponseParseError: the answer could not be read, or has another number of rows
                than the batch.
        """
        body = _bulk_body(rows, self._app)
        key = deterministic_idempotency_key(
            self._namespace, "bulk_create_mailboxes", body.to_dict()
        )
        try:
            response = await bulk_create_mailboxes.asyncio_detailed(
                client=self._client, body=body, idempotency_key=key
            )
        except UnprocessableEntityError as exc:
            if not exc.results:
                raise
            raw_rows: list[Mapping[str, Any]] = list(exc.results)
            replayed = _is_replay(exc.headers)
            status = 422
        else:
            status = int(response.status_code)
            parsed = response.parsed
            if not isinstance(parsed, MailboxBulkResult):
                raise _unexpected(response, "mailboxes:bulk answered without results")
            raw_rows = [row.to_dict() for row in parsed.results]
            replayed = _is_replay(response.headers)
        if len(raw_rows) != len(rows):
            raise ResponseParseError(
                f"mailboxes:bulk returned {len(raw_rows)} results for {len(rows)} rows; "
                "cannot match rows to results",
                status=status,
                body=b"",
                code="unexpected_response",
            )
        return [_row_result(row, replayed) for row in raw_rows]


async def set_display_name(tm: TrekMail, namespace: str, mailbox_id: int, name: str) -> None:
    """Set a mailbox's display name with ``update_mailbox`` (bulk items carry none).

    The key depends on the mailbox id and the name, so a re-run replays.

    Raises:
        APIStatusError: the API refused it (the caller retries transient answers).
        APIConnectionError: the request could not be completed.
    """
    body = MailboxUpdateRequest(display_name=name)
    key = deterministic_idempotency_key(
        namespace, "update_mailbox", {"id": mailbox_id, **body.to_dict()}
    )
    await update_mailbox.asyncio_detailed(mailbox_id, client=tm, body=body, idempotency_key=key)


def new_password(length: int = 20) -> str:
    """A random mailbox password (``secrets``): letters and digits, with at least one upper-case
    letter, one lower-case letter and one digit (the API's rule: at least 12 characters).

    Args:
        length: characters, at least 12.

    Returns:
        the password.
    """
    alphabet = string.ascii_letters + string.digits
    while True:
        value = "".join(secrets.choice(alphabet) for _ in range(max(12, length)))
        if (
            any(c.isupper() for c in value)
            and any(c.islower() for c in value)
            and any(c.isdigit() for c in value)
        ):
            return value


async def replace_password(tm: TrekMail, namespace: str, mailbox_id: int, password: str) -> None:
    """Set ``password`` on a mailbox with ``change_mailbox_password``.

    Used when the one-time password of a mailbox this run created was never seen (the answer
    was lost and the replay redacted it). The caller records ``password`` in the journal first;
    the key depends on the id and the password, so a re-run after a crash replays.

    Raises:
        APIStatusError: the API refused it (the caller retries transient answers).
        APIConnectionError: the request could not be completed.
    """
    body = MailboxPasswordRequest(password=password)
    key = deterministic_idempotency_key(
        namespace, "change_mailbox_password", {"id": mailbox_id, **body.to_dict()}
    )
    await change_mailbox_password.asyncio_detailed(
        mailbox_id, client=tm, body=body, idempotency_key=key
    )


async def mint_app_password(
    tm: TrekMail, namespace: str, mailbox_id: int, generation: int = 1
) -> tuple[int | None, str | None]:
    """Mint an app password for a mailbox with ``create_mailbox_app_password`` (the bulk answer
    carried none: a replay redacts it, or the server left it out).

    The key depends on the mailbox id, the name and ``generation`` (1, 2, ...): retries of one
    generation replay rather than mint twice; the caller moves to the next generation only
    when a replay shows that an earlier send minted one whose secret is lost.

    Args:
        tm: the client.
        namespace: the idempotency-key namespace.
        mailbox_id: the mailbox.
        generation: which attempt at a fresh app password this is (>= 1).

    Returns:
        (the app password's id or None, its secret or None when the answer was a replay with
        the secret redacted).

    Raises:
        APIStatusError: the API refused it (the caller retries transient answers).
        APIConnectionError: the request could not be completed.
        ResponseParseError: a 2xx answer without an app password.
    """
    body = AppPasswordCreateRequest(name=APP_PASSWORD_NAME)
    params: dict[str, Any] = {"id": mailbox_id, **body.to_dict()}
    if generation > 1:
        params["generation"] = generation
    key = deterministic_idempotency_key(namespace, "create_mailbox_app_password", params)
    response = await create_mailbox_app_password.asyncio_detailed(
        mailbox_id, client=tm, body=body, idempotency_key=key
    )
    parsed = response.parsed
    if not isinstance(parsed, AppPasswordCreateResponse):
        raise _unexpected(response, "create_mailbox_app_password answered without a password")
    data = parsed.data
    app_id = data.id if isinstance(data.id, int) else None
    return app_id, _secret(data)
