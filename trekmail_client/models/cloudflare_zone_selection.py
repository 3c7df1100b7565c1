from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="CloudflareZoneSelection")


@_attrs_define
class CloudflareZoneSelection:
    """A zone to connect.

    Attributes:
        zone_id (str): Cloudflare zone id.
        zone_name (str): Zone name.
        trekmail_domain_id (int | None | Unset): Existing TrekMail domain; null or omitted creates one.
    """

    zone_id: str
    zone_name: str
    trekmail_domain_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        zone_id = self.zone_id

        zone_name = self.zone_name

        trekmail_domain_id: int | None | Unset
        if isinstance(self.trekmail_domain_id, Unset):
            trekmail_domain_id = UNSET
        else:
            trekmail_domain_id = self.trekmail_domain_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "zone_id": zone_id,
                "zone_name": zone_name,
            }
        )
        if trekmail_domain_id is not UNSET:
            field_dict["trekmail_domain_id"] = trekmail_domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zone_id = d.pop("zone_id")

        zone_name = d.pop("zone_name")

        def _parse_trekmail_domain_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trekmail_domain_id = _parse_trekmail_domain_id(
            d.pop("trekmail_domain_id", UNSET)
        )

        cloudflare_zone_selection = cls(
            zone_id=zone_id,
            zone_name=zone_name,
            trekmail_domain_id=trekmail_domain_id,
        )

        return cloudflare_zone_selection
