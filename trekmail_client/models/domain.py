from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="Domain")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Domain:
    """A domain of the account.

    Attributes:
        id (int): Domain id.
        name (str | Unset): The domain name, e.g. `example.com`. (The overview's example names
            this field `domain`; either may come, so neither is required.)
        domain (str | Unset): The domain name under the key the API overview's example uses; see
            `name`.
        status (str | Unset): Domain status. Known values: `pending_dns`, `active`, `suspended`
            (a plain string so new values parse).
        mail_hosting (str | Unset): `trekmail` (mail hosted here) or `external` (sending only,
            no MX, no mailboxes).
        note (None | str | Unset): Free-text note (at most 120 characters).
        created_at (datetime.datetime | None | Unset): When the domain was added.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    status: str | Unset = UNSET
    mail_hosting: str | Unset = UNSET
    note: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        domain = self.domain
        if domain is not UNSET:
            field_dict["domain"] = domain
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        mail_hosting = self.mail_hosting
        if mail_hosting is not UNSET:
            field_dict["mail_hosting"] = mail_hosting
        try:
            note: None | str | Unset
            if isinstance(self.note, Unset):
                note = UNSET
            else:
                note = self.note
        except _parsing.PARSE_ERRORS:
            note = self.note
        if note is not UNSET:
            field_dict["note"] = note
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
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("domain", UNSET)
        domain = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            domain = _parsing.field_mismatch(cls, "domain", "str", _raw)

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("mail_hosting", UNSET)
        mail_hosting = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            mail_hosting = _parsing.field_mismatch(cls, "mail_hosting", "str", _raw)

        _raw = d.pop("note", UNSET)
        note = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            note = _parsing.field_mismatch(cls, "note", "None | str", _raw)

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

        instance = cls(
            id=id,
            name=name,
            domain=domain,
            status=status,
            mail_hosting=mail_hosting,
            note=note,
            created_at=created_at,
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
