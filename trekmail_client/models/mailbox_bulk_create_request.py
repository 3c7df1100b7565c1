from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.mailbox_bulk_create_request_password_mode import (
    check_mailbox_bulk_create_request_password_mode,
)
from ..models.mailbox_bulk_create_request_password_mode import (
    MailboxBulkCreateRequestPasswordMode,
)

if TYPE_CHECKING:
    from ..models.mailbox_bulk_item import MailboxBulkItem


T = TypeVar("T", bound="MailboxBulkCreateRequest")


@_attrs_define
class MailboxBulkCreateRequest:
    """Create up to 100 mailboxes. The sum of dedicated allocations is checked against the pool (422
    `storage_pool_exceeded`).

        Attributes:
            items (list[MailboxBulkItem]): Mailboxes to create (1-100).
            password_mode (MailboxBulkCreateRequestPasswordMode | Unset): `user_supplied` (each item has `password`) or
                `generated_one_time`. Default: 'user_supplied'.
            create_app_password (bool | Unset): Also mint an app password per mailbox.
    """

    items: list[MailboxBulkItem]
    password_mode: MailboxBulkCreateRequestPasswordMode | Unset = "user_supplied"
    create_app_password: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        password_mode: str | Unset = UNSET
        if not isinstance(self.password_mode, Unset):
            password_mode = self.password_mode

        create_app_password = self.create_app_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if password_mode is not UNSET:
            field_dict["password_mode"] = password_mode
        if create_app_password is not UNSET:
            field_dict["create_app_password"] = create_app_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailbox_bulk_item import MailboxBulkItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MailboxBulkItem.from_dict(items_item_data)

            items.append(items_item)

        _password_mode = d.pop("password_mode", UNSET)
        password_mode: MailboxBulkCreateRequestPasswordMode | Unset
        if isinstance(_password_mode, Unset):
            password_mode = UNSET
        else:
            password_mode = check_mailbox_bulk_create_request_password_mode(
                _password_mode
            )

        create_app_password = d.pop("create_app_password", UNSET)

        mailbox_bulk_create_request = cls(
            items=items,
            password_mode=password_mode,
            create_app_password=create_app_password,
        )

        return mailbox_bulk_create_request
