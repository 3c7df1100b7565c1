from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="AppPassword")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AppPassword:
    """An app password (the secret is never returned here).

    Attributes:
        id (int): App password id.
        name (None | str | Unset): Label.
        created_at (datetime.datetime | None | Unset): Creation time.
        created_via (None | str | Unset): How it was created (e.g. API or dashboard).
        last_used_at (datetime.datetime | None | Unset): Last use.
        last_used_ip (None | str | Unset): IP address of the last use.
        last_used_protocol (None | str | Unset): Protocol of the last use (e.g. IMAP, SMTP).
        revoked_at (datetime.datetime | None | Unset): Revocation time.
        revoked_reason (None | str | Unset): Why it was revoked.
        active (bool | None | Unset): True while it can be used.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    name: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_via: None | str | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    last_used_ip: None | str | Unset = UNSET
    last_used_protocol: None | str | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    revoked_reason: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
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
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except _parsing.PARSE_ERRORS:
            created_at = self.created_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        try:
            created_via: None | str | Unset
            if isinstance(self.created_via, Unset):
                created_via = UNSET
            else:
                created_via = self.created_via
        except _parsing.PARSE_ERRORS:
            created_via = self.created_via
        if created_via is not UNSET:
            field_dict["created_via"] = created_via
        try:
            last_used_at: None | str | Unset
            if isinstance(self.last_used_at, Unset):
                last_used_at = UNSET
            elif isinstance(self.last_used_at, datetime.datetime):
                last_used_at = self.last_used_at.isoformat()
            else:
                last_used_at = self.last_used_at
        except _parsing.PARSE_ERRORS:
            last_used_at = self.last_used_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        try:
            last_used_ip: None | str | Unset
            if isinstance(self.last_used_ip, Unset):
                last_used_ip = UNSET
            else:
                last_used_ip = self.last_used_ip
        except _parsing.PARSE_ERRORS:
            last_used_ip = self.last_used_ip
        if last_used_ip is not UNSET:
            field_dict["last_used_ip"] = last_used_ip
        try:
            last_used_protocol: None | str | Unset
            if isinstance(self.last_used_protocol, Unset):
                last_used_protocol = UNSET
            else:
                last_used_protocol = self.last_used_protocol
        except _parsing.PARSE_ERRORS:
            last_used_protocol = self.last_used_protocol
        if last_used_protocol is not UNSET:
            field_dict["last_used_protocol"] = last_used_protocol
        try:
            revoked_at: None | str | Unset
            if isinstance(self.revoked_at, Unset):
                revoked_at = UNSET
            elif isinstance(self.revoked_at, datetime.datetime):
                revoked_at = self.revoked_at.isoformat()
            else:
                revoked_at = self.revoked_at
        except _parsing.PARSE_ERRORS:
            revoked_at = self.revoked_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        try:
            revoked_reason: None | str | Unset
            if isinstance(self.revoked_reason, Unset):
                revoked_reason = UNSET
            else:
                revoked_reason = self.revoked_reason
        except _parsing.PARSE_ERRORS:
            revoked_reason = self.revoked_reason
        if revoked_reason is not UNSET:
            field_dict["revoked_reason"] = revoked_reason
        try:
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active
        except _parsing.PARSE_ERRORS:
            active = self.active
        if active is not UNSET:
            field_dict["active"] = active
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
        if _raw is UNSET:
            id = _parsing.missing_field(cls, "id", "int")
        else:
            id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("created_at", UNSET)
        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_at = _parse_created_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            created_at = _parsing.field_mismatch(
                cls, "created_at", "datetime.datetime | None", _raw, exc
            )
        if (
            created_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            created_at = _parsing.field_mismatch(
                cls, "created_at", "datetime.datetime | None", _raw
            )

        _raw = d.pop("created_via", UNSET)
        created_via = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            created_via = _parsing.field_mismatch(
                cls, "created_via", "None | str", _raw
            )

        _raw = d.pop("last_used_at", UNSET)
        try:

            def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_used_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_used_at = _parse_last_used_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            last_used_at = _parsing.field_mismatch(
                cls, "last_used_at", "datetime.datetime | None", _raw, exc
            )
        if (
            last_used_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            last_used_at = _parsing.field_mismatch(
                cls, "last_used_at", "datetime.datetime | None", _raw
            )

        _raw = d.pop("last_used_ip", UNSET)
        last_used_ip = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            last_used_ip = _parsing.field_mismatch(
                cls, "last_used_ip", "None | str", _raw
            )

        _raw = d.pop("last_used_protocol", UNSET)
        last_used_protocol = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            last_used_protocol = _parsing.field_mismatch(
                cls, "last_used_protocol", "None | str", _raw
            )

        _raw = d.pop("revoked_at", UNSET)
        try:

            def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                    return revoked_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            revoked_at = _parse_revoked_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            revoked_at = _parsing.field_mismatch(
                cls, "revoked_at", "datetime.datetime | None", _raw, exc
            )
        if (
            revoked_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            revoked_at = _parsing.field_mismatch(
                cls, "revoked_at", "datetime.datetime | None", _raw
            )

        _raw = d.pop("revoked_reason", UNSET)
        revoked_reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            revoked_reason = _parsing.field_mismatch(
                cls, "revoked_reason", "None | str", _raw
            )

        _raw = d.pop("active", UNSET)
        active = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            active = _parsing.field_mismatch(cls, "active", "bool | None", _raw)

        instance = cls(
            id=id,
            name=name,
            created_at=created_at,
            created_via=created_via,
            last_used_at=last_used_at,
            last_used_ip=last_used_ip,
            last_used_protocol=last_used_protocol,
            revoked_at=revoked_at,
            revoked_reason=revoked_reason,
            active=active,
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
