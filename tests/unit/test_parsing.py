"""A 2xx body that does not match the contract raises ResponseParseError, never a KeyError."""

from __future__ import annotations

import pytest
import respx

from trekmail_client import ResponseParseError, TrekMail, TrekMailError
from trekmail_client.api.mailboxes import get_mailbox

URL = "http://trekmail.test/api/v1/mailboxes/7"
pytestmark = pytest.mark.anyio


def client() -> TrekMail:
    return TrekMail(base_url="http://trekmail.test", ops_token="tm_live_unit0test")


@respx.mock
async def test_missing_required_field_names_the_operation_and_keeps_the_body() -> None:
    respx.get(URL).respond(200, json={"data": {"id": 7}})  # no "email"
    async with client() as tm:
        with pytest.raises(ResponseParseError) as exc:
            await get_mailbox.asyncio(7, client=tm)
    assert isinstance(exc.value, TrekMailError)
    assert "get_mailbox" in str(exc.value) and "email" in str(exc.value)
    assert exc.value.code == "response_does_not_match_contract"
    assert exc.value.body == b'{"data":{"id":7}}'


@respx.mock
async def test_undeclared_status_is_an_sdk_error() -> None:
    respx.get(URL).respond(202, json={"data": {"id": 7, "email": "a@example.com"}})
    async with client() as tm:
        with pytest.raises(ResponseParseError, match="status 202"):
            await get_mailbox.asyncio(7, client=tm)
