from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.legacy_smtp_test_request_encryption import (
    check_legacy_smtp_test_request_encryption,
)
from ..models.legacy_smtp_test_request_encryption import LegacySmtpTestRequestEncryption


T = TypeVar("T", bound="LegacySmtpTestRequest")


@_attrs_define
class LegacySmtpTestRequest:
    """SMTP settings to test.

    Attributes:
        host (str): SMTP host.
        port (int): Port.
        encryption (LegacySmtpTestRequestEncryption): Encryption.
        username (str): SMTP username.
        password (str): SMTP password.
    """

    host: str
    port: int
    encryption: LegacySmtpTestRequestEncryption
    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        encryption: str = self.encryption

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        host = d.pop("host")

        port = d.pop("port")

        encryption = check_legacy_smtp_test_request_encryption(d.pop("encryption"))

        username = d.pop("username")

        password = d.pop("password")

        legacy_smtp_test_request = cls(
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )

        return legacy_smtp_test_request
