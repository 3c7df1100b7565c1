"""Sandbox: mailbox create rules, the storage pool, bulk create, pagination."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
PASSWORD = "Abcdefgh1234"
_keys = itertools.count()


def keyed() -> dict[str, str]:
    return {**OPS, "Idempotency-Key": f"key-{next(_keys)}"}


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(pool_mb=1000)


async def create(http: httpx.AsyncClient, **fields: Any) -> httpx.Response:
    body = {"domain_id": 1, "local_part": "alice", "password": PASSWORD, **fields}
    return await http.post("/api/v1/mailboxes", headers=keyed(), json=body)


@pytest.mark.parametrize(
    "local_part", ["alice", "a.b", "a_b-c", "_x", "0", "a.b.c", "x" * 64, "bob_archived_2024"]
)
async def test_valid_local_parts(sb: Sandbox, local_part: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await create(http, local_part=local_part)
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["email"] == f"{local_part}@example.com"
    assert data["is_pooled"] is True and data["allocation_mb"] is None
    assert data["status"] == "active" and data["domain"] == "example.com"


@pytest.mark.parametrize(
    "local_part",
    [
        "-a",
        "Alice",
        "a..b",
        ".a",
        "a.",
        "x" * 65,
        "a+b",
        "a b",
        "",
        "bob_archived_20240101_120000",
        "bob_archived_20240101_120000_1_2",
    ],
)
async def test_invalid_local_parts_are_422(sb: Sandbox, local_part: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await create(http, local_part=local_part)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert "local_part" in error["errors"]


@pytest.mark.parametrize(
    "password", ["short1A", "alllowercase123", "ALLUPPERCASE123", "NoDigitsHereAtAll"]
)
async def test_weak_password_is_422(sb: Sandbox, password: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await create(http, password=password)
    assert response.status_code == 422
    assert "password" in response.json()["error"]["errors"]


async def test_generated_password_and_missing_fields(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        generated = await http.post(
            "/api/v1/mailboxes",
            headers=keyed(),
            json={"domain_id": 1, "local_part": "gen", "password_mode": "generated_one_time"},
        )
        missing = await http.post("/api/v1/mailboxes", headers=keyed(), json={})
        no_password = await http.post(
            "/api/v1/mailboxes", headers=keyed(), json={"domain_id": 1, "local_part": "np"}
        )
    assert generated.status_code == 201
    assert len(generated.json()["data"]["password"]) >= 12
    assert set(missing.json()["error"]["errors"]) >= {"domain_id", "local_part"}
    assert no_password.status_code == 201  # the contract keeps password optional
    assert len(no_password.json()["data"]["password"]) >= 12


async def test_duplicate_address_is_409(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        assert (await create(http)).status_code == 201
        response = await create(http)
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "already_exists" and error["retryable"] is False


async def test_unknown_and_external_domains(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        unknown = await create(http, domain_id=99)
        domain = await http.post(
            "/api/v1/domains",
            headers=keyed(),
            json={"name": "send.example", "mail_hosting": "external"},
        )
        external = await create(http, domain_id=domain.json()["data"]["id"])
    assert unknown.status_code == 422 and "domain_id" in unknown.json()["error"]["errors"]
    assert domain.status_code == 201 and domain.json()["data"]["status"] == "pending_dns"
    assert external.status_code == 422
    assert external.json()["error"]["code"] == "domain_hosts_no_mailboxes"


async def test_storage_pool_is_enforced(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await create(http, local_part="big", storage_allocation_mb=600)
        over = await create(http, local_part="big2", storage_allocation_mb=401)
        fits = await create(http, local_part="big3", storage_allocation_mb=400)
        pooled = await create(http, local_part="pooled")
    assert first.status_code == 201
    assert first.json()["data"]["allocation_mb"] == 600
    assert first.json()["data"]["is_pooled"] is False
    assert over.status_code == 422
    assert over.json()["error"]["code"] == "storage_pool_exceeded"
    assert fits.status_code == 201 and pooled.status_code == 201
    assert sb.state.free_pool_mb == 0


async def bulk(
    http: httpx.AsyncClient, items: list[dict[str, Any]], **extra: Any
) -> httpx.Response:
    return await http.post(
        "/api/v1/mailboxes:bulk", headers=keyed(), json={"items": items, **extra}
    )


def row(local_part: str, **fields: Any) -> dict[str, Any]:
    return {"domain_id": 1, "local_part": local_part, "password": PASSWORD, **fields}


async def test_bulk_all_created_is_200(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await bulk(http, [row("a"), row("b"), row("c", storage_allocation_mb=10)])
    assert response.status_code == 200
    body = response.json()
    assert body["counts"] == {"created": 3, "failed": 0}
    assert [r["status"] for r in body["results"]] == ["created"] * 3
    assert all(r["app_password"] is None and isinstance(r["id"], int) for r in body["results"])


async def test_bulk_partial_is_207_with_reasons(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await create(http, local_part="taken")
        response = await bulk(http, [row("new"), row("taken"), row("-bad"), row("new")])
    assert response.status_code == 207
    body = response.json()
    assert body["counts"] == {"created": 1, "failed": 3}
    results = body["results"]
    assert results[0]["status"] == "created"
    assert results[1]["reason"] == "already_exists"
    assert results[1]["email"] == "taken@example.com"
    assert results[2]["reason"] == "validation_error"
    assert results[3]["reason"] == "already_exists"
    assert "error" not in body


async def test_bulk_all_failed_is_422_without_envelope(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await bulk(http, [row("-x"), row("y", domain_id=42)])
    assert response.status_code == 422
    body = response.json()
    assert "error" not in body
    assert body["counts"] == {"created": 0, "failed": 2}


async def test_bulk_over_the_pool_refuses_the_whole_batch(sb: Sandbox) -> None:
    items = [row(f"u{i}", storage_allocation_mb=300) for i in range(4)]
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await bulk(http, items)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "storage_pool_exceeded"
    assert sb.state.mailboxes == {}


async def test_bulk_generated_passwords_and_limits(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        generated = await bulk(
            http, [{"domain_id": 1, "local_part": "g"}], password_mode="generated_one_time"
        )
        empty = await bulk(http, [])
        too_many = await bulk(http, [row(f"m{i}") for i in range(101)])
    assert generated.status_code == 200
    assert len(generated.json()["results"][0]["one_time_password"]) >= 12
    assert empty.status_code == too_many.status_code == 422


async def test_pagination_walks_every_page(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await bulk(http, [row(f"p{i:03d}") for i in range(60)])
        await create(http, local_part="other", domain_id=2)
        seen: list[str] = []
        url: str | None = "/api/v1/mailboxes?per_page=25&domain_id=1"
        pages = []
        while url is not None:
            page = (await http.get(url, headers=OPS)).json()
            pages.append(page["meta"])
            seen += [m["email"] for m in page["data"]]
            url = page["links"]["next"]
            if url is not None:
                assert url.startswith(sb.url) and "domain_id=1" in url
    assert len(seen) == 60 == len(set(seen))
    assert [p["current_page"] for p in pages] == [1, 2, 3]
    assert pages[0] == {
        "current_page": 1,
        "last_page": 3,
        "per_page": 25,
        "total": 60,
        "from": 1,
        "to": 25,
    }
    assert pages[2]["from"] == 51 and pages[2]["to"] == 60


async def test_pagination_bounds(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        for query in ("per_page=0", "per_page=101", "page=0", "page=x"):
            response = await http.get(f"/api/v1/mailboxes?{query}", headers=OPS)
            assert response.status_code == 422, query
            assert response.json()["error"]["code"] == "validation_error"
        beyond = (await http.get("/api/v1/domains?page=5", headers=OPS)).json()
        first = (await http.get("/api/v1/domains", headers=OPS)).json()
    assert beyond["data"] == [] and beyond["links"]["next"] is None
    assert first["links"]["prev"] is None and first["meta"]["per_page"] == 25
    assert first["meta"]["total"] == 3


async def test_update_pause_resume_note_password(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await create(http)
        patched = await http.patch(
            "/api/v1/mailboxes/1",
            headers=OPS,
            json={"display_name": "Alice", "conversation_view": False, "drive_access": "disabled"},
        )
        paused = await http.post("/api/v1/mailboxes/1:pause", headers=keyed())
        resumed = await http.post("/api/v1/mailboxes/1:resume", headers=keyed())
        note = await http.patch("/api/v1/mailboxes/1/note", headers=OPS, json={"note": "vip"})
        password = await http.post(
            "/api/v1/mailboxes/1/password", headers=keyed(), json={"password": "Zyxwvuts9876"}
        )
        weak = await http.post(
            "/api/v1/mailboxes/1/password", headers=keyed(), json={"password": "weak"}
        )
    assert patched.json()["data"]["display_name"] == "Alice"
    assert patched.json()["data"]["drive_access"] == "disabled"
    assert paused.json()["data"]["status"] == "paused"
    assert resumed.json()["data"]["status"] == "active"
    assert note.json()["data"]["note"] == "vip"
    assert password.json()["data"]["status"] == "updated"
    assert weak.status_code == 422
