from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxMemberAddRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SharedMailboxMemberAddRequest:
    """Add a member.

    Attributes:
        member_mailbox_id (int): The mailbox to add as a member.
        can_send (bool | Unset): May reply as the shared address. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    member_mailbox_id: int
    can_send: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        member_mailbox_id = self.member_mailbox_id
        if member_mailbox_id is not UNSET:
            field_dict["member_mailbox_id"] = member_mailbox_id
        can_send = self.can_send
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
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
        _raw = d.pop("member_mailbox_id", UNSET)
        if _raw is UNSET:
            member_mailbox_id = _parsing.missing_field(cls, "member_mailbox_id", "int")
        else:
            member_mailbox_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                member_mailbox_id = _parsing.field_mismatch(
                    cls, "member_mailbox_id", "int", _raw
                )

        _raw = d.pop("can_send", UNSET)
        can_send = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            can_send = _parsing.field_mismatch(cls, "can_send", "bool", _raw)

        instance = cls(
            member_mailbox_id=member_mailbox_id,
            can_send=can_send,
        )
        instance._raw_json = src_dict
        return instance
