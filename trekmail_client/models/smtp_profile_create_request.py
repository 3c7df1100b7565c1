from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.smtp_profile_create_request_encryption import (
    check_smtp_profile_create_request_encryption,
)
from ..models.smtp_profile_create_request_encryption import (
    SmtpProfileCreateRequestEncryption,
)
from ..models.smtp_profile_create_request_port import (
    check_smtp_profile_create_request_port,
)
from ..models.smtp_profile_create_request_port import SmtpProfileCreateRequestPort


T = TypeVar("T", bound="SmtpProfileCreateRequest")


@_attrs_define
class SmtpProfileCreateRequest:
    """Create a profile and use it for this domain.

    Attributes:
        name (str): Profile name.
        host (str): SMTP host.
        port (SmtpProfileCreateRequestPort): SMTP port (25, 465, 587 or 2525).
        encryption (SmtpProfileCreateRequestEncryption): Encryption.
        username (str): SMTP username.
        password (str): SMTP password.
    """

    name: str
    host: str
    port: SmtpProfileCreateRequestPort
    encryption: SmtpProfileCreateRequestEncryption
    username: str
    password: str

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
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        host = d.pop("host")

        port = check_smtp_profile_create_request_port(d.pop("port"))

        encryption = check_smtp_profile_create_request_encryption(d.pop("encryption"))

        username = d.pop("username")

        password = d.pop("password")

        smtp_profile_create_request = cls(
            name=name,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )

        return smtp_profile_create_request
