from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.identity_create_request_kind import check_identity_create_request_kind
from ..models.identity_create_request_kind import IdentityCreateRequestKind
from ..models.identity_create_request_smtp_mode import (
    check_identity_create_request_smtp_mode,
)
from ..models.identity_create_request_smtp_mode import IdentityCreateRequestSmtpMode
from typing import cast


T = TypeVar("T", bound="IdentityCreateRequest")


@_attrs_define
class IdentityCreateRequest:
    """A new identity.

    Attributes:
        email (str): Address (the mailbox address or a send-enabled alias).
        kind (IdentityCreateRequestKind | Unset): Identity kind. Default: 'managed'.
        name (None | str | Unset): Display name.
        reply_to (None | str | Unset): Reply-To address.
        signature_html (None | str | Unset): Signature HTML.
        signature_enabled (bool | Unset): Use the signature.
        external_account_id (int | Unset): Connected external account the address is read through.
        smtp_mode (IdentityCreateRequestSmtpMode | Unset): How mail from this identity is sent.
        smtp_connection_id (int | Unset): Saved SMTP profile (required when `smtp_mode` is `profile`).
    """

    email: str
    kind: IdentityCreateRequestKind | Unset = "managed"
    name: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    signature_html: None | str | Unset = UNSET
    signature_enabled: bool | Unset = UNSET
    external_account_id: int | Unset = UNSET
    smtp_mode: IdentityCreateRequestSmtpMode | Unset = UNSET
    smtp_connection_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

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

        smtp_connection_id = self.smtp_connection_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        _kind = d.pop("kind", UNSET)
        kind: IdentityCreateRequestKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_identity_create_request_kind(_kind)

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
        smtp_mode: IdentityCreateRequestSmtpMode | Unset
        if isinstance(_smtp_mode, Unset):
            smtp_mode = UNSET
        else:
            smtp_mode = check_identity_create_request_smtp_mode(_smtp_mode)

        smtp_connection_id = d.pop("smtp_connection_id", UNSET)

        identity_create_request = cls(
            email=email,
            kind=kind,
            name=name,
            reply_to=reply_to,
            signature_html=signature_html,
            signature_enabled=signature_enabled,
            external_account_id=external_account_id,
            smtp_mode=smtp_mode,
            smtp_connection_id=smtp_connection_id,
        )

        return identity_create_request
