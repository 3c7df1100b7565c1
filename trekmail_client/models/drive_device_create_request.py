from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.drive_device_create_request_scopes_item import (
    check_drive_device_create_request_scopes_item,
)
from ..models.drive_device_create_request_scopes_item import (
    DriveDeviceCreateRequestScopesItem,
)


T = TypeVar("T", bound="DriveDeviceCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveDeviceCreateRequest:
    """Create a sync-device password.

    Attributes:
        label (str): Label.
        scopes (list[DriveDeviceCreateRequestScopesItem]): Drive scopes to grant (at least one).
            `drive:mailbox:*` scopes need `mailbox_id`.
        mailbox_id (int | None | Unset): Mailbox the device is bound to; required for
            `drive:mailbox:*` scopes. The official client always sends it (null when unbound).
        expires_in_days (int | None | Unset): Lifetime in days (1-3650); null never expires.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    label: str
    scopes: list[DriveDeviceCreateRequestScopesItem]
    mailbox_id: int | None | Unset = UNSET
    expires_in_days: int | None | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        try:
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item: str = scopes_item_data
                scopes.append(scopes_item)

        except _parsing.PARSE_ERRORS:
            scopes = self.scopes
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        try:
            mailbox_id: int | None | Unset
            if isinstance(self.mailbox_id, Unset):
                mailbox_id = UNSET
            else:
                mailbox_id = self.mailbox_id
        except _parsing.PARSE_ERRORS:
            mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        try:
            expires_in_days: int | None | Unset
            if isinstance(self.expires_in_days, Unset):
                expires_in_days = UNSET
            else:
                expires_in_days = self.expires_in_days
        except _parsing.PARSE_ERRORS:
            expires_in_days = self.expires_in_days
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days
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
        _raw = d.pop("label", UNSET)
        if _raw is UNSET:
            label = _parsing.missing_field(cls, "label", "str")
        else:
            label = _raw
            if not isinstance(_raw, str):
                label = _parsing.field_mismatch(cls, "label", "str", _raw)

        _raw = d.pop("scopes", UNSET)
        if _raw is UNSET:
            scopes = _parsing.missing_field(
                cls, "scopes", "list[DriveDeviceCreateRequestScopesItem]"
            )
        else:
            if not isinstance(_raw, list):
                scopes = _parsing.field_mismatch(
                    cls, "scopes", "list[DriveDeviceCreateRequestScopesItem]", _raw
                )
            else:
                try:
                    scopes = []
                    _scopes = _raw
                    for scopes_item_data in _scopes:
                        scopes_item = check_drive_device_create_request_scopes_item(
                            scopes_item_data
                        )

                        scopes.append(scopes_item)

                except _parsing.PARSE_ERRORS as exc:
                    scopes = _parsing.field_mismatch(
                        cls,
                        "scopes",
                        "list[DriveDeviceCreateRequestScopesItem]",
                        _raw,
                        exc,
                    )

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int | None", _raw)

        _raw = d.pop("expires_in_days", UNSET)
        expires_in_days = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            expires_in_days = _parsing.field_mismatch(
                cls, "expires_in_days", "int | None", _raw
            )

        instance = cls(
            label=label,
            scopes=scopes,
            mailbox_id=mailbox_id,
            expires_in_days=expires_in_days,
        )
        instance._raw_json = src_dict
        return instance
