from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET

from ..models.legacy_smtp_test_request_encryption import (
    check_legacy_smtp_test_request_encryption,
)
from ..models.legacy_smtp_test_request_encryption import LegacySmtpTestRequestEncryption


T = TypeVar("T", bound="LegacySmtpTestRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class LegacySmtpTestRequest:
    """SMTP settings to test.

    Attributes:
        host (str): SMTP host.
        port (int): Port.
        encryption (LegacySmtpTestRequestEncryption): Encryption.
        username (str): SMTP username.
        password (str): SMTP password. (secret: never shown in repr)

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    host: str
    port: int
    encryption: LegacySmtpTestRequestEncryption
    username: str
    password: str = _attrs_field(repr=_parsing.secret_repr)
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        host = self.host
        if host is not UNSET:
            field_dict["host"] = host
        port = self.port
        if port is not UNSET:
            field_dict["port"] = port
        try:
            encryption: str = self.encryption
        except _parsing.PARSE_ERRORS:
            encryption = self.encryption
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        username = self.username
        if username is not UNSET:
            field_dict["username"] = username
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
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
        _raw = d.pop("host", UNSET)
        if _raw is UNSET:
            host = _parsing.missing_field(cls, "host", "str")
        else:
            host = _raw
            if not isinstance(_raw, str):
                host = _parsing.field_mismatch(cls, "host", "str", _raw)

        _raw = d.pop("port", UNSET)
        if _raw is UNSET:
            port = _parsing.missing_field(cls, "port", "int")
        else:
            port = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                port = _parsing.field_mismatch(cls, "port", "int", _raw)

        _raw = d.pop("encryption", UNSET)
        if _raw is UNSET:
            encryption = _parsing.missing_field(
                cls, "encryption", "LegacySmtpTestRequestEncryption"
            )
        else:
            try:
                encryption = check_legacy_smtp_test_request_encryption(_raw)

            except _parsing.PARSE_ERRORS as exc:
                encryption = _parsing.field_mismatch(
                    cls, "encryption", "LegacySmtpTestRequestEncryption", _raw, exc
                )

        _raw = d.pop("username", UNSET)
        if _raw is UNSET:
            username = _parsing.missing_field(cls, "username", "str")
        else:
            username = _raw
            if not isinstance(_raw, str):
                username = _parsing.field_mismatch(cls, "username", "str", _raw)

        _raw = d.pop("password", UNSET)
        if _raw is UNSET:
            password = _parsing.missing_field(cls, "password", "str")
        else:
            password = _raw
            if not isinstance(_raw, str):
                password = _parsing.field_mismatch(cls, "password", "str", _raw)

        instance = cls(
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )
        instance._raw_json = src_dict
        return instance
