from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveDevice")


@_attrs_define
class DriveDevice:
    """A Drive sync device (a WebDAV password for rclone, Cyberduck, ...). Never contains the password. The facts also list
    a mailbox binding, timestamps and an active/revoked state, under names they do not give (additional properties).

        Attributes:
            id (int): Device id.
            label (str | Unset): Label.
            scopes (list[str] | Unset): Granted Drive scopes. Known values: `drive:account:read`, `drive:account:write`,
                `drive:account:share`, `drive:account:purge`, `drive:mailbox:read`, `drive:mailbox:write`,
                `drive:mailbox:share`, `drive:mailbox:purge`.
            server_url (None | str | Unset): WebDAV server URL to configure in the client.
    """

    id: int
    label: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    server_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        def _parse_server_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_url = _parse_server_url(d.pop("server_url", UNSET))

        drive_device = cls(
            id=id,
            label=label,
            scopes=scopes,
            server_url=server_url,
        )

        drive_device.additional_properties = d
        return drive_device

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
