"""Contract tests: every operation of openapi.json, called through its generated function
against Prism, in two modes (only required inputs / every input).

Prism validates each request against the spec (path, query, headers, bearer scheme, body) and
answers a violation with a 4xx and an ``sl-violations`` header, which the client raises as an
:class:`~trekmail_client.APIError`; so a passing test means the generated code sends exactly what
the contract describes, and parses what the contract says comes back.
"""

from __future__ import annotations

import time
import typing
from typing import Any

import attrs
import pytest
from _calls import operation_call, spec_operations
from _instances import MODES, MissingExampleError

from trekmail_client import (
    APIError,
    BadRequestError,
    RetryPolicy,
    TrekMail,
    UnprocessableEntityError,
)
from trekmail_client._pagination import Page
from trekmail_client._resource import _endpoint
from trekmail_client._spec import OPERATIONS
from trekmail_client.api import RESOURCE_METHODS
from trekmail_client.models.error_response import ErrorResponse
from trekmail_client.types import UNSET, File

pytestmark = [pytest.mark.contract, pytest.mark.anyio]

OPS_TOKEN = "tm_live_contracttest"
MESSAGE_TOKEN = "tm_msg_contracttest"

#: operation id -> reason, for operations Prism cannot answer (strict xfail, so a fix shows up).
XFAIL: dict[str, str] = {}  # operation id -> why Prism cannot serve it (none today)


def _cases() -> list[Any]:
    cases = []
    for operation_id in sorted(spec_operations()):
        for mode in MODES:
            marks = []
            if operation_id in XFAIL:
                marks.append(pytest.mark.xfail(reason=XFAIL[operation_id], strict=True))
            cases.append(
                pytest.param(operation_id, mode, id=f"{operation_id}[{mode}]", marks=marks)
            )
    return cases


def _client(prism_url: str) -> TrekMail:
    # No client-side pacing: every call here is a separate contract check, not real load.
    return TrekMail(
        base_url=prism_url,
        ops_token=OPS_TOKEN,
        message_token=MESSAGE_TOKEN,
        retry_policy=RetryPolicy(max_retries=0, operation_rate_limits=False),
        strict=True,
    )


def _describe(exc: APIError) -> str:
    violations = exc.headers.get("sl-violations") if exc.headers is not None else None
    return (
        f"Prism rejected the request: HTTP {exc.status} {exc.code}\n"
        f"sl-violations: {violations}\nbody: {exc.body!r}"
    )


def _declared_types(module: Any) -> tuple[type, ...]:
    """The success types ``asyncio_detailed`` declares (``Response[A | B | ErrorResponse]``)."""
    (parsed,) = typing.get_args(typing.get_type_hints(module.asyncio_detailed)["return"])
    members = typing.get_args(parsed) or (parsed,)
    return tuple(m for m in members if m is not ErrorResponse and m is not Any)


def test_every_operation_is_generated_and_registered() -> None:
    in_spec = set(spec_operations())
    assert {row[0] for row in OPERATIONS} == in_spec
    assert len(_cases()) == 2 * len(in_spec)


@pytest.mark.parametrize(("operation_id", "mode"), _cases())
async def test_operation(prism_url: str, contract_stats: Any, operation_id: str, mode: str) -> None:
    try:
        call = operation_call(operation_id, mode)  # type: ignore[arg-type]
    except MissingExampleError as exc:
        pytest.fail(str(exc), pytrace=False)

    async with _client(prism_url) as tm:
        started = time.perf_counter()
        try:
            response = await call.module.asyncio_detailed(*call.args, client=tm, **call.kwargs)
        except APIError as exc:
            pytest.fail(f"{operation_id}[{mode}]: {_describe(exc)}", pytrace=False)
        elapsed = time.perf_counter() - started

    status = int(response.status_code)
    assert 200 <= status < 300, f"{operation_id}[{mode}]: HTTP {status}"
    declared = call.operation.success_responses()[str(status)]
    if not declared.get("content"):
        assert not response.content, f"{operation_id}[{mode}]: {status} should have no body"
    else:
        expected = _declared_types(call.module)
        assert expected, f"{operation_id}: no success type in the generated signature"
        if File in expected:
            assert isinstance(response.parsed, File), response.parsed
            assert isinstance(response.parsed.payload.read(), bytes)
        else:
            assert isinstance(response.parsed, expected), (
                f"{operation_id}[{mode}]: parsed {type(response.parsed).__name__}, "
                f"expected one of {[t.__name__ for t in expected]}"
            )
    contract_stats.record(operation_id, mode, elapsed)


def _as_fields(body: Any) -> dict[str, Any]:
    """A body model as keyword arguments (the fields that are set)."""
    return {
        str(a.alias): getattr(body, a.name)
        for a in attrs.fields(type(body))
        if a.init and getattr(body, a.name) is not UNSET
    }


@pytest.mark.parametrize(("operation_id", "mode"), _cases())
async def test_operation_through_its_resource_method(
    prism_url: str, operation_id: str, mode: str
) -> None:
    """The same call through ``tm.<resource>.with_raw_response.<method>``: the request Prism
    accepts, ``.parse()`` gives what the plain method returns (inside ``data`` where the
    model only wraps it). In full mode a JSON body goes as keyword arguments where the method
    takes them; paged lists are also awaited as the first ``Page``."""
    call = operation_call(operation_id, mode)  # type: ignore[arg-type]
    tag, method = RESOURCE_METHODS[operation_id]
    kwargs = dict(call.kwargs)
    endpoint = _endpoint(f"trekmail_client.api.{tag}", operation_id)
    body = kwargs.get("body")
    as_fields = mode == "full" and body is not None and attrs.has(type(body))
    if as_fields and set(_as_fields(body)) <= endpoint.body_fields and _as_fields(body):
        del kwargs["body"]
        kwargs.update(_as_fields(body))
    async with _client(prism_url) as tm:
        resource = getattr(tm, tag)
        try:
            raw = await getattr(resource.with_raw_response, method)(*call.args, **kwargs)
            parsed = raw.parse()
            page = None
            if call.operation.node.get("x-trekmail-pagination", "none") != "none":
                page = await getattr(resource, method)(*call.args, **kwargs)
        except APIError as exc:
            pytest.fail(f"{operation_id}[{mode}] via tm.{tag}.{method}: {_describe(exc)}")
    assert 200 <= raw.status_code < 300
    assert raw.request_id
    whole = call.module._parse_response(client=tm, response=raw.http_response)
    if call.module.RETURNS_DATA and whole is not None:
        assert parsed == whole.data and type(parsed) is type(whole.data)
    elif isinstance(whole, File):
        assert isinstance(parsed, File)
    else:
        assert parsed == whole
    if page is not None:
        assert isinstance(page, Page)
        assert all(isinstance(item, call.module.PAGE_ITEM) for item in page.items)


async def test_binary_download_parses_as_file(prism_url: str) -> None:
    """``verify_job_download`` with an Accept header its content types satisfy: the CSV body
    comes back as a :class:`File`."""
    call = operation_call("verify_job_download", "full")
    async with _client(prism_url) as tm:
        csv_client = tm.with_headers({"Accept": "text/csv"})
        try:
            response = await call.module.asyncio_detailed(
                *call.args, client=csv_client, **call.kwargs
            )
        except APIError as exc:
            pytest.fail(_describe(exc), pytrace=False)
    assert response.status_code == 200
    assert isinstance(response.parsed, File)
    assert response.parsed.payload.read() == response.content


async def test_prism_rejects_a_request_that_breaks_the_contract(prism_url: str) -> None:
    """``create_mailbox`` without the required ``local_part``: Prism answers 4xx with
    ``sl-violations``, and the client raises it as a typed error."""
    async with _client(prism_url) as tm:
        http = tm.get_async_httpx_client()
        with pytest.raises((UnprocessableEntityError, BadRequestError)) as caught:
            await http.post(
                "/api/v1/mailboxes",
                json={"domain_id": 1},
                headers={"Idempotency-Key": "contract-negative"},
            )
    error = caught.value
    assert 400 <= error.status < 500
    violations = error.headers.get("sl-violations")
    assert violations, f"no sl-violations header: {dict(error.headers)}"
    assert "local_part" in violations, violations
