from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.confirm_delete_intent_x_confirm_delete import (
    ConfirmDeleteIntentXConfirmDelete,
)
from ...models.delete_intent_confirm_result import DeleteIntentConfirmResult
from ...models.error_response import ErrorResponse
from ...types import Unset


def _get_kwargs(
    id: int,
    *,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_confirm_delete, Unset):
        headers["X-Confirm-Delete"] = str(x_confirm_delete)

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/delete-intents/{id}:confirm".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteIntentConfirmResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeleteIntentConfirmResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteIntentConfirmResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> Response[DeleteIntentConfirmResult | ErrorResponse]:
    """Confirm a mailbox deletion

     Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteIntentConfirmResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_confirm_delete=x_confirm_delete,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> DeleteIntentConfirmResult | ErrorResponse | None:
    """Confirm a mailbox deletion

     Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteIntentConfirmResult | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        x_confirm_delete=x_confirm_delete,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> Response[DeleteIntentConfirmResult | ErrorResponse]:
    """Confirm a mailbox deletion

     Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteIntentConfirmResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_confirm_delete=x_confirm_delete,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> DeleteIntentConfirmResult | ErrorResponse | None:
    """Confirm a mailbox deletion

     Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteIntentConfirmResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_confirm_delete=x_confirm_delete,
            idempotency_key=idempotency_key,
        )
    ).parsed
