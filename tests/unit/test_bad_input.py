"""Arguments the contract forbids: what the generated models check fails before any request
and names the field; the rest reaches the server, whose 422 names it (tests/behaviour).

Request enums are ``Literal`` string types (generator option ``literal_enums``): mypy refuses an
unknown value; at run time it is sent and the server's 422 names the field."""

from __future__ import annotations

import pytest
import respx

from trekmail_client import TrekMail
from trekmail_client.api.mailboxes import create_mailbox
from trekmail_client.models import MailboxCreateRequest
from trekmail_client.models.mailbox_create_request_password_mode import (
    check_mailbox_create_request_password_mode,
)


def test_known_enum_values_are_listed_for_checks() -> None:
    assert check_mailbox_create_request_password_mode("user_supplied") == "user_supplied"
    with pytest.raises(TypeError, match=r"'bogus'.*generated_one_time"):
        check_mailbox_create_request_password_mode("bogus")


def test_missing_required_field_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match="local_part"):
        MailboxCreateRequest(domain_id=1)  # type: ignore[call-arg]


@pytest.mark.anyio
@respx.mock
async def test_nothing_is_sent_when_the_body_cannot_be_encoded() -> None:
    # The model accepts any value (attrs does not check types); encoding the request fails in
    # the call, and the call must fail before anything reaches the network.
    route = respx.post("http://trekmail.test/api/v1/mailboxes")
    bad = MailboxCreateRequest(domain_id=1, local_part=object())  # type: ignore[arg-type]
    async with TrekMail(base_url="http://trekmail.test", ops_token="tm_live_unit0test") as tm:
        with pytest.raises(TypeError, match="not JSON serializable"):
            await create_mailbox.asyncio(client=tm, body=bad)
    assert not route.called
