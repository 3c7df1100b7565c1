from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.message_token_create_request_expires_in import (
    check_message_token_create_request_expires_in,
)
from ..models.message_token_create_request_expires_in import (
    MessageTokenCreateRequestExpiresIn,
)
from ..models.message_token_create_request_scopes_item import (
    check_message_token_create_request_scopes_item,
)
from ..models.message_token_create_request_scopes_item import (
    MessageTokenCreateRequestScopesItem,
)


T = TypeVar("T", bound="MessageTokenCreateRequest")


@_attrs_define
class MessageTokenCreateRequest:
    """Mint a message token for the mailbox (IMAP must be enabled).

    Attributes:
        name (str): Token name.
        scopes (list[MessageTokenCreateRequestScopesItem]): Scopes to grant (at least one).
        expires_in (MessageTokenCreateRequestExpiresIn | Unset): Lifetime. Default: 'never'.
    """

    name: str
    scopes: list[MessageTokenCreateRequestScopesItem]
    expires_in: MessageTokenCreateRequestExpiresIn | Unset = "never"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        expires_in: str | Unset = UNSET
        if not isinstance(self.expires_in, Unset):
            expires_in = self.expires_in

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = check_message_token_create_request_scopes_item(
                scopes_item_data
            )

            scopes.append(scopes_item)

        _expires_in = d.pop("expires_in", UNSET)
        expires_in: MessageTokenCreateRequestExpiresIn | Unset
        if isinstance(_expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = check_message_token_create_request_expires_in(_expires_in)

        message_token_create_request = cls(
            name=name,
            scopes=scopes,
            expires_in=expires_in,
        )

        return message_token_create_request
