from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.external_account_update_request_imap_encryption import (
    check_external_account_update_request_imap_encryption,
)
from ..models.external_account_update_request_imap_encryption import (
    ExternalAccountUpdateRequestImapEncryption,
)
from ..models.external_account_update_request_imap_port import (
    check_external_account_update_request_imap_port,
)
from ..models.external_account_update_request_imap_port import (
    ExternalAccountUpdateRequestImapPort,
)
from ..models.external_account_update_request_smtp_encryption import (
    check_external_account_update_request_smtp_encryption,
)
from ..models.external_account_update_request_smtp_encryption import (
    ExternalAccountUpdateRequestSmtpEncryption,
)
from ..models.external_account_update_request_smtp_port import (
    check_external_account_update_request_smtp_port,
)
from ..models.external_account_update_request_smtp_port import (
    ExternalAccountUpdateRequestSmtpPort,
)


T = TypeVar("T", bound="ExternalAccountUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ExternalAccountUpdateRequest:
    """Account fields to change (`email` and `provider` cannot change). A connection change is re-
    tested.

    Attributes:
        password (str | Unset): IMAP password or app password (app-password providers strip
            spaces). (secret: never shown in repr)
        imap_host (str | Unset): IMAP host.
        imap_port (ExternalAccountUpdateRequestImapPort | Unset): IMAP port.
        imap_encryption (ExternalAccountUpdateRequestImapEncryption | Unset): IMAP encryption.
        imap_username (str | Unset): IMAP user name (default: the email).
        smtp_host (str | Unset): SMTP host.
        smtp_port (ExternalAccountUpdateRequestSmtpPort | Unset): SMTP port.
        smtp_encryption (ExternalAccountUpdateRequestSmtpEncryption | Unset): SMTP encryption.
        smtp_username (str | Unset): SMTP user name (default: the IMAP user name).
        smtp_password (str | Unset): SMTP password (default: the IMAP password). (secret: never shown in repr)
        label (None | str | Unset): Label (null clears it).
        color (str | Unset): Colour, e.g. `#6366f1`.
        include_in_unified (bool | Unset): Show the account's mail in the unified inbox.
        sort_order (int | Unset): Sort order.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
    imap_host: str | Unset = UNSET
    imap_port: ExternalAccountUpdateRequestImapPort | Unset = UNSET
    imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset = UNSET
    imap_username: str | Unset = UNSET
    smtp_host: str | Unset = UNSET
    smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset = UNSET
    smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = _attrs_field(default=UNSET, repr=_parsing.secret_repr)
    label: None | str | Unset = UNSET
    color: str | Unset = UNSET
    include_in_unified: bool | Unset = UNSET
    sort_order: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        imap_host = self.imap_host
        if imap_host is not UNSET:
            field_dict["imap_host"] = imap_host
        try:
            imap_port: int | Unset = UNSET
            if not isinstance(self.imap_port, Unset):
                imap_port = self.imap_port

        except _parsing.PARSE_ERRORS:
            imap_port = self.imap_port
        if imap_port is not UNSET:
            field_dict["imap_port"] = imap_port
        try:
            imap_encryption: str | Unset = UNSET
            if not isinstance(self.imap_encryption, Unset):
                imap_encryption = self.imap_encryption

        except _parsing.PARSE_ERRORS:
            imap_encryption = self.imap_encryption
        if imap_encryption is not UNSET:
            field_dict["imap_encryption"] = imap_encryption
        imap_username = self.imap_username
        if imap_username is not UNSET:
            field_dict["imap_username"] = imap_username
        smtp_host = self.smtp_host
        if smtp_host is not UNSET:
            field_dict["smtp_host"] = smtp_host
        try:
            smtp_port: int | Unset = UNSET
            if not isinstance(self.smtp_port, Unset):
                smtp_port = self.smtp_port

        except _parsing.PARSE_ERRORS:
            smtp_port = self.smtp_port
        if smtp_port is not UNSET:
            field_dict["smtp_port"] = smtp_port
        try:
            smtp_encryption: str | Unset = UNSET
            if not isinstance(self.smtp_encryption, Unset):
                smtp_encryption = self.smtp_encryption

        except _parsing.PARSE_ERRORS:
            smtp_encryption = self.smtp_encryption
        if smtp_encryption is not UNSET:
            field_dict["smtp_encryption"] = smtp_encryption
        smtp_username = self.smtp_username
        if smtp_username is not UNSET:
            field_dict["smtp_username"] = smtp_username
        smtp_password = self.smtp_password
        if smtp_password is not UNSET:
            field_dict["smtp_password"] = smtp_password
        try:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label
        except _parsing.PARSE_ERRORS:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        color = self.color
        if color is not UNSET:
            field_dict["color"] = color
        include_in_unified = self.include_in_unified
        if include_in_unified is not UNSET:
            field_dict["include_in_unified"] = include_in_unified
        sort_order = self.sort_order
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
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
        _raw = d.pop("password", UNSET)
        password = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            password = _parsing.field_mismatch(cls, "password", "str", _raw)

        _raw = d.pop("imap_host", UNSET)
        imap_host = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            imap_host = _parsing.field_mismatch(cls, "imap_host", "str", _raw)

        _raw = d.pop("imap_port", UNSET)
        try:
            _imap_port = _raw
            imap_port: ExternalAccountUpdateRequestImapPort | Unset
            if isinstance(_imap_port, Unset):
                imap_port = UNSET
            else:
                imap_port = check_external_account_update_request_imap_port(_imap_port)

        except _parsing.PARSE_ERRORS as exc:
            imap_port = _parsing.field_mismatch(
                cls, "imap_port", "ExternalAccountUpdateRequestImapPort", _raw, exc
            )

        _raw = d.pop("imap_encryption", UNSET)
        try:
            _imap_encryption = _raw
            imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset
            if isinstance(_imap_encryption, Unset):
                imap_encryption = UNSET
            else:
                imap_encryption = check_external_account_update_request_imap_encryption(
                    _imap_encryption
                )

        except _parsing.PARSE_ERRORS as exc:
            imap_encryption = _parsing.field_mismatch(
                cls,
                "imap_encryption",
                "ExternalAccountUpdateRequestImapEncryption",
                _raw,
                exc,
            )

        _raw = d.pop("imap_username", UNSET)
        imap_username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            imap_username = _parsing.field_mismatch(cls, "imap_username", "str", _raw)

        _raw = d.pop("smtp_host", UNSET)
        smtp_host = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            smtp_host = _parsing.field_mismatch(cls, "smtp_host", "str", _raw)

        _raw = d.pop("smtp_port", UNSET)
        try:
            _smtp_port = _raw
            smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset
            if isinstance(_smtp_port, Unset):
                smtp_port = UNSET
            else:
                smtp_port = check_external_account_update_request_smtp_port(_smtp_port)

        except _parsing.PARSE_ERRORS as exc:
            smtp_port = _parsing.field_mismatch(
                cls, "smtp_port", "ExternalAccountUpdateRequestSmtpPort", _raw, exc
            )

        _raw = d.pop("smtp_encryption", UNSET)
        try:
            _smtp_encryption = _raw
            smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset
            if isinstance(_smtp_encryption, Unset):
                smtp_encryption = UNSET
            else:
                smtp_encryption = check_external_account_update_request_smtp_encryption(
                    _smtp_encryption
                )

        except _parsing.PARSE_ERRORS as exc:
            smtp_encryption = _parsing.field_mismatch(
                cls,
                "smtp_encryption",
                "ExternalAccountUpdateRequestSmtpEncryption",
                _raw,
                exc,
            )

        _raw = d.pop("smtp_username", UNSET)
        smtp_username = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            smtp_username = _parsing.field_mismatch(cls, "smtp_username", "str", _raw)

        _raw = d.pop("smtp_password", UNSET)
        smtp_password = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            smtp_password = _parsing.field_mismatch(cls, "smtp_password", "str", _raw)

        _raw = d.pop("label", UNSET)
        label = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            label = _parsing.field_mismatch(cls, "label", "None | str", _raw)

        _raw = d.pop("color", UNSET)
        color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            color = _parsing.field_mismatch(cls, "color", "str", _raw)

        _raw = d.pop("include_in_unified", UNSET)
        include_in_unified = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            include_in_unified = _parsing.field_mismatch(
                cls, "include_in_unified", "bool", _raw
            )

        _raw = d.pop("sort_order", UNSET)
        sort_order = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            sort_order = _parsing.field_mismatch(cls, "sort_order", "int", _raw)

        instance = cls(
            password=password,
            imap_host=imap_host,
            imap_port=imap_port,
            imap_encryption=imap_encryption,
            imap_username=imap_username,
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_encryption=smtp_encryption,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            label=label,
            color=color,
            include_in_unified=include_in_unified,
            sort_order=sort_order,
        )
        instance._raw_json = src_dict
        return instance
