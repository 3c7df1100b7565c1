from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
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
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageTokenCreateRequest:
    """Mint a message token for the mailbox (IMAP must be enabled).

    Attributes:
        name (str): Token name.
        scopes (list[MessageTokenCreateRequestScopesItem]): Scopes to grant (at least one).
        expires_in (MessageTokenCreateRequestExpiresIn | Unset): Lifetime. Default: 'never'.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: str
    scopes: list[MessageTokenCreateRequestScopesItem]
    expires_in: MessageTokenCreateRequestExpiresIn | Unset = "never"
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item: str = scopes_item_data
                scopes.append(scopes_item)

        except _parsing.PARSE_ERRORS:
            scopes = self.scopes
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        try:
            expires_in: str | Unset = UNSET
            if not isinstance(self.expires_in, Unset):
                expires_in = self.expires_in

        except _parsing.PARSE_ERRORS:
            expires_in = self.expires_in
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
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
        _raw = d.pop("name", UNSET)
        if _raw is UNSET:
            name = _parsing.missing_field(cls, "name", "str")
        else:
            name = _raw
            if not isinstance(_raw, str):
                name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("scopes", UNSET)
        if _raw is UNSET:
            scopes = _parsing.missing_field(
                cls, "scopes", "list[MessageTokenCreateRequestScopesItem]"
            )
        else:
            if not isinstance(_raw, list):
                scopes = _parsing.field_mismatch(
                    cls, "scopes", "list[MessageTokenCreateRequestScopesItem]", _raw
                )
            else:
                try:
                    scopes = []
                    _scopes = _raw
                    for scopes_item_data in _scopes:
                        scopes_item = check_message_token_create_request_scopes_item(
                            scopes_item_data
                        )

                        scopes.append(scopes_item)

                except _parsing.PARSE_ERRORS as exc:
                    scopes = _parsing.field_mismatch(
                        cls,
                        "scopes",
                        "list[MessageTokenCreateRequestScopesItem]",
                        _raw,
                        exc,
                    )

        _raw = d.pop("expires_in", UNSET)
        try:
            _expires_in = _raw
            expires_in: MessageTokenCreateRequestExpiresIn | Unset
            if isinstance(_expires_in, Unset):
                expires_in = UNSET
            else:
                expires_in = check_message_token_create_request_expires_in(_expires_in)

        except _parsing.PARSE_ERRORS as exc:
            expires_in = _parsing.field_mismatch(
                cls, "expires_in", "MessageTokenCreateRequestExpiresIn", _raw, exc
            )

        instance = cls(
            name=name,
            scopes=scopes,
            expires_in=expires_in,
        )
        instance._raw_json = src_dict
        return instance
