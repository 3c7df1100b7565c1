from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.brand_logo_request_scope import BrandLogoRequestScope
from ..models.brand_logo_request_scope import check_brand_logo_request_scope


T = TypeVar("T", bound="BrandLogoRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class BrandLogoRequest:
    """Upload a logo.

    Attributes:
        content_base64 (str): PNG or JPG (ICO also for the favicon), at most 1 MB, no SVG;
            base64.
        scope (BrandLogoRequestScope | Unset): Scope of the upload (accepted by the API).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    content_base64: str
    scope: BrandLogoRequestScope | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        content_base64 = self.content_base64
        if content_base64 is not UNSET:
            field_dict["content_base64"] = content_base64
        try:
            scope: str | Unset = UNSET
            if not isinstance(self.scope, Unset):
                scope = self.scope

        except _parsing.PARSE_ERRORS:
            scope = self.scope
        if scope is not UNSET:
            field_dict["scope"] = scope
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("content_base64", UNSET)
        if _raw is UNSET:
            content_base64 = _parsing.missing_field(cls, "content_base64", "str")
        else:
            content_base64 = _raw
            if not isinstance(_raw, str):
                content_base64 = _parsing.field_mismatch(
                    cls, "content_base64", "str", _raw
                )

        _raw = d.pop("scope", UNSET)
        try:
            _scope = _raw
            scope: BrandLogoRequestScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = check_brand_logo_request_scope(_scope)

        except _parsing.PARSE_ERRORS as exc:
            scope = _parsing.field_mismatch(
                cls, "scope", "BrandLogoRequestScope", _raw, exc
            )

        instance = cls(
            content_base64=content_base64,
            scope=scope,
        )
        instance._raw_json = src_dict
        return instance
