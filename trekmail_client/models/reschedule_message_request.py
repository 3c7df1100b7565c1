from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="RescheduleMessageRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class RescheduleMessageRequest:
    """New send time.

    Attributes:
        scheduled_for (str): New send time (ISO-8601).
        timezone (str | Unset): IANA time zone.
        shared_mailbox_id (int | Unset): Shared mailbox the row was created with.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    scheduled_for: str
    timezone: str | Unset = UNSET
    shared_mailbox_id: int | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        scheduled_for = self.scheduled_for
        if scheduled_for is not UNSET:
            field_dict["scheduled_for"] = scheduled_for
        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        shared_mailbox_id = self.shared_mailbox_id
        if shared_mailbox_id is not UNSET:
            field_dict["shared_mailbox_id"] = shared_mailbox_id
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
        _raw = d.pop("scheduled_for", UNSET)
        if _raw is UNSET:
            scheduled_for = _parsing.missing_field(cls, "scheduled_for", "str")
        else:
            scheduled_for = _raw
            if not isinstance(_raw, str):
                scheduled_for = _parsing.field_mismatch(
                    cls, "scheduled_for", "str", _raw
                )

        _raw = d.pop("timezone", UNSET)
        timezone = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            timezone = _parsing.field_mismatch(cls, "timezone", "str", _raw)

        _raw = d.pop("shared_mailbox_id", UNSET)
        shared_mailbox_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            shared_mailbox_id = _parsing.field_mismatch(
                cls, "shared_mailbox_id", "int", _raw
            )

        instance = cls(
            scheduled_for=scheduled_for,
            timezone=timezone,
            shared_mailbox_id=shared_mailbox_id,
        )
        instance._raw_json = src_dict
        return instance
