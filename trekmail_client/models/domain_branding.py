from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainBranding")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainBranding:
    """Per-domain branding. Also carries `hosts`, `dns_records` (the CNAMEs to create) and the DNS
    records still pending, whose shapes the facts do not state.

    Attributes:
        mode (str | Unset): Branding mode. Known values: `off`, `inherit`, `custom`.
        white_label_addon_active (bool | Unset): Whether the White Label add-on is active
            (branded hosts go live only then).
        brand (DomainBrandingBrand | Unset): The brand identity (name, colours, logos, ...);
            only `logo_url` is named by the facts.
        cname_target (None | str | Unset): Where the branded hosts point, `wl.trekmail.net`.
        mail_zone (DomainBrandingMailZone | Unset): Branded mail zone state. Also carries its
            DNS `records` (shape not stated).
        dav_ready (bool | Unset): Whether the branded DAV hosts are ready.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    mode: str | Unset = UNSET
    white_label_addon_active: bool | Unset = UNSET
    brand: DomainBrandingBrand | Unset = UNSET
    cname_target: None | str | Unset = UNSET
    mail_zone: DomainBrandingMailZone | Unset = UNSET
    dav_ready: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = mode
        white_label_addon_active = self.white_label_addon_active
        if white_label_addon_active is not UNSET:
            field_dict["white_label_addon_active"] = white_label_addon_active
        try:
            brand: dict[str, Any] | Unset = UNSET
            if not isinstance(self.brand, Unset):
                brand = self.brand.to_dict()
        except _parsing.PARSE_ERRORS:
            brand = self.brand
        if brand is not UNSET:
            field_dict["brand"] = brand
        try:
            cname_target: None | str | Unset
            if isinstance(self.cname_target, Unset):
                cname_target = UNSET
            else:
                cname_target = self.cname_target
        except _parsing.PARSE_ERRORS:
            cname_target = self.cname_target
        if cname_target is not UNSET:
            field_dict["cname_target"] = cname_target
        try:
            mail_zone: dict[str, Any] | Unset = UNSET
            if not isinstance(self.mail_zone, Unset):
                mail_zone = self.mail_zone.to_dict()
        except _parsing.PARSE_ERRORS:
            mail_zone = self.mail_zone
        if mail_zone is not UNSET:
            field_dict["mail_zone"] = mail_zone
        dav_ready = self.dav_ready
        if dav_ready is not UNSET:
            field_dict["dav_ready"] = dav_ready
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
        _raw = d.pop("mode", UNSET)
        mode = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            mode = _parsing.field_mismatch(cls, "mode", "str", _raw)

        _raw = d.pop("white_label_addon_active", UNSET)
        white_label_addon_active = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            white_label_addon_active = _parsing.field_mismatch(
                cls, "white_label_addon_active", "bool", _raw
            )

        _raw = d.pop("brand", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            brand = _parsing.not_an_object(
                DomainBrandingBrand, _raw, where=f"{cls.__name__}.brand"
            )
        else:
            _brand = _raw
            brand: DomainBrandingBrand | Unset
            if isinstance(_brand, Unset):
                brand = UNSET
            else:
                brand = DomainBrandingBrand.from_dict(_brand)

        _raw = d.pop("cname_target", UNSET)
        cname_target = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            cname_target = _parsing.field_mismatch(
                cls, "cname_target", "None | str", _raw
            )

        _raw = d.pop("mail_zone", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            mail_zone = _parsing.not_an_object(
                DomainBrandingMailZone, _raw, where=f"{cls.__name__}.mail_zone"
            )
        else:
            _mail_zone = _raw
            mail_zone: DomainBrandingMailZone | Unset
            if isinstance(_mail_zone, Unset):
                mail_zone = UNSET
            else:
                mail_zone = DomainBrandingMailZone.from_dict(_mail_zone)

        _raw = d.pop("dav_ready", UNSET)
        dav_ready = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            dav_ready = _parsing.field_mismatch(cls, "dav_ready", "bool", _raw)

        instance = cls(
            mode=mode,
            white_label_addon_active=white_label_addon_active,
            brand=brand,
            cname_target=cname_target,
            mail_zone=mail_zone,
            dav_ready=dav_ready,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.domain_branding_brand import DomainBrandingBrand  # noqa: E402
from ..models.domain_branding_mail_zone import DomainBrandingMailZone  # noqa: E402
