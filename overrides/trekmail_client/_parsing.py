"""Turning a 2xx body into its model, with SDK errors instead of bare ``KeyError``.

The generated ``_parse_response`` raises whatever ``Model.from_dict`` raises (``KeyError`` for a
missing required field, ``TypeError``/``ValueError`` for a wrong type) and the generator's
``UnexpectedStatus`` for a status the contract does not declare. The build step
``overrides/build/checked_parse.py`` routes every generated ``_build_response`` through
:func:`parse_checked`, so those surface as :class:`~trekmail_client.ResponseParseError` (a
``TrekMailError``) that names the operation and keeps the raw body.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._exceptions import ResponseParseError
from .errors import UnexpectedStatus

__all__ = ["parse_checked"]

T = TypeVar("T")


def parse_checked(parse: Callable[..., T], *, client: Any, response: httpx.Response) -> T:
    """Call a generated ``_parse_response``; raise :class:`ResponseParseError` if it fails.

    Args:
        parse: the endpoint module's ``_parse_response``.
        client: the client the call was made with.
        response: the final response (status below 400; errors were raised by the transport).

    Returns:
        what ``parse`` returns: the operation's typed model.

    Raises:
        ResponseParseError: the status is not one the contract declares for the operation, or
            the body does not match the declared schema (``.body`` keeps it).
    """
    operation = parse.__module__.rsplit(".", 1)[-1]
    status = response.status_code
    try:
        return parse(client=client, response=response)
    except UnexpectedStatus:
        reason = f"status {status} is not one the contract declares for it"
        cause: BaseException | None = None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"the {status} body does not match the contract ({type(exc).__name__}: {exc})"
        cause = exc
    error = ResponseParseError(
        f"{operation}: {reason}; the raw body is on .body. If the API changed, update "
        "openapi.json and regenerate",
        status=status,
        body=response.content,
        headers=response.headers,
        code="response_does_not_match_contract",
    )
    raise error from cause
