from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.message_body import MessageBody


T = TypeVar("T", bound="ScheduleMessageRequest")


@_attrs_define
class ScheduleMessageRequest:
    """Schedule a message.

    Attributes:
        to (list[str]): Recipients (1-10).
        scheduled_for (str): When to send (ISO-8601, in the future; without an offset it is read in `timezone`, else
            UTC).
        timezone (str | Unset): IANA time zone.
        cc (list[str] | Unset): Cc recipients.
        bcc (list[str] | Unset): Bcc recipients.
        subject (str | Unset): Subject.
        body (MessageBody | Unset): Message body: at least one of `text` and `html` must be non-null.
        external_account_id (int | Unset): Connected external account.
        identity_id (int | Unset): Identity to use.
        shared_mailbox_id (int | Unset): Send as this shared mailbox.
        apply_default_recipients (bool | Unset): Apply the mailbox's Default CC/BCC. Default: True.
    """

    to: list[str]
    scheduled_for: str
    timezone: str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body: MessageBody | Unset = UNSET
    external_account_id: int | Unset = UNSET
    identity_id: int | Unset = UNSET
    shared_mailbox_id: int | Unset = UNSET
    apply_default_recipients: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        scheduled_for = self.scheduled_for

        timezone = self.timezone

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

        external_account_id = self.external_account_id

        identity_id = self.identity_id

        shared_mailbox_id = self.shared_mailbox_id

        apply_default_recipients = self.apply_default_recipients

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "scheduled_for": scheduled_for,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
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

        d = dict(src_dict)
        to = cast(list[str], d.pop("to"))

        scheduled_for = d.pop("scheduled_for")

        timezone = d.pop("timezone", UNSET)

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        subject = d.pop("subject", UNSET)

        _body = d.pop("body", UNSET)
        body: MessageBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = MessageBody.from_dict(_body)

        external_account_id = d.pop("external_account_id", UNSET)

        identity_id = d.pop("identity_id", UNSET)

        shared_mailbox_id = d.pop("shared_mailbox_id", UNSET)

        apply_default_recipients = d.pop("apply_default_recipients", UNSET)

        schedule_message_request = cls(
            to=to,
            scheduled_for=scheduled_for,
            timezone=timezone,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            external_account_id=external_account_id,
            identity_id=identity_id,
            shared_mailbox_id=shared_mailbox_id,
            apply_default_recipients=apply_default_recipients,
        )

        return schedule_message_request
