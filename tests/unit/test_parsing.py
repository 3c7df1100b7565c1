"""Reading 2xx answers: tolerant by default, strict on request (overrides/.../_parsing.py).

Each kind of mismatch between an answer and openapi.json has a test in both modes: tolerant
reading builds the model, keeps what came, and logs one warning naming the operation, the
field, what was expected and what came; ``strict=True`` raises ``ResponseParseError``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import respx

from trekmail_client import ResponseParseError, TrekMail, TrekMailError, _parsing
from trekmail_client.api.aliases import delete_alias
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox, list_mailboxes
from trekmail_client.models import Mailbox, MailboxCreated, MailboxCreateRequest, MailboxResponse
from trekmail_client.types import UNSET

BASE = "http://trekmail.test"
URL = f"{BASE}/api/v1/mailboxes/7"
pytestmark = pytest.mark.anyio
GOOD = {"id": 7, "email": "a@example.com"}


def client(*, strict: bool = False) -> TrekMail:
    return TrekMail(base_url=BASE, ops_token="tm_live_unit0test", strict=strict)


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    """Each test sees its own first warning (they are logged once per process otherwise)."""
    _parsing._WARNED.clear()


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "trekmail_client"]


async def read(body: Any, *, status: int = 200, strict: bool = False) -> MailboxResponse:
    with respx.mock:
        respx.get(URL).respond(status, json=body)
        async with client(strict=strict) as tm:
            return await get_mailbox.asyncio(7, client=tm)


# -- missing required field -------------------------------------------------------------------


async def test_missing_required_field_is_left_unset_and_the_rest_is_built(
    caplog: pytest.LogCaptureFixture,
) -> None:
    result = await read({"data": {"id": 7, "status": "active"}})  # no "email"
    assert result.data.id == 7 and result.data.status == "active"
    assert result.data.email is UNSET
    [message] = warnings_of(caplog)
    assert "get_mailbox" in message and "missing_field" in message
    assert "Mailbox.email" in message and "expected str" in message


async def test_missing_required_field_raises_when_strict() -> None:
    with pytest.raises(ResponseParseError) as exc:
        await read({"data": {"id": 7}}, strict=True)
    assert isinstance(exc.value, TrekMailError)
    assert "get_mailbox" in str(exc.value) and "Mailbox.email" in str(exc.value)
    assert exc.value.code == "response_does_not_match_contract"
    assert json.loads(exc.value.body) == {"data": {"id": 7}}


# -- value of another type ---------------------------------------------------------------------


async def test_value_of_another_type_is_kept_as_received(caplog: pytest.LogCaptureFixture) -> None:
    body = {"data": {**GOOD, "used_mb": "12.5", "created_at": "yesterday", "domain_id": None}}
    result = await read(body)
    assert result.data.used_mb == "12.5"  # a string where the contract says number
    assert result.data.created_at == "yesterday"  # not an ISO date-time
    assert result.data.domain_id is None  # null where the contract says integer
    messages = " | ".join(warnings_of(caplog))
    assert "Mailbox.used_mb: expected float | None, got string" in messages
    assert "Mailbox.created_at" in messages and "Mailbox.domain_id" in messages
    # The value itself is never logged (it could be a secret).
    assert "yesterday" not in messages and "12.5" not in messages


async def test_value_of_another_type_raises_when_strict() -> None:
    with pytest.raises(ResponseParseError, match=r"Mailbox\.used_mb"):
        await read({"data": {**GOOD, "used_mb": "12.5"}}, strict=True)


async def test_nested_model_that_is_not_an_object_keeps_the_value(
    caplog: pytest.LogCaptureFixture,
) -> None:
    result = await read({"data": "gone"})
    assert isinstance(result.data, Mailbox)
    assert result.data.id is UNSET and result.data.raw_json == "gone"
    assert any("not_an_object at Mailbox" in m for m in warnings_of(caplog))


# -- unknown fields, raw body, to_dict --------------------------------------------------------


async def test_unknown_fields_stay_in_additional_properties_and_raw_json_is_kept() -> None:
    body = {"data": {**GOOD, "new_field": {"x": 1}}, "meta": {"v": 2}}
    result = await read(body)
    assert result.data.additional_properties == {"new_field": {"x": 1}}
    assert result.additional_properties == {"meta": {"v": 2}}
    assert result.raw_json == body and result.data.raw_json == body["data"]


async def test_a_tolerated_model_still_serialises() -> None:
    result = await read({"data": {"id": 7, "used_mb": "12.5", "created_at": "yesterday"}})
    assert result.data.to_dict() == {"id": 7, "used_mb": "12.5", "created_at": "yesterday"}


# -- undeclared 2xx status --------------------------------------------------------------------


async def test_undeclared_2xx_is_read_with_the_success_model(
    caplog: pytest.LogCaptureFixture,
) -> None:
    result = await read({"data": GOOD}, status=202)
    assert result.data.email == "a@example.com"
    [message] = warnings_of(caplog)
    assert "undeclared_status" in message and "expected 200, got 202" in message


async def test_undeclared_2xx_raises_when_strict() -> None:
    with pytest.raises(ResponseParseError, match="undeclared_status"):
        await read({"data": GOOD}, status=202, strict=True)


@respx.mock
async def test_undeclared_empty_2xx_gives_a_model_with_every_field_unset() -> None:
    respx.get(URL).respond(204)
    async with client() as tm:
        response = await get_mailbox.asyncio_detailed(7, client=tm)
    assert int(response.status_code) == 204
    assert response.parsed.data is UNSET and response.parsed.raw_json is None


@respx.mock
async def test_declared_204_returns_none() -> None:
    respx.delete(f"{BASE}/api/v1/aliases/7").respond(204)
    async with client(strict=True) as tm:
        assert await delete_alias.asyncio(7, client=tm) is None


# -- not JSON at all: an error in both modes -------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
@respx.mock
async def test_a_2xx_body_that_is_not_json_raises_in_both_modes(strict: bool) -> None:
    respx.get(URL).respond(200, content=b"{oops", headers={"content-type": "application/json"})
    async with client(strict=strict) as tm:
        with pytest.raises(ResponseParseError) as exc:
            await get_mailbox.asyncio(7, client=tm)
    assert exc.value.code == "non_json_response" and exc.value.body == b"{oops"


# -- warnings: once per operation, kind and field ----------------------------------------------


async def test_each_mismatch_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="trekmail_client")
    for _ in range(3):
        await read({"data": {"id": 7}})
    assert len(warnings_of(caplog)) == 1


# -- one odd item does not stop a list ---------------------------------------------------------


@respx.mock
async def test_one_odd_item_does_not_stop_paginate() -> None:
    items = [GOOD, {"id": "eight", "email": "b@example.com"}, 42, {"id": 9, "email": "c@x.io"}]
    respx.get(f"{BASE}/api/v1/mailboxes").respond(
        200, json={"data": items, "meta": {"current_page": 1, "last_page": 1}}
    )
    async with client() as tm:
        found = [m async for m in tm.paginate(list_mailboxes)]
    assert [m.email for m in found] == ["a@example.com", "b@example.com", UNSET, "c@x.io"]
    assert found[1].id == "eight" and found[2].raw_json == 42
    assert all(isinstance(m, Mailbox) for m in found)


def test_from_dict_outside_a_call_is_tolerant() -> None:
    mailbox = Mailbox.from_dict({"id": 1})
    assert mailbox.id == 1 and mailbox.email is UNSET


# -- findings of the break-it review ---------------------------------------------------------


async def test_a_boolean_is_not_an_integer() -> None:
    with pytest.raises(ResponseParseError, match=r"Mailbox\.id"):
        await read({"data": {**GOOD, "id": True}}, strict=True)


async def test_a_field_that_is_not_an_object_is_named_in_the_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    result = await read({"data": [GOOD]})
    assert isinstance(result.data, Mailbox) and result.data.raw_json == [GOOD]
    assert any("not_an_object at MailboxResponse.data" in m for m in warnings_of(caplog))


@respx.mock
async def test_typed_additional_properties_are_checked() -> None:
    from trekmail_client.api.migrations import test_migration_connection
    from trekmail_client.models import MigrationConnectionTestRequest

    respx.post(f"{BASE}/api/v1/migrations/test-connection").respond(
        200, json={"ok": True, "folders": {"INBOX": "lots", "Sent": 3}}
    )
    body = MigrationConnectionTestRequest.from_dict(
        {"source_host": "imap.x.io", "source_email": "a@x.io", "source_password": "pw"}
    )
    async with client(strict=True) as tm:
        with pytest.raises(ResponseParseError, match="INBOX"):
            await test_migration_connection.asyncio(client=tm, body=body)


@respx.mock
async def test_an_html_page_is_non_json_even_with_an_undeclared_status_when_strict() -> None:
    respx.get(URL).respond(203, content=b"<html>", headers={"content-type": "application/json"})
    async with client(strict=True) as tm:
        with pytest.raises(ResponseParseError) as exc:
            await get_mailbox.asyncio(7, client=tm)
    assert exc.value.code == "non_json_response"


def test_secret_looking_keys_are_hidden_at_any_depth() -> None:
    created = MailboxCreated.from_dict(
        {
            "id": 7,
            "email": "a@x.io",
            "message_token": "tm_msg_T1",
            "smtp_pass": "SP1",
            "imap_password": "IP1",
            "access_token": "AT1",
            "otp": "OTP2",
            "creds": {"user": "u"},
            "nested": {"deeper": [{"password": "NESTED1"}]},
            "footprint": "kept",
        }
    )
    text = repr(created)
    for secret in ("tm_msg_T1", "SP1", "IP1", "AT1", "OTP2", "NESTED1", "'user'"):
        assert secret not in text
    assert "'footprint': 'kept'" in text
    assert created.additional_properties["nested"]["deeper"][0]["password"] == "NESTED1"


@respx.mock
async def test_a_detailed_response_repr_never_shows_the_body() -> None:
    respx.post(f"{BASE}/api/v1/mailboxes").respond(
        201, json={"data": {"id": 1, "email": "a@x.io", "password": "S3cretPW!"}}
    )
    async with client() as tm:
        response = await create_mailbox.asyncio_detailed(
            client=tm, body=MailboxCreateRequest(domain_id=1, local_part="a")
        )
    assert "S3cretPW!" not in repr(response) and "bytes>" in repr(response)
    assert response.parsed.data.password == "S3cretPW!"
    assert repr(UNSET) == "UNSET"
