from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET

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
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SmtpProfileCreateRequest:
    """Create a profile and use it for this domain.

    Attributes:
        name (str): Profile name.
        host (str): SMTP host.
        port (SmtpProfileCreateRequestPort): SMTP port (25, 465, 587 or 2525).
        encryption (SmtpProfileCreateRequestEncryption): Encryption.
        username (str): SMTP username.
        password (str): SMTP password. (secret: never shown in repr)

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    name: str
    host: str
    port: SmtpProfileCreateRequestPort
    encryption: SmtpProfileCreateRequestEncryption
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
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        host = self.host
        if host is not UNSET:
            field_dict["host"] = host
        try:
            port: int = self.port
        except _parsing.PARSE_ERRORS:
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
        _raw = d.pop("name", UNSET)
        if _raw is UNSET:
            name = _parsing.missing_field(cls, "name", "str")
        else:
            name = _raw
            if not isinstance(_raw, str):
                name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("host", UNSET)
        if _raw is UNSET:
            host = _parsing.missing_field(cls, "host", "str")
        else:
            host = _raw
            if not isinstance(_raw, str):
                host = _parsing.field_mismatch(cls, "host", "str", _raw)

        _raw = d.pop("port", UNSET)
        if _raw is UNSET:
            port = _parsing.missing_field(cls, "port", "SmtpProfileCreateRequestPort")
        else:
            try:
                port = check_smtp_profile_create_request_port(_raw)

            except _parsing.PARSE_ERRORS as exc:
                port = _parsing.field_mismatch(
                    cls, "port", "SmtpProfileCreateRequestPort", _raw, exc
                )

        _raw = d.pop("encryption", UNSET)
        if _raw is UNSET:
            encryption = _parsing.missing_field(
                cls, "encryption", "SmtpProfileCreateRequestEncryption"
            )
        else:
            try:
                encryption = check_smtp_profile_create_request_encryption(_raw)

            except _parsing.PARSE_ERRORS as exc:
                encryption = _parsing.field_mismatch(
                    cls, "encryption", "SmtpProfileCreateRequestEncryption", _raw, exc
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
            name=name,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )
        instance._raw_json = src_dict
        return instance
