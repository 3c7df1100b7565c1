from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.invite_bulk_item import InviteBulkItem


T = TypeVar("T", bound="InviteBulkCreateRequest")


@_attrs_define
class InviteBulkCreateRequest:
    """Create up to 100 invites.

    Attributes:
        domain_id (int): Default domain of the batch.
        items (list[InviteBulkItem]): Invites to create (1-100).
        expires_in_hours (int | Unset): Hours until the invites expire. Default: 72.
    """

    domain_id: int
    items: list[InviteBulkItem]
    expires_in_hours: int | Unset = 72

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        expires_in_hours = self.expires_in_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_id": domain_id,
                "items": items,
            }
        )
        if expires_in_hours is not UNSET:
            field_dict["expires_in_hours"] = expires_in_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_bulk_item import InviteBulkItem  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = d.pop("domain_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = InviteBulkItem.from_dict(items_item_data)

            items.append(items_item)

        expires_in_hours = d.pop("expires_in_hours", UNSET)

        invite_bulk_create_request = cls(
            domain_id=domain_id,
            items=items,
            expires_in_hours=expires_in_hours,
        )

        return invite_bulk_create_request
