from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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


@_attrs_define
class ExternalAccountConnectionRequest:
    """Connection settings of an external mailbox (Gmail, Outlook, IMAP...), as the API's connection rules define them.

    Attributes:
        email (str): Address of the account.
        provider (ExternalAccountConnectionRequestProvider): Provider preset.
        password (str): IMAP password or app password (app-password providers strip spaces).
        imap_host (str): IMAP host.
        imap_port (ExternalAccountConnectionRequestImapPort): IMAP port.
        imap_encryption (ExternalAccountConnectionRequestImapEncryption): IMAP encryption.
        smtp_host (str): SMTP host.
        smtp_port (ExternalAccountConnectionRequestSmtpPort): SMTP port.
        smtp_encryption (ExternalAccountConnectionRequestSmtpEncryption): SMTP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password).
    """

    email: str
    provider: ExternalAccountConnectionRequestProvider
    password: str
    imap_host: str
    imap_port: ExternalAccountConnectionRequestImapPort
    imap_encryption: ExternalAccountConnectionRequestImapEncryption
    smtp_host: str
    smtp_port: ExternalAccountConnectionRequestSmtpPort
    smtp_encryption: ExternalAccountConnectionRequestSmtpEncryption
    imap_username: str | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        provider: str = self.provider

        password = self.password

        imap_host = self.imap_host

        imap_port: int = self.imap_port

        imap_encryption: str = self.imap_encryption

        smtp_host = self.smtp_host

        smtp_port: int = self.smtp_port

        smtp_encryption: str = self.smtp_encryption

        imap_username = self.imap_username

        smtp_username = self.smtp_username

        smtp_password = self.smtp_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "provider": provider,
                "password": password,
                "imap_host": imap_host,
                "imap_port": imap_port,
                "imap_encryption": imap_encryption,
                "smtp_host": smtp_host,
                "smtp_port": smtp_port,
                "smtp_encryption": smtp_encryption,
            }
        )
        if imap_username is not UNSET:
            field_dict["imap_username"] = imap_username
        if smtp_username is not UNSET:
            field_dict["smtp_username"] = smtp_username
        if smtp_password is not UNSET:
            field_dict["smtp_password"] = smtp_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        provider = check_external_account_connection_request_provider(d.pop("provider"))

        password = d.pop("password")

        imap_host = d.pop("imap_host")

        imap_port = check_external_account_connection_request_imap_port(
            d.pop("imap_port")
        )

        imap_encryption = check_external_account_connection_request_imap_encryption(
            d.pop("imap_encryption")
        )

        smtp_host = d.pop("smtp_host")

        smtp_port = check_external_account_connection_request_smtp_port(
            d.pop("smtp_port")
        )

        smtp_encryption = check_external_account_connection_request_smtp_encryption(
            d.pop("smtp_encryption")
        )

        imap_username = d.pop("imap_username", UNSET)

        smtp_username = d.pop("smtp_username", UNSET)

        smtp_password = d.pop("smtp_password", UNSET)

        external_account_connection_request = cls(
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

        return external_account_connection_request
