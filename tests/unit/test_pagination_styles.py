"""tm.paginate over every pagination style of the contract, with real generated operations."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from trekmail_client import TrekMail
from trekmail_client.api.deliverability import list_domain_bounces
from trekmail_client.api.drive import drive_trash_list
from trekmail_client.api.mailboxes import list_mailboxes
from trekmail_client.api.messages import list_messages

BASE = "http://trekmail.test"
pytestmark = pytest.mark.anyio


def client() -> TrekMail:
    return TrekMail(base_url=BASE, ops_token="tm_live_unit0test", message_token="tm_msg_unit0test")


def query(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


@respx.mock
async def test_page_style_follows_meta_until_the_last_page() -> None:
    def page(request: httpx.Request) -> httpx.Response:
        number = int(query(request)["page"])
        rows = [{"id": number * 10 + i, "email": f"u{number}{i}@example.com"} for i in range(2)]
        meta = {"current_page": number, "last_page": 3, "per_page": 2, "total": 6}
        return httpx.Response(200, json={"data": rows, "links": {}, "meta": meta})

    respx.get(f"{BASE}/api/v1/mailboxes").mock(side_effect=page)
    async with client() as tm:
        emails = [m.email async for m in tm.paginate(list_mailboxes, per_page=2)]
    assert len(emails) == 6


@respx.mock
async def test_cursor_style_passes_next_cursor_until_has_more_is_false() -> None:
    pages: dict[str | None, dict[str, Any]] = {
        None: {"data": [{"id": 1, "name": "a"}], "has_more": True, "next_cursor": "c2"},
        "c2": {"data": [{"id": 2, "name": "b"}], "has_more": True, "next_cursor": "c3"},
        "c3": {"data": [{"id": 3, "name": "c"}], "has_more": False, "next_cursor": None},
    }
    route = respx.get(f"{BASE}/api/v1/drive/spaces/account/trash").mock(
        side_effect=lambda r: httpx.Response(200, json=pages[query(r).get("cursor")])
    )
    async with client() as tm:
        names = [f.name async for f in tm.paginate(drive_trash_list, "account", per_page=1)]
    assert names == ["a", "b", "c"]
    assert route.call_count == 3


@respx.mock
async def test_before_uid_style_walks_back_through_the_mailbox() -> None:
    def messages(request: httpx.Request) -> httpx.Response:
        before = int(query(request).get("before_uid", 100))
        uids = [u for u in range(before - 1, max(before - 3, 94), -1)]
        nxt = uids[-1] if uids and uids[-1] > 95 else None
        body = {"messages": [{"uid": u} for u in uids], "pagination": {"next_before_uid": nxt}}
        return httpx.Response(200, json=body)

    respx.get(f"{BASE}/api/v1/messages").mock(side_effect=messages)
    async with client() as tm:
        seen = [m.uid async for m in tm.paginate(list_messages, limit=2)]
    assert seen == [99, 98, 97, 96, 95]


@respx.mock
async def test_offset_style_stops_on_a_short_page() -> None:
    rows = [{"recipient": f"r{i}@example.net"} for i in range(7)]

    def bounces(request: httpx.Request) -> httpx.Response:
        limit, offset = int(query(request)["limit"]), int(query(request)["offset"])
        return httpx.Response(200, json={"data": rows[offset : offset + limit]})

    route = respx.get(f"{BASE}/api/v1/domains/5/bounces").mock(side_effect=bounces)
    async with client() as tm:
        found = [b async for b in tm.paginate(list_domain_bounces, id=5, limit=3)]
    assert [b.additional_properties["recipient"] for b in found] == [r["recipient"] for r in rows]
    assert [json.loads(json.dumps(query(c.request)))["offset"] for c in route.calls] == [
        "0",
        "3",
        "6",
    ]


@respx.mock
async def test_page_style_without_links_or_meta_reads_until_a_short_page() -> None:
    rows = [{"id": i, "email": f"u{i}@example.com"} for i in range(5)]

    def page(request: httpx.Request) -> httpx.Response:
        number = int(query(request)["page"])
        return httpx.Response(200, json={"data": rows[(number - 1) * 2 : number * 2]})

    route = respx.get(f"{BASE}/api/v1/mailboxes").mock(side_effect=page)
    async with client() as tm:
        ids = [m.id async for m in tm.paginate(list_mailboxes, per_page=2)]
        unsized = [m.id async for m in tm.paginate(list_mailboxes)]
    assert ids == unsized == [0, 1, 2, 3, 4]
    assert route.call_count == 3 + 4  # sized: stops on the short page; unsized: on the empty one
