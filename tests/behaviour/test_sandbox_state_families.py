"""Sandbox: the families with real state added for issue 11, over real HTTP.

Restore from the recycle bin, enable-IMAP as the prerequisite of message tokens, PATCH /account,
PATCH /message-tokens/{id}, the demo message token's mailbox on the ops side, the idempotency
relax switch, and the message-side collections (contacts, groups, identities, templates,
blocked senders, scheduled sends, drafts, folders).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trekmail_client.testing import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    OFFICIAL_CLIENT_KEYLESS,
    Sandbox,
)

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
MSG = {"Authorization": f"Bearer {DEMO_MESSAGE_TOKEN}"}
_keys = itertools.count()


def keyed(base: dict[str, str] | None = None) -> dict[str, str]:
    return {**(base or OPS), "Idempotency-Key": f"state-{next(_keys)}"}


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(seed_message_mailbox=True)


async def _mailbox(http: httpx.AsyncClient, local_part: str = "alice") -> int:
    body = {"domain_id": 1, "local_part": local_part, "password": "Abcdefgh1234"}
    response = await http.post("/api/v1/mailboxes", headers=keyed(), json=body)
    assert response.status_code == 201, response.text
    return int(response.json()["data"]["id"])


async def test_demo_message_token_mailbox_exists_on_the_ops_side(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        me = (await http.get("/api/v1/messages/_me", headers=MSG)).json()["data"]
        mailbox = await http.get(f"/api/v1/mailboxes/{me['mailbox']['id']}", headers=OPS)
        forwarding = await http.get(
            f"/api/v1/mailboxes/{me['mailbox']['id']}/forwarding", headers=OPS
        )
    assert isinstance(me["mailbox"]["id"], int)
    assert mailbox.status_code == 200
    assert mailbox.json()["data"]["email"] == me["mailbox"]["email"] == "demo@example.com"
    assert forwarding.status_code == 200


async def test_restore_brings_a_trashed_mailbox_back(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await _mailbox(http)
        intent = await http.post(f"/api/v1/mailboxes/{mailbox_id}:delete-intent", headers=keyed())
        await http.post(
            f"/api/v1/delete-intents/{intent.json()['data']['id']}:confirm",
            headers={**keyed(), "X-Confirm-Delete": "true"},
        )
        patch_trashed = await http.patch(
            f"/api/v1/mailboxes/{mailbox_id}", headers=keyed(), json={"display_name": "x"}
        )
        restored = await http.post(f"/api/v1/mailboxes/{mailbox_id}:restore", headers=keyed())
        again = await http.post(f"/api/v1/mailboxes/{mailbox_id}:restore", headers=keyed())
        patch_after = await http.patch(
            f"/api/v1/mailboxes/{mailbox_id}", headers=keyed(), json={"display_name": "Al"}
        )
    assert patch_trashed.status_code == 409
    assert restored.status_code == 200 and restored.json()["data"]["status"] == "active"
    assert again.status_code == 409
    assert patch_after.status_code == 200 and patch_after.json()["data"]["display_name"] == "Al"


async def test_account_update_sets_the_mode_of_new_mailboxes(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        bad = await http.patch(
            "/api/v1/account", headers=keyed(), json={"new_mailbox_client_auth_mode": "x"}
        )
        ok = await http.patch(
            "/api/v1/account",
            headers=keyed(),
            json={"new_mailbox_client_auth_mode": "app_password_only"},
        )
        mailbox_id = await _mailbox(http)
        mailbox = (await http.get(f"/api/v1/mailboxes/{mailbox_id}", headers=OPS)).json()
    assert (
        bad.status_code == 422 and "new_mailbox_client_auth_mode" in bad.json()["error"]["errors"]
    )
    assert ok.status_code == 200
    assert mailbox["data"]["client_auth_mode"] == "app_password_only"


async def test_message_token_narrowed_never_widened(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await _mailbox(http)
        await http.post(
            f"/api/v1/mailboxes/{mailbox_id}/enable-imap",
            headers=keyed(),
            json={"password": "Abcdefgh1234"},
        )
        minted = await http.post(
            f"/api/v1/mailboxes/{mailbox_id}/message-tokens",
            headers=keyed(),
            json={"name": "bot", "scopes": ["messages:read", "messages:write"]},
        )
        token_id = minted.json()["data"]["id"]
        auth = {"Authorization": f"Bearer {minted.json()['data']['token']}"}
        narrowed = await http.patch(
            f"/api/v1/message-tokens/{token_id}",
            headers=keyed(),
            json={"scopes": ["messages:read"], "name": "reader"},
        )
        widened = await http.patch(
            f"/api/v1/message-tokens/{token_id}",
            headers=keyed(),
            json={"scopes": ["messages:read", "messages:send"]},
        )
        write = await http.post(
            "/api/v1/messages/folders", headers=keyed(auth), json={"name": "Projects"}
        )
        demo = await http.patch("/api/v1/message-tokens/2", headers=keyed(), json={"name": "mine"})
    assert narrowed.status_code == 200
    assert narrowed.json()["data"]["scopes"] == ["messages:read"]
    assert narrowed.json()["data"]["name"] == "reader"
    assert widened.status_code == 422
    assert write.status_code == 403
    assert demo.status_code == 404  # configured tokens are not managed through the API


async def test_idempotency_key_rule_and_its_relax_switch(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    strict = make_sandbox()
    relaxed = make_sandbox(relaxed_idempotency=OFFICIAL_CLIENT_KEYLESS)
    body = {"name": "Projects"}
    async with httpx.AsyncClient() as http:
        refused = await http.post(f"{strict.url}/api/v1/messages/folders", headers=MSG, json=body)
        accepted = await http.post(f"{relaxed.url}/api/v1/messages/folders", headers=MSG, json=body)
        other = await http.post(
            f"{relaxed.url}/api/v1/messages/contacts", headers=MSG, json={"email": "a@b.example"}
        )
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "missing_idempotency_key"
    assert accepted.status_code == 201
    assert other.status_code == 422  # only the listed operations are relaxed


@pytest.mark.parametrize(
    ("collection", "create", "change"),
    [
        ("contacts", {"email": "ann@ext.example", "name": "Ann"}, {"name": "Anne"}),
        ("contact-groups", {"group_name": "Team"}, {"group_name": "Crew"}),
        ("templates", {"name": "Hi", "body_html": "<p>Hi</p>"}, {"name": "Hello"}),
        ("identities", {"email": "demo@example.com", "name": "Demo"}, {"name": "D"}),
        (
            "scheduled",
            {"to": ["x@ext.example"], "scheduled_for": "2030-01-01T10:00:00Z", "subject": "S"},
            {"scheduled_for": "2030-01-02T10:00:00Z"},
        ),
        ("blocked-senders", {"email_or_domain": "@spam.example"}, None),
    ],
)
async def test_message_collections_keep_state(
    sb: Sandbox, collection: str, create: dict[str, Any], change: dict[str, Any] | None
) -> None:
    base = f"/api/v1/messages/{collection}"
    async with httpx.AsyncClient(base_url=sb.url) as http:
        empty = await http.get(base, headers=MSG)
        made = await http.post(base, headers=keyed(MSG), json=create)
        record_id = sb.state.collections[("demo@example.com", collection.replace("-", "_"))]
        (the_id,) = record_id
        listed = await http.get(base, headers=MSG)
        changed = (
            await http.patch(f"{base}/{the_id}", headers=keyed(MSG), json=change)
            if change
            else None
        )
        removed = await http.delete(f"{base}/{the_id}", headers=keyed(MSG))
        missing = await http.delete(f"{base}/{the_id}", headers=keyed(MSG))
        after = await http.get(base, headers=MSG)
    assert empty.status_code == 200 and _ids(empty.json()) == []
    assert made.status_code in (200, 201)
    assert _ids(listed.json()) == [the_id]
    if changed is not None:
        assert changed.status_code == 200
        assert all(value in str(changed.json()) for value in map(str, change.values()))
    assert removed.status_code == 200 and missing.status_code == 404
    assert _ids(after.json()) == []


def _ids(body: dict[str, Any]) -> list[int]:
    rows = next(v for v in body.values() if isinstance(v, list))
    return [row["id"] for row in rows]


async def test_contact_group_members(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        contact = await http.post(
            "/api/v1/messages/contacts", headers=keyed(MSG), json={"email": "c@ext.example"}
        )
        group = await http.post(
            "/api/v1/messages/contact-groups", headers=keyed(MSG), json={"group_name": "G"}
        )
        contact_id = contact.json()["data"]["id"]
        group_id = group.json()["data"]["id"]
        members = f"/api/v1/messages/contact-groups/{group_id}/members"
        unknown = await http.post(members, headers=keyed(MSG), json={"contact_ids": [999]})
        added = await http.post(members, headers=keyed(MSG), json={"contact_ids": [contact_id]})
        listed = (await http.get(members, headers=MSG)).json()
        await http.request(
            "DELETE", members, headers=keyed(MSG), json={"contact_ids": [contact_id]}
        )
        after = (await http.get(members, headers=MSG)).json()
    assert unknown.status_code == 422
    assert added.status_code == 200
    assert _ids(listed) == [contact_id] and _ids(after) == []


async def test_drafts_and_folders(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        saved = await http.post(
            "/api/v1/messages/drafts", headers=keyed(MSG), json={"subject": "Draft one"}
        )
        uid = saved.json()["uid"]
        replaced = await http.put(
            f"/api/v1/messages/drafts/{uid}",
            headers=keyed(MSG),
            json={"uidvalidity": saved.json()["uidvalidity"], "subject": "Draft two"},
        )
        drafts = (await http.get("/api/v1/messages?folder=Drafts", headers=MSG)).json()
        await http.post("/api/v1/messages/folders", headers=keyed(MSG), json={"name": "Old"})
        renamed = await http.patch(
            "/api/v1/messages/folders/Old", headers=keyed(MSG), json={"name": "Archive2"}
        )
        special = await http.delete("/api/v1/messages/folders/INBOX", headers=keyed(MSG))
        deleted = await http.delete("/api/v1/messages/folders/Archive2", headers=keyed(MSG))
        folders = (await http.get("/api/v1/messages/folders", headers=MSG)).json()["data"]
    assert saved.status_code == 200 and replaced.status_code == 200
    assert [m["subject"] for m in drafts["data"]] == ["Draft two"]
    assert renamed.status_code == 200
    assert special.status_code == 409 and deleted.status_code == 200
    assert "Archive2" not in {f["path"] for f in folders} and "Old" not in {
        f["path"] for f in folders
    }


async def test_a_new_scheduled_send_has_no_made_up_failure(sb: Sandbox) -> None:
    body = {"to": ["x@ext.example"], "scheduled_for": "2030-01-01T10:00:00Z", "subject": "S"}
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await http.post("/api/v1/messages/scheduled", headers=keyed(MSG), json=body)
        listed = await http.get("/api/v1/messages/scheduled", headers=MSG)
    rows = listed.json().get("data") or next(
        v for v in listed.json().values() if isinstance(v, list)
    )
    assert rows and all(row.get("failure") is None for row in rows)
