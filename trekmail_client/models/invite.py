from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="Invite")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class Invite:
    """A mailbox invite.

    Attributes:
        id (int): Invite id.
        status (None | str | Unset): Invite status, e.g. `pending`.
        invite_url (None | str | Unset): The invitation URL (a replay returns `<redacted>`).
        email (None | str | Unset): The address the mailbox will get.
        recipient_email (None | str | Unset): Who received the invitation.
        storage_allocation_mb (int | None | Unset): Dedicated allocation in MB, or null for the
            shared pool.
        expires_at (datetime.datetime | None | Unset): When the invite expires.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    status: None | str | Unset = UNSET
    invite_url: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    recipient_email: None | str | Unset = UNSET
    storage_allocation_mb: int | None | Unset = UNSET
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
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
        except _parsing.PARSE_ERRORS:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            invite_url: None | str | Unset
            if isinstance(self.invite_url, Unset):
                invite_url = UNSET
            else:
                invite_url = self.invite_url
        except _parsing.PARSE_ERRORS:
            invite_url = self.invite_url
        if invite_url is not UNSET:
            field_dict["invite_url"] = invite_url
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
            recipient_email: None | str | Unset
            if isinstance(self.recipient_email, Unset):
                recipient_email = UNSET
            else:
                recipient_email = self.recipient_email
        except _parsing.PARSE_ERRORS:
            recipient_email = self.recipient_email
        if recipient_email is not UNSET:
            field_dict["recipient_email"] = recipient_email
        try:
            storage_allocation_mb: int | None | Unset
            if isinstance(self.storage_allocation_mb, Unset):
                storage_allocation_mb = UNSET
            else:
                storage_allocation_mb = self.storage_allocation_mb
        except _parsing.PARSE_ERRORS:
            storage_allocation_mb = self.storage_allocation_mb
        if storage_allocation_mb is not UNSET:
            field_dict["storage_allocation_mb"] = storage_allocation_mb
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
        if _raw is UNSET:
            id = _parsing.missing_field(cls, "id", "int")
        else:
            id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            status = _parsing.field_mismatch(cls, "status", "None | str", _raw)

        _raw = d.pop("invite_url", UNSET)
        invite_url = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            invite_url = _parsing.field_mismatch(cls, "invite_url", "None | str", _raw)

        _raw = d.pop("email", UNSET)
        email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            email = _parsing.field_mismatch(cls, "email", "None | str", _raw)

        _raw = d.pop("recipient_email", UNSET)
        recipient_email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            recipient_email = _parsing.field_mismatch(
                cls, "recipient_email", "None | str", _raw
            )

        _raw = d.pop("storage_allocation_mb", UNSET)
        storage_allocation_mb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            storage_allocation_mb = _parsing.field_mismatch(
                cls, "storage_allocation_mb", "int | None", _raw
            )

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
            status=status,
            invite_url=invite_url,
            email=email,
            recipient_email=recipient_email,
            storage_allocation_mb=storage_allocation_mb,
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
