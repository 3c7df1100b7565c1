from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="ExternalAccountRetestRequest")


@_attrs_define
class ExternalAccountRetestRequest:
    """Empty object (the official client sends `{}`)."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        external_account_retest_request = cls()

        return external_account_retest_request
