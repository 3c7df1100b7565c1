from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.identity_create_request_kind import check_identity_create_request_kind
from ..models.identity_create_request_kind import IdentityCreateRequestKind
from ..models.identity_create_request_smtp_mode import (
    check_identity_create_request_smtp_mode,
)
from ..models.identity_create_request_smtp_mode import IdentityCreateRequestSmtpMode


T = TypeVar("T", bound="IdentityCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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
        external_account_id (int | Unset): Connected external account the address is read
            through.
        smtp_mode (IdentityCreateRequestSmtpMode | Unset): How mail from this identity is sent.
        smtp_connection_id (int | Unset): Saved SMTP profile (required when `smtp_mode` is
            `profile`).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        try:
            kind: str | Unset = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind

        except _parsing.PARSE_ERRORS:
            kind = self.kind
        if kind is not UNSET:
            field_dict["kind"] = kind
        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except _parsing.PARSE_ERRORS:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            reply_to: None | str | Unset
            if isinstance(self.reply_to, Unset):
                reply_to = UNSET
            else:
                reply_to = self.reply_to
        except _parsing.PARSE_ERRORS:
            reply_to = self.reply_to
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        try:
            signature_html: None | str | Unset
            if isinstance(self.signature_html, Unset):
                signature_html = UNSET
            else:
                signature_html = self.signature_html
        except _parsing.PARSE_ERRORS:
            signature_html = self.signature_html
        if signature_html is not UNSET:
            field_dict["signature_html"] = signature_html
        signature_enabled = self.signature_enabled
        if signature_enabled is not UNSET:
            field_dict["signature_enabled"] = signature_enabled
        external_account_id = self.external_account_id
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        try:
            smtp_mode: str | Unset = UNSET
            if not isinstance(self.smtp_mode, Unset):
                smtp_mode = self.smtp_mode

        except _parsing.PARSE_ERRORS:
            smtp_mode = self.smtp_mode
        if smtp_mode is not UNSET:
            field_dict["smtp_mode"] = smtp_mode
        smtp_connection_id = self.smtp_connection_id
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id
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
        _raw = d.pop("email", UNSET)
        if _raw is UNSET:
            email = _parsing.missing_field(cls, "email", "str")
        else:
            email = _raw
            if not isinstance(_raw, str):
                email = _parsing.field_mismatch(cls, "email", "str", _raw)

        _raw = d.pop("kind", UNSET)
        try:
            _kind = _raw
            kind: IdentityCreateRequestKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = check_identity_create_request_kind(_kind)

        except _parsing.PARSE_ERRORS as exc:
            kind = _parsing.field_mismatch(
                cls, "kind", "IdentityCreateRequestKind", _raw, exc
            )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("reply_to", UNSET)
        reply_to = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            reply_to = _parsing.field_mismatch(cls, "reply_to", "None | str", _raw)

        _raw = d.pop("signature_html", UNSET)
        signature_html = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            signature_html = _parsing.field_mismatch(
                cls, "signature_html", "None | str", _raw
            )

        _raw = d.pop("signature_enabled", UNSET)
        signature_enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            signature_enabled = _parsing.field_mismatch(
                cls, "signature_enabled", "bool", _raw
            )

        _raw = d.pop("external_account_id", UNSET)
        external_account_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            external_account_id = _parsing.field_mismatch(
                cls, "external_account_id", "int", _raw
            )

        _raw = d.pop("smtp_mode", UNSET)
        try:
            _smtp_mode = _raw
            smtp_mode: IdentityCreateRequestSmtpMode | Unset
            if isinstance(_smtp_mode, Unset):
                smtp_mode = UNSET
            else:
                smtp_mode = check_identity_create_request_smtp_mode(_smtp_mode)

        except _parsing.PARSE_ERRORS as exc:
            smtp_mode = _parsing.field_mismatch(
                cls, "smtp_mode", "IdentityCreateRequestSmtpMode", _raw, exc
            )

        _raw = d.pop("smtp_connection_id", UNSET)
        smtp_connection_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            smtp_connection_id = _parsing.field_mismatch(
                cls, "smtp_connection_id", "int", _raw
            )

        instance = cls(
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
        instance._raw_json = src_dict
        return instance
