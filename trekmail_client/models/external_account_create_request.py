from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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


@_attrs_define
class ExternalAccountCreateRequest:
    """Connect an external mailbox. The server tests the credentials first; bad ones are never stored.

    Attributes:
        email (str): Address of the account.
        provider (ExternalAccountCreateRequestProvider): Provider preset.
        password (str): IMAP password or app password (app-password providers strip spaces).
        imap_host (str): IMAP host.
        imap_port (ExternalAccountCreateRequestImapPort): IMAP port.
        imap_encryption (ExternalAccountCreateRequestImapEncryption): IMAP encryption.
        smtp_host (str): SMTP host.
        smtp_port (ExternalAccountCreateRequestSmtpPort): SMTP port.
        smtp_encryption (ExternalAccountCreateRequestSmtpEncryption): SMTP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password).
        label (str | Unset): Label shown in webmail.
        color (str | Unset): Colour, e.g. `#6366f1`.
        include_in_unified (bool | Unset): Show the account's mail in the unified inbox. Default: True.
    """

    email: str
    provider: ExternalAccountCreateRequestProvider
    password: str
    imap_host: str
    imap_port: ExternalAccountCreateRequestImapPort
    imap_encryption: ExternalAccountCreateRequestImapEncryption
    smtp_host: str
    smtp_port: ExternalAccountCreateRequestSmtpPort
    smtp_encryption: ExternalAccountCreateRequestSmtpEncryption
    imap_username: str | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = UNSET
    label: str | Unset = UNSET
    color: str | Unset = UNSET
    include_in_unified: bool | Unset = True

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

        label = self.label

        color = self.color

        include_in_unified = self.include_in_unified

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
        if label is not UNSET:
            field_dict["label"] = label
        if color is not UNSET:
            field_dict["color"] = color
        if include_in_unified is not UNSET:
            field_dict["include_in_unified"] = include_in_unified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        provider = check_external_account_create_request_provider(d.pop("provider"))

        password = d.pop("password")

        imap_host = d.pop("imap_host")

        imap_port = check_external_account_create_request_imap_port(d.pop("imap_port"))

        imap_encryption = check_external_account_create_request_imap_encryption(
            d.pop("imap_encryption")
        )

        smtp_host = d.pop("smtp_host")

        smtp_port = check_external_account_create_request_smtp_port(d.pop("smtp_port"))

        smtp_encryption = check_external_account_create_request_smtp_encryption(
            d.pop("smtp_encryption")
        )

        imap_username = d.pop("imap_username", UNSET)

        smtp_username = d.pop("smtp_username", UNSET)

        smtp_password = d.pop("smtp_password", UNSET)

        label = d.pop("label", UNSET)

        color = d.pop("color", UNSET)

        include_in_unified = d.pop("include_in_unified", UNSET)

        external_account_create_request = cls(
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

        return external_account_create_request
