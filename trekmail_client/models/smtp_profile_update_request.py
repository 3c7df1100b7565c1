from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.smtp_profile_update_request_encryption import (
    check_smtp_profile_update_request_encryption,
)
from ..models.smtp_profile_update_request_encryption import (
    SmtpProfileUpdateRequestEncryption,
)
from ..models.smtp_profile_update_request_port import (
    check_smtp_profile_update_request_port,
)
from ..models.smtp_profile_update_request_port import SmtpProfileUpdateRequestPort


T = TypeVar("T", bound="SmtpProfileUpdateRequest")


@_attrs_define
class SmtpProfileUpdateRequest:
    """Update a profile (omit `password` to keep it).

    Attributes:
        name (str): Profile name.
        host (str): SMTP host.
        port (SmtpProfileUpdateRequestPort): SMTP port (25, 465, 587 or 2525).
        encryption (SmtpProfileUpdateRequestEncryption): Encryption.
        username (str): SMTP username.
        password (str | Unset): SMTP password.
    """

    name: str
    host: str
    port: SmtpProfileUpdateRequestPort
    encryption: SmtpProfileUpdateRequestEncryption
    username: str
    password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        host = self.host

        port: int = self.port

        encryption: str = self.encryption

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "host": host,
                "port": port,
                "encryption": encryption,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        host = d.pop("host")

        port = check_smtp_profile_update_request_port(d.pop("port"))

        encryption = check_smtp_profile_update_request_encryption(d.pop("encryption"))

        username = d.pop("username")

        password = d.pop("password", UNSET)

        smtp_profile_update_request = cls(
            name=name,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )

        return smtp_profile_update_request
