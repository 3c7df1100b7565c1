from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="SharedMailboxCreateRequest")


@_attrs_define
class SharedMailboxCreateRequest:
    """Create a shared (team) mailbox. It has no direct login.

    Attributes:
        domain_id (int): Id of the domain.
        local_part (str): Local part (before the @): lowercase letters, digits, `_` and `-`, a single `.` only between
            them; must not start with `-`; must not end in `_archived_YYYYMMDD_HHMMSS[_n_n]`; at most 64 characters.
            Example: support.
        display_name (str): Display name, e.g. `Support`.
        member_mailbox_ids (list[int]): Initial members (at least one).
        storage_shared (bool | Unset): Use the shared account pool. Default: True.
        storage_mb (int | Unset): Dedicated storage in MB (required when `storage_shared` is false).
    """

    domain_id: int
    local_part: str
    display_name: str
    member_mailbox_ids: list[int]
    storage_shared: bool | Unset = True
    storage_mb: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        local_part = self.local_part

        display_name = self.display_name

        member_mailbox_ids = self.member_mailbox_ids

        storage_shared = self.storage_shared

        storage_mb = self.storage_mb

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_id": domain_id,
                "local_part": local_part,
                "display_name": display_name,
                "member_mailbox_ids": member_mailbox_ids,
            }
        )
        if storage_shared is not UNSET:
            field_dict["storage_shared"] = storage_shared
        if storage_mb is not UNSET:
            field_dict["storage_mb"] = storage_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = d.pop("domain_id")

        local_part = d.pop("local_part")

        display_name = d.pop("display_name")

        member_mailbox_ids = cast(list[int], d.pop("member_mailbox_ids"))

        storage_shared = d.pop("storage_shared", UNSET)

        storage_mb = d.pop("storage_mb", UNSET)

        shared_mailbox_create_request = cls(
            domain_id=domain_id,
            local_part=local_part,
            display_name=display_name,
            member_mailbox_ids=member_mailbox_ids,
            storage_shared=storage_shared,
            storage_mb=storage_mb,
        )

        return shared_mailbox_create_request
