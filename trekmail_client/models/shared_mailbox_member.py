from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxMember")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SharedMailboxMember:
    """A member of a shared mailbox.

    Attributes:
        member_mailbox_id (int): The member's own mailbox id.
        id (int | Unset): Membership row id (use it as `{member}`).
        email (None | str | Unset): The member's address.
        can_read (bool | None | Unset): Always true: every member can read.
        can_send (bool | None | Unset): The member may reply as the shared address.
        custom_label (None | str | Unset): Label the member sees for the shared mailbox.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    member_mailbox_id: int
    id: int | Unset = UNSET
    email: None | str | Unset = UNSET
    can_read: bool | None | Unset = UNSET
    can_send: bool | None | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        member_mailbox_id = self.member_mailbox_id
        if member_mailbox_id is not UNSET:
            field_dict["member_mailbox_id"] = member_mailbox_id
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
        except _parsing.PARSE_ERRORS:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        try:
            can_read: bool | None | Unset
            if isinstance(self.can_read, Unset):
                can_read = UNSET
            else:
                can_read = self.can_read
        except _parsing.PARSE_ERRORS:
            can_read = self.can_read
        if can_read is not UNSET:
            field_dict["can_read"] = can_read
        try:
            can_send: bool | None | Unset
            if isinstance(self.can_send, Unset):
                can_send = UNSET
            else:
                can_send = self.can_send
        except _parsing.PARSE_ERRORS:
            can_send = self.can_send
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        try:
            custom_label: None | str | Unset
            if isinstance(self.custom_label, Unset):
                custom_label = UNSET
            else:
                custom_label = self.custom_label
        except _parsing.PARSE_ERRORS:
            custom_label = self.custom_label
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
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

        _raw = d.pop("id", UNSET)
        id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("email", UNSET)
        email = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            email = _parsing.field_mismatch(cls, "email", "None | str", _raw)

        _raw = d.pop("can_read", UNSET)
        can_read = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            can_read = _parsing.field_mismatch(cls, "can_read", "bool | None", _raw)

        _raw = d.pop("can_send", UNSET)
        can_send = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            can_send = _parsing.field_mismatch(cls, "can_send", "bool | None", _raw)

        _raw = d.pop("custom_label", UNSET)
        custom_label = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            custom_label = _parsing.field_mismatch(
                cls, "custom_label", "None | str", _raw
            )

        instance = cls(
            member_mailbox_id=member_mailbox_id,
            id=id,
            email=email,
            can_read=can_read,
            can_send=can_send,
            custom_label=custom_label,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
