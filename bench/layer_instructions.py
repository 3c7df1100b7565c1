"""The SDK layer's own instructions per call, without the network: valgrind's callgrind on
the columns of ``call_instructions.py`` with the transport replaced by an in-process fake.

``call_instructions.py`` measures the real columns (a server in another process, a real
connection); each column takes minutes under valgrind. Here the innermost transport answers
from memory (the same fixed bodies as ``transport_table.py``), so a run takes seconds and the
difference between the SDK column and the raw one is what the SDK layer adds or saves against
``httpx.AsyncClient``: it adds the generated function, the auth step, the retry transport,
typed reading and, for ``sdkaio``, the aiohttp backend's adapter
(``_aiohttp.AiohttpBackendTransport`` around a fake of httpx-aiohttp's transport); it saves
what ``httpx.AsyncClient.request`` repeats per call (``TrekMail._send`` builds the request
with the client's headers and timeout worked out once and hands it straight to the retry
transport), so the difference can be negative. Add it to the real transport's count from
``call_instructions.py`` to see the ratio.

Columns: ``raw`` (``httpx.AsyncClient``, bearer header on the client, ``raise_for_status``,
``response.json()``), ``sdk`` (``TrekMail`` on it) and ``sdkaio`` (``TrekMail`` on the aiohttp
backend, whose adapter wraps the fake; compared with ``raw`` too, since the fake stands for
httpx-aiohttp's transport and the raw column over it is the same client). Warm-up of 100
calls; runs with ``--calls`` and ``3 * --calls`` calls, the difference over ``2 * --calls`` is
one call.

    python bench/layer_instructions.py [--calls 300] [--columns raw sdk] [--methods GET POST]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import transport_table as table
from call_instructions import callgrind_count

from trekmail_client import TrekMail
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox
from trekmail_client.models import MailboxCreateRequest

URL = "http://127.0.0.1:9"
JSON = [("content-type", "application/json")]
COLUMNS = ("raw", "sdk", "sdkaio")


class _Body(httpx.AsyncByteStream):
    def __init__(self, body: bytes) -> None:
        self._body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body

    async def aclose(self) -> None:
        return None


class FakeTransport(httpx.AsyncBaseTransport):
    """Answers GET with ``GET_BODY`` (200) and POST with ``POST_BODY`` (201), from memory."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            await request.aread()
            return httpx.Response(201, headers=JSON, stream=_Body(table.POST_BODY))
        return httpx.Response(200, headers=JSON, stream=_Body(table.GET_BODY))


async def drive(column: str, method: str, calls: int) -> None:
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    headers = {"Authorization": f"Bearer {table.TOKEN}", "Accept": "application/json"}
    if column == "raw":
        client = httpx.AsyncClient(base_url=URL, headers=headers, transport=FakeTransport())

        async def get() -> None:
            response = await client.get(table.GET_PATH)
            response.raise_for_status()
            response.json()

        async def post() -> None:
            response = await client.post(table.POST_PATH, json=table.CREATE)
            response.raise_for_status()
            response.json()

    else:
        options: dict[str, Any] = {"base_url": URL, "ops_token": table.TOKEN, "max_retries": 0}
        if column == "sdk":
            tm = TrekMail(limits=limits, transport=FakeTransport(), **options)
        else:
            tm = TrekMail(limits=limits, http_backend="aiohttp", **options)
            tm._retry_transport().inner._inner = FakeTransport()  # type: ignore[attr-defined]
        body = MailboxCreateRequest(domain_id=1, local_part="bench", display_name="Bench")

        async def get() -> None:
            await get_mailbox.asyncio(table.MAILBOX_ID, client=tm)

        async def post() -> None:
            await create_mailbox.asyncio(client=tm, body=body)

    call = get if method == "GET" else post
    for _ in range(100 + calls):
        await call()


def instructions(column: str, method: str, calls: int, out: Path) -> int:
    # Once outside valgrind first: modules compiled since the last run write their bytecode
    # caches now, not inside the first counted run.
    subprocess.run([sys.executable, __file__, "--drive", column, method, "1"], check=True)
    return callgrind_count([sys.executable, __file__, "--drive", column, method, str(calls)], out)


def main() -> int:
    if sys.argv[1:2] == ["--drive"]:
        column, method, calls = sys.argv[2:5]
        asyncio.run(drive(column, method, int(calls)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--methods", nargs="+", default=["GET", "POST"], choices=["GET", "POST"])
    parser.add_argument("--columns", nargs="+", default=list(COLUMNS), choices=COLUMNS)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed (apt-get install -y valgrind)")
        return 0
    counts: dict[tuple[str, str], float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for method in args.methods:
            for column in args.columns:
                low, high = (
                    instructions(column, method, n, Path(scratch) / f"cg.{n}")
                    for n in (args.calls, 3 * args.calls)
                )
                counts[column, method] = (high - low) / (2 * args.calls)
                print(f"  {column:<7} {method:<5} {counts[column, method]:>12,.0f}", flush=True)
    print("\nthe SDK layer's instructions per call against raw httpx (fake transport; < 0: fewer)")
    for method in args.methods:
        for sdk, base in (("sdk", "raw"), ("sdkaio", "raw")):
            if (sdk, method) in counts and (base, method) in counts:
                extra = counts[sdk, method] - counts[base, method]
                print(f"  {method:<5} {sdk} - {base}: {extra:+,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
