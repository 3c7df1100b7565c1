"""The per-call header helpers give what httpx.Headers' public API gives, on both paths."""

from __future__ import annotations

import httpx
import pytest

from trekmail_client import _headers


@pytest.fixture(params=[True, False], ids=["fast", "public"])
def fast(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr(_headers, "FAST", request.param)
    return bool(request.param)


def test_the_installed_httpx_has_the_layout_read() -> None:
    assert _headers.FAST is True


def test_lower_names(fast: bool) -> None:
    headers = httpx.Headers([("Accept", "a"), ("X-Request-Id", "r"), ("accept", "b")])
    assert _headers.lower_names(headers) == {b"accept", b"x-request-id"}


def test_get_matches_httpx(fast: bool) -> None:
    headers = httpx.Headers([("Content-Type", "text/html"), ("Via", "1"), ("via", "2")])
    assert _headers.get(headers, b"content-type") == headers.get("content-type")
    assert _headers.get(headers, b"via") == headers.get("via") == "1, 2"
    assert _headers.get(headers, b"missing") is None


def test_append_matches_setitem(fast: bool) -> None:
    ours = httpx.Headers({"User-Agent": "u"})
    theirs = httpx.Headers({"User-Agent": "u"})
    _headers.append(ours, "X-Request-Id", b"x-request-id", "abc")
    theirs["X-Request-Id"] = "abc"
    assert ours.raw == theirs.raw
    assert ours.multi_items() == theirs.multi_items()
    assert ours["x-request-id"] == "abc"
