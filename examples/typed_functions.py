"""The low-level function layer, typed end to end: `make test` checks it with mypy --strict.

It adds a domain, creates a mailbox with a generated one-time password, adds an alias and a
forwarding rule, pages through every mailbox, then sends and lists mail with the message
token. No ``cast``, ``isinstance`` or ``assert`` narrows a result: every call returns exactly
its success model, and ``tm.paginate`` yields the list's item model.

Run it against the local sandbox (``python -m trekmail_client.testing --port 8025`` prints the
URL and demo tokens) or the real API::

    TREKMAIL_BASE_URL=http://127.0.0.1:8025 TREKMAIL_API_TOKEN=tm_live_... \\
    TREKMAIL_MESSAGE_TOKEN=tm_msg_... python examples/typed_functions.py example.org
"""

from __future__ import annotations

import asyncio
import sys
from typing import assert_type

import attrs

from trekmail_client import NotFoundError, TrekMail
from trekmail_client.api.aliases import create_alias
from trekmail_client.api.domains import create_domain, list_domains
from trekmail_client.api.forwarding import set_forwarding
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox, list_mailboxes
from trekmail_client.api.messages import list_messages, send_message
from trekmail_client.models import (
    AliasCreateRequest,
    Domain,
    DomainCreateRequest,
    ForwardingUpdateRequest,
    Mailbox,
    MailboxCreated,
    MailboxCreateRequest,
    MessageBody,
    MessageSummary,
    SendMessageRequest,
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
    sent_message_id: str | None | Unset
    inbox: list[MessageSummary]
    missing_mailbox_code: str


async def run(tm: TrekMail, domain_name: str) -> Summary:
    """Do the whole tour with one client that holds both tokens."""
    domain = (
        await create_domain.asyncio(client=tm, body=DomainCreateRequest(name=domain_name))
    ).data
    domains = await list_domains.asyncio(client=tm, per_page=50)
    print(f"{len(domains.data)} domain(s) on the first page")

    created = await create_mailbox.asyncio(
        client=tm,
        body=MailboxCreateRequest(
            domain_id=domain.id,
            local_part="alice",
            display_name="Alice",
            password_mode="generated_one_time",
        ),
    )
    mailbox = created.data
    assert_type(mailbox, MailboxCreated)  # a static check: mypy fails if it were Any
    print(repr(mailbox))  # the one-time password shows as '<redacted>'

    alias = await create_alias.asyncio(
        client=tm,
        body=AliasCreateRequest(local_part="hello", domain_id=domain.id, mailbox_id=mailbox.id),
    )
    forwarding = await set_forwarding.asyncio(
        mailbox.id,
        client=tm,
        body=ForwardingUpdateRequest(enabled=True, targets=["archive@example.net"]),
    )

    mailboxes: list[Mailbox] = []
    async for item in tm.paginate(list_mailboxes, per_page=100):
        mailboxes.append(item)

    sent = await send_message.asyncio(
        client=tm,
        body=SendMessageRequest(
            to=[mailbox.email], subject="Welcome", body=MessageBody(text="Hello, Alice.")
        ),
    )
    inbox = await list_messages.asyncio(client=tm, folder="INBOX", limit=20)

    detailed = await get_mailbox.asyncio_detailed(mailbox.id, client=tm)
    assert_type(detailed.parsed.data, Mailbox)
    print(f"{detailed.parsed.data.email}: HTTP {int(detailed.status_code)}")

    try:
        await get_mailbox.asyncio(999_999_999, client=tm)
        missing = "found"
    except NotFoundError as exc:
        missing = exc.code

    return Summary(
        domain=domain,
        mailbox=mailbox,
        alias_address=alias.data.email,
        forwarding_enabled=forwarding.data.enabled,
        mailboxes=mailboxes,
        sent_message_id=sent.message_id,
        inbox=inbox.messages,
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
