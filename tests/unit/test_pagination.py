"""Pagination over the four styles, with fake endpoint modules and with the generated
list_mailboxes against respx."""

from __future__ import annotations

import json
import types
from typing import Any

import httpx
import pytest
import respx

from trekmail_client._client import TrekMail
from trekmail_client._exceptions import PaginationError, ResponseParseError
from trekmail_client._pagination import iter_pages, paginate
from trekmail_client._registry import Registry
from trekmail_client.api.mailboxes import get_mailbox, list_mailboxes

BASE = "https://trekmail.net"
OPS = "tm_live_unit0test0token"

pytestmark = pytest.mark.anyio


class FakeResponse:
    def __init__(self, body: Any, parsed: Any = None) -> None:
        self.status_code = 200
        self.content = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.headers: dict[str, str] = {}
        self.parsed = parsed


def fake_module(operation_id: str, pages: list[Any]) -> tuple[types.ModuleType, list[dict]]:
    """A stand-in for a generated endpoint module: returns the given bodies in order."""
    calls: list[dict[str, Any]] = []
    module = types.ModuleType(f"trekmail_client.api.fake.{operation_id}")

    async def asyncio_detailed(*, client: Any, **kwargs: Any) -> FakeResponse:
        calls.append(kwargs)
        body = pages[min(len(calls), len(pages)) - 1]
        return FakeResponse(body)

    module.asyncio_detailed = asyncio_detailed  # type: ignore[attr-defined]
    return module, calls


def page_body(items: list[int], current: int, last: int, next_link: Any = "auto") -> dict:
    nxt = f"{BASE}/api/v1/mailboxes?page={current + 1}" if next_link == "auto" else next_link
    return {
        "data": [{"id": i} for i in items],
        "links": {"next": nxt, "prev": None},
        "meta": {"current_page": current, "last_page": last, "total": 99},
    }


async def collect(it: Any) -> list[Any]:
    return [item async for item in it]


async def test_page_style_follows_meta_and_links(registry: Registry) -> None:
    module, calls = fake_module(
        "list_mailboxes",
        [
            page_body([1, 2], 1, 3),
            page_body([3, 4], 2, 3),
            page_body([5], 3, 3, None),
        ],
    )
    items = await collect(paginate(None, module, registry=registry, per_page=2, domain_id=7))
    assert [i["id"] for i in items] == [1, 2, 3, 4, 5]
    assert calls == [{"per_page": 2, "domain_id": 7, "page": n} for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("second", "expected_calls"),
    [
        ({"data": [{"id": 1}], "links": {"next": None}}, 1),  # links.next null
        ({"data": [{"id": 1}]}, 2),  # no links, no meta: on to the next page
        (
            {
                "data": [{"id": 1}],
                "meta": {"current_page": 1, "last_page": 1},
                "links": {"next": f"{BASE}/x?page=2"},
            },
            1,
        ),  # current >= last
        ({"data": [], "links": {"next": f"{BASE}/x?page=2"}}, 1),  # empty page
    ],
)
async def test_page_style_stops(registry: Registry, second: Any, expected_calls: int) -> None:
    module, calls = fake_module("list_mailboxes", [second, page_body([9], 2, 2, None)])
    await collect(paginate(None, module, registry=registry))
    assert len(calls) == expected_calls


async def test_page_style_starting_page_and_meta_without_links(registry: Registry) -> None:
    module, calls = fake_module(
        "list_mailboxes",
        [
            {"data": [{"id": 1}], "meta": {"current_page": 4, "last_page": 5}},
            {"data": [{"id": 2}], "meta": {"current_page": 5, "last_page": 5}},
        ],
    )
    items = await collect(paginate(None, module, registry=registry, page=4))
    assert len(items) == 2 and [c["page"] for c in calls] == [4, 5]


async def test_repeated_page_raises(registry: Registry) -> None:
    looping = page_body([1], 1, 9, f"{BASE}/api/v1/mailboxes?page=1")
    module, calls = fake_module("list_mailboxes", [looping])
    with pytest.raises(PaginationError, match="page 1 again"):
        await collect(paginate(None, module, registry=registry))
    assert len(calls) == 1


async def test_cursor_style(registry: Registry) -> None:
    module, calls = fake_module(
        "list_scheduled",
        [
            {"data": [{"id": 1}], "has_more": True, "next_cursor": "c2"},
            {"data": [{"id": 2}], "pagination": {"has_more": True, "next_cursor": "c3"}},
            {"data": [{"id": 3}], "has_more": False, "next_cursor": "c4"},
        ],
    )
    items = await collect(paginate(None, module, registry=registry, per_page=1))
    assert [i["id"] for i in items] == [1, 2, 3]
    assert calls == [
        {"per_page": 1},
        {"per_page": 1, "cursor": "c2"},
        {"per_page": 1, "cursor": "c3"},
    ]


async def test_cursor_stops_without_next_cursor(registry: Registry) -> None:
    module, calls = fake_module(
        "list_scheduled", [{"data": [{"id": 1}], "has_more": True, "next_cursor": None}]
    )
    assert len(await collect(paginate(None, module, registry=registry))) == 1
    assert len(calls) == 1


async def test_repeated_cursor_raises(registry: Registry) -> None:
    module, _ = fake_module(
        "list_scheduled", [{"data": [{"id": 1}], "has_more": True, "next_cursor": "same"}]
    )
    with pytest.raises(PaginationError, match="cursor 'same' again"):
        await collect(paginate(None, module, registry=registry))


async def test_before_uid_style_with_messages_key(registry: Registry) -> None:
    module, calls = fake_module(
        "list_messages",
        [
            {
                "messages": [{"uid": 30}, {"uid": 29}],
                "pagination": {"has_more": True, "next_before_uid": 29},
            },
            {"messages": [{"uid": 28}], "pagination": {"has_more": False, "next_before_uid": 28}},
        ],
    )
    items = await collect(paginate(None, module, registry=registry, folder="INBOX", limit=2))
    assert [i["uid"] for i in items] == [30, 29, 28]
    assert calls == [
        {"folder": "INBOX", "limit": 2},
        {"folder": "INBOX", "limit": 2, "before_uid": 29},
    ]


async def test_repeated_before_uid_raises(registry: Registry) -> None:
    module, _ = fake_module(
        "list_messages",
        [{"messages": [{"uid": 5}], "pagination": {"has_more": True, "next_before_uid": 5}}],
    )
    with pytest.raises(PaginationError):
        await collect(paginate(None, module, registry=registry, before_uid=5))


async def test_offset_style(registry: Registry) -> None:
    module, calls = fake_module(
        "list_mailbox_bounces",
        [
            {"data": [{"id": 1}, {"id": 2}]},
            {"data": [{"id": 3}, {"id": 4}]},
            {"data": [{"id": 5}]},
        ],
    )
    items = await collect(paginate(None, module, registry=registry, mailbox_id=3, limit=2))
    assert len(items) == 5
    assert calls == [{"mailbox_id": 3, "limit": 2, "offset": o} for o in (0, 2, 4)]


async def test_offset_default_limit(registry: Registry) -> None:
    module, calls = fake_module("list_mailbox_bounces", [{"data": []}])
    assert await collect(paginate(None, module, registry=registry)) == []
    assert calls == [{"limit": 50, "offset": 0}]


async def test_max_pages_and_max_items(registry: Registry) -> None:
    bodies = [page_body([n * 10 + 1, n * 10 + 2], n, 9) for n in range(1, 10)]
    module, calls = fake_module("list_mailboxes", bodies)
    assert len(await collect(paginate(None, module, registry=registry, max_pages=2))) == 4
    assert len(calls) == 2
    module, calls = fake_module("list_mailboxes", bodies)
    assert len(await collect(paginate(None, module, registry=registry, max_items=3))) == 3
    assert len(calls) == 2
    assert await collect(paginate(None, module, registry=registry, max_items=0)) == []


async def test_pages_view(registry: Registry) -> None:
    module, _ = fake_module("list_mailboxes", [page_body([1], 1, 2), page_body([2], 2, 2)])
    pages = await collect(iter_pages(None, module, registry=registry))
    assert [p.number for p in pages] == [1, 2]
    assert [p.params for p in pages] == [{"page": 1}, {"page": 2}]
    assert pages[1].raw["meta"]["current_page"] == 2


async def test_not_paginated_or_not_a_module(registry: Registry) -> None:
    module, _ = fake_module("get_mailbox", [{}])
    with pytest.raises(TypeError, match="get_mailbox is not a paginated list"):
        await collect(paginate(None, module, registry=registry))
    with pytest.raises(TypeError, match="no asyncio_detailed"):
        await collect(paginate(None, types.ModuleType("x.list_mailboxes"), registry=registry))
    with pytest.raises(TypeError, match="not a paginated"):
        await collect(paginate(None, get_mailbox))


async def test_bad_page_bodies(registry: Registry) -> None:
    module, _ = fake_module("list_mailboxes", [b"<html>oops</html>"])
    with pytest.raises(ResponseParseError, match="not JSON"):
        await collect(paginate(None, module, registry=registry))
    module, _ = fake_module("list_mailboxes", [{"a": 1}])
    with pytest.raises(ResponseParseError, match="no list of items"):
        await collect(paginate(None, module, registry=registry))


def _mailboxes(ids: list[int]) -> list[dict[str, Any]]:
    return [{"id": i, "email": f"u{i}@example.com"} for i in ids]


async def test_generated_list_mailboxes_through_client(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes").mock(
            side_effect=[
                httpx.Response(
                    200,
                    json={
                        "data": _mailboxes([1, 2]),
                        # a next link to another host: only its page number is used
                        "links": {
                            "next": "https://evil.example/api/v1/mailboxes?page=2",
                            "prev": None,
                        },
                        "meta": {"current_page": 1, "last_page": 2, "per_page": 2, "total": 3},
                    },
                ),
                httpx.Response(
                    200,
                    json={
                        "data": _mailboxes([3]),
                        "links": {"next": None, "prev": None},
                        "meta": {"current_page": 2, "last_page": 2, "per_page": 2, "total": 3},
                    },
                ),
            ]
        )
        items = [mb async for mb in tm.paginate(list_mailboxes, per_page=2)]
    assert [mb.id for mb in items] == [1, 2, 3]  # generated Mailbox models
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "2"]
    assert all(c.request.url.host == "trekmail.net" for c in route.calls)
    pages = []
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes").respond(200, json={"data": _mailboxes([1])})
        with pytest.raises(PaginationError, match="repeats the previous page"):
            async for page in tm.pages(list_mailboxes, max_pages=5):
                pages.append(page)
    assert len(pages) == 2 and pages[0].items[0].email == "u1@example.com"


async def test_a_typed_page_yields_only_its_item_field(tm: TrekMail) -> None:
    """A typed page never yields a stray list of another field as items, and a page whose
    item field is not a list (read tolerantly) gives no items instead of raising."""
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes").mock(
            side_effect=[
                httpx.Response(200, json={"data": {"id": 1}, "warnings": ["w1", "w2"]}),
                httpx.Response(200, json={"data": None}),
                httpx.Response(200, content=b""),
            ]
        )
        for _ in range(3):
            assert [m async for m in tm.paginate(list_mailboxes)] == []
