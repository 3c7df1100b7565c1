from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.app_password import AppPassword


T = TypeVar("T", bound="AppPasswordList")


@_attrs_define
class AppPasswordList:
    """A mailbox's app passwords.

    Attributes:
        data (list[AppPassword]):
        mailbox_id (int | None | Unset): The mailbox.
        client_auth_mode (None | str | Unset): Known values: `app_password_only`, `password_or_app_password`.
        limit (int | None | Unset): Most active app passwords allowed (25).
        active_count (int | None | Unset): Active app passwords.
    """

    data: list[AppPassword]
    mailbox_id: int | None | Unset = UNSET
    client_auth_mode: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    active_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        mailbox_id: int | None | Unset
        if isinstance(self.mailbox_id, Unset):
            mailbox_id = UNSET
        else:
            mailbox_id = self.mailbox_id

        client_auth_mode: None | str | Unset
        if isinstance(self.client_auth_mode, Unset):
            client_auth_mode = UNSET
        else:
            client_auth_mode = self.client_auth_mode

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        active_count: int | None | Unset
        if isinstance(self.active_count, Unset):
            active_count = UNSET
        else:
            active_count = self.active_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if client_auth_mode is not UNSET:
            field_dict["client_auth_mode"] = client_auth_mode
        if limit is not UNSET:
            field_dict["limit"] = limit
        if active_count is not UNSET:
            field_dict["active_count"] = active_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_password import AppPassword  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AppPassword.from_dict(data_item_data)

            data.append(data_item)

        def _parse_mailbox_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mailbox_id = _parse_mailbox_id(d.pop("mailbox_id", UNSET))

        def _parse_client_auth_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_auth_mode = _parse_client_auth_mode(d.pop("client_auth_mode", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_active_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_count = _parse_active_count(d.pop("active_count", UNSET))

        app_password_list = cls(
            data=data,
            mailbox_id=mailbox_id,
            client_auth_mode=client_auth_mode,
            limit=limit,
            active_count=active_count,
        )

        app_password_list.additional_properties = d
        return app_password_list

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
