"""The SDK against the transports it runs on: client CPU per request, requests per second and
connections opened per request, as ratios to raw ``httpx.AsyncClient``, measured side by side.

Columns (each one client, built once, all with the same connection pool size, every connection
kept alive for the SDK's 60 s):

- ``raw httpx``: ``httpx.AsyncClient`` (bearer header on the client, ``raise_for_status``,
  ``response.json()``): the baseline;
- ``SDK httpx``: ``TrekMail`` on its default transport, calling the generated operations
  ``get_mailbox`` (GET) and ``create_mailbox`` (POST) (token routing, Idempotency-Key and
  X-Request-Id, the retry transport, typed parsing into attrs models);
- ``httpx/aiohttp``: ``httpx.AsyncClient(transport=httpx_aiohttp.AiohttpTransport(...))``, the
  transport the SDK's aiohttp backend wraps;
- ``SDK aiohttp``: ``TrekMail(http_backend="aiohttp")``, the SDK's aiohttp backend (the
  same transport, with the SDK's pool slots, write timeout and error mapping around it);
- ``raw aiohttp``: ``aiohttp.ClientSession``.

The aiohttp columns need ``httpx-aiohttp`` (and so ``aiohttp``); without it they are skipped
with a line saying so.

Rows: concurrency 1, 16, 64, 256 (that many coroutines sending at once), GET and POST.

The server runs in another process (so its CPU is not counted): ``aiohttp.web`` when aiohttp
is installed (it is the lighter of the two), else a bare ASGI app on uvicorn. It answers the two
paths with fixed, valid JSON (checked once with ``TrekMail(strict=True)``) and counts the
connections it sees (new client ``(host, port)`` pairs). Every round runs every cell (row x
column) once, interleaved; before each cell the column sends a warm-up burst so its pool is as
full as the concurrency allows, then the cell's requests are timed: ``time.process_time``
(client CPU) and ``time.perf_counter`` (wall). The report gives medians over the rounds as
ratios to raw httpx, and the SDK layer's ratio to the transport it wraps (the goal in issue 12:
at most 1.05).

    python bench/transport_table.py [--rounds 5] [--requests 600] [--concurrency 1 16 64 256]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx

from trekmail_client import TrekMail
from trekmail_client._client import DEFAULT_LIMITS
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox
from trekmail_client.models import MailboxCreateRequest

TOKEN = "tm_live_" + "b" * 40
MAILBOX_ID = 4242
GET_PATH = f"/api/v1/mailboxes/{MAILBOX_ID}"
POST_PATH = "/api/v1/mailboxes"
STATS_PATH = "/_bench/connections"
MAILBOX: dict[str, Any] = {
    "id": MAILBOX_ID,
    "email": "bench@example.com",
    "local_part": "bench",
    "domain_id": 1,
    "domain": "example.com",
    "display_name": "Bench",
    "status": "active",
    "used_mb": 12.5,
    "quota_mb": 1024.0,
    "allocation_mb": None,
    "is_pooled": True,
    "mailbox_type": "user",
    "is_shared": False,
    "shared_member_count": None,
    "note": None,
    "client_auth_mode": None,
    "app_passwords_count": None,
    "created_at": "2026-01-05T10:00:00Z",
}
GET_BODY = json.dumps({"data": MAILBOX}).encode()
POST_BODY = json.dumps({"data": MAILBOX}).encode()
CREATE = {"domain_id": 1, "local_part": "bench", "display_name": "Bench"}

COLUMNS = ("raw httpx", "SDK httpx", "httpx/aiohttp", "SDK aiohttp", "raw aiohttp")
#: (SDK column, the transport it wraps): the SDK layer's own cost.
LAYERS = (("SDK httpx", "raw httpx"), ("SDK aiohttp", "httpx/aiohttp"))

Call = Callable[[], Awaitable[None]]


# -- the server (its own process) ------------------------------------------------------------


class _Peers:
    """Client ``(host, port)`` pairs seen; a pair not seen before is a new connection."""

    def __init__(self) -> None:
        self.seen: set[Any] = set()

    def note(self, peer: Any) -> None:
        self.seen.add(peer)

    def stats(self) -> bytes:
        return json.dumps({"connections": len(self.seen)}).encode()


def _serve_aiohttp(sock: socket.socket, web: Any) -> None:
    peers = _Peers()

    async def handle(request: Any) -> Any:
        path = request.path
        if path == STATS_PATH:
            return web.Response(body=peers.stats(), content_type="application/json")
        peers.note(request.transport.get_extra_info("peername") if request.transport else None)
        if request.method == "POST" and path == POST_PATH:
            await request.read()
            return web.Response(status=201, body=POST_BODY, content_type="application/json")
        if request.method == "GET" and path == GET_PATH:
            return web.Response(body=GET_BODY, content_type="application/json")
        return web.Response(status=404, body=b'{"error":"not_found"}')

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    web.run_app(app, sock=sock, print=None, access_log=None, handle_signals=True)


def _serve_uvicorn(sock: socket.socket) -> None:
    import uvicorn

    peers = _Peers()
    json_header = [(b"content-type", b"application/json")]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        status, body = 404, b'{"error":"not_found"}'
        if path == STATS_PATH:
            status, body = 200, peers.stats()
        else:
            peers.note(tuple(scope["client"] or ()))
            more = True
            while more:
                more = (await receive()).get("more_body", False)
            if method == "POST" and path == POST_PATH:
                status, body = 201, POST_BODY
            elif method == "GET" and path == GET_PATH:
                status, body = 200, GET_BODY
        headers = [*json_header, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


def serve() -> int:
    """Bind 127.0.0.1 on a free port, print the port and which server, then serve forever."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # accepted sockets inherit it
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    try:
        web = importlib.import_module("aiohttp.web")
    except ImportError:
        web = None
    print(sock.getsockname()[1], "aiohttp.web" if web is not None else "uvicorn", flush=True)
    if web is not None:
        _serve_aiohttp(sock, web)
    else:
        _serve_uvicorn(sock)
    return 0


def connections_seen(url: str) -> int:
    """The server's count of connections opened so far (its own request is not counted)."""
    with urllib.request.urlopen(url + STATS_PATH, timeout=30) as answer:
        return int(json.load(answer)["connections"])


# -- the clients ------------------------------------------------------------------------------


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


async def build_columns(
    stack: AsyncExitStack, url: str, pool: int
) -> tuple[dict[str, dict[str, Call]], list[str]]:
    """Open every column's client; return ``{column: {"GET": call, "POST": call}}`` and the
    lines to print about skipped columns."""
    # The SDK's keep-alive (60 s, ``DEFAULT_LIMITS``) in every column: with httpx's own 5 s,
    # connections a column left idle while the other columns ran its row expired, and the
    # httpx columns reopened them during the next timed cell (0.013 per request at 256).
    expiry = DEFAULT_LIMITS.keepalive_expiry
    limits = httpx.Limits(
        max_connections=pool, max_keepalive_connections=pool, keepalive_expiry=expiry
    )
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    columns: dict[str, dict[str, Call]] = {}
    notes: list[str] = []

    def raw_httpx_calls(client: httpx.AsyncClient) -> dict[str, Call]:
        async def get() -> None:
            response = await client.get(GET_PATH)
            response.raise_for_status()
            response.json()

        async def post() -> None:
            response = await client.post(POST_PATH, json=CREATE)
            response.raise_for_status()
            response.json()

        return {"GET": get, "POST": post}

    def sdk_calls(tm: TrekMail) -> dict[str, Call]:
        body = MailboxCreateRequest(domain_id=1, local_part="bench", display_name="Bench")

        async def get() -> None:
            await get_mailbox.asyncio(MAILBOX_ID, client=tm)

        async def post() -> None:
            await create_mailbox.asyncio(client=tm, body=body)

        return {"GET": get, "POST": post}

    raw = await stack.enter_async_context(
        httpx.AsyncClient(base_url=url, headers=headers, limits=limits)
    )
    columns["raw httpx"] = raw_httpx_calls(raw)
    sdk = await stack.enter_async_context(
        TrekMail(base_url=url, ops_token=TOKEN, limits=limits, max_retries=0)
    )
    columns["SDK httpx"] = sdk_calls(sdk)

    httpx_aiohttp = _optional("httpx_aiohttp")
    aiohttp = _optional("aiohttp")
    if httpx_aiohttp is None or aiohttp is None:
        notes.append(
            "httpx/aiohttp, SDK aiohttp, raw aiohttp: skipped (httpx-aiohttp is not installed; "
            "pip install 'trekmail-client[aiohttp]')"
        )
        return columns, notes

    on_aiohttp = await stack.enter_async_context(
        httpx.AsyncClient(
            base_url=url, headers=headers, transport=httpx_aiohttp.AiohttpTransport(limits=limits)
        )
    )
    columns["httpx/aiohttp"] = raw_httpx_calls(on_aiohttp)
    sdk_aiohttp = await stack.enter_async_context(
        TrekMail(
            base_url=url, ops_token=TOKEN, http_backend="aiohttp", limits=limits, max_retries=0
        )
    )
    columns["SDK aiohttp"] = sdk_calls(sdk_aiohttp)

    session = await stack.enter_async_context(
        aiohttp.ClientSession(
            base_url=url,
            headers=headers,
            connector=aiohttp.TCPConnector(limit=pool, keepalive_timeout=expiry),
        )
    )

    async def aio_get() -> None:
        async with session.get(GET_PATH) as response:
            response.raise_for_status()
            await response.json()

    async def aio_post() -> None:
        async with session.post(POST_PATH, json=CREATE) as response:
            response.raise_for_status()
            await response.json()

    columns["raw aiohttp"] = {"GET": aio_get, "POST": aio_post}
    return columns, notes


async def check_answers(url: str) -> None:
    """The fixed answers are valid for the contract (a mismatch would put the tolerant
    reader's warning path into every measured call)."""
    async with TrekMail(base_url=url, ops_token=TOKEN, strict=True) as tm:
        got = await get_mailbox.asyncio(MAILBOX_ID, client=tm)
        assert got.data.id == MAILBOX_ID
        body = MailboxCreateRequest(domain_id=1, local_part="bench")
        created = await create_mailbox.asyncio(client=tm, body=body)
        assert created.data.id == MAILBOX_ID


async def run_burst(call: Call, concurrency: int, requests: int) -> None:
    """``requests`` calls from ``concurrency`` coroutines."""
    left = requests

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


@dataclass
class Cell:
    """One (row, column)'s samples across rounds."""

    cpu: list[float] = field(default_factory=list)  # seconds of client CPU per request
    rate: list[float] = field(default_factory=list)  # requests per wall-clock second
    opened: int = 0  # connections the server saw opened during the timed requests
    requests: int = 0


async def measure(
    url: str, rows: list[tuple[int, str]], rounds: int, requests: int, pool: int
) -> tuple[dict[tuple[int, str], dict[str, Cell]], list[str]]:
    await check_answers(url)
    async with AsyncExitStack() as stack:
        columns, notes = await build_columns(stack, url, pool)
        cells = {row: {name: Cell() for name in columns} for row in rows}
        for _ in range(rounds):
            for row in rows:
                concurrency, method = row
                for name, calls in columns.items():
                    call = calls[method]
                    await run_burst(call, concurrency, max(2 * concurrency, 50))  # warm up
                    before = connections_seen(url)
                    cpu, wall = time.process_time(), time.perf_counter()
                    await run_burst(call, concurrency, requests)
                    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                    cell = cells[row][name]
                    cell.opened += connections_seen(url) - before
                    cell.requests += requests
                    cell.cpu.append(cpu / requests)
                    cell.rate.append(requests / wall)
    return cells, notes


# -- the report -------------------------------------------------------------------------------


def report(
    cells: dict[tuple[int, str], dict[str, Cell]], notes: list[str], args: argparse.Namespace
) -> None:
    names = [n for n in COLUMNS if n in next(iter(cells.values()))]
    width = 14
    print(
        f"{args.rounds} interleaved rounds of {args.requests} requests per cell, pool "
        f"{args.pool} connections (all kept alive) in every column; medians"
    )
    for note in notes:
        print(f"  {note}")

    def table(title: str, value: Callable[[Cell], float], unit: str, fmt: str) -> None:
        print(f"\n{title} (raw httpx in {unit}, the others as ratios to it)")
        print("  row        " + "".join(f"{n:>{width}}" for n in names))
        for (concurrency, method), row in cells.items():
            base = value(row["raw httpx"])
            parts = [f"{base:>{width}{fmt}}"]
            for name in names[1:]:
                parts.append(f"{value(row[name]) / base:>{width}.2f}" if base else " " * width)
            print(f"  {concurrency:>4} {method:<5} " + "".join(parts))

    table("client CPU per request", lambda c: statistics.median(c.cpu) * 1e6, "us", ".0f")
    table("requests per second", lambda c: statistics.median(c.rate), "req/s", ".0f")
    print("\nconnections opened per request (after a warm-up burst; counted at the server)")
    print("  row        " + "".join(f"{n:>{width}}" for n in names))
    for (concurrency, method), row in cells.items():
        parts = [f"{row[n].opened / row[n].requests:>{width}.3f}" for n in names]
        print(f"  {concurrency:>4} {method:<5} " + "".join(parts))

    print("\nthe SDK's own layer: CPU per request over the transport it wraps (goal <= 1.05)")
    layers = [(sdk, base) for sdk, base in LAYERS if sdk in names and base in names]
    print("  row        " + "".join(f"{f'{sdk} / {base}':>28}" for sdk, base in layers))
    for (concurrency, method), row in cells.items():
        parts = []
        for sdk, base in layers:
            ratio = statistics.median(row[sdk].cpu) / statistics.median(row[base].cpu)
            parts.append(f"{ratio:>28.3f}")
        print(f"  {concurrency:>4} {method:<5} " + "".join(parts))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=600, help="timed requests per cell")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64, 256])
    parser.add_argument("--methods", nargs="+", default=["GET", "POST"], choices=["GET", "POST"])
    parser.add_argument(
        "--pool", type=int, default=100, help="connections per client (the SDK's default: 100)"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port, kind = server.stdout.readline().split()
        url = f"http://127.0.0.1:{port}"
        print(f"server: {kind} in process {server.pid}; client: process {os.getpid()}")
        rows = [(c, m) for c in args.concurrency for m in args.methods]
        cells, notes = asyncio.run(measure(url, rows, args.rounds, args.requests, args.pool))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(cells, notes, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
