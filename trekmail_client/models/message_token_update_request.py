from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.message_token_update_request_expires_in import (
    check_message_token_update_request_expires_in,
)
from ..models.message_token_update_request_expires_in import (
    MessageTokenUpdateRequestExpiresIn,
)
from ..models.message_token_update_request_scopes_item import (
    check_message_token_update_request_scopes_item,
)
from ..models.message_token_update_request_scopes_item import (
    MessageTokenUpdateRequestScopesItem,
)


T = TypeVar("T", bound="MessageTokenUpdateRequest")


@_attrs_define
class MessageTokenUpdateRequest:
    """Narrow a message token: give at least one of `scopes`, `expires_in`, `name`. A token is never widened.

    Attributes:
        scopes (list[MessageTokenUpdateRequestScopesItem] | Unset): New scopes: a subset of the current ones, at least
            one.
        expires_in (MessageTokenUpdateRequestExpiresIn | Unset): New lifetime from now; must end sooner than the current
            expiry.
        name (str | Unset): New name.
    """

    scopes: list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET
    expires_in: MessageTokenUpdateRequestExpiresIn | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item: str = scopes_item_data
                scopes.append(scopes_item)

        expires_in: str | Unset = UNSET
        if not isinstance(self.expires_in, Unset):
            expires_in = self.expires_in

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scopes = d.pop("scopes", UNSET)
        scopes: list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = check_message_token_update_request_scopes_item(
                    scopes_item_data
                )

                scopes.append(scopes_item)

        _expires_in = d.pop("expires_in", UNSET)
        expires_in: MessageTokenUpdateRequestExpiresIn | Unset
        if isinstance(_expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = check_message_token_update_request_expires_in(_expires_in)

        name = d.pop("name", UNSET)

        message_token_update_request = cls(
            scopes=scopes,
            expires_in=expires_in,
            name=name,
        )

        return message_token_update_request
