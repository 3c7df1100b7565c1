from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="PreparedMessage")


@_attrs_define
class PreparedMessage:
    """A reply or forward prepared from a message, ready for send_message or save_draft. The quoted/forwarded body and (for
    a forward) the original attachment metadata come back too; their key names are not given by the facts, so they are
    kept as additional properties.

        Attributes:
            to (Any | Unset): Recipients (reply: the sender; reply-all: the original recipients except yourself). Shape not
                pinned down.
            cc (Any | Unset): Cc recipients (reply-all). Shape not pinned down.
            subject (None | str | Unset): Subject with `Re:` or `Fwd:`.
            in_reply_to (None | str | Unset): Message-Id being answered (pass as `reply_to_message_id`).
    """

    to: Any | Unset = UNSET
    cc: Any | Unset = UNSET
    subject: None | str | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        cc = self.cc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)

        cc = d.pop("cc", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_in_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", UNSET))

        prepared_message = cls(
            to=to,
            cc=cc,
            subject=subject,
            in_reply_to=in_reply_to,
        )

        prepared_message.additional_properties = d
        return prepared_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
