from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.attachment_info import AttachmentInfo


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A full message with body and attachment metadata. Other keys are kept as additional properties.

    Attributes:
        uid (int | Unset): IMAP UID.
        uidvalidity (int | None | Unset): UIDVALIDITY of the folder (keep it with the uid).
        from_ (Any | Unset): Sender (string or object; not pinned down).
        to (Any | Unset): Recipients (not pinned down).
        cc (Any | Unset): Cc recipients (not pinned down).
        subject (None | str | Unset): Subject.
        date (None | str | Unset): Date of the message.
        body_text (None | str | Unset): Plain-text body.
        body_html (None | str | Unset): HTML body.
        attachments (list[AttachmentInfo] | Unset): Attachment metadata.
    """

    uid: int | Unset = UNSET
    uidvalidity: int | None | Unset = UNSET
    from_: Any | Unset = UNSET
    to: Any | Unset = UNSET
    cc: Any | Unset = UNSET
    subject: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    body_text: None | str | Unset = UNSET
    body_html: None | str | Unset = UNSET
    attachments: list[AttachmentInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        uidvalidity: int | None | Unset
        if isinstance(self.uidvalidity, Unset):
            uidvalidity = UNSET
        else:
            uidvalidity = self.uidvalidity

        from_ = self.from_

        to = self.to

        cc = self.cc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        body_text: None | str | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        body_html: None | str | Unset
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if uidvalidity is not UNSET:
            field_dict["uidvalidity"] = uidvalidity
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if date is not UNSET:
            field_dict["date"] = date
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_info import AttachmentInfo  # noqa: PLC0415

        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        def _parse_uidvalidity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uidvalidity = _parse_uidvalidity(d.pop("uidvalidity", UNSET))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        cc = d.pop("cc", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_body_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_text = _parse_body_text(d.pop("body_text", UNSET))

        def _parse_body_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_html = _parse_body_html(d.pop("body_html", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentInfo] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentInfo.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        message = cls(
            uid=uid,
            uidvalidity=uidvalidity,
            from_=from_,
            to=to,
            cc=cc,
            subject=subject,
            date=date,
            body_text=body_text,
            body_html=body_html,
            attachments=attachments,
        )

        message.additional_properties = d
        return message

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
