from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveDeviceSecret")


@_attrs_define
class DriveDeviceSecret:
    """A device row with its password, returned once by create and rotate.

    Attributes:
        id (int): Device id (a new row after a rotate).
        label (str | Unset): Label.
        password (None | str | Unset): The WebDAV password (`dsync_...`), shown only once.
        server_url (None | str | Unset): WebDAV server URL.
        rotated_from_device_id (int | None | Unset): The revoked device row (rotate only).
    """

    id: int
    label: str | Unset = UNSET
    password: None | str | Unset = UNSET
    server_url: None | str | Unset = UNSET
    rotated_from_device_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        rotated_from_device_id: int | None | Unset
        if isinstance(self.rotated_from_device_id, Unset):
            rotated_from_device_id = UNSET
        else:
            rotated_from_device_id = self.rotated_from_device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if password is not UNSET:
            field_dict["password"] = password
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if rotated_from_device_id is not UNSET:
            field_dict["rotated_from_device_id"] = rotated_from_device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_server_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_url = _parse_server_url(d.pop("server_url", UNSET))

        def _parse_rotated_from_device_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rotated_from_device_id = _parse_rotated_from_device_id(
            d.pop("rotated_from_device_id", UNSET)
        )

        drive_device_secret = cls(
            id=id,
            label=label,
            password=password,
            server_url=server_url,
            rotated_from_device_id=rotated_from_device_id,
        )

        drive_device_secret.additional_properties = d
        return drive_device_secret

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
