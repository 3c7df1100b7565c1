"""Peak memory of a large download: ``tm.download`` (streamed to a file) against the generated
function (which reads the whole body), measured side by side with ``tracemalloc``.

A small Starlette app in its own process serves ``GET /api/v1/verify/bulk/1/download`` as a
stream of SIZE MB; this process downloads it both ways and reports each peak of traced Python
allocations and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import httpx

from trekmail_client import TrekMail
from trekmail_client.api.verify import verify_job_download

SERVER = """
import sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route
SIZE = int(sys.argv[2]) * 1024 * 1024
async def body():
    chunk = b"email@example.com,valid\\n" * 2730
    sent = 0
    while sent < SIZE:
        piece = chunk[: SIZE - sent]
        sent += len(piece)
        yield piece
async def download(request):
    return StreamingResponse(body(), media_type="text/csv")
app = Starlette(routes=[Route("/api/v1/verify/bulk/{job}/download", download)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def peak(label: str, url: str, streamed: bool, target: Path) -> float:
    async with TrekMail(base_url=url, ops_token="tm_live_bench0memory") as tm:
        tracemalloc.start()
        if streamed:
            await tm.download(verify_job_download, target, 1)
        else:
            response = await verify_job_download.asyncio_detailed(1, client=tm)
            target.write_bytes(response.content)
            del response
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    size = target.stat().st_size
    print(f"  {label:<34} peak {top / 2**20:8.1f} MB for a {size / 2**20:.0f} MB body")
    return top


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=64)
    args = parser.parse_args()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(args.size_mb)])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/", timeout=0.5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp:
            print(f"peak traced memory while downloading {args.size_mb} MB")
            whole = asyncio.run(
                peak("generated function (whole body)", url, False, Path(tmp) / "a")
            )
            stream = asyncio.run(peak("tm.download (streamed)", url, True, Path(tmp) / "b"))
        print(f"  ratio streamed / whole body: {stream / whole:.3f}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
