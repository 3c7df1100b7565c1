from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="InviteBulkItem")


@_attrs_define
class InviteBulkItem:
    """One invite of a bulk call.

    Attributes:
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a single `.` only between
            them; must not start with `-`; must not end in `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters.
            Example: jane.doe.
        recipient_email (str): Who receives the invitation.
        domain_id (int | Unset): Per-item domain (overrides the batch `domain_id`).
        storage_allocation_mb (int | None | Unset): Dedicated storage in MB carved out of the account pool. Omitted or
            null: the mailbox uses the shared account pool.
    """

    local_part: str
    recipient_email: str
    domain_id: int | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        local_part = self.local_part

        recipient_email = self.recipient_email

        domain_id = self.domain_id

        storage_allocation_mb: int | None | Unset
        if isinstance(self.storage_allocation_mb, Unset):
            storage_allocation_mb = UNSET
        else:
            storage_allocation_mb = self.storage_allocation_mb

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "local_part": local_part,
                "recipient_email": recipient_email,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        local_part = d.pop("local_part")

        recipient_email = d.pop("recipient_email")

        domain_id = d.pop("domain_id", UNSET)

        def _parse_storage_allocation_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage_allocation_mb = _parse_storage_allocation_mb(
            d.pop("storage_allocation_mb", UNSET)
        )

        invite_bulk_item = cls(
            local_part=local_part,
            recipient_email=recipient_email,
            domain_id=domain_id,
            storage_allocation_mb=storage_allocation_mb,
        )

        return invite_bulk_item
