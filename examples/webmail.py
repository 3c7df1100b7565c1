"""Webmail with the message token, in the resource style (docs/webmail.md walks through it).

The ops token (`tm_live_`) creates the mailbox, turns IMAP on and mints a message token
(`tm_msg_`) for it; a second client holding only that token then sends, lists, reads and moves
mail, manages folders, saves a draft and adds a contact. `make test` type-checks this file with
mypy --strict and runs it against the sandbox.

    TREKMAIL_BASE_URL=http://127.0.0.1:8025 TREKMAIL_API_TOKEN=tm_live_... \\
    python examples/webmail.py example.org
"""

from __future__ import annotations

import asyncio
import sys

import attrs

from trekmail_client import TrekMail
from trekmail_client.models import MessageBody
from trekmail_client.types import Unset


@attrs.frozen
class WebmailTour:
    """What the tour saw, for the caller (and the behaviour test) to check."""

    address: str
    sent_subject: str
    inbox_subjects: list[str]
    read_subject: str | None | Unset
    folders_after: list[str]
    draft_uid: int
    contacts: list[str]


async def tour(ops: TrekMail, domain_name: str) -> WebmailTour:
    """Set a mailbox up with the ops client, then use its mail with a message token."""
    domain = await ops.domains.create(name=domain_name)
    mailbox = await ops.mailboxes.create(
        domain_id=domain.id, local_part="webmail", password_mode="generated_one_time"
    )
    # TrekMail's guides make IMAP the prerequisite of message tokens; it takes the current
    # password, which a generated one-time password is.
    await ops.mailboxes.enable_imap(mailbox.id, password=str(mailbox.password))
    minted = await ops.message_tokens.create(
        mailbox.id, name="webmail-tour", scopes=["messages:read", "messages:send", "messages:write"]
    )

    async with TrekMail(base_url=ops.base_url, message_token=minted.token) as mail:
        await mail.messages.send(
            to=[mailbox.email], subject="Hello from the tour", body=MessageBody(text="Hi!")
        )
        inbox = [m async for m in mail.messages.list(folder="INBOX", limit=50)]
        newest = inbox[0]
        message = await mail.messages.read(newest.uid)

        await mail.folders.create(name="Receipts")
        await mail.messages.move(newest.uid, destination="Receipts")
        folders = await mail.folders.list()

        draft = await mail.drafts.save(
            to=["later@example.net"], subject="Unfinished", body=MessageBody(text="...")
        )
        await mail.contacts.create(email="friend@example.net", name="A Friend")
        contacts = [c async for c in mail.contacts.list()]

    return WebmailTour(
        address=mailbox.email,
        sent_subject="Hello from the tour",
        inbox_subjects=[str(m.subject) for m in inbox],
        read_subject=message.subject,
        folders_after=[str(f.name) for f in (folders.folders or [])],
        draft_uid=draft.uid,
        # The contract names no fields of a contact yet: they are in additional_properties.
        contacts=[str(c.additional_properties.get("email")) for c in contacts],
    )


async def main(domain_name: str) -> None:
    """Run the tour with the ops token and base URL from the environment."""
    async with TrekMail.from_env() as ops:
        seen = await tour(ops, domain_name)
    print(f"{seen.address}: inbox {seen.inbox_subjects}, folders {seen.folders_after}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "example.org"))
