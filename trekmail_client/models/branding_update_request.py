from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.branding_update_request_mode import BrandingUpdateRequestMode
from ..models.branding_update_request_mode import check_branding_update_request_mode
from ..models.branding_update_request_scope import BrandingUpdateRequestScope
from ..models.branding_update_request_scope import check_branding_update_request_scope


T = TypeVar("T", bound="BrandingUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class BrandingUpdateRequest:
    """Partial-merge branding update: omitted fields are kept.

    Attributes:
        mode (BrandingUpdateRequestMode | Unset): Branding mode (pass it to re-enable branding
            that is off).
        name (str | Unset): Brand name.
        primary_color (str | Unset): CSS hex colour (`#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`).
            Example: #1a73e8.
        accent_color (str | Unset): CSS hex colour (`#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`).
            Example: #ff6d00.
        dashboard_enabled (bool | Unset): Serve the branded dashboard host.
        dashboard_label (str | Unset): DNS label of the dashboard host (default `dashboard`).
        webmail_enabled (bool | Unset): Serve the branded webmail host.
        webmail_label (str | Unset): DNS label of the webmail host (default `mail`).
        mail_zone_enabled (bool | Unset): Enable the branded mail zone.
        support_email (None | str | Unset): Support address.
        support_url (None | str | Unset): Support URL.
        sender_email (None | str | Unset): Sender address (on a DKIM-verified domain of the
            account).
        scope (BrandingUpdateRequestScope | Unset): What to update. Default: 'domain'.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            mode: str | Unset = UNSET
            if not isinstance(self.mode, Unset):
                mode = self.mode

        except _parsing.PARSE_ERRORS:
            mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = mode
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        primary_color = self.primary_color
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        accent_color = self.accent_color
        if accent_color is not UNSET:
            field_dict["accent_color"] = accent_color
        dashboard_enabled = self.dashboard_enabled
        if dashboard_enabled is not UNSET:
            field_dict["dashboard_enabled"] = dashboard_enabled
        dashboard_label = self.dashboard_label
        if dashboard_label is not UNSET:
            field_dict["dashboard_label"] = dashboard_label
        webmail_enabled = self.webmail_enabled
        if webmail_enabled is not UNSET:
            field_dict["webmail_enabled"] = webmail_enabled
        webmail_label = self.webmail_label
        if webmail_label is not UNSET:
            field_dict["webmail_label"] = webmail_label
        mail_zone_enabled = self.mail_zone_enabled
        if mail_zone_enabled is not UNSET:
            field_dict["mail_zone_enabled"] = mail_zone_enabled
        try:
            support_email: None | str | Unset
            if isinstance(self.support_email, Unset):
                support_email = UNSET
            else:
                support_email = self.support_email
        except _parsing.PARSE_ERRORS:
            support_email = self.support_email
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        try:
            support_url: None | str | Unset
            if isinstance(self.support_url, Unset):
                support_url = UNSET
            else:
                support_url = self.support_url
        except _parsing.PARSE_ERRORS:
            support_url = self.support_url
        if support_url is not UNSET:
            field_dict["support_url"] = support_url
        try:
            sender_email: None | str | Unset
            if isinstance(self.sender_email, Unset):
                sender_email = UNSET
            else:
                sender_email = self.sender_email
        except _parsing.PARSE_ERRORS:
            sender_email = self.sender_email
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
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
        _raw = d.pop("mode", UNSET)
        try:
            _mode = _raw
            mode: BrandingUpdateRequestMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = check_branding_update_request_mode(_mode)

        except _parsing.PARSE_ERRORS as exc:
            mode = _parsing.field_mismatch(
                cls, "mode", "BrandingUpdateRequestMode", _raw, exc
            )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("primary_color", UNSET)
        primary_color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            primary_color = _parsing.field_mismatch(cls, "primary_color", "str", _raw)

        _raw = d.pop("accent_color", UNSET)
        accent_color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            accent_color = _parsing.field_mismatch(cls, "accent_color", "str", _raw)

        _raw = d.pop("dashboard_enabled", UNSET)
        dashboard_enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            dashboard_enabled = _parsing.field_mismatch(
                cls, "dashboard_enabled", "bool", _raw
            )

        _raw = d.pop("dashboard_label", UNSET)
        dashboard_label = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            dashboard_label = _parsing.field_mismatch(
                cls, "dashboard_label", "str", _raw
            )

        _raw = d.pop("webmail_enabled", UNSET)
        webmail_enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            webmail_enabled = _parsing.field_mismatch(
                cls, "webmail_enabled", "bool", _raw
            )

        _raw = d.pop("webmail_label", UNSET)
        webmail_label = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            webmail_label = _parsing.field_mismatch(cls, "webmail_label", "str", _raw)

        _raw = d.pop("mail_zone_enabled", UNSET)
        mail_zone_enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            mail_zone_enabled = _parsing.field_mismatch(
                cls, "mail_zone_enabled", "bool", _raw
            )

        _raw = d.pop("support_email", UNSET)
        support_email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            support_email = _parsing.field_mismatch(
                cls, "support_email", "None | str", _raw
            )

        _raw = d.pop("support_url", UNSET)
        support_url = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            support_url = _parsing.field_mismatch(
                cls, "support_url", "None | str", _raw
            )

        _raw = d.pop("sender_email", UNSET)
        sender_email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            sender_email = _parsing.field_mismatch(
                cls, "sender_email", "None | str", _raw
            )

        _raw = d.pop("scope", UNSET)
        try:
            _scope = _raw
            scope: BrandingUpdateRequestScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = check_branding_update_request_scope(_scope)

        except _parsing.PARSE_ERRORS as exc:
            scope = _parsing.field_mismatch(
                cls, "scope", "BrandingUpdateRequestScope", _raw, exc
            )

        instance = cls(
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
        instance._raw_json = src_dict
        return instance
