from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="MailboxPasswordResult")


@_attrs_define
class MailboxPasswordResult:
    """Result of a password change. Other keys (e.g. `app_passwords_revoked`) are kept as additional properties.

    Attributes:
        status (str | Unset): `updated`.
        sync_pending (bool | Unset): True while the new password is still being synced (then the status code is 202).
    """

    status: str | Unset = UNSET
    sync_pending: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sync_pending = self.sync_pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sync_pending is not UNSET:
            field_dict["sync_pending"] = sync_pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        sync_pending = d.pop("sync_pending", UNSET)

        mailbox_password_result = cls(
            status=status,
            sync_pending=sync_pending,
        )

        mailbox_password_result.additional_properties = d
        return mailbox_password_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
