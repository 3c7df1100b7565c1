from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.migration_start_request_provider import (
    check_migration_start_request_provider,
)
from ..models.migration_start_request_provider import MigrationStartRequestProvider
from ..models.migration_start_request_source_security import (
    check_migration_start_request_source_security,
)
from ..models.migration_start_request_source_security import (
    MigrationStartRequestSourceSecurity,
)
from typing import cast
import datetime


T = TypeVar("T", bound="MigrationStartRequest")


@_attrs_define
class MigrationStartRequest:
    """Start an IMAP migration into a mailbox.

    Attributes:
        mailbox_id (int): Destination mailbox.
        provider (MigrationStartRequestProvider): Source provider.
        source_host (str): Source IMAP host.
        source_port (int): Source IMAP port.
        source_security (MigrationStartRequestSourceSecurity): Source connection security.
        source_email (str): Source address.
        source_password (str): Source password.
        source_username (str | Unset): Source username (defaults to the email).
        selected_folders (list[str] | Unset): Folders to copy (empty: all).
        import_since (datetime.date | Unset): Only mail since this day (`YYYY-MM-DD`).
        skip_duplicates (bool | Unset): Skip messages already present. Default: True.
    """

    mailbox_id: int
    provider: MigrationStartRequestProvider
    source_host: str
    source_port: int
    source_security: MigrationStartRequestSourceSecurity
    source_email: str
    source_password: str
    source_username: str | Unset = UNSET
    selected_folders: list[str] | Unset = UNSET
    import_since: datetime.date | Unset = UNSET
    skip_duplicates: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        mailbox_id = self.mailbox_id

        provider: str = self.provider

        source_host = self.source_host

        source_port = self.source_port

        source_security: str = self.source_security

        source_email = self.source_email

        source_password = self.source_password

        source_username = self.source_username

        selected_folders: list[str] | Unset = UNSET
        if not isinstance(self.selected_folders, Unset):
            selected_folders = self.selected_folders

        import_since: str | Unset = UNSET
        if not isinstance(self.import_since, Unset):
            import_since = self.import_since.isoformat()

        skip_duplicates = self.skip_duplicates

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mailbox_id": mailbox_id,
                "provider": provider,
                "source_host": source_host,
                "source_port": source_port,
                "source_security": source_security,
                "source_email": source_email,
                "source_password": source_password,
            }
        )
        if source_username is not UNSET:
            field_dict["source_username"] = source_username
        if selected_folders is not UNSET:
            field_dict["selected_folders"] = selected_folders
        if import_since is not UNSET:
            field_dict["import_since"] = import_since
        if skip_duplicates is not UNSET:
            field_dict["skip_duplicates"] = skip_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailbox_id = d.pop("mailbox_id")

        provider = check_migration_start_request_provider(d.pop("provider"))

        source_host = d.pop("source_host")

        source_port = d.pop("source_port")

        source_security = check_migration_start_request_source_security(
            d.pop("source_security")
        )

        source_email = d.pop("source_email")

        source_password = d.pop("source_password")

        source_username = d.pop("source_username", UNSET)

        selected_folders = cast(list[str], d.pop("selected_folders", UNSET))

        _import_since = d.pop("import_since", UNSET)
        import_since: datetime.date | Unset
        if isinstance(_import_since, Unset):
            import_since = UNSET
        else:
            import_since = datetime.date.fromisoformat(_import_since)

        skip_duplicates = d.pop("skip_duplicates", UNSET)

        migration_start_request = cls(
            mailbox_id=mailbox_id,
            provider=provider,
            source_host=source_host,
            source_port=source_port,
            source_security=source_security,
            source_email=source_email,
            source_password=source_password,
            source_username=source_username,
            selected_folders=selected_folders,
            import_since=import_since,
            skip_duplicates=skip_duplicates,
        )

        return migration_start_request
