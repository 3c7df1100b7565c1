"""The two ways of sending mailbox creates, each turning API answers into row results.

``SingleSender`` uses ``create_mailbox`` (``POST /api/v1/mailboxes``); ``BatchSender`` uses
``bulk_create_mailboxes`` (``POST /api/v1/mailboxes:bulk``, 200 all created, 207 partial, 422 all
failed). Both send a deterministic ``Idempotency-Key`` derived from the namespace and the exact
body, so the same rows sent again (a retry, or a whole re-run) replay instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._exceptions import APIStatusError, ConflictError, UnprocessableEntityError
from .._idempotency import deterministic_idempotency_key
from ..api.mailboxes import bulk_create_mailboxes, create_mailbox, update_mailbox
from ..models.mailbox_bulk_create_request import MailboxBulkCreateRequest
from ..models.mailbox_bulk_item import MailboxBulkItem
from ..models.mailbox_bulk_result import MailboxBulkResult
from ..models.mailbox_create_request import MailboxCreateRequest
from ..models.mailbox_create_response import MailboxCreateResponse
from ..models.mailbox_update_request import MailboxUpdateRequest
from ..types import UNSET, Unset
from ._outcomes import OutcomeStatus
from ._specs import MailboxSpec

if TYPE_CHECKING:
    from .._client import TrekMail

__all__ = ["BatchSender", "RowResult", "SingleSender"]

ALREADY_EXISTS = "already_exists"
REPLAYED_HEADER = "X-Idempotency-Replayed"


@attrs.frozen
class RowResult:
    """What the API said about one row.

    A created row that came back as an idempotent replay keeps ``status=CREATED`` with
    ``replayed=True``; the provisioner decides whether this run or an earlier one created it.
    """

    status: OutcomeStatus
    mailbox_id: int | None = None
    code: str | None = None
    message: str | None = None
    replayed: bool = False
    one_time_password: str | None = attrs.field(default=None, repr=False)


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _is_replay(headers: Mapping[str, str]) -> bool:
    return headers.get(REPLAYED_HEADER, "").lower() == "true"


class SingleSender:
    """Creates one mailbox per request with ``create_mailbox``."""

    def __init__(self, tm: TrekMail, namespace: str) -> None:
        self._tm = tm
        self._namespace = namespace

    async def send(self, spec: MailboxSpec, domain_id: int) -> RowResult:
        """Create ``spec``'s mailbox; an address that exists already is a result, not an error.

        Raises:
            APIStatusError: any other API error (the caller records or retries it).
            APIConnectionError: the request could not be completed.
        """
        body = MailboxCreateRequest(
            domain_id=domain_id,
            local_part=spec.local_part,
            display_name=spec.display_name if spec.display_name is not None else UNSET,
            storage_allocation_mb=spec.storage_allocation_mb,
            password_mode="generated_one_time",
        )
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
            raise TypeError(f"create_mailbox answered {response.status_code} without a mailbox")
        return RowResult(
            OutcomeStatus.CREATED,
            mailbox_id=parsed.data.id,
            replayed=_is_replay(response.headers),
            one_time_password=_value(parsed.data.additional_properties.get("password")),
        )


def _row_result(row: Mapping[str, Any], replayed: bool) -> RowResult:
    """Turn one bulk result row (``{email, status, id, reason, error, ...}``) into a result."""
    mailbox_id = row.get("id") if row.get("id") is not None else row.get("mailbox_id")
    if row.get("status") == "created":
        return RowResult(
            OutcomeStatus.CREATED,
            mailbox_id=mailbox_id,
            replayed=replayed,
            one_time_password=row.get("one_time_password"),
        )
    reason = row.get("reason") or "failed"
    status = OutcomeStatus.ALREADY_EXISTED if reason == ALREADY_EXISTS else OutcomeStatus.FAILED
    return RowResult(status, mailbox_id, reason, row.get("error") or reason, replayed)


class BatchSender:
    """Creates up to 100 mailboxes per request with ``bulk_create_mailboxes``.

    Args:
        client: the client for the bulk creates (the provisioner passes one without runtime
            retries, since it counts attempts itself).
        tm: the client for follow-up updates (display names), with the runtime's retries.
        namespace: the idempotency-key namespace.
    """

    def __init__(self, client: TrekMail, tm: TrekMail, namespace: str) -> None:
        self._client = client
        self._tm = tm
        self._namespace = namespace

    async def send(self, rows: Sequence[tuple[MailboxSpec, int]]) -> list[RowResult]:
        """Send one batch; return one result per row, in order.

        Raises:
            APIStatusError: the batch as a whole was refused (for example 422
                ``storage_pool_exceeded``, which the caller splits); an all-rows-failed 422 is
                not raised but turned into per-row results.
            APIConnectionError: the request could not be completed.
        """
        items = [
            MailboxBulkItem(
                domain_id=domain_id,
                local_part=spec.local_part,
                storage_allocation_mb=spec.storage_allocation_mb,
            )
            for spec, domain_id in rows
        ]
        body = MailboxBulkCreateRequest(items=items, password_mode="generated_one_time")
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
        else:
            parsed = response.parsed
            if not isinstance(parsed, MailboxBulkResult):
                raise TypeError(f"mailboxes:bulk answered {response.status_code} without results")
            raw_rows = [row.to_dict() for row in parsed.results]
            replayed = _is_replay(response.headers)
        if len(raw_rows) != len(rows):
            raise ValueError(
                f"mailboxes:bulk returned {len(raw_rows)} results for {len(rows)} rows; "
                "cannot match rows to results"
            )
        results = [_row_result(row, replayed) for row in raw_rows]
        return [
            await self._set_display_name(spec, result)
            for (spec, _), result in zip(rows, results, strict=True)
        ]

    async def _set_display_name(self, spec: MailboxSpec, result: RowResult) -> RowResult:
        """Bulk items carry no display name, so set it with ``update_mailbox`` afterwards.

        Runs for created and replayed rows alike, so a run that crashed between the create and
        this update sets it on the re-run. A failure here keeps the mailbox (it exists) and says
        what is missing in the outcome's message.
        """
        if spec.display_name is None or result.mailbox_id is None:
            return result
        body = MailboxUpdateRequest(display_name=spec.display_name)
        key = deterministic_idempotency_key(
            self._namespace, "update_mailbox", {"id": result.mailbox_id, **body.to_dict()}
        )
        try:
            await update_mailbox.asyncio_detailed(
                result.mailbox_id, client=self._tm, body=body, idempotency_key=key
            )
        except APIStatusError as exc:
            note = f"created, but the display name was not set ({exc.code}: {exc.message})"
            return attrs.evolve(result, code="display_name_not_set", message=note)
        return result
