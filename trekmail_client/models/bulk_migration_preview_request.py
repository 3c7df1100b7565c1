from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.bulk_migration_preview_request_folder_strategy import (
    BulkMigrationPreviewRequestFolderStrategy,
)
from ..models.bulk_migration_preview_request_folder_strategy import (
    check_bulk_migration_preview_request_folder_strategy,
)
from ..models.bulk_migration_preview_request_provider import (
    BulkMigrationPreviewRequestProvider,
)
from ..models.bulk_migration_preview_request_provider import (
    check_bulk_migration_preview_request_provider,
)
from ..models.bulk_migration_preview_request_source_security import (
    BulkMigrationPreviewRequestSourceSecurity,
)
from ..models.bulk_migration_preview_request_source_security import (
    check_bulk_migration_preview_request_source_security,
)
import datetime


T = TypeVar("T", bound="BulkMigrationPreviewRequest")


@_attrs_define
class BulkMigrationPreviewRequest:
    """Bulk migration CSV and settings.

    Attributes:
        data (str): CSV: `source_email,source_password,destination_email` per line (6 columns `...,host,port,security`
            with `per_row_server`).
        provider (BulkMigrationPreviewRequestProvider | Unset): Source provider.
        source_host (str | Unset): Source IMAP host.
        source_port (int | Unset): Source IMAP port. Default: 993.
        source_security (BulkMigrationPreviewRequestSourceSecurity | Unset): Source connection security.
        per_row_server (bool | Unset): Each CSV row carries its own host, port and security.
        folder_strategy (BulkMigrationPreviewRequestFolderStrategy | Unset): Which folders to copy. Default: 'all'.
        import_since (datetime.date | Unset): Only mail since this day (`YYYY-MM-DD`).
        skip_duplicates (bool | Unset): Skip messages already present. Default: True.
    """

    data: str
    provider: BulkMigrationPreviewRequestProvider | Unset = UNSET
    source_host: str | Unset = UNSET
    source_port: int | Unset = 993
    source_security: BulkMigrationPreviewRequestSourceSecurity | Unset = UNSET
    per_row_server: bool | Unset = UNSET
    folder_strategy: BulkMigrationPreviewRequestFolderStrategy | Unset = "all"
    import_since: datetime.date | Unset = UNSET
    skip_duplicates: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        source_host = self.source_host

        source_port = self.source_port

        source_security: str | Unset = UNSET
        if not isinstance(self.source_security, Unset):
            source_security = self.source_security

        per_row_server = self.per_row_server

        folder_strategy: str | Unset = UNSET
        if not isinstance(self.folder_strategy, Unset):
            folder_strategy = self.folder_strategy

        import_since: str | Unset = UNSET
        if not isinstance(self.import_since, Unset):
            import_since = self.import_since.isoformat()

        skip_duplicates = self.skip_duplicates

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source_host is not UNSET:
            field_dict["source_host"] = source_host
        if source_port is not UNSET:
            field_dict["source_port"] = source_port
        if source_security is not UNSET:
            field_dict["source_security"] = source_security
        if per_row_server is not UNSET:
            field_dict["per_row_server"] = per_row_server
        if folder_strategy is not UNSET:
            field_dict["folder_strategy"] = folder_strategy
        if import_since is not UNSET:
            field_dict["import_since"] = import_since
        if skip_duplicates is not UNSET:
            field_dict["skip_duplicates"] = skip_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        _provider = d.pop("provider", UNSET)
        provider: BulkMigrationPreviewRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_bulk_migration_preview_request_provider(_provider)

        source_host = d.pop("source_host", UNSET)

        source_port = d.pop("source_port", UNSET)

        _source_security = d.pop("source_security", UNSET)
        source_security: BulkMigrationPreviewRequestSourceSecurity | Unset
        if isinstance(_source_security, Unset):
            source_security = UNSET
        else:
            source_security = check_bulk_migration_preview_request_source_security(
                _source_security
            )

        per_row_server = d.pop("per_row_server", UNSET)

        _folder_strategy = d.pop("folder_strategy", UNSET)
        folder_strategy: BulkMigrationPreviewRequestFolderStrategy | Unset
        if isinstance(_folder_strategy, Unset):
            folder_strategy = UNSET
        else:
            folder_strategy = check_bulk_migration_preview_request_folder_strategy(
                _folder_strategy
            )

        _import_since = d.pop("import_since", UNSET)
        import_since: datetime.date | Unset
        if isinstance(_import_since, Unset):
            import_since = UNSET
        else:
            import_since = datetime.date.fromisoformat(_import_since)

        skip_duplicates = d.pop("skip_duplicates", UNSET)

        bulk_migration_preview_request = cls(
            data=data,
            provider=provider,
            source_host=source_host,
            source_port=source_port,
            source_security=source_security,
            per_row_server=per_row_server,
            folder_strategy=folder_strategy,
            import_since=import_since,
            skip_duplicates=skip_duplicates,
        )

        return bulk_migration_preview_request
