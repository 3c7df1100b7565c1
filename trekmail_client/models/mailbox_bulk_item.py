from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MailboxBulkItem")


@_attrs_define
class MailboxBulkItem:
    """One mailbox of a bulk create.

    Attributes:
        domain_id (int): Id of the domain.
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a single `.` only between
            them; must not start with `-`; must not end in `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters.
            Example: jane.doe.
        password (str | Unset): The mailbox password (required unless `password_mode` is `generated_one_time`). At least
            12 characters with an upper-case letter, a lower-case letter and a digit. Example: Correct1HorseBattery.
        storage_allocation_mb (int | None | Unset): Dedicated storage in MB carved out of the account pool. Omitted or
            null: the mailbox uses the shared account pool.
    """

    domain_id: int
    local_part: str
    password: str | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        local_part = self.local_part

        password = self.password

        storage_allocation_mb: int | None | Unset
        if isinstance(self.storage_allocation_mb, Unset):
            storage_allocation_mb = UNSET
        else:
            storage_allocation_mb = self.storage_allocation_mb

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_id": domain_id,
                "local_part": local_part,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = d.pop("domain_id")

        local_part = d.pop("local_part")

        password = d.pop("password", UNSET)

        def _parse_storage_allocation_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage_allocation_mb = _parse_storage_allocation_mb(
            d.pop("storage_allocation_mb", UNSET)
        )

        mailbox_bulk_item = cls(
            domain_id=domain_id,
            local_part=local_part,
            password=password,
            storage_allocation_mb=storage_allocation_mb,
        )

        return mailbox_bulk_item
