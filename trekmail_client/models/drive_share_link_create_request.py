from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

import datetime


T = TypeVar("T", bound="DriveShareLinkCreateRequest")


@_attrs_define
class DriveShareLinkCreateRequest:
    """Create a public share link for a file.

    Attributes:
        expires_at (datetime.datetime | Unset): When the link expires (ISO-8601). Omitted: no expiry.
        max_downloads (int | Unset): Download limit. Omitted: unlimited.
    """

    expires_at: datetime.datetime | Unset = UNSET
    max_downloads: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        max_downloads = self.max_downloads

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if max_downloads is not UNSET:
            field_dict["max_downloads"] = max_downloads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        max_downloads = d.pop("max_downloads", UNSET)

        drive_share_link_create_request = cls(
            expires_at=expires_at,
            max_downloads=max_downloads,
        )

        return drive_share_link_create_request
