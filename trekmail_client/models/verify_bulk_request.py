from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.verify_bulk_request_mode import check_verify_bulk_request_mode
from ..models.verify_bulk_request_mode import VerifyBulkRequestMode
from typing import cast


T = TypeVar("T", bound="VerifyBulkRequest")


@_attrs_define
class VerifyBulkRequest:
    """Start a bulk verification job.

    Attributes:
        emails (list[str]): Addresses (1-50,000).
        name (str | Unset): Job name.
        mode (VerifyBulkRequestMode | Unset): `quick` (1 credit) or `deep` (2 credits; 1 for big free providers).
            Default: 'quick'.
    """

    emails: list[str]
    name: str | Unset = UNSET
    mode: VerifyBulkRequestMode | Unset = "quick"

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emails": emails,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: VerifyBulkRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_verify_bulk_request_mode(_mode)

        verify_bulk_request = cls(
            emails=emails,
            name=name,
            mode=mode,
        )

        return verify_bulk_request
