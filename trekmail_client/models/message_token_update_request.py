from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
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
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageTokenUpdateRequest:
    """Narrow a message token: give at least one of `scopes`, `expires_in`, `name`. A token is never
    widened.

    Attributes:
        scopes (list[MessageTokenUpdateRequestScopesItem] | Unset): New scopes: a subset of the
            current ones, at least one.
        expires_in (MessageTokenUpdateRequestExpiresIn | Unset): New lifetime from now; must end
            sooner than the current expiry.
        name (str | Unset): New name.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    scopes: list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET
    expires_in: MessageTokenUpdateRequestExpiresIn | Unset = UNSET
    name: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            scopes: list[str] | Unset = UNSET
            if not isinstance(self.scopes, Unset):
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
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
        _raw = d.pop("scopes", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            scopes = _parsing.field_mismatch(
                cls, "scopes", "list[MessageTokenUpdateRequestScopesItem]", _raw
            )
        else:
            try:
                _scopes = _raw
                scopes: list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET
                if _scopes is not UNSET:
                    scopes = []
                    for scopes_item_data in _scopes:
                        scopes_item = check_message_token_update_request_scopes_item(
                            scopes_item_data
                        )

                        scopes.append(scopes_item)

            except _parsing.PARSE_ERRORS as exc:
                scopes = _parsing.field_mismatch(
                    cls,
                    "scopes",
                    "list[MessageTokenUpdateRequestScopesItem]",
                    _raw,
                    exc,
                )

        _raw = d.pop("expires_in", UNSET)
        try:
            _expires_in = _raw
            expires_in: MessageTokenUpdateRequestExpiresIn | Unset
            if isinstance(_expires_in, Unset):
                expires_in = UNSET
            else:
                expires_in = check_message_token_update_request_expires_in(_expires_in)

        except _parsing.PARSE_ERRORS as exc:
            expires_in = _parsing.field_mismatch(
                cls, "expires_in", "MessageTokenUpdateRequestExpiresIn", _raw, exc
            )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        instance = cls(
            scopes=scopes,
            expires_in=expires_in,
            name=name,
        )
        instance._raw_json = src_dict
        return instance
