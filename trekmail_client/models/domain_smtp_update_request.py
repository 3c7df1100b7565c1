from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.domain_smtp_update_request_smtp_mode import (
    check_domain_smtp_update_request_smtp_mode,
)
from ..models.domain_smtp_update_request_smtp_mode import (
    DomainSmtpUpdateRequestSmtpMode,
)
from typing import cast


T = TypeVar("T", bound="DomainSmtpUpdateRequest")


@_attrs_define
class DomainSmtpUpdateRequest:
    """Set the domain's SMTP route.

    Attributes:
        smtp_mode (DomainSmtpUpdateRequestSmtpMode): Route.
        smtp_connection_id (int | None | Unset): Saved profile id (required when `smtp_mode` is `profile`).
        set_account_default (bool | Unset): Also make this route the account default for new domains.
        apply_to_all (bool | Unset): Switch every domain to this route now (one-time).
    """

    smtp_mode: DomainSmtpUpdateRequestSmtpMode
    smtp_connection_id: int | None | Unset = UNSET
    set_account_default: bool | Unset = UNSET
    apply_to_all: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        smtp_mode: str = self.smtp_mode

        smtp_connection_id: int | None | Unset
        if isinstance(self.smtp_connection_id, Unset):
            smtp_connection_id = UNSET
        else:
            smtp_connection_id = self.smtp_connection_id

        set_account_default = self.set_account_default

        apply_to_all = self.apply_to_all

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "smtp_mode": smtp_mode,
            }
        )
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id
        if set_account_default is not UNSET:
            field_dict["set_account_default"] = set_account_default
        if apply_to_all is not UNSET:
            field_dict["apply_to_all"] = apply_to_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smtp_mode = check_domain_smtp_update_request_smtp_mode(d.pop("smtp_mode"))

        def _parse_smtp_connection_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        smtp_connection_id = _parse_smtp_connection_id(
            d.pop("smtp_connection_id", UNSET)
        )

        set_account_default = d.pop("set_account_default", UNSET)

        apply_to_all = d.pop("apply_to_all", UNSET)

        domain_smtp_update_request = cls(
            smtp_mode=smtp_mode,
            smtp_connection_id=smtp_connection_id,
            set_account_default=set_account_default,
            apply_to_all=apply_to_all,
        )

        return domain_smtp_update_request
