from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="CloudflareTokenRequest")


@_attrs_define
class CloudflareTokenRequest:
    """A Cloudflare API token.

    Attributes:
        api_token (str): Cloudflare API token.
    """

    api_token: str

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_token": api_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_token = d.pop("api_token")

        cloudflare_token_request = cls(
            api_token=api_token,
        )

        return cloudflare_token_request
