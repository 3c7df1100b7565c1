"""Streaming downloads to a file: whole files only, errors leave nothing behind."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

from trekmail_client import APIConnectionError, NotFoundError, TrekMail
from trekmail_client.api.verify import verify_job_download

OPS = "tm_live_unit0test0token"
URL = "http://trekmail.test/api/v1/verify/bulk/42/download"

pytestmark = pytest.mark.anyio


class BrokenStream(httpx.AsyncByteStream):
    """Yields some bytes, then fails as a dropped connection would."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"email,result\n" * 100
        raise httpx.ReadError("connection reset")


def client() -> TrekMail:
    return TrekMail(base_url="http://trekmail.test", ops_token=OPS, max_retries=0)


@respx.mock
async def test_streams_the_body_into_the_file(tmp_path: Path) -> None:
    body = b"email,result\n" + b"a@example.com,valid\n" * 50_000
    route = respx.get(URL).respond(
        200,
        content=body,
        headers={"Content-Type": "text/csv", "Content-Disposition": 'attachment; filename="r.csv"'},
    )
    async with client() as tm:
        result = await tm.download(verify_job_download, tmp_path / "out.csv", 42)
        into_dir = await tm.download(verify_job_download, tmp_path, 42)
    assert (tmp_path / "out.csv").read_bytes() == body
    assert result.bytes_written == len(body) and result.filename == "r.csv"
    assert into_dir.path == tmp_path / "r.csv"
    assert "text/csv" in route.calls[0].request.headers["Accept"]


@respx.mock
async def test_an_error_status_writes_nothing(tmp_path: Path) -> None:
    respx.get(URL).respond(404, json={"error": {"code": "not_found", "message": "No job"}})
    target = tmp_path / "out.csv"
    target.write_text("previous")
    async with client() as tm:
        with pytest.raises(NotFoundError):
            await tm.download(verify_job_download, target, 42)
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@respx.mock
async def test_a_broken_transfer_leaves_no_partial_file(tmp_path: Path) -> None:
    respx.get(URL).respond(200, stream=BrokenStream())
    async with client() as tm:
        with pytest.raises(APIConnectionError, match="broke off"):
            await tm.download(verify_job_download, tmp_path / "out.csv", 42)
    assert list(tmp_path.iterdir()) == []


@respx.mock
async def test_a_body_that_cannot_be_decoded_is_a_connection_error(tmp_path: Path) -> None:
    respx.get(URL).respond(
        200, stream=httpx.ByteStream(b"not gzip at all"), headers={"Content-Encoding": "gzip"}
    )
    async with client() as tm:
        with pytest.raises(APIConnectionError, match="could not be decoded") as caught:
            await tm.download(verify_job_download, tmp_path / "out.csv", 42)
    assert caught.value.code == "decoding_error" and caught.value.request_sent is True
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@respx.mock
async def test_a_compressed_body_that_ends_early_writes_nothing(
    tmp_path: Path, encoding: str
) -> None:
    body = b"email,result\n" + b"a@example.com,valid\n" * 5_000
    wbits = zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS
    packer = zlib.compressobj(wbits=wbits)
    packed = packer.compress(body) + packer.flush()
    respx.get(URL).respond(
        200,
        stream=httpx.ByteStream(packed[: len(packed) // 2]),
        headers={"Content-Encoding": encoding},
    )
    async with client() as tm:
        with pytest.raises(APIConnectionError, match="ends early") as caught:
            await tm.download(verify_job_download, tmp_path / "out.csv", 42)
    assert caught.value.code == "decoding_error"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
@respx.mock
async def test_a_whole_compressed_body_is_written_decoded(tmp_path: Path, encoding: str) -> None:
    body = b"email,result\n" + b"a@example.com,valid\n" * 5_000
    wbits = {"gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS, "raw-deflate": -zlib.MAX_WBITS}
    packer = zlib.compressobj(wbits=wbits[encoding])
    packed = packer.compress(body) + packer.flush()
    header = "deflate" if encoding == "raw-deflate" else encoding
    respx.get(URL).respond(
        200, stream=httpx.ByteStream(packed), headers={"Content-Encoding": header}
    )
    async with client() as tm:
        got = await tm.download(verify_job_download, tmp_path / "out.csv", 42)
    assert (tmp_path / "out.csv").read_bytes() == body and got.bytes_written == len(body)
