"""An ordinary application, in the resource style, typed end to end: `make test` checks it
with mypy --strict and runs it against the sandbox.

It adds a domain, creates a mailbox with a generated one-time password, adds an alias and a
forwarding rule, pages through every mailbox, then sends and lists mail with the message
token. No ``cast``, ``isinstance`` or ``assert`` narrows a result: every method returns its
resource (what is inside ``data``), and list methods give typed paginators.

Run it against the local sandbox (``python -m trekmail_client.testing --port 8025`` prints the
URL and demo tokens) or the real API::

    TREKMAIL_BASE_URL=http://127.0.0.1:8025 TREKMAIL_API_TOKEN=tm_live_... \\
    TREKMAIL_MESSAGE_TOKEN=tm_msg_... python examples/typed_app.py example.org
"""

from __future__ import annotations

import asyncio
import sys
from typing import assert_type

import attrs

from trekmail_client import NotFoundError, Page, RawResponse, TrekMail
from trekmail_client.models import (
    Domain,
    Mailbox,
    MailboxCreated,
    MailboxList,
    MessageBody,
    MessageSummary,
)
from trekmail_client.types import Unset


@attrs.frozen
class Summary:
    """What the run did, for the caller (and the behaviour test) to check."""

    domain: Domain
    mailbox: MailboxCreated
    alias_address: str | None | Unset
    forwarding_enabled: bool | Unset
    mailboxes: list[Mailbox]
    first_page_size: int
    sent_message_id: str | None | Unset
    inbox: list[MessageSummary]
    request_id: str | None
    missing_mailbox_code: str


async def run(tm: TrekMail, domain_name: str) -> Summary:
    """Do the whole tour with one client that holds both tokens."""
    domain = await tm.domains.create(name=domain_name)

    mailbox = await tm.mailboxes.create(
        domain_id=domain.id,
        local_part="alice",
        display_name="Alice",
        password_mode="generated_one_time",
        idempotency_key=f"create-alice-{domain_name}",
    )
    print(repr(mailbox))  # the one-time password shows as '<redacted>'
    # Static checks only (mypy fails if a result were Any or another type); nothing narrows.
    assert_type(domain, Domain)
    assert_type(mailbox, MailboxCreated)

    alias = await tm.aliases.create(local_part="hello", domain_id=domain.id, mailbox_id=mailbox.id)
    forwarding = await tm.forwarding.set(
        mailbox.id, enabled=True, targets=["archive@example.net"], timeout=10.0
    )

    first_page = await tm.mailboxes.list(per_page=50)
    assert_type(first_page, Page[Mailbox, MailboxList])
    print(f"page 1 of {first_page.parsed.meta}")
    mailboxes: list[Mailbox] = [item async for item in tm.mailboxes.list(per_page=100)]

    sent = await tm.messages.send(
        to=[mailbox.email], subject="Welcome", body=MessageBody(text="Hello, Alice.")
    )
    inbox: list[MessageSummary] = [m async for m in tm.messages.list(folder="INBOX", limit=20)]

    raw = await tm.mailboxes.with_raw_response.get(mailbox.id)
    assert_type(raw, RawResponse[Mailbox])
    fetched = raw.parse()
    print(f"{fetched.email}: HTTP {raw.status_code}, retries {raw.retries_taken}")

    try:
        await tm.mailboxes.get(999_999_999, max_retries=0)
        missing = "found"
    except NotFoundError as exc:
        missing = exc.code

    return Summary(
        domain=domain,
        mailbox=mailbox,
        alias_address=alias.email,
        forwarding_enabled=forwarding.enabled,
        mailboxes=mailboxes,
        first_page_size=len(first_page.items),
        sent_message_id=sent.message_id,
        inbox=inbox,
        request_id=raw.request_id,
        missing_mailbox_code=missing,
    )


async def main(domain_name: str) -> None:
    """Run the tour with the tokens and base URL from the environment."""
    async with TrekMail.from_env() as tm:
        summary = await run(tm, domain_name)
    print(f"domain {summary.domain.id}, mailbox {summary.mailbox.email}")
    print(f"alias {summary.alias_address}, forwarding on: {summary.forwarding_enabled}")
    print(f"{len(summary.mailboxes)} mailbox(es), {len(summary.inbox)} message(s) in INBOX")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "example.org"))
