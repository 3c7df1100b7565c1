from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.mailbox_bulk_create_request_password_mode import (
    check_mailbox_bulk_create_request_password_mode,
)
from ..models.mailbox_bulk_create_request_password_mode import (
    MailboxBulkCreateRequestPasswordMode,
)


T = TypeVar("T", bound="MailboxBulkCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxBulkCreateRequest:
    """Create up to 100 mailboxes. The sum of dedicated allocations is checked against the pool (422
    `storage_pool_exceeded`).

    Attributes:
        items (list[MailboxBulkItem]): Mailboxes to create (1-100).
        password_mode (MailboxBulkCreateRequestPasswordMode | Unset): `user_supplied` (each item
            has `password`) or `generated_one_time`. Default: 'user_supplied'.
        create_app_password (bool | Unset): Also mint an app password per mailbox.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    items: list[MailboxBulkItem]
    password_mode: MailboxBulkCreateRequestPasswordMode | Unset = "user_supplied"
    create_app_password: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except _parsing.PARSE_ERRORS:
            items = self.items
        if items is not UNSET:
            field_dict["items"] = items
        try:
            password_mode: str | Unset = UNSET
            if not isinstance(self.password_mode, Unset):
                password_mode = self.password_mode

        except _parsing.PARSE_ERRORS:
            password_mode = self.password_mode
        if password_mode is not UNSET:
            field_dict["password_mode"] = password_mode
        create_app_password = self.create_app_password
        if create_app_password is not UNSET:
            field_dict["create_app_password"] = create_app_password
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("items", UNSET)
        if _raw is UNSET:
            items = _parsing.missing_field(cls, "items", "list[MailboxBulkItem]")
        else:
            if not isinstance(_raw, list):
                items = _parsing.field_mismatch(
                    cls, "items", "list[MailboxBulkItem]", _raw
                )
            else:
                try:
                    items = []
                    _items = _raw
                    for items_item_data in _items:
                        items_item = MailboxBulkItem.from_dict(items_item_data)

                        items.append(items_item)

                except _parsing.PARSE_ERRORS as exc:
                    items = _parsing.field_mismatch(
                        cls, "items", "list[MailboxBulkItem]", _raw, exc
                    )

        _raw = d.pop("password_mode", UNSET)
        try:
            _password_mode = _raw
            password_mode: MailboxBulkCreateRequestPasswordMode | Unset
            if isinstance(_password_mode, Unset):
                password_mode = UNSET
            else:
                password_mode = check_mailbox_bulk_create_request_password_mode(
                    _password_mode
                )

        except _parsing.PARSE_ERRORS as exc:
            password_mode = _parsing.field_mismatch(
                cls, "password_mode", "MailboxBulkCreateRequestPasswordMode", _raw, exc
            )

        _raw = d.pop("create_app_password", UNSET)
        create_app_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            create_app_password = _parsing.field_mismatch(
                cls, "create_app_password", "bool", _raw
            )

        instance = cls(
            items=items,
            password_mode=password_mode,
            create_app_password=create_app_password,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.mailbox_bulk_item import MailboxBulkItem  # noqa: E402
