from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SendMessageRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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
        reply_to_message_id (str | Unset): Message-Id being answered (sets In-Reply-To and
            References).
        headers (SendMessageRequestHeaders | Unset): Extra outbound headers. Allowed names:
            `List-Unsubscribe`, `List-Unsubscribe-Post`, `Reply-To` and any `X-*`. Values at most
            998 characters, no CR/LF. Platform-managed names are rejected with 422.
        external_account_id (int | Unset): Send through this connected external account's SMTP.
        identity_id (int | Unset): Send with this identity (see list_identities).
        shared_mailbox_id (int | Unset): Send as this shared mailbox (the member needs
            `can_send`).
        apply_default_recipients (bool | Unset): Apply the mailbox's Default CC/BCC. Default:
            True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            to = self.to

        except _parsing.PARSE_ERRORS:
            to = self.to
        if to is not UNSET:
            field_dict["to"] = to
        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject
        try:
            body = self.body.to_dict()
        except _parsing.PARSE_ERRORS:
            body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        try:
            cc: list[str] | Unset = UNSET
            if not isinstance(self.cc, Unset):
                cc = self.cc

        except _parsing.PARSE_ERRORS:
            cc = self.cc
        if cc is not UNSET:
            field_dict["cc"] = cc
        try:
            bcc: list[str] | Unset = UNSET
            if not isinstance(self.bcc, Unset):
                bcc = self.bcc

        except _parsing.PARSE_ERRORS:
            bcc = self.bcc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
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
        reply_to_message_id = self.reply_to_message_id
        if reply_to_message_id is not UNSET:
            field_dict["reply_to_message_id"] = reply_to_message_id
        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except _parsing.PARSE_ERRORS:
            headers = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers
        external_account_id = self.external_account_id
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id
        identity_id = self.identity_id
        if identity_id is not UNSET:
            field_dict["identity_id"] = identity_id
        shared_mailbox_id = self.shared_mailbox_id
        if shared_mailbox_id is not UNSET:
            field_dict["shared_mailbox_id"] = shared_mailbox_id
        apply_default_recipients = self.apply_default_recipients
        if apply_default_recipients is not UNSET:
            field_dict["apply_default_recipients"] = apply_default_recipients
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
        if _raw is UNSET:
            to = _parsing.missing_field(cls, "to", "list[str]")
        else:
            if not isinstance(_raw, list):
                to = _parsing.field_mismatch(cls, "to", "list[str]", _raw)
            else:
                try:
                    to = cast(list[str], _raw)

                except _parsing.PARSE_ERRORS as exc:
                    to = _parsing.field_mismatch(cls, "to", "list[str]", _raw, exc)

        _raw = d.pop("subject", UNSET)
        if _raw is UNSET:
            subject = _parsing.missing_field(cls, "subject", "str")
        else:
            subject = _raw
            if not isinstance(_raw, str):
                subject = _parsing.field_mismatch(cls, "subject", "str", _raw)

        _raw = d.pop("body", UNSET)
        if _raw is UNSET:
            body = _parsing.missing_field(cls, "body", "MessageBody")
        else:
            if type(_raw) is not dict and not isinstance(_raw, Mapping):
                body = _parsing.not_an_object(
                    MessageBody, _raw, where=f"{cls.__name__}.body"
                )
            else:
                body = MessageBody.from_dict(_raw)

        _raw = d.pop("cc", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            cc = _parsing.field_mismatch(cls, "cc", "list[str]", _raw)
        else:
            try:
                cc = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                cc = _parsing.field_mismatch(cls, "cc", "list[str]", _raw, exc)

        _raw = d.pop("bcc", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            bcc = _parsing.field_mismatch(cls, "bcc", "list[str]", _raw)
        else:
            try:
                bcc = cast(list[str], _raw)

            except _parsing.PARSE_ERRORS as exc:
                bcc = _parsing.field_mismatch(cls, "bcc", "list[str]", _raw, exc)

        _raw = d.pop("attachments", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            attachments = _parsing.field_mismatch(
                cls, "attachments", "list[OutgoingAttachment]", _raw
            )
        else:
            try:
                _attachments = _raw
                attachments: list[OutgoingAttachment] | Unset = UNSET
                if _attachments is not UNSET:
                    attachments = []
                    for attachments_item_data in _attachments:
                        attachments_item = OutgoingAttachment.from_dict(
                            attachments_item_data
                        )

                        attachments.append(attachments_item)

            except _parsing.PARSE_ERRORS as exc:
                attachments = _parsing.field_mismatch(
                    cls, "attachments", "list[OutgoingAttachment]", _raw, exc
                )

        _raw = d.pop("reply_to_message_id", UNSET)
        reply_to_message_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            reply_to_message_id = _parsing.field_mismatch(
                cls, "reply_to_message_id", "str", _raw
            )

        _raw = d.pop("headers", UNSET)
        if (
            _raw is not UNSET
            and type(_raw) is not dict
            and not isinstance(_raw, Mapping)
        ):
            headers = _parsing.not_an_object(
                SendMessageRequestHeaders, _raw, where=f"{cls.__name__}.headers"
            )
        else:
            _headers = _raw
            headers: SendMessageRequestHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = SendMessageRequestHeaders.from_dict(_headers)

        _raw = d.pop("external_account_id", UNSET)
        external_account_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            external_account_id = _parsing.field_mismatch(
                cls, "external_account_id", "int", _raw
            )

        _raw = d.pop("identity_id", UNSET)
        identity_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            identity_id = _parsing.field_mismatch(cls, "identity_id", "int", _raw)

        _raw = d.pop("shared_mailbox_id", UNSET)
        shared_mailbox_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            shared_mailbox_id = _parsing.field_mismatch(
                cls, "shared_mailbox_id", "int", _raw
            )

        _raw = d.pop("apply_default_recipients", UNSET)
        apply_default_recipients = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            apply_default_recipients = _parsing.field_mismatch(
                cls, "apply_default_recipients", "bool", _raw
            )

        instance = cls(
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
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.message_body import MessageBody  # noqa: E402
from ..models.outgoing_attachment import OutgoingAttachment  # noqa: E402
from ..models.send_message_request_headers import SendMessageRequestHeaders  # noqa: E402
