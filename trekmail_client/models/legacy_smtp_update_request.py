from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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


@_attrs_define
class LegacySmtpUpdateRequest:
    """Legacy account-level SMTP settings.

    Attributes:
        mode (LegacySmtpUpdateRequestMode): Mode.
        host (str | Unset): SMTP host (custom).
        port (int | Unset): Port.
        encryption (LegacySmtpUpdateRequestEncryption | Unset): Encryption.
        username (str | Unset): SMTP username (custom).
        password (str | Unset): SMTP password (needed for a new custom connection).
    """

    mode: LegacySmtpUpdateRequestMode
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    encryption: LegacySmtpUpdateRequestEncryption | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        host = self.host

        port = self.port

        encryption: str | Unset = UNSET
        if not isinstance(self.encryption, Unset):
            encryption = self.encryption

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )
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
        mode = check_legacy_smtp_update_request_mode(d.pop("mode"))

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        _encryption = d.pop("encryption", UNSET)
        encryption: LegacySmtpUpdateRequestEncryption | Unset
        if isinstance(_encryption, Unset):
            encryption = UNSET
        else:
            encryption = check_legacy_smtp_update_request_encryption(_encryption)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        legacy_smtp_update_request = cls(
            mode=mode,
            host=host,
            port=port,
            encryption=encryption,
            username=username,
            password=password,
        )

        return legacy_smtp_update_request
