from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.legacy_smtp_update_request_encryption import (
    check_legacy_smtp_update_request_encryption,
)
from ..models.legacy_smtp_update_request_encryption import (
    LegacySmtpUpdateRequestEncryption,
)
from ..models.legacy_smtp_update_request_mode import (
    check_legacy_smtp_update_request_mode,
)
from ..models.legacy_smtp_update_request_mode import LegacySmtpUpdateRequestMode


T = TypeVar("T", bound="LegacySmtpUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class LegacySmtpUpdateRequest:
    """Legacy account-level SMTP settings.

    Attributes:
        mode (LegacySmtpUpdateRequestMode): Mode.
        host (str | Unset): SMTP host (custom).
        port (int | Unset): Port.
        encryption (LegacySmtpUpdateRequestEncryption | Unset): Encryption.
        username (str | Unset): SMTP username (custom).
        password (str | Unset): SMTP password (needed for a new custom connection). (secret: never shown in repr)

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    mode: LegacySmtpUpdateRequestMode
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    encryption: LegacySmtpUpdateRequestEncryption | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            mode: str = self.mode
        except _parsing.PARSE_ERRORS:
            mode = self.mode
        if mode is not UNSET:
            field_dict["mode"] = mode
        host = self.host
        if host is not UNSET:
            field_dict["host"] = host
        port = self.port
        if port is not UNSET:
            field_dict["port"] = port
        try:
            encryption: str | Unset = UNSET
            if not isinstance(self.encryption, Unset):
                encryption = self.encryption

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
        _raw = d.pop("mode", UNSET)
        if _raw is UNSET:
            mode = _parsing.missing_field(cls, "mode", "LegacySmtpUpdateRequestMode")
        else:
            try:
                mode = check_legacy_smtp_update_request_mode(_raw)

            except _parsing.PARSE_ERRORS as exc:
                mode = _parsing.field_mismatch(
                    cls, "mode", "LegacySmtpUpdateRequestMode", _raw, exc
                )

        _raw = d.pop("host", UNSET)
        host = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            host = _parsing.field_mismatch(cls, "host", "str", _raw)

        _raw = d.pop("port", UNSET)
        port = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            port = _parsing.field_mismatch(cls, "port", "int", _raw)

        _raw = d.pop("encryption", UNSET)
        try:
            _encryption = _raw
            encryption: LegacySmtpUpdateRequestEncryption | Unset
            if isinstance(_encryption, Unset):
                encryption = UNSET
            else:
                encryption = check_legacy_smtp_update_request_encryption(_encryption)

        except _parsing.PARSE_ERRORS as exc:
            encryption = _parsing.field_mismatch(
                cls, "encryption", "LegacySmtpUpdateRequestEncryption", _raw, exc
            )

        _raw = d.pop("username", UNSET)
        username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            username = _parsing.field_mismatch(cls, "username", "str", _raw)

        _raw = d.pop("password", UNSET)
        password = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            password = _parsing.field_mismatch(cls, "password", "str", _raw)

        instance = cls(
            mode=mode,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )
        instance._raw_json = src_dict
        return instance
