from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define


if TYPE_CHECKING:
    from ..models.cloudflare_zone_selection import CloudflareZoneSelection


T = TypeVar("T", bound="CloudflareConnectRequest")


@_attrs_define
class CloudflareConnectRequest:
    """Connect zones (the token needs DNS:Edit).

    Attributes:
        api_token (str): Cloudflare API token.
        selected (list[CloudflareZoneSelection]): Zones to connect (1-50).
    """

    api_token: str
    selected: list[CloudflareZoneSelection]

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        selected = []
        for selected_item_data in self.selected:
            selected_item = selected_item_data.to_dict()
            selected.append(selected_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_token": api_token,
                "selected": selected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cloudflare_zone_selection import CloudflareZoneSelection  # noqa: PLC0415

        d = dict(src_dict)
        api_token = d.pop("api_token")

        selected = []
        _selected = d.pop("selected")
        for selected_item_data in _selected:
            selected_item = CloudflareZoneSelection.from_dict(selected_item_data)

            selected.append(selected_item)

        cloudflare_connect_request = cls(
            api_token=api_token,
            selected=selected,
        )

        return cloudflare_connect_request
