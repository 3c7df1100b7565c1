"""Reading 2xx answers into models: tolerant by default, strict on request.

``openapi.json`` is our reconstruction of TrekMail's API, not TrekMail's own document, so the
real API will differ from it in places. A success answer must not turn into an exception
because of that: a mailbox that was created is still a mailbox when the server says 200
instead of 201 or leaves out one field. The generated endpoint modules therefore read their
success bodies through :func:`read_json` / :func:`read_file`, and the generated models call
:func:`field_mismatch`, :func:`missing_field` and :func:`not_an_object` when a value does not
match the contract.

Tolerant reading (the default):

* an undeclared 2xx status is read with the operation's success model;
* a missing required field is left unset (``UNSET``) and the rest of the model is built;
* a value of another type is kept as received (the attribute holds the raw JSON value);
* unknown fields stay in ``additional_properties``;
* every model keeps the JSON it was read from on ``.raw_json``;
* one warning per operation, kind of mismatch and field goes to the ``trekmail_client``
  logger, naming what was expected and what came (a type name, never a value).

Strict reading (``TrekMail(strict=True)``, used by the contract and behaviour tests) raises
:class:`~trekmail_client.ResponseParseError` (``code`` ``response_does_not_match_contract``)
at the first mismatch instead. A 2xx body that is not JSON at all (an HTML page from a proxy)
raises ``ResponseParseError`` (``code`` ``non_json_response``) in both modes: it is not an
answer of the API.
"""

from __future__ import annotations

import contextvars
import json
import re
from collections.abc import Callable, Collection, Mapping
from http import HTTPStatus
from io import BytesIO
from typing import Any, Final, TypeVar

import attrs
import httpx

from ._exceptions import APIConnectionError, ResponseParseError
from ._logging import logger
from .types import UNSET, File, Response

__all__ = [
    "PARSE_ERRORS",
    "build_response",
    "empty_model",
    "error_request",
    "field_mismatch",
    "is_secret_key",
    "missing_field",
    "not_an_object",
    "read_file",
    "read_json",
    "redacted_mapping_repr",
    "secret_repr",
    "send",
]

T = TypeVar("T")

#: What a generated ``construct`` step raises on a value of the wrong shape.
PARSE_ERRORS: Final = (TypeError, ValueError, AttributeError, KeyError, IndexError)

#: Parts of a key that mark a credential (see :func:`is_secret_key`).
_SECRET_PARTS: Final = ("password", "passwd", "secret", "token", "credential", "api_key", "apikey")
_SECRET_WORDS: Final = frozenset({"pass", "pwd", "otp", "pin", "creds"})
_WORD: Final = re.compile(r"[^a-z0-9]+")
REDACTED: Final = "<redacted>"

#: ``HTTPStatus`` by code, looked up once (``HTTPStatus(code)`` goes through the enum machinery).
_STATUSES: Final[dict[int, HTTPStatus]] = {status.value: status for status in HTTPStatus}

#: Warnings already logged: (operation, kind, where). Bounded so a long-lived process that
#: meets many odd answers cannot grow it without end.
_WARNED: set[tuple[str, str, str]] = set()
_WARNED_MAX: Final = 10_000


class _ContractMismatch(Exception):
    """Raised inside a strict read; :func:`read_json` turns it into ``ResponseParseError``.

    Deliberately not a ``TypeError``/``ValueError``: the generated union parsers catch those.
    """


class _ReadContext:
    """The operation being read and its mode (a plain class: attrs classes cost import time)."""

    __slots__ = ("operation_id", "strict")

    def __init__(self, operation_id: str, strict: bool) -> None:
        self.operation_id = operation_id
        self.strict = strict


_CONTEXT: contextvars.ContextVar[_ReadContext | None] = contextvars.ContextVar(
    "trekmail_read_context", default=None
)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if value is UNSET:
        return "nothing"
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


def _report(kind: str, where: str, expected: str, got: str) -> None:
    """Record one mismatch: raise in strict mode, else log it once per (operation, kind, where)."""
    context = _CONTEXT.get()
    operation = context.operation_id if context is not None else "from_dict"
    detail = f"{where}: expected {expected}, got {got}"
    if context is not None and context.strict:
        raise _ContractMismatch(f"{kind} at {detail}")
    key = (operation, kind, where)
    if key in _WARNED:
        return
    if len(_WARNED) < _WARNED_MAX:
        _WARNED.add(key)
    if context is None:
        logger.warning(
            "from_dict: the data differs from openapi.json (%s at %s); read tolerantly",
            kind,
            detail,
        )
        return
    logger.warning(
        "%s: the answer differs from openapi.json (%s at %s); read tolerantly. Pass "
        "strict=True to TrekMail to raise instead.",
        operation,
        kind,
        detail,
    )


def field_mismatch(
    model: type[Any], field: str, expected: str, value: Any, error: BaseException | None = None
) -> Any:
    """A field's value does not have the contract's type: keep it as received.

    Called by generated ``from_dict`` methods.

    Args:
        model: the model class being read.
        field: the field's JSON name.
        expected: the contract's type, as the generated annotation spells it.
        value: the value received (returned unchanged).
        error: what the generated parser raised, if anything (not shown: it may quote the
            value, which may be a secret).

    Returns:
        ``value``.

    Raises:
        _ContractMismatch: inside a strict read.
    """
    _report("wrong_type", f"{model.__name__}.{field}", expected, _type_name(value))
    return value


def missing_field(model: type[Any], field: str, expected: str) -> Any:
    """A required field is absent: leave it unset.

    Returns:
        ``UNSET``.

    Raises:
        _ContractMismatch: inside a strict read.
    """
    _report("missing_field", f"{model.__name__}.{field}", expected, "nothing")
    return UNSET


def empty_model(model: type[T]) -> T:
    """An instance of ``model`` with every field ``UNSET`` (nothing is reported: the caller
    already did, or has nothing to report)."""
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(model)  # type: ignore[arg-type]
    required: dict[str, Any] = {
        str(f.alias): UNSET for f in fields if f.init and f.default is attrs.NOTHING
    }
    return model(**required)


def not_an_object(model: type[T], value: Any, *, where: str | None = None) -> T:
    """The JSON value for a model is not an object: build the model with every field unset.

    Args:
        model: the model class.
        value: what came instead of an object (kept on ``raw_json``).
        where: the field that held it (``"MailboxCreateResponse.data"``), for the warning;
            the model's name when it is the whole body or a list item.

    Returns:
        an instance of ``model`` whose fields are ``UNSET`` and whose ``raw_json`` is ``value``.

    Raises:
        _ContractMismatch: inside a strict read.
    """
    _report(
        "not_an_object", where or model.__name__, f"object ({model.__name__})", _type_name(value)
    )
    instance = empty_model(model)
    instance._raw_json = value  # type: ignore[attr-defined]
    return instance


def secret_repr(value: Any) -> str:
    """``repr`` of a secret field (one-time password, app password, token): never the value."""
    if value is None or value is UNSET:
        return repr(value)
    return repr(REDACTED)


def is_secret_key(key: str) -> bool:
    """Whether a field name the contract does not know looks like it holds a credential:
    it contains ``password``, ``passwd``, ``secret``, ``token``, ``credential`` or
    ``api_key``/``apikey``, or one of its words is ``pass``, ``pwd``, ``otp``, ``pin`` or
    ``creds``."""
    lowered = key.lower()
    if any(part in lowered for part in _SECRET_PARTS):
        return True
    return bool(_SECRET_WORDS.intersection(_WORD.split(lowered)))


def _redact(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: (REDACTED if is_secret_key(str(k)) else _redact(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def redacted_mapping_repr(mapping: Mapping[str, Any]) -> str:
    """``repr`` of ``additional_properties`` with the values of secret-looking keys hidden,
    at any depth (see :func:`is_secret_key`)."""
    return repr(_redact(mapping))


def _begin(operation_id: str, client: Any) -> contextvars.Token[_ReadContext | None]:
    return _CONTEXT.set(_ReadContext(operation_id, bool(getattr(client, "strict", False))))


def _check_status(operation_id: str, response: httpx.Response, declared: Collection[int]) -> None:
    if response.status_code not in declared:
        listed = ", ".join(str(s) for s in sorted(declared))
        _report("undeclared_status", "status", listed, str(response.status_code))


def _contract_error(operation_id: str, response: httpx.Response, reason: str) -> ResponseParseError:
    return ResponseParseError(
        f"{operation_id}: the {response.status_code} answer does not match openapi.json "
        f"({reason}); the raw body is on .body. Without strict=True it would be read "
        "tolerantly",
        status=response.status_code,
        body=response.content,
        headers=response.headers,
        code="response_does_not_match_contract",
        response=response,
    )


def read_json(
    operation_id: str,
    client: Any,
    response: httpx.Response,
    build: Callable[[Any], T],
    declared: Collection[int],
) -> T:
    """Decode a 2xx JSON answer and build the operation's success model from it.

    Args:
        operation_id: the operation (named in warnings and errors).
        client: the client the call went through; its ``strict`` attribute picks the mode.
        response: the final response (the transport has raised for 3xx and every status of
            400 or more).
        build: the success model's ``from_dict``.
        declared: the 2xx statuses openapi.json declares with this body.

    Returns:
        the model ``build`` returns. An empty body is read as ``null`` (a model with every
        field unset, in tolerant mode).

    Raises:
        ResponseParseError: the body is not JSON (``non_json_response``), or, in strict mode,
            it differs from the contract (``response_does_not_match_contract``).
    """
    token = _begin(operation_id, client)
    try:
        content = response.content
        body: Any = None
        if content.strip():
            try:
                body = json.loads(content)
            except ValueError:
                raise ResponseParseError(
                    f"{operation_id}: the {response.status_code} answer is not JSON (content "
                    f"type {response.headers.get('content-type', 'unknown')!r}); the raw body "
                    "is on .body",
                    status=response.status_code,
                    body=content,
                    headers=response.headers,
                    response=response,
                ) from None
        _check_status(operation_id, response, declared)
        return build(body)
    except _ContractMismatch as exc:
        raise _contract_error(operation_id, response, str(exc)) from None
    finally:
        _CONTEXT.reset(token)


def read_file(
    operation_id: str, client: Any, response: httpx.Response, declared: Collection[int]
) -> File:
    """Wrap a 2xx binary answer in a :class:`~trekmail_client.types.File`.

    Args:
        operation_id, client, response, declared: as :func:`read_json`.

    Returns:
        a ``File`` whose ``payload`` reads the body and whose ``mime_type`` is the answer's
        content type. For large bodies use ``TrekMail.download``, which streams to disk.

    Raises:
        ResponseParseError: in strict mode, the status is not one openapi.json declares.
    """
    token = _begin(operation_id, client)
    try:
        _check_status(operation_id, response, declared)
    except _ContractMismatch as exc:
        raise _contract_error(operation_id, response, str(exc)) from None
    finally:
        _CONTEXT.reset(token)
    return File(payload=BytesIO(response.content), mime_type=response.headers.get("content-type"))


def build_response(response: httpx.Response, parsed: T) -> Response[T]:
    """The generated ``Response`` for a final answer and its parsed body.

    ``status_code`` is an ``HTTPStatus`` for every registered code and the plain ``int`` for
    any other (an undeclared 2xx such as 218 must not fail the call).
    """
    code = response.status_code
    status: HTTPStatus = _STATUSES.get(code, code)  # type: ignore[arg-type]
    return Response(
        status_code=status, content=response.content, headers=response.headers, parsed=parsed
    )


def error_request(exc: httpx.RequestError) -> httpx.Request | None:
    """The request an httpx error names, or ``None`` when it names none (``.request`` raises
    then)."""
    try:
        return exc.request
    except RuntimeError:
        return None


async def send(client: Any, kwargs: dict[str, Any]) -> httpx.Response:
    """Send a generated request through the client's ``httpx.AsyncClient``.

    Args:
        client: the :class:`~trekmail_client.TrekMail` client.
        kwargs: the endpoint's ``_get_kwargs(...)`` (with any per-call options applied).

    Returns:
        the final response (status below 400; the transport raised for the rest).

    Raises:
        APIConnectionError: the body arrived but could not be decoded (``code``
            ``decoding_error``, a broken ``Content-Encoding`` stream); ``request_sent`` is
            ``True``: the server answered.
        APIError: as the transport raises it.
    """
    try:
        direct = getattr(client, "_send", None)  # TrekMail; a bare generated client has none
        response: httpx.Response = await (
            direct(kwargs) if direct else client.get_async_httpx_client().request(**kwargs)
        )
    except httpx.DecodingError as exc:
        raise APIConnectionError(
            f"the answer's body could not be decoded ({exc}); the server answered, so a write "
            "may have been carried out: resend it with the same idempotency_key",
            request_sent=True,
            request=error_request(exc),
            code="decoding_error",
        ) from exc
    return response
