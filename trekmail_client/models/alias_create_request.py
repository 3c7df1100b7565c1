from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AliasCreateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AliasCreateRequest:
    """Create an alias (Starter plan and up).

    Attributes:
        local_part (str): Alias local part: like a mailbox local part, but a leading `-` is
            allowed. At most 64 characters. Example: sales-team.
        domain_id (int): Domain of the alias: any active domain of the account (cross-domain
            works).
        mailbox_id (int | Unset): Mailbox the alias belongs to. Not in the facts for this top-
            level route (the official client nests aliases under the mailbox path); see docs/spec-
            notes.md.
        can_receive (bool | Unset): Deliver mail sent to the alias. Default: True.
        can_send (bool | Unset): Allow sending as the alias. Default: False.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    local_part: str
    domain_id: int
    mailbox_id: int | Unset = UNSET
    can_receive: bool | Unset = True
    can_send: bool | Unset = False
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        local_part = self.local_part
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        domain_id = self.domain_id
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        mailbox_id = self.mailbox_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        can_receive = self.can_receive
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
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
        _raw = d.pop("local_part", UNSET)
        if _raw is UNSET:
            local_part = _parsing.missing_field(cls, "local_part", "str")
        else:
            local_part = _raw
            if not isinstance(_raw, str):
                local_part = _parsing.field_mismatch(cls, "local_part", "str", _raw)

        _raw = d.pop("domain_id", UNSET)
        if _raw is UNSET:
            domain_id = _parsing.missing_field(cls, "domain_id", "int")
        else:
            domain_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                domain_id = _parsing.field_mismatch(cls, "domain_id", "int", _raw)

        _raw = d.pop("mailbox_id", UNSET)
        mailbox_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            mailbox_id = _parsing.field_mismatch(cls, "mailbox_id", "int", _raw)

        _raw = d.pop("can_receive", UNSET)
        can_receive = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            can_receive = _parsing.field_mismatch(cls, "can_receive", "bool", _raw)

        _raw = d.pop("can_send", UNSET)
        can_send = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            can_send = _parsing.field_mismatch(cls, "can_send", "bool", _raw)

        instance = cls(
            local_part=local_part,
            domain_id=domain_id,
            mailbox_id=mailbox_id,
            can_receive=can_receive,
            can_send=can_send,
        )
        instance._raw_json = src_dict
        return instance
