from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.migration_connection_test_request_source_security import (
    check_migration_connection_test_request_source_security,
)
from ..models.migration_connection_test_request_source_security import (
    MigrationConnectionTestRequestSourceSecurity,
)


T = TypeVar("T", bound="MigrationConnectionTestRequest")


@_attrs_define
class MigrationConnectionTestRequest:
    """Source IMAP connection.

    Attributes:
        source_host (str): Source IMAP host.
        source_port (int): Source IMAP port.
        source_security (MigrationConnectionTestRequestSourceSecurity): Source connection security.
        source_email (str): Source address.
        source_password (str): Source password.
        source_username (str | Unset): Source username (defaults to the email).
    """

    source_host: str
    source_port: int
    source_security: MigrationConnectionTestRequestSourceSecurity
    source_email: str
    source_password: str
    source_username: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source_host = self.source_host

        source_port = self.source_port

        source_security: str = self.source_security

        source_email = self.source_email

        source_password = self.source_password

        source_username = self.source_username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_host": source_host,
                "source_port": source_port,
                "source_security": source_security,
                "source_email": source_email,
                "source_password": source_password,
            }
        )
        if source_username is not UNSET:
            field_dict["source_username"] = source_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_host = d.pop("source_host")

        source_port = d.pop("source_port")

        source_security = check_migration_connection_test_request_source_security(
            d.pop("source_security")
        )

        source_email = d.pop("source_email")

        source_password = d.pop("source_password")

        source_username = d.pop("source_username", UNSET)

        migration_connection_test_request = cls(
            source_host=source_host,
            source_port=source_port,
            source_security=source_security,
            source_email=source_email,
            source_password=source_password,
            source_username=source_username,
        )

        return migration_connection_test_request
