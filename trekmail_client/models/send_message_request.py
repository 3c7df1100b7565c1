from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.message_body import MessageBody
    from ..models.outgoing_attachment import OutgoingAttachment
    from ..models.send_message_request_headers import SendMessageRequestHeaders


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """Send a message.

    Attributes:
        to (list[str]): Recipients (1-10; to+cc+bcc together at most 10).
        subject (str): Subject.
        body (MessageBody): Message body: at least one of `text` and `html` must be non-null.
        cc (list[str] | Unset): Cc recipients.
        bcc (list[str] | Unset): Bcc recipients.
        attachments (list[OutgoingAttachment] | Unset): Attachments (at most 5).
        reply_to_message_id (str | Unset): Message-Id being answered (sets In-Reply-To and References).
        headers (SendMessageRequestHeaders | Unset): Extra outbound headers. Allowed names: `List-Unsubscribe`, `List-
            Unsubscribe-Post`, `Reply-To` and any `X-*`. Values at most 998 characters, no CR/LF. Platform-managed names are
            rejected with 422.
        external_account_id (int | Unset): Send through this connected external account's SMTP.
        identity_id (int | Unset): Send with this identity (see list_identities).
        shared_mailbox_id (int | Unset): Send as this shared mailbox (the member needs `can_send`).
        apply_default_recipients (bool | Unset): Apply the mailbox's Default CC/BCC. Default: True.
    """

    to: list[str]
    subject: str
    body: MessageBody
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    attachments: list[OutgoingAttachment] | Unset = UNSET
    reply_to_message_id: str | Unset = UNSET
    headers: SendMessageRequestHeaders | Unset = UNSET
    external_account_id: int | Unset = UNSET
    identity_id: int | Unset = UNSET
    shared_mailbox_id: int | Unset = UNSET
    apply_default_recipients: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        subject = self.subject

        body = self.body.to_dict()

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        reply_to_message_id = self.reply_to_message_id

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        external_account_id = self.external_account_id

        identity_id = self.identity_id

        shared_mailbox_id = self.shared_mailbox_id

        apply_default_recipients = self.apply_default_recipients

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "subject": subject,
                "body": body,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if reply_to_message_id is not UNSET:
            field_dict["reply_to_message_id"] = reply_to_message_id
        if headers is not UNSET:
            field_dict["headers"] = headers
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        if shared_mailbox_id is not UNSET:
            field_dict["shared_mailbox_id"] = shared_mailbox_id
        if apply_default_recipients is not UNSET:
            field_dict["apply_default_recipients"] = apply_default_recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_body import MessageBody  # noqa: PLC0415
        from ..models.outgoing_attachment import OutgoingAttachment  # noqa: PLC0415
        from ..models.send_message_request_headers import SendMessageRequestHeaders  # noqa: PLC0415

        d = dict(src_dict)
        to = cast(list[str], d.pop("to"))

        subject = d.pop("subject")

        body = MessageBody.from_dict(d.pop("body"))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[OutgoingAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = OutgoingAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        reply_to_message_id = d.pop("reply_to_message_id", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SendMessageRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SendMessageRequestHeaders.from_dict(_headers)

        external_account_id = d.pop("external_account_id", UNSET)

        identity_id = d.pop("identity_id", UNSET)

        shared_mailbox_id = d.pop("shared_mailbox_id", UNSET)

        apply_default_recipients = d.pop("apply_default_recipients", UNSET)

        send_message_request = cls(
            to=to,
            subject=subject,
            body=body,
            cc=cc,
            bcc=bcc,
            attachments=attachments,
            reply_to_message_id=reply_to_message_id,
            headers=headers,
            external_account_id=external_account_id,
            identity_id=identity_id,
            shared_mailbox_id=shared_mailbox_id,
            apply_default_recipients=apply_default_recipients,
        )

        return send_message_request
