from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.ticket_create_request_category import check_ticket_create_request_category
from ..models.ticket_create_request_category import TicketCreateRequestCategory
from ..models.ticket_create_request_priority import check_ticket_create_request_priority
from ..models.ticket_create_request_priority import TicketCreateRequestPriority


T = TypeVar("T", bound="TicketCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class TicketCreateRequest:
    """A new support ticket.

    Attributes:
        subject (str): Subject.
        category (TicketCreateRequestCategory): Category.
        message (str): Message.
        priority (TicketCreateRequestPriority | Unset): Priority. Default: 'normal'.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    subject: str
    category: TicketCreateRequestCategory
    message: str
    priority: TicketCreateRequestPriority | Unset = "normal"
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        try:
            category: str = self.category
        except _parsing.PARSE_ERRORS:
            category = self.category
        if category is not UNSET:
            field_dict["category"] = category
        message = self.message
        if message is not UNSET:
            field_dict["message"] = message
        try:
            priority: str | Unset = UNSET
            if not isinstance(self.priority, Unset):
                priority = self.priority

        except _parsing.PARSE_ERRORS:
            priority = self.priority
        if priority is not UNSET:
            field_dict["priority"] = priority
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
        _raw = d.pop("subject", UNSET)
        if _raw is UNSET:
            subject = _parsing.missing_field(cls, "subject", "str")
        else:
            subject = _raw
            if not isinstance(_raw, str):
                subject = _parsing.field_mismatch(cls, "subject", "str", _raw)

        _raw = d.pop("category", UNSET)
        if _raw is UNSET:
            category = _parsing.missing_field(
                cls, "category", "TicketCreateRequestCategory"
            )
        else:
            try:
                category = check_ticket_create_request_category(_raw)

            except _parsing.PARSE_ERRORS as exc:
                category = _parsing.field_mismatch(
                    cls, "category", "TicketCreateRequestCategory", _raw, exc
                )

        _raw = d.pop("message", UNSET)
        if _raw is UNSET:
            message = _parsing.missing_field(cls, "message", "str")
        else:
            message = _raw
            if not isinstance(_raw, str):
                message = _parsing.field_mismatch(cls, "message", "str", _raw)

        _raw = d.pop("priority", UNSET)
        try:
            _priority = _raw
            priority: TicketCreateRequestPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = check_ticket_create_request_priority(_priority)

        except _parsing.PARSE_ERRORS as exc:
            priority = _parsing.field_mismatch(
                cls, "priority", "TicketCreateRequestPriority", _raw, exc
            )

        instance = cls(
            subject=subject,
            category=category,
            message=message,
            priority=priority,
        )
        instance._raw_json = src_dict
        return instance
