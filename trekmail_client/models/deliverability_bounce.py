from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DeliverabilityBounce")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DeliverabilityBounce:
    """One bounced recipient. Keys from TrekMail's public Deliverability and Bounces guide; every key
    is optional and nullable, other keys (among them `smtp_status_code`, whose type the guide does
    not show) are kept.

    Attributes:
        recipient_email (None | str | Unset): The recipient that bounced.
        event_type (None | str | Unset): The kind of bounce. Known values: `hard`, `soft`.
        smtp_response (None | str | Unset): The receiver's SMTP response (RFC 1918 addresses
            masked).
        occurred_at (None | str | Unset): When the bounce happened (the format is not stated).
        mailbox_id (int | None | Unset): The sending mailbox's id.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    recipient_email: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    smtp_response: None | str | Unset = UNSET
    occurred_at: None | str | Unset = UNSET
    mailbox_id: int | None | Unset = UNSET
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
            event_type: None | str | Unset
            if isinstance(self.event_type, Unset):
                event_type = UNSET
            else:
                event_type = self.event_type
        except _parsing.PARSE_ERRORS:
            event_type = self.event_type
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        try:
            smtp_response: None | str | Unset
            if isinstance(self.smtp_response, Unset):
                smtp_response = UNSET
            else:
                smtp_response = self.smtp_response
        except _parsing.PARSE_ERRORS:
            smtp_response = self.smtp_response
        if smtp_response is not UNSET:
            field_dict["smtp_response"] = smtp_response
        try:
            occurred_at: None | str | Unset
            if isinstance(self.occurred_at, Unset):
                occurred_at = UNSET
            else:
                occurred_at = self.occurred_at
        except _parsing.PARSE_ERRORS:
            occurred_at = self.occurred_at
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
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
        _raw = d.pop("recipient_email", UNSET)
        recipient_email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            recipient_email = _parsing.field_mismatch(
                cls, "recipient_email", "None | str", _raw
            )

        _raw = d.pop("event_type", UNSET)
        event_type = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            event_type = _parsing.field_mismatch(cls, "event_type", "None | str", _raw)

        _raw = d.pop("smtp_response", UNSET)
        smtp_response = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            smtp_response = _parsing.field_mismatch(
                cls, "smtp_response", "None | str", _raw
            )

        _raw = d.pop("occurred_at", UNSET)
        occurred_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            occurred_at = _parsing.field_mismatch(
                cls, "occurred_at", "None | str", _raw
            )

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int | None", _raw)

        instance = cls(
            recipient_email=recipient_email,
            event_type=event_type,
            smtp_response=smtp_response,
            occurred_at=occurred_at,
            mailbox_id=mailbox_id,
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
