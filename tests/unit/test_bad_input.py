"""Arguments the contract forbids fail before any request where the generated models check
them, and the error names the field (the server-side checks are in tests/behaviour)."""

from __future__ import annotations

import pytest
import respx

from trekmail_client import TrekMail
from trekmail_client.api.mailboxes import create_mailbox
from trekmail_client.models import MailboxCreateRequest, MailboxCreateRequestPasswordMode


def test_unknown_enum_value_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"bogus.*MailboxCreateRequestPasswordMode"):
        MailboxCreateRequestPasswordMode("bogus")


def test_missing_required_field_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match="local_part"):
        MailboxCreateRequest(domain_id=1)  # type: ignore[call-arg]


@pytest.mark.anyio
@respx.mock
async def test_nothing_is_sent_when_the_model_refuses() -> None:
    route = respx.post("http://trekmail.test/api/v1/mailboxes")
    async with TrekMail(base_url="http://trekmail.test", ops_token="tm_live_unit0test") as tm:
        with pytest.raises(TypeError, match="local_part"):
            await create_mailbox.asyncio(client=tm, body=MailboxCreateRequest(domain_id=1))  # type: ignore[call-arg]
    assert not route.called
