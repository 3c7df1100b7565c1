from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field


if TYPE_CHECKING:
    from ..models.drive_share_link_created import DriveShareLinkCreated


T = TypeVar("T", bound="DriveShareLinkCreateResponse")


@_attrs_define
class DriveShareLinkCreateResponse:
    """The created share link.

    Attributes:
        data (DriveShareLinkCreated): A new share link. `token` is shown only once; later listings never include it.
    """

    data: DriveShareLinkCreated
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drive_share_link_created import DriveShareLinkCreated  # noqa: PLC0415

        d = dict(src_dict)
        data = DriveShareLinkCreated.from_dict(d.pop("data"))

        drive_share_link_create_response = cls(
            data=data,
        )

        drive_share_link_create_response.additional_properties = d
        return drive_share_link_create_response

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
