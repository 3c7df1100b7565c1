from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="CloudflareZoneSelection")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class CloudflareZoneSelection:
    """A zone to connect.

    Attributes:
        zone_id (str): Cloudflare zone id.
        zone_name (str): Zone name.
        trekmail_domain_id (int | None | Unset): Existing TrekMail domain; null or omitted
            creates one.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    zone_id: str
    zone_name: str
    trekmail_domain_id: int | None | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        zone_id = self.zone_id
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id
        zone_name = self.zone_name
        if zone_name is not UNSET:
            field_dict["zone_name"] = zone_name
        try:
            trekmail_domain_id: int | None | Unset
            if isinstance(self.trekmail_domain_id, Unset):
                trekmail_domain_id = UNSET
            else:
                trekmail_domain_id = self.trekmail_domain_id
        except _parsing.PARSE_ERRORS:
            trekmail_domain_id = self.trekmail_domain_id
        if trekmail_domain_id is not UNSET:
            field_dict["trekmail_domain_id"] = trekmail_domain_id
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
        _raw = d.pop("zone_id", UNSET)
        if _raw is UNSET:
            zone_id = _parsing.missing_field(cls, "zone_id", "str")
        else:
            zone_id = _raw
            if not isinstance(_raw, str):
                zone_id = _parsing.field_mismatch(cls, "zone_id", "str", _raw)

        _raw = d.pop("zone_name", UNSET)
        if _raw is UNSET:
            zone_name = _parsing.missing_field(cls, "zone_name", "str")
        else:
            zone_name = _raw
            if not isinstance(_raw, str):
                zone_name = _parsing.field_mismatch(cls, "zone_name", "str", _raw)

        _raw = d.pop("trekmail_domain_id", UNSET)
        trekmail_domain_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            trekmail_domain_id = _parsing.field_mismatch(
                cls, "trekmail_domain_id", "int | None", _raw
            )

        instance = cls(
            zone_id=zone_id,
            zone_name=zone_name,
            trekmail_domain_id=trekmail_domain_id,
        )
        instance._raw_json = src_dict
        return instance
