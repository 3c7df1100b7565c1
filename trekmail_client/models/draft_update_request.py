from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.message_body import MessageBody
    from ..models.outgoing_attachment import OutgoingAttachment


T = TypeVar("T", bound="DraftUpdateRequest")


@_attrs_define
class DraftUpdateRequest:
    """Replace a draft.

    Attributes:
        uidvalidity (int): UIDVALIDITY the draft's uid belongs to.
        to (list[str] | Unset): Recipients.
        cc (list[str] | Unset): Cc recipients.
        bcc (list[str] | Unset): Bcc recipients.
        subject (str | Unset): Subject.
        body (MessageBody | Unset): Message body: at least one of `text` and `html` must be non-null.
        attachments (list[OutgoingAttachment] | Unset): Attachments (at most 20, 25 MB in total).
        external_account_id (int | Unset): Connected external account.
        identity_id (int | Unset): Identity to use.
    """

    uidvalidity: int
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body: MessageBody | Unset = UNSET
    attachments: list[OutgoingAttachment] | Unset = UNSET
    external_account_id: int | Unset = UNSET
    identity_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uidvalidity = self.uidvalidity

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        external_account_id = self.external_account_id

        identity_id = self.identity_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uidvalidity": uidvalidity,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_body import MessageBody  # noqa: PLC0415
        from ..models.outgoing_attachment import OutgoingAttachment  # noqa: PLC0415

        d = dict(src_dict)
        uidvalidity = d.pop("uidvalidity")

        to = cast(list[str], d.pop("to", UNSET))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        subject = d.pop("subject", UNSET)

        _body = d.pop("body", UNSET)
        body: MessageBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = MessageBody.from_dict(_body)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[OutgoingAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = OutgoingAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        external_account_id = d.pop("external_account_id", UNSET)

        identity_id = d.pop("identity_id", UNSET)

        draft_update_request = cls(
            uidvalidity=uidvalidity,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            attachments=attachments,
            external_account_id=external_account_id,
            identity_id=identity_id,
        )

        return draft_update_request
