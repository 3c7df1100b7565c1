"""Streaming downloads: write a response body to a file without holding it in memory.

The generated functions read whole bodies (``response.content``). Binary downloads (a verifier
CSV, an attachment, a raw message, an Apple Mail profile, a Drive file) can be large, so
:func:`download` sends the same request the generated function would (its ``_get_kwargs``),
streams the body in chunks to a temporary file beside the destination, and renames it into
place only when the whole body arrived: a failed download never leaves a partial file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from ._exceptions import APIConnectionError
from ._parsing import error_request

if TYPE_CHECKING:
    from ._client import TrekMail

__all__ = ["Download", "download"]

CHUNK_BYTES = 64 * 1024
_FILENAME = re.compile(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', re.IGNORECASE)


@attrs.frozen
class Download:
    """What :func:`download` wrote.

    Attributes:
        path: the file written.
        bytes_written: its size in bytes.
        content_type: the response's ``Content-Type`` (or ``None``).
        filename: the file name the server suggested (``Content-Disposition``), if any.
        request_id: the response's ``X-Request-Id``, if any.
    """

    path: Path
    bytes_written: int
    content_type: str | None
    filename: str | None
    request_id: str | None


def _suggested_filename(disposition: str | None) -> str | None:
    if not disposition:
        return None
    match = _FILENAME.search(disposition)
    return os.path.basename(match.group(1)) if match else None


async def download(
    client: TrekMail,
    module: ModuleType,
    destination: str | os.PathLike[str],
    /,
    *args: Any,
    chunk_size: int = CHUNK_BYTES,
    **params: Any,
) -> Download:
    """Stream the body of one operation's response into ``destination``.

    Args:
        client: the :class:`~trekmail_client.TrekMail` client.
        module: a generated endpoint module, for example
            ``trekmail_client.api.verify.verify_job_download``.
        destination: the file to write; an existing file is replaced only after the whole body
            arrived. A directory means "inside it, under the server's suggested file name".
        *args: the operation's path parameters, as for its ``asyncio_detailed``.
        chunk_size: bytes per read (default 64 KiB); memory use stays about this size.
        **params: the operation's other arguments (query parameters, ``body=``...).

    Returns:
        a :class:`Download` describing the file.

    Raises:
        TypeError: ``module`` is not a generated endpoint module.
        APIError: the API answered with an error status (nothing is written).
        APIConnectionError: the transfer failed (nothing is written).
        OSError: the destination cannot be written.
    """
    build = getattr(module, "_get_kwargs", None)
    if build is None:
        raise TypeError(f"{module!r} is not a generated endpoint module (no _get_kwargs)")
    try:
        return await _download(
            client, module, build(*args, **params), Path(destination), chunk_size
        )
    except httpx.DecodingError as exc:  # the answer's Content-Encoding does not decode
        raise APIConnectionError(
            f"download of {module.__name__.rsplit('.', 1)[-1]}: the body could not be decoded "
            f"({exc}); nothing was written to {destination}; the server answered, so download "
            "it again",
            request_sent=True,
            request=error_request(exc),
            code="decoding_error",
        ) from exc


#: zlib ``wbits`` per ``Content-Encoding`` the download decodes itself (RFC 9110 section
#: 8.4.1): gzip, and deflate as zlib-wrapped (a raw deflate stream is tried on a bad header).
_ZLIB_WBITS: Final = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": 15}


async def _body(response: httpx.Response, chunk_size: int) -> AsyncIterator[bytes]:
    """The decoded body, chunk by chunk. gzip and deflate are decoded here rather than by
    httpx, whose decoder accepts a compressed stream that ends early (the file would be kept
    short): one that does not reach its end raises ``httpx.DecodingError``. Other encodings
    (and none) are httpx's."""
    encoding = (response.headers.get("content-encoding") or "").strip().lower()
    wbits = _ZLIB_WBITS.get(encoding)
    if wbits is None:
        async for chunk in response.aiter_bytes(chunk_size):
            yield chunk
        return
    decoder = zlib.decompressobj(wbits)
    first = True
    corrupt = f"the body's {encoding} stream is corrupt"
    async for raw in response.aiter_raw(chunk_size):
        if not raw:
            continue
        try:
            data = decoder.decompress(raw)
        except zlib.error:
            if not (first and encoding == "deflate"):
                raise httpx.DecodingError(corrupt, request=response.request) from None
            decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            try:
                data = decoder.decompress(raw)
            except zlib.error:
                raise httpx.DecodingError(corrupt, request=response.request) from None
        first = False
        if data:
            yield data
    if not first and not decoder.eof:  # (an empty body is an empty file, as httpx reads it)
        raise httpx.DecodingError(
            f"the body's {encoding} stream ends early (cut short)", request=response.request
        )
    tail = decoder.flush()
    if tail:
        yield tail


async def _download(
    client: TrekMail, module: ModuleType, kwargs: dict[str, Any], target: Path, chunk_size: int
) -> Download:
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        headers = response.headers
        suggested = _suggested_filename(headers.get("content-disposition"))
        if target.is_dir():
            target = target / (suggested or f"{module.__name__.rsplit('.', 1)[-1]}.bin")
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        written = 0
        try:
            with os.fdopen(handle, "wb") as file:
                try:
                    async for chunk in _body(response, chunk_size):
                        file.write(chunk)
                        written += len(chunk)
                except httpx.TransportError as exc:
                    raise APIConnectionError(
                        f"download of {response.request.url.path} broke off after {written} "
                        f"bytes ({type(exc).__name__}); nothing was written to {target}",
                        request_sent=True,
                        request=response.request,
                    ) from exc
            os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise
    return Download(
        path=target,
        bytes_written=written,
        content_type=headers.get("content-type"),
        filename=suggested,
        request_id=headers.get("x-request-id"),
    )
