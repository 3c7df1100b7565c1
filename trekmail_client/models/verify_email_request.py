from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.verify_email_request_mode import check_verify_email_request_mode
from ..models.verify_email_request_mode import VerifyEmailRequestMode


T = TypeVar("T", bound="VerifyEmailRequest")


@_attrs_define
class VerifyEmailRequest:
    """Verify one address.

    Attributes:
        email (str): Address to verify.
        mode (VerifyEmailRequestMode | Unset): `quick` (1 credit) or `deep` (2 credits; 1 for big free providers).
            Default: 'quick'.
    """

    email: str
    mode: VerifyEmailRequestMode | Unset = "quick"

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        _mode = d.pop("mode", UNSET)
        mode: VerifyEmailRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_verify_email_request_mode(_mode)

        verify_email_request = cls(
            email=email,
            mode=mode,
        )

        return verify_email_request
