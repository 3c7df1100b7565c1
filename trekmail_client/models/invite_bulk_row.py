from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="InviteBulkRow")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class InviteBulkRow:
    """One row of a bulk invite.

    Attributes:
        email (None | str | Unset): Address of this row.
        recipient_email (None | str | Unset): Recipient of this row.
        status (str | Unset): Row outcome. Known values: `created`, `failed`.
        id (int | None | Unset): Id of the created invite.
        invite_url (None | str | Unset): Invitation URL of the created invite.
        reason (None | str | Unset): Machine-readable reason of a failed row.
        error (None | str | Unset): Human-readable error of a failed row.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    email: None | str | Unset = UNSET
    recipient_email: None | str | Unset = UNSET
    status: str | Unset = UNSET
    id: int | None | Unset = UNSET
    invite_url: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
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
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
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
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except _parsing.PARSE_ERRORS:
            reason = self.reason
        if reason is not UNSET:
            field_dict["reason"] = reason
        try:
            error: None | str | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error
        except _parsing.PARSE_ERRORS:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
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

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            id = _parsing.field_mismatch(cls, "id", "int | None", _raw)

        _raw = d.pop("invite_url", UNSET)
        invite_url = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            invite_url = _parsing.field_mismatch(cls, "invite_url", "None | str", _raw)

        _raw = d.pop("reason", UNSET)
        reason = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            reason = _parsing.field_mismatch(cls, "reason", "None | str", _raw)

        _raw = d.pop("error", UNSET)
        error = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            error = _parsing.field_mismatch(cls, "error", "None | str", _raw)

        instance = cls(
            email=email,
            recipient_email=recipient_email,
            status=status,
            id=id,
            invite_url=invite_url,
            reason=reason,
            error=error,
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
