from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="ReportHamRequest")


@_attrs_define
class ReportHamRequest:
    """Report a message as not spam.

    Attributes:
        folder (str | Unset): Source folder (default Junk).
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

        report_ham_request = cls(
            folder=folder,
        )

        return report_ham_request
