from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.branding_update_request_mode import BrandingUpdateRequestMode
from ..models.branding_update_request_mode import check_branding_update_request_mode
from ..models.branding_update_request_scope import BrandingUpdateRequestScope
from ..models.branding_update_request_scope import check_branding_update_request_scope
from typing import cast


T = TypeVar("T", bound="BrandingUpdateRequest")


@_attrs_define
class BrandingUpdateRequest:
    """Partial-merge branding update: omitted fields are kept.

    Attributes:
        mode (BrandingUpdateRequestMode | Unset): Branding mode (pass it to re-enable branding that is off).
        name (str | Unset): Brand name.
        primary_color (str | Unset): CSS hex colour (`#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`). Example: #1a73e8.
        accent_color (str | Unset): CSS hex colour (`#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`). Example: #ff6d00.
        dashboard_enabled (bool | Unset): Serve the branded dashboard host.
        dashboard_label (str | Unset): DNS label of the dashboard host (default `dashboard`).
        webmail_enabled (bool | Unset): Serve the branded webmail host.
        webmail_label (str | Unset): DNS label of the webmail host (default `mail`).
        mail_zone_enabled (bool | Unset): Enable the branded mail zone.
        support_email (None | str | Unset): Support address.
        support_url (None | str | Unset): Support URL.
        sender_email (None | str | Unset): Sender address (on a DKIM-verified domain of the account).
        scope (BrandingUpdateRequestScope | Unset): What to update. Default: 'domain'.
    """

    mode: BrandingUpdateRequestMode | Unset = UNSET
    name: str | Unset = UNSET
    primary_color: str | Unset = UNSET
    accent_color: str | Unset = UNSET
    dashboard_enabled: bool | Unset = UNSET
    dashboard_label: str | Unset = UNSET
    webmail_enabled: bool | Unset = UNSET
    webmail_label: str | Unset = UNSET
    mail_zone_enabled: bool | Unset = UNSET
    support_email: None | str | Unset = UNSET
    support_url: None | str | Unset = UNSET
    sender_email: None | str | Unset = UNSET
    scope: BrandingUpdateRequestScope | Unset = "domain"

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        name = self.name

        primary_color = self.primary_color

        accent_color = self.accent_color

        dashboard_enabled = self.dashboard_enabled

        dashboard_label = self.dashboard_label

        webmail_enabled = self.webmail_enabled

        webmail_label = self.webmail_label

        mail_zone_enabled = self.mail_zone_enabled

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        support_url: None | str | Unset
        if isinstance(self.support_url, Unset):
            support_url = UNSET
        else:
            support_url = self.support_url

        sender_email: None | str | Unset
        if isinstance(self.sender_email, Unset):
            sender_email = UNSET
        else:
            sender_email = self.sender_email

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if accent_color is not UNSET:
            field_dict["accent_color"] = accent_color
        if dashboard_enabled is not UNSET:
            field_dict["dashboard_enabled"] = dashboard_enabled
        if dashboard_label is not UNSET:
            field_dict["dashboard_label"] = dashboard_label
        if webmail_enabled is not UNSET:
            field_dict["webmail_enabled"] = webmail_enabled
        if webmail_label is not UNSET:
            field_dict["webmail_label"] = webmail_label
        if mail_zone_enabled is not UNSET:
            field_dict["mail_zone_enabled"] = mail_zone_enabled
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if support_url is not UNSET:
            field_dict["support_url"] = support_url
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: BrandingUpdateRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_branding_update_request_mode(_mode)

        name = d.pop("name", UNSET)

        primary_color = d.pop("primary_color", UNSET)

        accent_color = d.pop("accent_color", UNSET)

        dashboard_enabled = d.pop("dashboard_enabled", UNSET)

        dashboard_label = d.pop("dashboard_label", UNSET)

        webmail_enabled = d.pop("webmail_enabled", UNSET)

        webmail_label = d.pop("webmail_label", UNSET)

        mail_zone_enabled = d.pop("mail_zone_enabled", UNSET)

        def _parse_support_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_email = _parse_support_email(d.pop("support_email", UNSET))

        def _parse_support_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_url = _parse_support_url(d.pop("support_url", UNSET))

        def _parse_sender_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_email = _parse_sender_email(d.pop("sender_email", UNSET))

        _scope = d.pop("scope", UNSET)
        scope: BrandingUpdateRequestScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_branding_update_request_scope(_scope)

        branding_update_request = cls(
            mode=mode,
            name=name,
            primary_color=primary_color,
            accent_color=accent_color,
            dashboard_enabled=dashboard_enabled,
            dashboard_label=dashboard_label,
            webmail_enabled=webmail_enabled,
            webmail_label=webmail_label,
            mail_zone_enabled=mail_zone_enabled,
            support_email=support_email,
            support_url=support_url,
            sender_email=sender_email,
            scope=scope,
        )

        return branding_update_request
