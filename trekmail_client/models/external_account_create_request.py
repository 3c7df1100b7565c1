from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.external_account_create_request_imap_encryption import (
    check_external_account_create_request_imap_encryption,
)
from ..models.external_account_create_request_imap_encryption import (
    ExternalAccountCreateRequestImapEncryption,
)
from ..models.external_account_create_request_imap_port import (
    check_external_account_create_request_imap_port,
)
from ..models.external_account_create_request_imap_port import (
    ExternalAccountCreateRequestImapPort,
)
from ..models.external_account_create_request_provider import (
    check_external_account_create_request_provider,
)
from ..models.external_account_create_request_provider import (
    ExternalAccountCreateRequestProvider,
)
from ..models.external_account_create_request_smtp_encryption import (
    check_external_account_create_request_smtp_encryption,
)
from ..models.external_account_create_request_smtp_encryption import (
    ExternalAccountCreateRequestSmtpEncryption,
)
from ..models.external_account_create_request_smtp_port import (
    check_external_account_create_request_smtp_port,
)
from ..models.external_account_create_request_smtp_port import (
    ExternalAccountCreateRequestSmtpPort,
)


T = TypeVar("T", bound="ExternalAccountCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ExternalAccountCreateRequest:
    """Connect an external mailbox. The server tests the credentials first; bad ones are never stored.

    Attributes:
        email (str): Address of the account.
        provider (ExternalAccountCreateRequestProvider): Provider preset.
        password (str): IMAP password or app password (app-password providers strip spaces). (secret: never shown in repr)
        imap_host (str): IMAP host.
        imap_port (ExternalAccountCreateRequestImapPort): IMAP port.
        imap_encryption (ExternalAccountCreateRequestImapEncryption): IMAP encryption.
        smtp_host (str): SMTP host.
        smtp_port (ExternalAccountCreateRequestSmtpPort): SMTP port.
        smtp_encryption (ExternalAccountCreateRequestSmtpEncryption): SMTP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password). (secret: never shown in repr)
        label (str | Unset): Label shown in webmail.
        color (str | Unset): Colour, e.g. `#6366f1`.
        include_in_unified (bool | Unset): Show the account's mail in the unified inbox.
            Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    email: str
    provider: ExternalAccountCreateRequestProvider
    password: str = _attrs_field(repr=_parsing.secret_repr)
    imap_host: str
    imap_port: ExternalAccountCreateRequestImapPort
    imap_encryption: ExternalAccountCreateRequestImapEncryption
    smtp_host: str
    smtp_port: ExternalAccountCreateRequestSmtpPort
    smtp_encryption: ExternalAccountCreateRequestSmtpEncryption
    imap_username: str | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
    label: str | Unset = UNSET
    color: str | Unset = UNSET
    include_in_unified: bool | Unset = True
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
            provider: str = self.provider
        except _parsing.PARSE_ERRORS:
            provider = self.provider
        if provider is not UNSET:
            field_dict["provider"] = provider
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        imap_host = self.imap_host
        if imap_host is not UNSET:
            field_dict["imap_host"] = imap_host
        try:
            imap_port: int = self.imap_port
        except _parsing.PARSE_ERRORS:
            imap_port = self.imap_port
        if imap_port is not UNSET:
            field_dict["imap_port"] = imap_port
        try:
            imap_encryption: str = self.imap_encryption
        except _parsing.PARSE_ERRORS:
            imap_encryption = self.imap_encryption
        if imap_encryption is not UNSET:
            field_dict["imap_encryption"] = imap_encryption
        smtp_host = self.smtp_host
        if smtp_host is not UNSET:
            field_dict["smtp_host"] = smtp_host
        try:
            smtp_port: int = self.smtp_port
        except _parsing.PARSE_ERRORS:
            smtp_port = self.smtp_port
        if smtp_port is not UNSET:
            field_dict["smtp_port"] = smtp_port
        try:
            smtp_encryption: str = self.smtp_encryption
        except _parsing.PARSE_ERRORS:
            smtp_encryption = self.smtp_encryption
        if smtp_encryption is not UNSET:
            field_dict["smtp_encryption"] = smtp_encryption
        imap_username = self.imap_username
        if imap_username is not UNSET:
            field_dict["imap_username"] = imap_username
        smtp_username = self.smtp_username
        if smtp_username is not UNSET:
            field_dict["smtp_username"] = smtp_username
        smtp_password = self.smtp_password
        if smtp_password is not UNSET:
            field_dict["smtp_password"] = smtp_password
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        color = self.color
        if color is not UNSET:
            field_dict["color"] = color
        include_in_unified = self.include_in_unified
        if include_in_unified is not UNSET:
            field_dict["include_in_unified"] = include_in_unified
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

        _raw = d.pop("provider", UNSET)
        if _raw is UNSET:
            provider = _parsing.missing_field(
                cls, "provider", "ExternalAccountCreateRequestProvider"
            )
        else:
            try:
                provider = check_external_account_create_request_provider(_raw)

            except _parsing.PARSE_ERRORS as exc:
                provider = _parsing.field_mismatch(
                    cls, "provider", "ExternalAccountCreateRequestProvider", _raw, exc
                )

        _raw = d.pop("password", UNSET)
        if _raw is UNSET:
            password = _parsing.missing_field(cls, "password", "str")
        else:
            password = _raw
            if not isinstance(_raw, str):
                password = _parsing.field_mismatch(cls, "password", "str", _raw)

        _raw = d.pop("imap_host", UNSET)
        if _raw is UNSET:
            imap_host = _parsing.missing_field(cls, "imap_host", "str")
        else:
            imap_host = _raw
            if not isinstance(_raw, str):
                imap_host = _parsing.field_mismatch(cls, "imap_host", "str", _raw)

        _raw = d.pop("imap_port", UNSET)
        if _raw is UNSET:
            imap_port = _parsing.missing_field(
                cls, "imap_port", "ExternalAccountCreateRequestImapPort"
            )
        else:
            try:
                imap_port = check_external_account_create_request_imap_port(_raw)

            except _parsing.PARSE_ERRORS as exc:
                imap_port = _parsing.field_mismatch(
                    cls, "imap_port", "ExternalAccountCreateRequestImapPort", _raw, exc
                )

        _raw = d.pop("imap_encryption", UNSET)
        if _raw is UNSET:
            imap_encryption = _parsing.missing_field(
                cls, "imap_encryption", "ExternalAccountCreateRequestImapEncryption"
            )
        else:
            try:
                imap_encryption = check_external_account_create_request_imap_encryption(
                    _raw
                )

            except _parsing.PARSE_ERRORS as exc:
                imap_encryption = _parsing.field_mismatch(
                    cls,
                    "imap_encryption",
                    "ExternalAccountCreateRequestImapEncryption",
                    _raw,
                    exc,
                )

        _raw = d.pop("smtp_host", UNSET)
        if _raw is UNSET:
            smtp_host = _parsing.missing_field(cls, "smtp_host", "str")
        else:
            smtp_host = _raw
            if not isinstance(_raw, str):
                smtp_host = _parsing.field_mismatch(cls, "smtp_host", "str", _raw)

        _raw = d.pop("smtp_port", UNSET)
        if _raw is UNSET:
            smtp_port = _parsing.missing_field(
                cls, "smtp_port", "ExternalAccountCreateRequestSmtpPort"
            )
        else:
            try:
                smtp_port = check_external_account_create_request_smtp_port(_raw)

            except _parsing.PARSE_ERRORS as exc:
                smtp_port = _parsing.field_mismatch(
                    cls, "smtp_port", "ExternalAccountCreateRequestSmtpPort", _raw, exc
                )

        _raw = d.pop("smtp_encryption", UNSET)
        if _raw is UNSET:
            smtp_encryption = _parsing.missing_field(
                cls, "smtp_encryption", "ExternalAccountCreateRequestSmtpEncryption"
            )
        else:
            try:
                smtp_encryption = check_external_account_create_request_smtp_encryption(
                    _raw
                )

            except _parsing.PARSE_ERRORS as exc:
                smtp_encryption = _parsing.field_mismatch(
                    cls,
                    "smtp_encryption",
                    "ExternalAccountCreateRequestSmtpEncryption",
                    _raw,
                    exc,
                )

        _raw = d.pop("imap_username", UNSET)
        imap_username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            imap_username = _parsing.field_mismatch(cls, "imap_username", "str", _raw)

        _raw = d.pop("smtp_username", UNSET)
        smtp_username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            smtp_username = _parsing.field_mismatch(cls, "smtp_username", "str", _raw)

        _raw = d.pop("smtp_password", UNSET)
        smtp_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            smtp_password = _parsing.field_mismatch(cls, "smtp_password", "str", _raw)

        _raw = d.pop("label", UNSET)
        label = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            label = _parsing.field_mismatch(cls, "label", "str", _raw)

        _raw = d.pop("color", UNSET)
        color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            color = _parsing.field_mismatch(cls, "color", "str", _raw)

        _raw = d.pop("include_in_unified", UNSET)
        include_in_unified = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            include_in_unified = _parsing.field_mismatch(
                cls, "include_in_unified", "bool", _raw
            )

        instance = cls(
            email=email,
            provider=provider,
            password=password,
            imap_host=imap_host,
            imap_port=imap_port,
            imap_encryption=imap_encryption,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_encryption=smtp_encryption,
            imap_username=imap_username,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            label=label,
            color=color,
            include_in_unified=include_in_unified,
        )
        instance._raw_json = src_dict
        return instance
