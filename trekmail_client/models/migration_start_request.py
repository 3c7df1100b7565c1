from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
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
import datetime


T = TypeVar("T", bound="MigrationStartRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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
        source_password (str): Source password. (secret: never shown in repr)
        source_username (str | Unset): Source username (defaults to the email).
        selected_folders (list[str] | Unset): Folders to copy (empty: all).
        import_since (datetime.date | Unset): Only mail since this day (`YYYY-MM-DD`).
        skip_duplicates (bool | Unset): Skip messages already present. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    mailbox_id: int
    provider: MigrationStartRequestProvider
    source_host: str
    source_port: int
    source_security: MigrationStartRequestSourceSecurity
    source_email: str
    source_password: str = _attrs_field(repr=_parsing.secret_repr)
    source_username: str | Unset = UNSET
    selected_folders: list[str] | Unset = UNSET
    import_since: datetime.date | Unset = UNSET
    skip_duplicates: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        try:
            provider: str = self.provider
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
            source_security: str = self.source_security
        except _parsing.PARSE_ERRORS:
            source_security = self.source_security
        if source_security is not UNSET:
            field_dict["source_security"] = source_security
        source_email = self.source_email
        if source_email is not UNSET:
            field_dict["source_email"] = source_email
        source_password = self.source_password
        if source_password is not UNSET:
            field_dict["source_password"] = source_password
        source_username = self.source_username
        if source_username is not UNSET:
            field_dict["source_username"] = source_username
        try:
            selected_folders: list[str] | Unset = UNSET
            if not isinstance(self.selected_folders, Unset):
                selected_folders = self.selected_folders

        except _parsing.PARSE_ERRORS:
            selected_folders = self.selected_folders
        if selected_folders is not UNSET:
            field_dict["selected_folders"] = selected_folders
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
        _raw = d.pop("mailbox_id", UNSET)
        if _raw is UNSET:
            mailbox_id = _parsing.missing_field(cls, "mailbox_id", "int")
        else:
            mailbox_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int", _raw)

        _raw = d.pop("provider", UNSET)
        if _raw is UNSET:
            provider = _parsing.missing_field(
                cls, "provider", "MigrationStartRequestProvider"
            )
        else:
            try:
                provider = check_migration_start_request_provider(_raw)

            except _parsing.PARSE_ERRORS as exc:
                provider = _parsing.field_mismatch(
                    cls, "provider", "MigrationStartRequestProvider", _raw, exc
                )

        _raw = d.pop("source_host", UNSET)
        if _raw is UNSET:
            source_host = _parsing.missing_field(cls, "source_host", "str")
        else:
            source_host = _raw
            if not isinstance(_raw, str):
                source_host = _parsing.field_mismatch(cls, "source_host", "str", _raw)

        _raw = d.pop("source_port", UNSET)
        if _raw is UNSET:
            source_port = _parsing.missing_field(cls, "source_port", "int")
        else:
            source_port = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                source_port = _parsing.field_mismatch(cls, "source_port", "int", _raw)

        _raw = d.pop("source_security", UNSET)
        if _raw is UNSET:
            source_security = _parsing.missing_field(
                cls, "source_security", "MigrationStartRequestSourceSecurity"
            )
        else:
            try:
                source_security = check_migration_start_request_source_security(_raw)

            except _parsing.PARSE_ERRORS as exc:
                source_security = _parsing.field_mismatch(
                    cls,
                    "source_security",
                    "MigrationStartRequestSourceSecurity",
                    _raw,
                    exc,
                )

        _raw = d.pop("source_email", UNSET)
        if _raw is UNSET:
            source_email = _parsing.missing_field(cls, "source_email", "str")
        else:
            source_email = _raw
            if not isinstance(_raw, str):
                source_email = _parsing.field_mismatch(cls, "source_email", "str", _raw)

        _raw = d.pop("source_password", UNSET)
        if _raw is UNSET:
            source_password = _parsing.missing_field(cls, "source_password", "str")
        else:
            source_password = _raw
            if not isinstance(_raw, str):
                source_password = _parsing.field_mismatch(
                    cls, "source_password", "str", _raw
                )

        _raw = d.pop("source_username", UNSET)
        source_username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            source_username = _parsing.field_mismatch(
                cls, "source_username", "str", _raw
            )

        _raw = d.pop("selected_folders", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            selected_folders = _parsing.field_mismatch(
                cls, "selected_folders", "list[str]", _raw
            )
        else:
            try:
                selected_folders = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                selected_folders = _parsing.field_mismatch(
                    cls, "selected_folders", "list[str]", _raw, exc
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

        instance = cls(
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
        instance._raw_json = src_dict
        return instance
