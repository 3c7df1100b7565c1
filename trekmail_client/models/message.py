from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="Message")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
        uid = self.uid
        if uid is not UNSET:
            field_dict["uid"] = uid
        try:
            uidvalidity: int | None | Unset
            if isinstance(self.uidvalidity, Unset):
                uidvalidity = UNSET
            else:
                uidvalidity = self.uidvalidity
        except _parsing.PARSE_ERRORS:
            uidvalidity = self.uidvalidity
        if uidvalidity is not UNSET:
            field_dict["uidvalidity"] = uidvalidity
        from_ = self.from_
        if from_ is not UNSET:
            field_dict["from"] = from_
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
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            else:
                date = self.date
        except _parsing.PARSE_ERRORS:
            date = self.date
        if date is not UNSET:
            field_dict["date"] = date
        try:
            body_text: None | str | Unset
            if isinstance(self.body_text, Unset):
                body_text = UNSET
            else:
                body_text = self.body_text
        except _parsing.PARSE_ERRORS:
            body_text = self.body_text
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        try:
            body_html: None | str | Unset
            if isinstance(self.body_html, Unset):
                body_html = UNSET
            else:
                body_html = self.body_html
        except _parsing.PARSE_ERRORS:
            body_html = self.body_html
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        try:
            attachments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.attachments, Unset):
                attachments = []
                for attachments_item_data in self.attachments:
                    attachments_item = attachments_item_data.to_dict()
                    attachments.append(attachments_item)

        except _parsing.PARSE_ERRORS:
            attachments = self.attachments
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        _raw = d.pop("uid", UNSET)
        uid = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            uid = _parsing.field_mismatch(cls, "uid", "int", _raw)

        _raw = d.pop("uidvalidity", UNSET)
        uidvalidity = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            uidvalidity = _parsing.field_mismatch(
                cls, "uidvalidity", "int | None", _raw
            )

        _raw = d.pop("from", UNSET)
        from_ = _raw

        _raw = d.pop("to", UNSET)
        to = _raw

        _raw = d.pop("cc", UNSET)
        cc = _raw

        _raw = d.pop("subject", UNSET)
        subject = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            subject = _parsing.field_mismatch(cls, "subject", "None | str", _raw)

        _raw = d.pop("date", UNSET)
        date = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            date = _parsing.field_mismatch(cls, "date", "None | str", _raw)

        _raw = d.pop("body_text", UNSET)
        body_text = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            body_text = _parsing.field_mismatch(cls, "body_text", "None | str", _raw)

        _raw = d.pop("body_html", UNSET)
        body_html = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            body_html = _parsing.field_mismatch(cls, "body_html", "None | str", _raw)

        _raw = d.pop("attachments", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            attachments = _parsing.field_mismatch(
                cls, "attachments", "list[AttachmentInfo]", _raw
            )
        else:
            try:
                _attachments = _raw
                attachments: list[AttachmentInfo] | Unset = UNSET
                if _attachments is not UNSET:
                    attachments = []
                    for attachments_item_data in _attachments:
                        attachments_item = AttachmentInfo.from_dict(
                            attachments_item_data
                        )

                        attachments.append(attachments_item)

            except _parsing.PARSE_ERRORS as exc:
                attachments = _parsing.field_mismatch(
                    cls, "attachments", "list[AttachmentInfo]", _raw, exc
                )

        instance = cls(
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


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.attachment_info import AttachmentInfo  # noqa: E402
