from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="PreparedMessage")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class PreparedMessage:
    """A reply or forward prepared from a message, ready for send_message or save_draft. The
    quoted/forwarded body and (for a forward) the original attachment metadata come back too; their
    key names are not given by the facts, so they are kept as additional properties.

    Attributes:
        to (Any | Unset): Recipients (reply: the sender; reply-all: the original recipients
            except yourself). Shape not pinned down.
        cc (Any | Unset): Cc recipients (reply-all). Shape not pinned down.
        subject (None | str | Unset): Subject with `Re:` or `Fwd:`.
        in_reply_to (None | str | Unset): Message-Id being answered (pass as
            `reply_to_message_id`).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    to: Any | Unset = UNSET
    cc: Any | Unset = UNSET
    subject: None | str | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
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
        to = self.to
        if to is not UNSET:
            field_dict["to"] = to
        cc = self.cc
        if cc is not UNSET:
            field_dict["cc"] = cc
        try:
            subject: None | str | Unset
            if isinstance(self.subject, Unset):
                subject = UNSET
            else:
                subject = self.subject
        except _parsing.PARSE_ERRORS:
            subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        try:
            in_reply_to: None | str | Unset
            if isinstance(self.in_reply_to, Unset):
                in_reply_to = UNSET
            else:
                in_reply_to = self.in_reply_to
        except _parsing.PARSE_ERRORS:
            in_reply_to = self.in_reply_to
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
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
        _raw = d.pop("to", UNSET)
        to = _raw

        _raw = d.pop("cc", UNSET)
        cc = _raw

        _raw = d.pop("subject", UNSET)
        subject = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            subject = _parsing.field_mismatch(cls, "subject", "None | str", _raw)

        _raw = d.pop("in_reply_to", UNSET)
        in_reply_to = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            in_reply_to = _parsing.field_mismatch(
                cls, "in_reply_to", "None | str", _raw
            )

        instance = cls(
            to=to,
            cc=cc,
            subject=subject,
            in_reply_to=in_reply_to,
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
