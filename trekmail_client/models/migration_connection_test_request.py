from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.migration_connection_test_request_source_security import (
    check_migration_connection_test_request_source_security,
)
from ..models.migration_connection_test_request_source_security import (
    MigrationConnectionTestRequestSourceSecurity,
)


T = TypeVar("T", bound="MigrationConnectionTestRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MigrationConnectionTestRequest:
    """Source IMAP connection.

    Attributes:
        source_host (str): Source IMAP host.
        source_port (int): Source IMAP port.
        source_security (MigrationConnectionTestRequestSourceSecurity): Source connection
            security.
        source_email (str): Source address.
        source_password (str): Source password. (secret: never shown in repr)
        source_username (str | Unset): Source username (defaults to the email).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    source_host: str
    source_port: int
    source_security: MigrationConnectionTestRequestSourceSecurity
    source_email: str
    source_password: str = _attrs_field(repr=_parsing.secret_repr)
    source_username: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
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
                cls, "source_security", "MigrationConnectionTestRequestSourceSecurity"
            )
        else:
            try:
                source_security = (
                    check_migration_connection_test_request_source_security(_raw)
                )

            except _parsing.PARSE_ERRORS as exc:
                source_security = _parsing.field_mismatch(
                    cls,
                    "source_security",
                    "MigrationConnectionTestRequestSourceSecurity",
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

        instance = cls(
            source_host=source_host,
            source_port=source_port,
            source_security=source_security,
            source_email=source_email,
            source_password=source_password,
            source_username=source_username,
        )
        instance._raw_json = src_dict
        return instance
