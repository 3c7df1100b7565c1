from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AutoReply")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AutoReply:
    """Auto-reply settings. The keys mirror the request fields; every key is optional and extra keys
    are kept.

    Attributes:
        enabled (bool | None | Unset): The auto-reply is on.
        subject (None | str | Unset): Subject.
        body (None | str | Unset): Body.
        start_date (None | str | Unset): First day (`YYYY-MM-DD`).
        end_date (None | str | Unset): Last day (`YYYY-MM-DD`).
        skip_lists (bool | None | Unset): Mailing lists get no reply.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    enabled: bool | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    skip_lists: bool | None | Unset = UNSET
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
            enabled: bool | None | Unset
            if isinstance(self.enabled, Unset):
                enabled = UNSET
            else:
                enabled = self.enabled
        except _parsing.PARSE_ERRORS:
            enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        try:
            subject: None | str | Unset
            if isinstance(self.subject, Unset):
                subject = UNSET
            else:
                subject = self.subject
        except _parsing.PARSE_ERRORS:
            subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        try:
            body: None | str | Unset
            if isinstance(self.body, Unset):
                body = UNSET
            else:
                body = self.body
        except _parsing.PARSE_ERRORS:
            body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        try:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            else:
                start_date = self.start_date
        except _parsing.PARSE_ERRORS:
            start_date = self.start_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        try:
            end_date: None | str | Unset
            if isinstance(self.end_date, Unset):
                end_date = UNSET
            else:
                end_date = self.end_date
        except _parsing.PARSE_ERRORS:
            end_date = self.end_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        try:
            skip_lists: bool | None | Unset
            if isinstance(self.skip_lists, Unset):
                skip_lists = UNSET
            else:
                skip_lists = self.skip_lists
        except _parsing.PARSE_ERRORS:
            skip_lists = self.skip_lists
        if skip_lists is not UNSET:
            field_dict["skip_lists"] = skip_lists
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
        _raw = d.pop("enabled", UNSET)
        enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            enabled = _parsing.field_mismatch(cls, "enabled", "bool | None", _raw)

        _raw = d.pop("subject", UNSET)
        subject = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            subject = _parsing.field_mismatch(cls, "subject", "None | str", _raw)

        _raw = d.pop("body", UNSET)
        body = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            body = _parsing.field_mismatch(cls, "body", "None | str", _raw)

        _raw = d.pop("start_date", UNSET)
        start_date = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            start_date = _parsing.field_mismatch(cls, "start_date", "None | str", _raw)

        _raw = d.pop("end_date", UNSET)
        end_date = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            end_date = _parsing.field_mismatch(cls, "end_date", "None | str", _raw)

        _raw = d.pop("skip_lists", UNSET)
        skip_lists = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            skip_lists = _parsing.field_mismatch(cls, "skip_lists", "bool | None", _raw)

        instance = cls(
            enabled=enabled,
            subject=subject,
            body=body,
            start_date=start_date,
            end_date=end_date,
            skip_lists=skip_lists,
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
