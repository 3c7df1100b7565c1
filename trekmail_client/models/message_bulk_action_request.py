from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.message_bulk_action_request_action import (
    check_message_bulk_action_request_action,
)
from ..models.message_bulk_action_request_action import MessageBulkActionRequestAction


T = TypeVar("T", bound="MessageBulkActionRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageBulkActionRequest:
    """A bulk message action.

    Attributes:
        folder (str): Folder of the messages.
        uids (list[int]): Message UIDs (1-50).
        action (MessageBulkActionRequestAction): Action.
        destination (str | Unset): Destination folder (required for `move`).
        external_account_id (int | Unset): Connected external account (native actions only).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    folder: str
    uids: list[int]
    action: MessageBulkActionRequestAction
    destination: str | Unset = UNSET
    external_account_id: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        folder = self.folder
        if folder is not UNSET:
            field_dict["folder"] = folder
        try:
            uids = self.uids

        except _parsing.PARSE_ERRORS:
            uids = self.uids
        if uids is not UNSET:
            field_dict["uids"] = uids
        try:
            action: str = self.action
        except _parsing.PARSE_ERRORS:
            action = self.action
        if action is not UNSET:
            field_dict["action"] = action
        destination = self.destination
        if destination is not UNSET:
            field_dict["destination"] = destination
        external_account_id = self.external_account_id
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
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
        _raw = d.pop("folder", UNSET)
        if _raw is UNSET:
            folder = _parsing.missing_field(cls, "folder", "str")
        else:
            folder = _raw
            if not isinstance(_raw, str):
                folder = _parsing.field_mismatch(cls, "folder", "str", _raw)

        _raw = d.pop("uids", UNSET)
        if _raw is UNSET:
            uids = _parsing.missing_field(cls, "uids", "list[int]")
        else:
            if not isinstance(_raw, list):
                uids = _parsing.field_mismatch(cls, "uids", "list[int]", _raw)
            else:
                try:
                    uids = cast(list[int], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    uids = _parsing.field_mismatch(cls, "uids", "list[int]", _raw, exc)

        _raw = d.pop("action", UNSET)
        if _raw is UNSET:
            action = _parsing.missing_field(
                cls, "action", "MessageBulkActionRequestAction"
            )
        else:
            try:
                action = check_message_bulk_action_request_action(_raw)

            except _parsing.PARSE_ERRORS as exc:
                action = _parsing.field_mismatch(
                    cls, "action", "MessageBulkActionRequestAction", _raw, exc
                )

        _raw = d.pop("destination", UNSET)
        destination = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            destination = _parsing.field_mismatch(cls, "destination", "str", _raw)

        _raw = d.pop("external_account_id", UNSET)
        external_account_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            external_account_id = _parsing.field_mismatch(
                cls, "external_account_id", "int", _raw
            )

        instance = cls(
            folder=folder,
            uids=uids,
            action=action,
            destination=destination,
            external_account_id=external_account_id,
        )
        instance._raw_json = src_dict
        return instance
