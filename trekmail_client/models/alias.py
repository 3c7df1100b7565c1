from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="Alias")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Alias:
    """A mailbox alias.

    Attributes:
        id (int): Alias id.
        email (None | str | Unset): Full alias address.
        local_part (None | str | Unset): Local part of the alias.
        domain_id (int | None | Unset): Domain of the alias (any active account domain).
        mailbox_id (int | None | Unset): Mailbox the alias delivers to.
        can_receive (bool | None | Unset): Mail to the alias is delivered.
        can_send (bool | None | Unset): The mailbox may send as the alias.
        is_active (bool | None | Unset): The alias is active.
        created_at (datetime.datetime | None | Unset): When the alias was created.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    email: None | str | Unset = UNSET
    local_part: None | str | Unset = UNSET
    domain_id: int | None | Unset = UNSET
    mailbox_id: int | None | Unset = UNSET
    can_receive: bool | None | Unset = UNSET
    can_send: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
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
        try:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
        except _parsing.PARSE_ERRORS:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        try:
            local_part: None | str | Unset
            if isinstance(self.local_part, Unset):
                local_part = UNSET
            else:
                local_part = self.local_part
        except _parsing.PARSE_ERRORS:
            local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        try:
            domain_id: int | None | Unset
            if isinstance(self.domain_id, Unset):
                domain_id = UNSET
            else:
                domain_id = self.domain_id
        except _parsing.PARSE_ERRORS:
            domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        try:
            mailbox_id: int | None | Unset
            if isinstance(self.mailbox_id, Unset):
                mailbox_id = UNSET
            else:
                mailbox_id = self.mailbox_id
        except _parsing.PARSE_ERRORS:
            mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        try:
            can_receive: bool | None | Unset
            if isinstance(self.can_receive, Unset):
                can_receive = UNSET
            else:
                can_receive = self.can_receive
        except _parsing.PARSE_ERRORS:
            can_receive = self.can_receive
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
        try:
            can_send: bool | None | Unset
            if isinstance(self.can_send, Unset):
                can_send = UNSET
            else:
                can_send = self.can_send
        except _parsing.PARSE_ERRORS:
            can_send = self.can_send
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        try:
            is_active: bool | None | Unset
            if isinstance(self.is_active, Unset):
                is_active = UNSET
            else:
                is_active = self.is_active
        except _parsing.PARSE_ERRORS:
            is_active = self.is_active
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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

        _raw = d.pop("email", UNSET)
        email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            email = _parsing.field_mismatch(cls, "email", "None | str", _raw)

        _raw = d.pop("local_part", UNSET)
        local_part = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            local_part = _parsing.field_mismatch(cls, "local_part", "None | str", _raw)

        _raw = d.pop("domain_id", UNSET)
        domain_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            domain_id = _parsing.field_mismatch(cls, "domain_id", "int | None", _raw)

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int | None", _raw)

        _raw = d.pop("can_receive", UNSET)
        can_receive = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            can_receive = _parsing.field_mismatch(
                cls, "can_receive", "bool | None", _raw
            )

        _raw = d.pop("can_send", UNSET)
        can_send = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            can_send = _parsing.field_mismatch(cls, "can_send", "bool | None", _raw)

        _raw = d.pop("is_active", UNSET)
        is_active = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            is_active = _parsing.field_mismatch(cls, "is_active", "bool | None", _raw)

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
            email=email,
            local_part=local_part,
            domain_id=domain_id,
            mailbox_id=mailbox_id,
            can_receive=can_receive,
            can_send=can_send,
            is_active=is_active,
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
