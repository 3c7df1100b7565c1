from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="AutoReplyRequest")


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
    """

    enabled: bool
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    skip_lists: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        subject = self.subject

        body = self.body

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        skip_lists = self.skip_lists

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if skip_lists is not UNSET:
            field_dict["skip_lists"] = skip_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

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

        start_date = _parse_start_date(d.pop("start_date", UNSET))

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

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        skip_lists = d.pop("skip_lists", UNSET)

        auto_reply_request = cls(
            enabled=enabled,
            subject=subject,
            body=body,
            start_date=start_date,
            end_date=end_date,
            skip_lists=skip_lists,
        )

        return auto_reply_request
