from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="IdentityDeleteRequest")


@_attrs_define
class IdentityDeleteRequest:
    """Optional binding check.

    Attributes:
        external_account_id (int | Unset): Connected external account of a Send-As identity.
    """

    external_account_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_account_id = self.external_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_account_id = d.pop("external_account_id", UNSET)

        identity_delete_request = cls(
            external_account_id=external_account_id,
        )

        return identity_delete_request
