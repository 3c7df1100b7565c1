from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.smtp_default_update_request_smtp_mode import (
    check_smtp_default_update_request_smtp_mode,
)
from ..models.smtp_default_update_request_smtp_mode import (
    SmtpDefaultUpdateRequestSmtpMode,
)
from typing import cast


T = TypeVar("T", bound="SmtpDefaultUpdateRequest")


@_attrs_define
class SmtpDefaultUpdateRequest:
    """Set the account-wide default SMTP route.

    Attributes:
        smtp_mode (SmtpDefaultUpdateRequestSmtpMode): Default route for new domains.
        smtp_connection_id (int | None | Unset): Saved profile id (required for `profile`).
        apply_to_all (bool | Unset): Also switch every existing domain now.
    """

    smtp_mode: SmtpDefaultUpdateRequestSmtpMode
    smtp_connection_id: int | None | Unset = UNSET
    apply_to_all: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        smtp_mode: str = self.smtp_mode

        smtp_connection_id: int | None | Unset
        if isinstance(self.smtp_connection_id, Unset):
            smtp_connection_id = UNSET
        else:
            smtp_connection_id = self.smtp_connection_id

        apply_to_all = self.apply_to_all

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "smtp_mode": smtp_mode,
            }
        )
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id
        if apply_to_all is not UNSET:
            field_dict["apply_to_all"] = apply_to_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smtp_mode = check_smtp_default_update_request_smtp_mode(d.pop("smtp_mode"))

        def _parse_smtp_connection_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        smtp_connection_id = _parse_smtp_connection_id(
            d.pop("smtp_connection_id", UNSET)
        )

        apply_to_all = d.pop("apply_to_all", UNSET)

        smtp_default_update_request = cls(
            smtp_mode=smtp_mode,
            smtp_connection_id=smtp_connection_id,
            apply_to_all=apply_to_all,
        )

        return smtp_default_update_request
