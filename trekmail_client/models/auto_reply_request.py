from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="AutoReplyRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AutoReplyRequest:
    """Auto-reply settings.

    Attributes:
        enabled (bool): Turn the auto-reply on or off.
        subject (str | Unset): Subject (needed when enabled).
        body (str | Unset): Body (needed when enabled).
        start_date (datetime.date | None | Unset): First day (`YYYY-MM-DD`).
        end_date (datetime.date | None | Unset): Last day (`YYYY-MM-DD`).
        skip_lists (bool | Unset): Do not answer mailing lists. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    enabled: bool
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    skip_lists: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        try:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            elif isinstance(self.start_date, datetime.date):
                start_date = self.start_date.isoformat()
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
            elif isinstance(self.end_date, datetime.date):
                end_date = self.end_date.isoformat()
            else:
                end_date = self.end_date
        except _parsing.PARSE_ERRORS:
            end_date = self.end_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
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
        if _raw is UNSET:
            enabled = _parsing.missing_field(cls, "enabled", "bool")
        else:
            enabled = _raw
            if not isinstance(_raw, bool):
                enabled = _parsing.field_mismatch(cls, "enabled", "bool", _raw)

        _raw = d.pop("subject", UNSET)
        subject = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            subject = _parsing.field_mismatch(cls, "subject", "str", _raw)

        _raw = d.pop("body", UNSET)
        body = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            body = _parsing.field_mismatch(cls, "body", "str", _raw)

        _raw = d.pop("start_date", UNSET)
        try:

            def _parse_start_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.date.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            start_date = _parse_start_date(_raw)

        except _parsing.PARSE_ERRORS as exc:
            start_date = _parsing.field_mismatch(
                cls, "start_date", "datetime.date | None", _raw, exc
            )
        if (
            start_date is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            start_date = _parsing.field_mismatch(
                cls, "start_date", "datetime.date | None", _raw
            )

        _raw = d.pop("end_date", UNSET)
        try:

            def _parse_end_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.date.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            end_date = _parse_end_date(_raw)

        except _parsing.PARSE_ERRORS as exc:
            end_date = _parsing.field_mismatch(
                cls, "end_date", "datetime.date | None", _raw, exc
            )
        if (
            end_date is _raw
            and _raw is not UNSET
            and not isinstance(_raw, (_NoneType,))
        ):
            end_date = _parsing.field_mismatch(
                cls, "end_date", "datetime.date | None", _raw
            )

        _raw = d.pop("skip_lists", UNSET)
        skip_lists = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            skip_lists = _parsing.field_mismatch(cls, "skip_lists", "bool", _raw)

        instance = cls(
            enabled=enabled,
            subject=subject,
            body=body,
            start_date=start_date,
            end_date=end_date,
            skip_lists=skip_lists,
        )
        instance._raw_json = src_dict
        return instance
