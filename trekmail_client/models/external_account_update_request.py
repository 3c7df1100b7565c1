from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.external_account_update_request_imap_encryption import (
    check_external_account_update_request_imap_encryption,
)
from ..models.external_account_update_request_imap_encryption import (
    ExternalAccountUpdateRequestImapEncryption,
)
from ..models.external_account_update_request_imap_port import (
    check_external_account_update_request_imap_port,
)
from ..models.external_account_update_request_imap_port import (
    ExternalAccountUpdateRequestImapPort,
)
from ..models.external_account_update_request_smtp_encryption import (
    check_external_account_update_request_smtp_encryption,
)
from ..models.external_account_update_request_smtp_encryption import (
    ExternalAccountUpdateRequestSmtpEncryption,
)
from ..models.external_account_update_request_smtp_port import (
    check_external_account_update_request_smtp_port,
)
from ..models.external_account_update_request_smtp_port import (
    ExternalAccountUpdateRequestSmtpPort,
)
from typing import cast


T = TypeVar("T", bound="ExternalAccountUpdateRequest")


@_attrs_define
class ExternalAccountUpdateRequest:
    """Account fields to change (`email` and `provider` cannot change). A connection change is re-tested.

    Attributes:
        password (str | Unset): IMAP password or app password (app-password providers strip spaces).
        imap_host (str | Unset): IMAP host.
        imap_port (ExternalAccountUpdateRequestImapPort | Unset): IMAP port.
        imap_encryption (ExternalAccountUpdateRequestImapEncryption | Unset): IMAP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_host (str | Unset): SMTP host.
        smtp_port (ExternalAccountUpdateRequestSmtpPort | Unset): SMTP port.
        smtp_encryption (ExternalAccountUpdateRequestSmtpEncryption | Unset): SMTP encryption.
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password).
        label (None | str | Unset): Label (null clears it).
        color (str | Unset): Colour, e.g. `#6366f1`.
        include_in_unified (bool | Unset): Show the account's mail in the unified inbox.
        sort_order (int | Unset): Sort order.
    """

    password: str | Unset = UNSET
    imap_host: str | Unset = UNSET
    imap_port: ExternalAccountUpdateRequestImapPort | Unset = UNSET
    imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset = UNSET
    imap_username: str | Unset = UNSET
    smtp_host: str | Unset = UNSET
    smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset = UNSET
    smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = UNSET
    label: None | str | Unset = UNSET
    color: str | Unset = UNSET
    include_in_unified: bool | Unset = UNSET
    sort_order: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        imap_host = self.imap_host

        imap_port: int | Unset = UNSET
        if not isinstance(self.imap_port, Unset):
            imap_port = self.imap_port

        imap_encryption: str | Unset = UNSET
        if not isinstance(self.imap_encryption, Unset):
            imap_encryption = self.imap_encryption

        imap_username = self.imap_username

        smtp_host = self.smtp_host

        smtp_port: int | Unset = UNSET
        if not isinstance(self.smtp_port, Unset):
            smtp_port = self.smtp_port

        smtp_encryption: str | Unset = UNSET
        if not isinstance(self.smtp_encryption, Unset):
            smtp_encryption = self.smtp_encryption

        smtp_username = self.smtp_username

        smtp_password = self.smtp_password

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        color = self.color

        include_in_unified = self.include_in_unified

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if imap_host is not UNSET:
            field_dict["imap_host"] = imap_host
        if imap_port is not UNSET:
            field_dict["imap_port"] = imap_port
        if imap_encryption is not UNSET:
            field_dict["imap_encryption"] = imap_encryption
        if imap_username is not UNSET:
            field_dict["imap_username"] = imap_username
        if smtp_host is not UNSET:
            field_dict["smtp_host"] = smtp_host
        if smtp_port is not UNSET:
            field_dict["smtp_port"] = smtp_port
        if smtp_encryption is not UNSET:
            field_dict["smtp_encryption"] = smtp_encryption
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
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        imap_host = d.pop("imap_host", UNSET)

        _imap_port = d.pop("imap_port", UNSET)
        imap_port: ExternalAccountUpdateRequestImapPort | Unset
        if isinstance(_imap_port, Unset):
            imap_port = UNSET
        else:
            imap_port = check_external_account_update_request_imap_port(_imap_port)

        _imap_encryption = d.pop("imap_encryption", UNSET)
        imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset
        if isinstance(_imap_encryption, Unset):
            imap_encryption = UNSET
        else:
            imap_encryption = check_external_account_update_request_imap_encryption(
                _imap_encryption
            )

        imap_username = d.pop("imap_username", UNSET)

        smtp_host = d.pop("smtp_host", UNSET)

        _smtp_port = d.pop("smtp_port", UNSET)
        smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset
        if isinstance(_smtp_port, Unset):
            smtp_port = UNSET
        else:
            smtp_port = check_external_account_update_request_smtp_port(_smtp_port)

        _smtp_encryption = d.pop("smtp_encryption", UNSET)
        smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset
        if isinstance(_smtp_encryption, Unset):
            smtp_encryption = UNSET
        else:
            smtp_encryption = check_external_account_update_request_smtp_encryption(
                _smtp_encryption
            )

        smtp_username = d.pop("smtp_username", UNSET)

        smtp_password = d.pop("smtp_password", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        color = d.pop("color", UNSET)

        include_in_unified = d.pop("include_in_unified", UNSET)

        sort_order = d.pop("sort_order", UNSET)

        external_account_update_request = cls(
            password=password,
            imap_host=imap_host,
            imap_port=imap_port,
            imap_encryption=imap_encryption,
            imap_username=imap_username,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_encryption=smtp_encryption,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            label=label,
            color=color,
            include_in_unified=include_in_unified,
            sort_order=sort_order,
        )

        return external_account_update_request
