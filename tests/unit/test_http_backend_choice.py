"""Choosing the HTTP backend: ``TrekMail(http_backend=...)``, ``$TREKMAIL_HTTP_BACKEND`` and
``trekmail provision run --http-backend`` (without the extra: tests/behaviour/
test_without_aiohttp.py)."""

from __future__ import annotations

import os

import httpx
import pytest
from click.testing import CliRunner

from trekmail_client import TrekMail, pool_limits
from trekmail_client._client import HTTP_BACKEND_ENV
from trekmail_client.cli import main

OPS = "tm_live_unit0test0token"


def test_httpx_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HTTP_BACKEND_ENV)
    tm = TrekMail(ops_token=OPS)
    assert tm.http_backend == "httpx"
    assert isinstance(tm._retry_transport().inner, httpx.AsyncHTTPTransport)


@pytest.mark.anyio
async def test_aiohttp_is_chosen_by_argument_or_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trekmail_client._aiohttp import AiohttpBackendTransport

    chosen = TrekMail(ops_token=OPS, http_backend="aiohttp", limits=pool_limits(8))
    monkeypatch.setenv(HTTP_BACKEND_ENV, " AIOHTTP ")
    from_env = TrekMail(ops_token=OPS)
    overridden = TrekMail(ops_token=OPS, http_backend="httpx")
    for tm in (chosen, from_env):
        assert tm.http_backend == "aiohttp"
        assert isinstance(tm._retry_transport().inner, AiohttpBackendTransport)
        assert tm.with_options(max_retries=0).http_backend == "aiohttp"
        await tm.aclose()
    assert overridden.http_backend == "httpx"


@pytest.mark.parametrize(
    ("given", "env", "message"),
    [
        ("curl", None, "http_backend must be one of 'httpx', 'aiohttp', got 'curl'"),
        (None, "requests", "TREKMAIL_HTTP_BACKEND must be one of 'httpx', 'aiohttp'"),
    ],
)
def test_an_unknown_backend_is_named(
    monkeypatch: pytest.MonkeyPatch, given: str | None, env: str | None, message: str
) -> None:
    if env is not None:
        monkeypatch.setenv(HTTP_BACKEND_ENV, env)
    with pytest.raises(ValueError, match=message):
        TrekMail(ops_token=OPS, http_backend=given)  # type: ignore[arg-type]


def test_a_transport_and_a_backend_together_are_refused() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with pytest.raises(ValueError, match="http_backend= or transport=, not both"):
        TrekMail(ops_token=OPS, transport=transport, http_backend="aiohttp")


def test_a_given_transport_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HTTP_BACKEND_ENV, "aiohttp")
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    tm = TrekMail(ops_token=OPS, transport=transport)
    assert tm._retry_transport().inner is transport


def test_the_cli_refuses_an_unknown_backend(tmp_path: os.PathLike[str]) -> None:
    rows = os.path.join(tmp_path, "rows.csv")
    with open(rows, "w", encoding="utf-8") as handle:
        handle.write("domain,local_part\nexample.com,alice\n")
    result = CliRunner().invoke(
        main, ["provision", "run", rows, "--token", OPS, "--http-backend", "curl"]
    )
    assert result.exit_code == 2
    assert "'curl' is not one of 'httpx', 'aiohttp'" in result.output


def test_the_cli_takes_the_backend_in_any_case(
    tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the library does (``TrekMail`` lower-cases ``$TREKMAIL_HTTP_BACKEND``)."""
    monkeypatch.setenv(HTTP_BACKEND_ENV, "HTTPX")
    rows = os.path.join(tmp_path, "rows.csv")
    with open(rows, "w", encoding="utf-8") as handle:
        handle.write("domain,local_part\nexample.com,alice\n")
    # Port 9 (discard) on 127.0.0.1 refuses: the run gets past option parsing, then exits 2
    # naming the unreachable URL, not the backend.
    result = CliRunner().invoke(
        main, ["provision", "run", rows, "--token", OPS, "--base-url", "http://127.0.0.1:9"]
    )
    assert "not one of" not in result.output
    assert "cannot reach" in result.output and result.exit_code == 2
