from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="MeToken")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MeToken:
    """The calling token.

    Attributes:
        id (int | None | Unset): Token id.
        name (None | str | Unset): Token name.
        prefix (None | str | Unset): Visible token prefix (e.g. `tm_live_ab12`).
        scopes (list[str] | Unset): Scopes granted to the token.
        expires_at (datetime.datetime | None | Unset): When the token expires, or null if it
            never does.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        try:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
        except _parsing.PARSE_ERRORS:
            id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except _parsing.PARSE_ERRORS:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            prefix: None | str | Unset
            if isinstance(self.prefix, Unset):
                prefix = UNSET
            else:
                prefix = self.prefix
        except _parsing.PARSE_ERRORS:
            prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        try:
            scopes: list[str] | Unset = UNSET
            if not isinstance(self.scopes, Unset):
                scopes = self.scopes

        except _parsing.PARSE_ERRORS:
            scopes = self.scopes
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        try:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
        except _parsing.PARSE_ERRORS:
            expires_at = self.expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
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
        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            id = _parsing.field_mismatch(cls, "id", "int | None", _raw)

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("prefix", UNSET)
        prefix = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            prefix = _parsing.field_mismatch(cls, "prefix", "None | str", _raw)

        _raw = d.pop("scopes", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            scopes = _parsing.field_mismatch(cls, "scopes", "list[str]", _raw)
        else:
            try:
                scopes = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                scopes = _parsing.field_mismatch(cls, "scopes", "list[str]", _raw, exc)

        _raw = d.pop("expires_at", UNSET)
        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expires_at = _parse_expires_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            expires_at = _parsing.field_mismatch(
                cls, "expires_at", "datetime.datetime | None", _raw, exc
            )
        if (
            expires_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            expires_at = _parsing.field_mismatch(
                cls, "expires_at", "datetime.datetime | None", _raw
            )

        instance = cls(
            id=id,
            name=name,
            prefix=prefix,
            scopes=scopes,
            expires_at=expires_at,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
