from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="ReportSpamRequest")


@_attrs_define
class ReportSpamRequest:
    """Report a message as spam.

    Attributes:
        folder (str | Unset): Source folder (default INBOX).
    """

    folder: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder = d.pop("folder", UNSET)

        report_spam_request = cls(
            folder=folder,
        )

        return report_spam_request
