from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.bulk_migration_start_request_folder_strategy import (
    BulkMigrationStartRequestFolderStrategy,
)
from ..models.bulk_migration_start_request_folder_strategy import (
    check_bulk_migration_start_request_folder_strategy,
)
from ..models.bulk_migration_start_request_provider import (
    BulkMigrationStartRequestProvider,
)
from ..models.bulk_migration_start_request_provider import (
    check_bulk_migration_start_request_provider,
)
from ..models.bulk_migration_start_request_source_security import (
    BulkMigrationStartRequestSourceSecurity,
)
from ..models.bulk_migration_start_request_source_security import (
    check_bulk_migration_start_request_source_security,
)
import datetime


T = TypeVar("T", bound="BulkMigrationStartRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class BulkMigrationStartRequest:
    """Bulk migration CSV and settings.

    Attributes:
        data (str): CSV: `source_email,source_password,destination_email` per line (6 columns
            `...,host,port,security` with `per_row_server`).
        provider (BulkMigrationStartRequestProvider | Unset): Source provider.
        source_host (str | Unset): Source IMAP host.
        source_port (int | Unset): Source IMAP port. Default: 993.
        source_security (BulkMigrationStartRequestSourceSecurity | Unset): Source connection
            security.
        per_row_server (bool | Unset): Each CSV row carries its own host, port and security.
        folder_strategy (BulkMigrationStartRequestFolderStrategy | Unset): Which folders to
            copy. Default: 'all'.
        import_since (datetime.date | Unset): Only mail since this day (`YYYY-MM-DD`).
        skip_duplicates (bool | Unset): Skip messages already present. Default: True.
        name (str | Unset): Batch name.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    data: str
    provider: BulkMigrationStartRequestProvider | Unset = UNSET
    source_host: str | Unset = UNSET
    source_port: int | Unset = 993
    source_security: BulkMigrationStartRequestSourceSecurity | Unset = UNSET
    per_row_server: bool | Unset = UNSET
    folder_strategy: BulkMigrationStartRequestFolderStrategy | Unset = "all"
    import_since: datetime.date | Unset = UNSET
    skip_duplicates: bool | Unset = True
    name: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        data = self.data
        if data is not UNSET:
            field_dict["data"] = data
        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except _parsing.PARSE_ERRORS:
            provider = self.provider
        if provider is not UNSET:
            field_dict["provider"] = provider
        source_host = self.source_host
        if source_host is not UNSET:
            field_dict["source_host"] = source_host
        source_port = self.source_port
        if source_port is not UNSET:
            field_dict["source_port"] = source_port
        try:
            source_security: str | Unset = UNSET
            if not isinstance(self.source_security, Unset):
                source_security = self.source_security

        except _parsing.PARSE_ERRORS:
            source_security = self.source_security
        if source_security is not UNSET:
            field_dict["source_security"] = source_security
        per_row_server = self.per_row_server
        if per_row_server is not UNSET:
            field_dict["per_row_server"] = per_row_server
        try:
            folder_strategy: str | Unset = UNSET
            if not isinstance(self.folder_strategy, Unset):
                folder_strategy = self.folder_strategy

        except _parsing.PARSE_ERRORS:
            folder_strategy = self.folder_strategy
        if folder_strategy is not UNSET:
            field_dict["folder_strategy"] = folder_strategy
        try:
            import_since: str | Unset = UNSET
            if not isinstance(self.import_since, Unset):
                import_since = self.import_since.isoformat()
        except _parsing.PARSE_ERRORS:
            import_since = self.import_since
        if import_since is not UNSET:
            field_dict["import_since"] = import_since
        skip_duplicates = self.skip_duplicates
        if skip_duplicates is not UNSET:
            field_dict["skip_duplicates"] = skip_duplicates
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("data", UNSET)
        if _raw is UNSET:
            data = _parsing.missing_field(cls, "data", "str")
        else:
            data = _raw
            if not isinstance(_raw, str):
                data = _parsing.field_mismatch(cls, "data", "str", _raw)

        _raw = d.pop("provider", UNSET)
        try:
            _provider = _raw
            provider: BulkMigrationStartRequestProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = check_bulk_migration_start_request_provider(_provider)

        except _parsing.PARSE_ERRORS as exc:
            provider = _parsing.field_mismatch(
                cls, "provider", "BulkMigrationStartRequestProvider", _raw, exc
            )

        _raw = d.pop("source_host", UNSET)
        source_host = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            source_host = _parsing.field_mismatch(cls, "source_host", "str", _raw)

        _raw = d.pop("source_port", UNSET)
        source_port = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            source_port = _parsing.field_mismatch(cls, "source_port", "int", _raw)

        _raw = d.pop("source_security", UNSET)
        try:
            _source_security = _raw
            source_security: BulkMigrationStartRequestSourceSecurity | Unset
            if isinstance(_source_security, Unset):
                source_security = UNSET
            else:
                source_security = check_bulk_migration_start_request_source_security(
                    _source_security
                )

        except _parsing.PARSE_ERRORS as exc:
            source_security = _parsing.field_mismatch(
                cls,
                "source_security",
                "BulkMigrationStartRequestSourceSecurity",
                _raw,
                exc,
            )

        _raw = d.pop("per_row_server", UNSET)
        per_row_server = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            per_row_server = _parsing.field_mismatch(
                cls, "per_row_server", "bool", _raw
            )

        _raw = d.pop("folder_strategy", UNSET)
        try:
            _folder_strategy = _raw
            folder_strategy: BulkMigrationStartRequestFolderStrategy | Unset
            if isinstance(_folder_strategy, Unset):
                folder_strategy = UNSET
            else:
                folder_strategy = check_bulk_migration_start_request_folder_strategy(
                    _folder_strategy
                )

        except _parsing.PARSE_ERRORS as exc:
            folder_strategy = _parsing.field_mismatch(
                cls,
                "folder_strategy",
                "BulkMigrationStartRequestFolderStrategy",
                _raw,
                exc,
            )

        _raw = d.pop("import_since", UNSET)
        try:
            _import_since = _raw
            import_since: datetime.date | Unset
            if isinstance(_import_since, Unset):
                import_since = UNSET
            else:
                import_since = datetime.date.fromisoformat(_import_since)

        except _parsing.PARSE_ERRORS as exc:
            import_since = _parsing.field_mismatch(
                cls, "import_since", "datetime.date", _raw, exc
            )

        _raw = d.pop("skip_duplicates", UNSET)
        skip_duplicates = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            skip_duplicates = _parsing.field_mismatch(
                cls, "skip_duplicates", "bool", _raw
            )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        instance = cls(
            data=data,
            provider=provider,
            source_host=source_host,
            source_port=source_port,
            source_security=source_security,
            per_row_server=per_row_server,
            folder_strategy=folder_strategy,
            import_since=import_since,
            skip_duplicates=skip_duplicates,
            name=name,
        )
        instance._raw_json = src_dict
        return instance
