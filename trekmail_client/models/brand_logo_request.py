from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.brand_logo_request_scope import BrandLogoRequestScope
from ..models.brand_logo_request_scope import check_brand_logo_request_scope


T = TypeVar("T", bound="BrandLogoRequest")


@_attrs_define
class BrandLogoRequest:
    """Upload a logo.

    Attributes:
        content_base64 (str): PNG or JPG (ICO also for the favicon), at most 1 MB, no SVG; base64.
        scope (BrandLogoRequestScope | Unset): Scope of the upload (accepted by the API).
    """

    content_base64: str
    scope: BrandLogoRequestScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_base64 = self.content_base64

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_base64": content_base64,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_base64 = d.pop("content_base64")

        _scope = d.pop("scope", UNSET)
        scope: BrandLogoRequestScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_brand_logo_request_scope(_scope)

        brand_logo_request = cls(
            content_base64=content_base64,
            scope=scope,
        )

        return brand_logo_request
