from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET


T = TypeVar("T", bound="CloudflareConnectRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class CloudflareConnectRequest:
    """Connect zones (the token needs DNS:Edit).

    Attributes:
        api_token (str): Cloudflare API token. (secret: never shown in repr)
        selected (list[CloudflareZoneSelection]): Zones to connect (1-50).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    api_token: str = _attrs_field(repr=_parsing.secret_repr)
    selected: list[CloudflareZoneSelection]
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        api_token = self.api_token
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        try:
            selected = []
            for selected_item_data in self.selected:
                selected_item = selected_item_data.to_dict()
                selected.append(selected_item)

        except _parsing.PARSE_ERRORS:
            selected = self.selected
        if selected is not UNSET:
            field_dict["selected"] = selected
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
        _raw = d.pop("api_token", UNSET)
        if _raw is UNSET:
            api_token = _parsing.missing_field(cls, "api_token", "str")
        else:
            api_token = _raw
            if not isinstance(_raw, str):
                api_token = _parsing.field_mismatch(cls, "api_token", "str", _raw)

        _raw = d.pop("selected", UNSET)
        if _raw is UNSET:
            selected = _parsing.missing_field(
                cls, "selected", "list[CloudflareZoneSelection]"
            )
        else:
            if not isinstance(_raw, list):
                selected = _parsing.field_mismatch(
                    cls, "selected", "list[CloudflareZoneSelection]", _raw
                )
            else:
                try:
                    selected = []
                    _selected = _raw
                    for selected_item_data in _selected:
                        selected_item = CloudflareZoneSelection.from_dict(
                            selected_item_data
                        )

                        selected.append(selected_item)

                except _parsing.PARSE_ERRORS as exc:
                    selected = _parsing.field_mismatch(
                        cls, "selected", "list[CloudflareZoneSelection]", _raw, exc
                    )

        instance = cls(
            api_token=api_token,
            selected=selected,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.cloudflare_zone_selection import CloudflareZoneSelection  # noqa: E402
