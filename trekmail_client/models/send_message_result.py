from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="SendMessageResult")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SendMessageResult:
    """The message was accepted for delivery.

    Attributes:
        status (str | Unset): `queued`: accepted, not yet sent.
        message_id (None | str | Unset): Message-Id of the queued message.
        queued_at (datetime.datetime | None | Unset): When it was queued.
        request_id (None | str | Unset): Delivery request id (track the delivery with it).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    status: str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    queued_at: datetime.datetime | None | Unset = UNSET
    request_id: None | str | Unset = UNSET
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
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        try:
            message_id: None | str | Unset
            if isinstance(self.message_id, Unset):
                message_id = UNSET
            else:
                message_id = self.message_id
        except _parsing.PARSE_ERRORS:
            message_id = self.message_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        try:
            queued_at: None | str | Unset
            if isinstance(self.queued_at, Unset):
                queued_at = UNSET
            elif isinstance(self.queued_at, datetime.datetime):
                queued_at = self.queued_at.isoformat()
            else:
                queued_at = self.queued_at
        except _parsing.PARSE_ERRORS:
            queued_at = self.queued_at
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        try:
            request_id: None | str | Unset
            if isinstance(self.request_id, Unset):
                request_id = UNSET
            else:
                request_id = self.request_id
        except _parsing.PARSE_ERRORS:
            request_id = self.request_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
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
        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("message_id", UNSET)
        message_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            message_id = _parsing.field_mismatch(cls, "message_id", "None | str", _raw)

        _raw = d.pop("queued_at", UNSET)
        try:

            def _parse_queued_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    queued_at_type_0 = datetime.datetime.fromisoformat(data)

                    return queued_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            queued_at = _parse_queued_at(_raw)

        except _parsing.PARSE_ERRORS as exc:
            queued_at = _parsing.field_mismatch(
                cls, "queued_at", "datetime.datetime | None", _raw, exc
            )
        if (
            queued_at is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            queued_at = _parsing.field_mismatch(
                cls, "queued_at", "datetime.datetime | None", _raw
            )

        _raw = d.pop("request_id", UNSET)
        request_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            request_id = _parsing.field_mismatch(cls, "request_id", "None | str", _raw)

        instance = cls(
            status=status,
            message_id=message_id,
            queued_at=queued_at,
            request_id=request_id,
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
