from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.domain_smtp_test_request_encryption import (
    check_domain_smtp_test_request_encryption,
)
from ..models.domain_smtp_test_request_encryption import DomainSmtpTestRequestEncryption
from ..models.domain_smtp_test_request_mode import check_domain_smtp_test_request_mode
from ..models.domain_smtp_test_request_mode import DomainSmtpTestRequestMode


T = TypeVar("T", bound="DomainSmtpTestRequest")


@_attrs_define
class DomainSmtpTestRequest:
    """Test an SMTP route.

    Attributes:
        mode (DomainSmtpTestRequestMode | Unset): Test the platform route or custom settings.
        smtp_connection_id (int | Unset): Saved profile to test.
        host (str | Unset): SMTP host.
        port (int | Unset): Port.
        encryption (DomainSmtpTestRequestEncryption | Unset): Encryption.
        username (str | Unset): SMTP username.
        password (str | Unset): SMTP password.
    """

    mode: DomainSmtpTestRequestMode | Unset = UNSET
    smtp_connection_id: int | Unset = UNSET
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    encryption: DomainSmtpTestRequestEncryption | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        smtp_connection_id = self.smtp_connection_id

        host = self.host

        port = self.port

        encryption: str | Unset = UNSET
        if not isinstance(self.encryption, Unset):
            encryption = self.encryption

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if smtp_connection_id is not UNSET:
            field_dict["smtp_connection_id"] = smtp_connection_id
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: DomainSmtpTestRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_domain_smtp_test_request_mode(_mode)

        smtp_connection_id = d.pop("smtp_connection_id", UNSET)

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        _encryption = d.pop("encryption", UNSET)
        encryption: DomainSmtpTestRequestEncryption | Unset
        if isinstance(_encryption, Unset):
            encryption = UNSET
        else:
            encryption = check_domain_smtp_test_request_encryption(_encryption)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        domain_smtp_test_request = cls(
            mode=mode,
            smtp_connection_id=smtp_connection_id,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )

        return domain_smtp_test_request
