from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.domain_branding_brand import DomainBrandingBrand
    from ..models.domain_branding_mail_zone import DomainBrandingMailZone


T = TypeVar("T", bound="DomainBranding")


@_attrs_define
class DomainBranding:
    """Per-domain branding. Also carries `hosts`, `dns_records` (the CNAMEs to create) and the DNS records still pending,
    whose shapes the facts do not state.

        Attributes:
            mode (str | Unset): Branding mode. Known values: `off`, `inherit`, `custom`.
            white_label_addon_active (bool | Unset): Whether the White Label add-on is active (branded hosts go live only
                then).
            brand (DomainBrandingBrand | Unset): The brand identity (name, colours, logos, ...); only `logo_url` is named by
                the facts.
            cname_target (None | str | Unset): Where the branded hosts point, `wl.trekmail.net`.
            mail_zone (DomainBrandingMailZone | Unset): Branded mail zone state. Also carries its DNS `records` (shape not
                stated).
            dav_ready (bool | Unset): Whether the branded DAV hosts are ready.
    """

    mode: str | Unset = UNSET
    white_label_addon_active: bool | Unset = UNSET
    brand: DomainBrandingBrand | Unset = UNSET
    cname_target: None | str | Unset = UNSET
    mail_zone: DomainBrandingMailZone | Unset = UNSET
    dav_ready: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        white_label_addon_active = self.white_label_addon_active

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        cname_target: None | str | Unset
        if isinstance(self.cname_target, Unset):
            cname_target = UNSET
        else:
            cname_target = self.cname_target

        mail_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail_zone, Unset):
            mail_zone = self.mail_zone.to_dict()

        dav_ready = self.dav_ready

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if white_label_addon_active is not UNSET:
            field_dict["white_label_addon_active"] = white_label_addon_active
        if brand is not UNSET:
            field_dict["brand"] = brand
        if cname_target is not UNSET:
            field_dict["cname_target"] = cname_target
        if mail_zone is not UNSET:
            field_dict["mail_zone"] = mail_zone
        if dav_ready is not UNSET:
            field_dict["dav_ready"] = dav_ready

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_branding_brand import DomainBrandingBrand  # noqa: PLC0415
        from ..models.domain_branding_mail_zone import DomainBrandingMailZone  # noqa: PLC0415

        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        white_label_addon_active = d.pop("white_label_addon_active", UNSET)

        _brand = d.pop("brand", UNSET)
        brand: DomainBrandingBrand | Unset
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = DomainBrandingBrand.from_dict(_brand)

        def _parse_cname_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cname_target = _parse_cname_target(d.pop("cname_target", UNSET))

        _mail_zone = d.pop("mail_zone", UNSET)
        mail_zone: DomainBrandingMailZone | Unset
        if isinstance(_mail_zone, Unset):
            mail_zone = UNSET
        else:
            mail_zone = DomainBrandingMailZone.from_dict(_mail_zone)

        dav_ready = d.pop("dav_ready", UNSET)

        domain_branding = cls(
            mode=mode,
            white_label_addon_active=white_label_addon_active,
            brand=brand,
            cname_target=cname_target,
            mail_zone=mail_zone,
            dav_ready=dav_ready,
        )

        domain_branding.additional_properties = d
        return domain_branding

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
