from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.identity_update_request_smtp_mode import (
    check_identity_update_request_smtp_mode,
)
from ..models.identity_update_request_smtp_mode import IdentityUpdateRequestSmtpMode
from typing import cast


T = TypeVar("T", bound="IdentityUpdateRequest")


@_attrs_define
class IdentityUpdateRequest:
    """Identity fields to change.

    Attributes:
        name (None | str | Unset): Display name.
        reply_to (None | str | Unset): Reply-To address.
        signature_html (None | str | Unset): Signature HTML.
        signature_enabled (bool | Unset): Use the signature.
        external_account_id (int | Unset): Connected external account the address is read through.
        smtp_mode (IdentityUpdateRequestSmtpMode | Unset): How mail from this identity is sent.
        is_default (bool | Unset): Make it the default identity.
        smtp_connection_id (int | None | Unset): Saved SMTP profile (required when `smtp_mode` is `profile`).
    """

    name: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    signature_enabled: bool | Unset = UNSET
    external_account_id: int | Unset = UNSET
    smtp_mode: IdentityUpdateRequestSmtpMode | Unset = UNSET
    is_default: bool | Unset = UNSET
    smtp_connection_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        signature_html: None | str | Unset
        if isinstance(self.signature_html, Unset):
            signature_html = UNSET
        else:
            signature_html = self.signature_html

        signature_enabled = self.signature_enabled

        external_account_id = self.external_account_id

        smtp_mode: str | Unset = UNSET
        if not isinstance(self.smtp_mode, Unset):
            smtp_mode = self.smtp_mode

        is_default = self.is_default

        smtp_connection_id: int | None | Unset
        if isinstance(self.smtp_connection_id, Unset):
            smtp_connection_id = UNSET
        else:
            smtp_connection_id = self.smtp_connection_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html
        if signature_enabled is not UNSET:
            field_dict["signature_enabled"] = signature_enabled
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        if smtp_mode is not UNSET:
            field_dict["smtp_mode"] = smtp_mode
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        def _parse_signature_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_html = _parse_signature_html(d.pop("signature_html", UNSET))

        signature_enabled = d.pop("signature_enabled", UNSET)

        external_account_id = d.pop("external_account_id", UNSET)

        _smtp_mode = d.pop("smtp_mode", UNSET)
        smtp_mode: IdentityUpdateRequestSmtpMode | Unset
        if isinstance(_smtp_mode, Unset):
            smtp_mode = UNSET
        else:
            smtp_mode = check_identity_update_request_smtp_mode(_smtp_mode)

        is_default = d.pop("is_default", UNSET)

        def _parse_smtp_connection_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        smtp_connection_id = _parse_smtp_connection_id(
            d.pop("smtp_connection_id", UNSET)
        )

        identity_update_request = cls(
            name=name,
            reply_to=reply_to,
            signature_html=signature_html,
            signature_enabled=signature_enabled,
            external_account_id=external_account_id,
            smtp_mode=smtp_mode,
            is_default=is_default,
            smtp_connection_id=smtp_connection_id,
        )

        return identity_update_request
