from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.external_account_connection_request_imap_encryption import (
    check_external_account_connection_request_imap_encryption,
)
from ..models.external_account_connection_request_imap_encryption import (
    ExternalAccountConnectionRequestImapEncryption,
)
from ..models.external_account_connection_request_imap_port import (
    check_external_account_connection_request_imap_port,
)
from ..models.external_account_connection_request_imap_port import (
    ExternalAccountConnectionRequestImapPort,
)
from ..models.external_account_connection_request_provider import (
    check_external_account_connection_request_provider,
)
from ..models.external_account_connection_request_provider import (
    ExternalAccountConnectionRequestProvider,
)
from ..models.external_account_connection_request_smtp_encryption import (
    check_external_account_connection_request_smtp_encryption,
)
from ..models.external_account_connection_request_smtp_encryption import (
    ExternalAccountConnectionRequestSmtpEncryption,
)
from ..models.external_account_connection_request_smtp_port import (
    check_external_account_connection_request_smtp_port,
)
from ..models.external_account_connection_request_smtp_port import (
    ExternalAccountConnectionRequestSmtpPort,
)


T = TypeVar("T", bound="ExternalAccountConnectionRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ExternalAccountConnectionRequest:
    """Connection settings of an external mailbox (Gmail, Outlook, IMAP...), as the API's connection
    rules define them.

    Attributes:
        email (str): Address of the account.
        provider (ExternalAccountConnectionRequestProvider): Provider preset.
        password (str): IMAP password or app password (app-password providers strip spaces). (secret: never shown in repr)
        imap_host (str): IMAP host.
        imap_port (ExternalAccountConnectionRequestImapPort): IMAP port.
        imap_encryption (ExternalAccountConnectionRequestImapEncryption): IMAP encryption.
        smtp_host (str): SMTP host.
        smtp_port (ExternalAccountConnectionRequestSmtpPort): SMTP port.
        smtp_encryption (ExternalAccountConnectionRequestSmtpEncryption): SMTP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password). (secret: never shown in repr)

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    email: str
    provider: ExternalAccountConnectionRequestProvider
    password: str = _attrs_field(repr=_parsing.secret_repr)
    imap_host: str
    imap_port: ExternalAccountConnectionRequestImapPort
    imap_encryption: ExternalAccountConnectionRequestImapEncryption
    smtp_host: str
    smtp_port: ExternalAccountConnectionRequestSmtpPort
    smtp_encryption: ExternalAccountConnectionRequestSmtpEncryption
    imap_username: str | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
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
                cls, "provider", "ExternalAccountConnectionRequestProvider"
            )
        else:
            try:
                provider = check_external_account_connection_request_provider(_raw)

            except _parsing.PARSE_ERRORS as exc:
                provider = _parsing.field_mismatch(
                    cls,
                    "provider",
                    "ExternalAccountConnectionRequestProvider",
                    _raw,
                    exc,
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
                cls, "imap_port", "ExternalAccountConnectionRequestImapPort"
            )
        else:
            try:
                imap_port = check_external_account_connection_request_imap_port(_raw)

            except _parsing.PARSE_ERRORS as exc:
                imap_port = _parsing.field_mismatch(
                    cls,
                    "imap_port",
                    "ExternalAccountConnectionRequestImapPort",
                    _raw,
                    exc,
                )

        _raw = d.pop("imap_encryption", UNSET)
        if _raw is UNSET:
            imap_encryption = _parsing.missing_field(
                cls, "imap_encryption", "ExternalAccountConnectionRequestImapEncryption"
            )
        else:
            try:
                imap_encryption = (
                    check_external_account_connection_request_imap_encryption(_raw)
                )

            except _parsing.PARSE_ERRORS as exc:
                imap_encryption = _parsing.field_mismatch(
                    cls,
                    "imap_encryption",
                    "ExternalAccountConnectionRequestImapEncryption",
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
                cls, "smtp_port", "ExternalAccountConnectionRequestSmtpPort"
            )
        else:
            try:
                smtp_port = check_external_account_connection_request_smtp_port(_raw)

            except _parsing.PARSE_ERRORS as exc:
                smtp_port = _parsing.field_mismatch(
                    cls,
                    "smtp_port",
                    "ExternalAccountConnectionRequestSmtpPort",
                    _raw,
                    exc,
                )

        _raw = d.pop("smtp_encryption", UNSET)
        if _raw is UNSET:
            smtp_encryption = _parsing.missing_field(
                cls, "smtp_encryption", "ExternalAccountConnectionRequestSmtpEncryption"
            )
        else:
            try:
                smtp_encryption = (
                    check_external_account_connection_request_smtp_encryption(_raw)
                )

            except _parsing.PARSE_ERRORS as exc:
                smtp_encryption = _parsing.field_mismatch(
                    cls,
                    "smtp_encryption",
                    "ExternalAccountConnectionRequestSmtpEncryption",
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
        )
        instance._raw_json = src_dict
        return instance
