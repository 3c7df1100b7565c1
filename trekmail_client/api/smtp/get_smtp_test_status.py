from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.get_smtp_test_status_response_200 import GetSmtpTestStatusResponse200

OPERATION_ID: Final = "get_smtp_test_status"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/smtp:test-status/{job_id}".format(
            job_id=str(job_id) if type(job_id) is int else quote(str(job_id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> GetSmtpTestStatusResponse200:
    return read_json(
        OPERATION_ID, client, response, GetSmtpTestStatusResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetSmtpTestStatusResponse200]:
    """Get a legacy SMTP test status

    Poll a legacy SMTP test job.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    Legacy, kept for backward compatibility: it no longer controls per-domain routing. Use the per-
    domain `/api/v1/domains/{id}/smtp` and `/api/v1/smtp/default` endpoints.

    ``GET /api/v1/smtp:test-status/{job_id}`` (operation ``get_smtp_test_status``).

    Args:
        job_id (str):

    Returns:
        ``Response[GetSmtpTestStatusResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        job_id=job_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> GetSmtpTestStatusResponse200:
    """Get a legacy SMTP test status

    Poll a legacy SMTP test job.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    Legacy, kept for backward compatibility: it no longer controls per-domain routing. Use the per-
    domain `/api/v1/domains/{id}/smtp` and `/api/v1/smtp/default` endpoints.

    ``GET /api/v1/smtp:test-status/{job_id}`` (operation ``get_smtp_test_status``).

    Args:
        job_id (str):

    Returns:
        ``GetSmtpTestStatusResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        job_id=job_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
