"""Sandbox: domains, invites, aliases, forwarding, delete intents, message tokens, messages."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx
import pytest

from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
MSG = {"Authorization": f"Bearer {DEMO_MESSAGE_TOKEN}"}
_keys = itertools.count()


def keyed(auth: dict[str, str] = OPS) -> dict[str, str]:
    return {**auth, "Idempotency-Key": f"key-{next(_keys)}"}


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(pool_mb=1000)


async def new_mailbox(http: httpx.AsyncClient, local_part: str = "alice") -> int:
    body = {"domain_id": 1, "local_part": local_part, "password": "Abcdefgh1234"}
    response = await http.post("/api/v1/mailboxes", headers=keyed(), json=body)
    assert response.status_code == 201, response.text
    return int(response.json()["data"]["id"])


async def test_domains_create_filter_bulk_delete(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        created = await http.post("/api/v1/domains", headers=keyed(), json={"name": "new.io"})
        dup = await http.post("/api/v1/domains", headers=keyed(), json={"name": "new.io"})
        upper = await http.post("/api/v1/domains", headers=keyed(), json={"name": "Up.io"})
        active = (await http.get("/api/v1/domains?status=active", headers=OPS)).json()
        search = (await http.get("/api/v1/domains?search=new", headers=OPS)).json()
        bulk = await http.post(
            "/api/v1/domains:bulk-add", headers=keyed(), json={"domains": ["b1.io", "new.io"]}
        )
        await new_mailbox(http)
        deleted = await http.delete("/api/v1/domains/1", headers=OPS)
        gone = await http.get("/api/v1/domains/1", headers=OPS)
    assert created.status_code == 201 and dup.status_code == 409
    assert upper.status_code == 201  # the contract has no case rule for names
    assert created.json()["data"]["created_at"].endswith("Z")
    assert [d["name"] for d in active["data"]] == ["example.com", "example.net", "example.org"]
    assert [d["name"] for d in search["data"]] == ["new.io"]
    assert bulk.status_code == 207
    assert bulk.json()["created"] == 1 and bulk.json()["total"] == 2
    assert deleted.status_code == 200 and gone.status_code == 404
    assert sb.state.mailboxes == {}


async def test_invites_reserve_storage(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        invite = await http.post(
            "/api/v1/mailboxes/invites",
            headers=keyed(),
            json={
                "domain_id": 1,
                "local_part": "inv",
                "recipient_email": "x@ext.example",
                "storage_allocation_mb": 800,
            },
        )
        clash = await new_mailbox_response(http, "inv")
        over = await http.post(
            "/api/v1/mailboxes/invites:bulk",
            headers=keyed(),
            json={
                "domain_id": 1,
                "items": [
                    {
                        "local_part": "i2",
                        "recipient_email": "y@e.example",
                        "storage_allocation_mb": 300,
                    }
                ],
            },
        )
        ok = await http.post(
            "/api/v1/mailboxes/invites:bulk",
            headers=keyed(),
            json={
                "domain_id": 1,
                "items": [
                    {"local_part": "i3", "recipient_email": "z@e.example"},
                    {"local_part": "-bad", "recipient_email": "z@e.example"},
                ],
            },
        )
    assert invite.status_code == 201
    assert invite.json()["data"]["status"] == "pending"
    assert clash.status_code == 409
    assert over.status_code == 422 and over.json()["error"]["code"] == "storage_pool_exceeded"
    assert ok.status_code == 207 and ok.json()["counts"] == {"created": 1, "failed": 1}
    assert sb.state.free_pool_mb == 200


async def new_mailbox_response(http: httpx.AsyncClient, local_part: str) -> httpx.Response:
    body = {"domain_id": 1, "local_part": local_part, "password": "Abcdefgh1234"}
    return await http.post("/api/v1/mailboxes", headers=keyed(), json=body)


async def test_aliases(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await new_mailbox(http)
        base = "/api/v1/aliases"
        alias = await http.post(
            base,
            headers=keyed(),
            json={
                "mailbox_id": mailbox_id,
                "domain_id": 2,
                "local_part": "-sales",
                "can_send": True,
            },
        )
        dup = await http.post(base, headers=keyed(), json={"domain_id": 1, "local_part": "alice"})
        top = await http.post(base, headers=keyed(), json={"domain_id": 1, "local_part": "info"})
        listed = (await http.get(f"{base}?mailbox_id={mailbox_id}", headers=OPS)).json()
        alias_id = alias.json()["data"]["id"]
        patched = await http.patch(f"{base}/{alias_id}", headers=OPS, json={"is_active": False})
        removed = await http.delete(f"{base}/{top.json()['data']['id']}", headers=OPS)
    assert alias.status_code == 201 and alias.json()["data"]["email"] == "-sales@example.net"
    assert dup.status_code == 409 and top.status_code == 201
    assert top.json()["data"]["mailbox_id"] is None  # mailbox_id is optional in the contract
    assert listed["meta"]["total"] == 1
    assert patched.json()["data"]["is_active"] is False
    assert removed.status_code == 200 and len(sb.state.aliases) == 1


async def test_forwarding(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await new_mailbox(http)
        path = f"/api/v1/mailboxes/{mailbox_id}/forwarding"
        before = (await http.get(path, headers=OPS)).json()["data"]
        put = await http.put(
            path,
            headers=keyed(),
            json={"enabled": True, "targets": ["a@ext.example"], "keep_copy": False},
        )
        empty = await http.put(path, headers=keyed(), json={"enabled": True, "targets": []})
        too_many = await http.put(
            path,
            headers=keyed(),
            json={"enabled": True, "targets": [f"t{i}@ext.example" for i in range(31)]},
        )
    assert before["enabled"] is False
    assert put.json()["data"] == {
        "enabled": True,
        "targets": ["a@ext.example"],
        "keep_copy": False,
        "destination_limit": 30,
    }
    assert empty.status_code == 422
    assert too_many.status_code == 422  # the contract caps targets at 30
    assert "targets" in too_many.json()["error"]["errors"]


async def test_delete_intent_flow(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await new_mailbox(http)
        intent = await http.post(f"/api/v1/mailboxes/{mailbox_id}:delete-intent", headers=keyed())
        intent_id = intent.json()["data"]["id"]
        confirm = f"/api/v1/delete-intents/{intent_id}:confirm"
        unconfirmed = await http.post(confirm, headers=keyed())
        confirmed = await http.post(confirm, headers={**keyed(), "X-Confirm-Delete": "true"})
        listed = (await http.get("/api/v1/mailboxes", headers=OPS)).json()
        trashed = (await http.get("/api/v1/mailboxes?status=trashed", headers=OPS)).json()
        again = await new_mailbox_response(http, "alice")
    assert intent.status_code == 201 and intent.json()["data"]["status"] == "pending"
    assert intent.json()["data"]["expires_at"].endswith("Z")
    assert unconfirmed.status_code == 422
    assert confirmed.status_code == 200
    assert confirmed.json()["data"]["mailbox"]["status"] == "trashed"
    assert listed["meta"]["total"] == 0 and trashed["meta"]["total"] == 1
    assert again.status_code == 409


async def test_minted_message_token_works_and_can_be_revoked(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mailbox_id = await new_mailbox(http)
        path = f"/api/v1/mailboxes/{mailbox_id}/message-tokens"
        body = {"name": "bot", "scopes": ["messages:read", "messages:send"]}
        no_imap = await http.post(path, headers=keyed(), json=body)
        imap = await http.post(
            f"/api/v1/mailboxes/{mailbox_id}/enable-imap",
            headers=keyed(),
            json={"password": "Abcdefgh1234"},
        )
        minted = await http.post(
            path,
            headers=keyed(),
            json={"name": "bot", "scopes": ["messages:read", "messages:send"]},
        )
        token = minted.json()["data"]["token"]
        auth = {"Authorization": f"Bearer {token}"}
        me = (await http.get("/api/v1/messages/_me", headers=auth)).json()["data"]
        sent = await http.post(
            "/api/v1/messages/send",
            headers=keyed(auth),
            json={"to": ["demo@example.com"], "subject": "Hi", "body": {"text": "hello"}},
        )
        no_write = await http.patch(
            "/api/v1/messages/1", headers=auth, json={"flags": {"seen": True}}
        )
        listed = (await http.get(path, headers=OPS)).json()
        revoked = await http.delete(
            f"/api/v1/message-tokens/{minted.json()['data']['id']}", headers=OPS
        )
        after = await http.get("/api/v1/messages/_me", headers=auth)
        demo_inbox = (await http.get("/api/v1/messages?limit=1", headers=MSG)).json()
    assert no_imap.status_code == 409 and no_imap.json()["error"]["code"] == "imap_not_enabled"
    assert imap.status_code == 200
    assert minted.status_code == 201 and token.startswith("tm_msg_")
    assert me["mailbox"]["email"] == "alice@example.com"
    assert me["capabilities"]["effective_scopes"] == ["messages:read", "messages:send"]
    assert sent.status_code == 200 and sent.json()["data"]["status"] == "queued"
    assert no_write.status_code == 403
    assert listed["data"][0]["prefix"] == token[:12] and "token" not in listed["data"][0]
    assert revoked.json()["data"]["revoked_at"]
    assert after.status_code == 401
    assert demo_inbox["data"][0]["subject"] == "Hi"


async def test_messages_list_read_flags_move_delete(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        uids: list[int] = []
        before: int | None = None
        while True:
            query = "?limit=2" + (f"&before_uid={before}" if before else "")
            page = (await http.get(f"/api/v1/messages{query}", headers=MSG)).json()
            uids += [m["uid"] for m in page["data"]]
            assert page["pagination"]["has_more"] == page["has_more"]
            if not page["has_more"]:
                break
            before = page["next_before_uid"]
        message = (await http.get("/api/v1/messages/5", headers=MSG)).json()["data"]
        flagged = await http.patch(
            "/api/v1/messages/4", headers=MSG, json={"flags": {"flagged": True}}
        )
        moved = await http.post(
            "/api/v1/messages/3:move", headers=keyed(MSG), json={"destination": "Archive"}
        )
        deleted = await http.delete("/api/v1/messages/2", headers=MSG)
        missing = await http.get("/api/v1/messages/2", headers=MSG)
        folders = (await http.get("/api/v1/messages/folders", headers=MSG)).json()["data"]
        made = await http.post(
            "/api/v1/messages/folders",
            headers=keyed(MSG),
            json={"name": "2026", "parent": "Archive"},
        )
        bad_header = await http.post(
            "/api/v1/messages/send",
            headers=keyed(MSG),
            json={
                "to": ["a@b.example"],
                "subject": "x",
                "body": {"text": "y"},
                "headers": {"From": "evil@example"},
            },
        )
    assert uids == [5, 4, 3, 2, 1]
    assert message["subject"] == "Welcome message 5" and message["flags"]["seen"] is True
    assert flagged.json()["data"]["flags"]["flagged"] is True
    assert moved.json()["data"]["folder"] == "Archive"
    assert deleted.status_code == 204 and missing.status_code == 404
    assert {f["path"] for f in folders} >= {"INBOX", "Sent", "Drafts", "Junk", "Trash"}
    assert made.status_code == 201 and made.json()["data"]["path"] == "Archive/2026"
    assert bad_header.status_code == 422


async def test_account(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await new_mailbox(http)
        data = (await http.get("/api/v1/account", headers=OPS)).json()["data"]
    assert data["usage"]["mailboxes"] == 1 and data["limits"]["storage_pool_mb"] == 1000
