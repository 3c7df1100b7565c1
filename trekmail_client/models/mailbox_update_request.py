from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.mailbox_update_request_drive_access import (
    check_mailbox_update_request_drive_access,
)
from ..models.mailbox_update_request_drive_access import MailboxUpdateRequestDriveAccess


T = TypeVar("T", bound="MailboxUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailboxUpdateRequest:
    """Partial update. Never changes the address, password, storage or domain.

    Attributes:
        display_name (None | str | Unset): Display name (null clears).
        conversation_view (bool | Unset): Group messages into conversations in webmail.
        drive_access (MailboxUpdateRequestDriveAccess | Unset): Drive access (refused for shared
            mailboxes).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    display_name: None | str | Unset = UNSET
    conversation_view: bool | Unset = UNSET
    drive_access: MailboxUpdateRequestDriveAccess | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name
        except _parsing.PARSE_ERRORS:
            display_name = self.display_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        conversation_view = self.conversation_view
        if conversation_view is not UNSET:
            field_dict["conversation_view"] = conversation_view
        try:
            drive_access: str | Unset = UNSET
            if not isinstance(self.drive_access, Unset):
                drive_access = self.drive_access

        except _parsing.PARSE_ERRORS:
            drive_access = self.drive_access
        if drive_access is not UNSET:
            field_dict["drive_access"] = drive_access
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
        _raw = d.pop("display_name", UNSET)
        display_name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            display_name = _parsing.field_mismatch(
                cls, "display_name", "None | str", _raw
            )

        _raw = d.pop("conversation_view", UNSET)
        conversation_view = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            conversation_view = _parsing.field_mismatch(
                cls, "conversation_view", "bool", _raw
            )

        _raw = d.pop("drive_access", UNSET)
        try:
            _drive_access = _raw
            drive_access: MailboxUpdateRequestDriveAccess | Unset
            if isinstance(_drive_access, Unset):
                drive_access = UNSET
            else:
                drive_access = check_mailbox_update_request_drive_access(_drive_access)

        except _parsing.PARSE_ERRORS as exc:
            drive_access = _parsing.field_mismatch(
                cls, "drive_access", "MailboxUpdateRequestDriveAccess", _raw, exc
            )

        instance = cls(
            display_name=display_name,
            conversation_view=conversation_view,
            drive_access=drive_access,
        )
        instance._raw_json = src_dict
        return instance
