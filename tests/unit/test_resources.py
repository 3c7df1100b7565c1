"""Resources (`tm.mailboxes.create(...)`): names, arguments, per-call options, raw answers,
paginators. The transport is respx, so every header and retry is visible."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import keyword
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

from trekmail_client import (
    APIConnectionError,
    AuthenticationError,
    PaginationError,
    ResponseParseError,
    RetryPolicy,
    TrekMail,
)
from trekmail_client._pagination import AsyncPaginator, Page
from trekmail_client._resource import NOT_GIVEN, APIResource, RawResponse
from trekmail_client._spec import OPERATIONS
from trekmail_client.api import RESOURCE_METHODS, RESOURCE_NAMES, Resources
from trekmail_client.models import (
    Mailbox,
    MailboxCreated,
    MailboxCreateRequest,
    MessageBody,
    SendMessageRequest,
)
from trekmail_client.types import UNSET

BASE = "http://trekmail.test"
OPS = "tm_live_unit0test"
pytestmark = pytest.mark.anyio
CREATED = {"data": {"id": 5, "email": "a@x.io", "password": "one-time-secret"}}


def client(**options: object) -> TrekMail:
    policy = RetryPolicy(backoff_base=0.0, backoff_cap=0.0)
    return TrekMail(base_url=BASE, ops_token=OPS, retry_policy=policy, **options)  # type: ignore[arg-type]


# -- names -----------------------------------------------------------------------------------


def test_every_operation_has_one_resource_method_and_no_name_collides() -> None:
    assert set(RESOURCE_METHODS) == {row[0] for row in OPERATIONS}
    seen: dict[tuple[str, str], str] = {}
    for operation_id, (tag, method) in RESOURCE_METHODS.items():
        assert method and method.isidentifier() and not keyword.iskeyword(method), operation_id
        assert not method.startswith("_") and method != "with_raw_response", operation_id
        assert (tag, method) not in seen, f"{operation_id} and {seen[(tag, method)]}: {method}"
        seen[(tag, method)] = operation_id
        for cls in resource_classes(tag):
            assert callable(getattr(cls, method)), (tag, method)


def resource_classes(tag: str) -> list[type[APIResource]]:
    module = importlib.import_module(f"trekmail_client.api.{tag}")
    return [getattr(module, name) for name in module.__all__]


def test_names_drop_the_tag_words() -> None:
    assert RESOURCE_METHODS["create_mailbox"] == ("mailboxes", "create")
    assert RESOURCE_METHODS["bulk_create_mailboxes"] == ("mailboxes", "bulk_create")
    assert RESOURCE_METHODS["list_mailboxes"] == ("mailboxes", "list")
    assert RESOURCE_METHODS["import_contacts"] == ("contacts", "import_")
    assert RESOURCE_METHODS["create_alias"] == ("aliases", "create")


def test_every_tag_is_a_resource_on_the_client_and_kept() -> None:
    tm = client()
    names = {n for n, v in vars(Resources).items() if isinstance(v, property)}
    assert names == set(RESOURCE_NAMES) and len(names) == 36
    for name in RESOURCE_NAMES:
        resource = getattr(tm, name)
        assert isinstance(resource, APIResource) and getattr(tm, name) is resource
        assert "tm_live" not in repr(resource)
    clone = tm.with_options(max_retries=0)
    assert clone.mailboxes is not tm.mailboxes and clone.mailboxes._client is clone


def test_methods_take_path_parameters_first_then_keywords() -> None:
    sig = inspect.signature(client().mailboxes.pause)
    kinds = [(p.name, p.kind) for p in sig.parameters.values()][:2]
    assert kinds[0] == ("id", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    assert kinds[1][1] is inspect.Parameter.KEYWORD_ONLY


# -- calls -----------------------------------------------------------------------------------


@respx.mock
async def test_body_as_keyword_arguments_or_model_sends_the_same_json() -> None:
    route = respx.post(f"{BASE}/api/v1/mailboxes").respond(201, json=CREATED)
    async with client() as tm:
        by_fields = await tm.mailboxes.create(domain_id=1, local_part="a", display_name="A")
        by_model = await tm.mailboxes.create(
            body=MailboxCreateRequest(domain_id=1, local_part="a", display_name="A")
        )
    assert isinstance(by_fields, MailboxCreated) and by_fields == by_model
    assert by_fields.password == "one-time-secret"  # inside `data`, unwrapped
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent[0] == sent[1] == {"domain_id": 1, "local_part": "a", "display_name": "A"}


async def test_body_and_fields_together_are_refused_before_sending() -> None:
    async with client() as tm:
        with pytest.raises(TypeError, match=r"body= or as keyword arguments \(local_part\)"):
            await tm.mailboxes.create(  # type: ignore[call-overload]
                body=MailboxCreateRequest(domain_id=1, local_part="a"), local_part="b"
            )
        with pytest.raises(TypeError, match="local_part"):
            await tm.mailboxes.create(domain_id=1)  # type: ignore[call-overload]


@respx.mock
async def test_per_call_options_reach_the_request() -> None:
    route = respx.post(f"{BASE}/api/v1/mailboxes/5:pause").respond(200, json={"data": {}})
    async with client() as tm:
        await tm.mailboxes.pause(
            5,
            idempotency_key="my-key-1",
            extra_headers={"X-Trace": "t1"},
            extra_query={"dry_run": "1"},
            timeout=2.5,
        )
    request = route.calls.last.request
    assert request.headers["idempotency-key"] == "my-key-1"
    assert request.headers["x-trace"] == "t1"
    assert request.url.params["dry_run"] == "1"
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


@respx.mock
async def test_per_call_max_retries_overrides_the_client() -> None:
    route = respx.get(f"{BASE}/api/v1/mailboxes/5").mock(side_effect=httpx.ConnectError("down"))
    async with client(max_retries=3) as tm:
        with pytest.raises(APIConnectionError):
            await tm.mailboxes.get(5, max_retries=0)
        assert route.call_count == 1
        with pytest.raises(APIConnectionError):
            await tm.mailboxes.get(5)
        assert route.call_count == 1 + 4
        with pytest.raises(ValueError, match="max_retries"):
            await tm.mailboxes.get(5, max_retries=-1)


@respx.mock
async def test_default_timeout_is_the_clients() -> None:
    route = respx.get(f"{BASE}/api/v1/mailboxes/5").respond(200, json={"data": CREATED["data"]})
    async with client(timeout=7.0) as tm:
        await tm.mailboxes.get(5, timeout=NOT_GIVEN)
    assert route.calls.last.request.extensions["timeout"]["read"] == 7.0


# -- raw answers -----------------------------------------------------------------------------


@respx.mock
async def test_with_raw_response_reports_the_answer_and_parses_on_demand() -> None:
    responses = [
        httpx.Response(503, json={"error": {"code": "busy", "message": "later"}}),
        httpx.Response(
            201, json=CREATED, headers={"X-Request-Id": "req-9", "X-Idempotency-Replayed": "true"}
        ),
    ]
    respx.post(f"{BASE}/api/v1/mailboxes").mock(side_effect=responses)
    async with client() as tm:
        raw = await tm.mailboxes.with_raw_response.create(
            domain_id=1, local_part="a", idempotency_key="k-raw"
        )
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 201 and raw.request_id == "req-9"
    assert raw.idempotency_key == "k-raw" and raw.replayed is True
    assert raw.retries_taken == 1
    assert raw.headers["x-request-id"] == "req-9" and json.loads(raw.content) == CREATED
    parsed = raw.parse()
    assert isinstance(parsed, MailboxCreated) and parsed.id == 5
    assert "one-time-secret" not in repr(raw)


# -- paginators ------------------------------------------------------------------------------


def page_of(numbers: list[int], page: int, last: int) -> httpx.Response:
    data = [{"id": n, "email": f"u{n}@x.io"} for n in numbers]
    return httpx.Response(
        200, json={"data": data, "meta": {"current_page": page, "last_page": last}}
    )


@respx.mock
async def test_list_is_awaitable_for_a_page_and_iterable_for_every_item() -> None:
    route = respx.get(f"{BASE}/api/v1/mailboxes")
    route.side_effect = lambda request: page_of(
        {"1": [1, 2], "2": [3]}[request.url.params["page"]], int(request.url.params["page"]), 2
    )
    async with client() as tm:
        paginator = tm.mailboxes.list(per_page=2)
        assert isinstance(paginator, AsyncPaginator) and route.call_count == 0
        first = await paginator
        assert isinstance(first, Page) and [m.id for m in first.items] == [1, 2]
        assert first.parsed.meta is not None
        every = [m async for m in tm.mailboxes.list(per_page=2)]
        again = [m async for m in paginator]
    assert [m.id for m in every] == [1, 2, 3] == [m.id for m in again]
    assert all(isinstance(m, Mailbox) for m in every)
    assert {c.request.url.params["per_page"] for c in route.calls} == {"2"}


@respx.mock
async def test_list_refuses_a_repeated_page() -> None:
    respx.get(f"{BASE}/api/v1/mailboxes").mock(
        side_effect=lambda request: httpx.Response(
            200,
            json={
                "data": [{"id": 1, "email": "a@x.io"}],
                "links": {"next": f"{BASE}/api/v1/mailboxes?page=1"},
                "meta": {"current_page": 1, "last_page": 9},
            },
        )
    )
    from trekmail_client import PaginationError

    async with client() as tm:
        with pytest.raises(PaginationError, match="page 1 again"):
            [m async for m in tm.mailboxes.list()]


@respx.mock
async def test_list_options_apply_to_every_page() -> None:
    route = respx.get(f"{BASE}/api/v1/mailboxes")
    route.side_effect = lambda request: page_of(
        [int(request.url.params["page"])], int(request.url.params["page"]), 2
    )
    async with client() as tm:
        found = [m async for m in tm.mailboxes.list(extra_headers={"X-Trace": "p"})]
    assert [m.id for m in found] == [1, 2]
    assert [c.request.headers["x-trace"] for c in route.calls] == ["p", "p"]


@respx.mock
async def test_a_body_field_named_body_is_told_apart_from_the_request_body() -> None:
    route = respx.post(f"{BASE}/api/v1/messages/send").respond(
        200, json={"status": "queued", "message_id": "<m@x>"}
    )
    tm = TrekMail(base_url=BASE, message_token="tm_msg_unit0test")
    async with tm:
        by_fields = await tm.messages.send(
            to=["b@x.io"], subject="Hi", body=MessageBody(text="Hello")
        )
        by_model = await tm.messages.send(
            body=SendMessageRequest(to=["b@x.io"], subject="Hi", body=MessageBody(text="Hello"))
        )
    assert by_fields.message_id == by_model.message_id == "<m@x>"
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent[0] == sent[1]
    assert sent[0]["body"] == {"text": "Hello"} and sent[0]["subject"] == "Hi"


def type_checking_namespace(module: ModuleType) -> dict[str, Any]:
    """The module's globals plus what its ``if TYPE_CHECKING:`` block imports."""
    namespace = dict(vars(module))
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.Import):  # import datetime
                    for alias in statement.names:
                        namespace[alias.asname or alias.name] = importlib.import_module(alias.name)
                    continue
                assert isinstance(statement, ast.ImportFrom)
                source = importlib.import_module(
                    "." * statement.level + (statement.module or ""), module.__name__
                )
                for alias in statement.names:
                    namespace[alias.asname or alias.name] = getattr(source, alias.name)
    return namespace


def test_every_resource_signature_resolves_to_real_types() -> None:
    """A name a signature uses but the module never imports would be ``Any`` to type
    checkers: evaluate every annotation of every method and overload."""
    resolved = 0
    for tag in RESOURCE_NAMES:
        module = importlib.import_module(f"trekmail_client.api.{tag}")
        namespace = type_checking_namespace(module)
        for cls in resource_classes(tag):
            for name, function in vars(cls).items():
                if name.startswith("_") or not inspect.isfunction(function):
                    continue
                for variant in [function, *typing.get_overloads(function)]:
                    hints = typing.get_type_hints(variant, globalns=namespace)
                    assert hints["return"] is not Any, (tag, name)
                    resolved += 1
    assert resolved >= 2 * len(OPERATIONS)  # two variants at least per operation


# -- findings of the resource review -----------------------------------------------------------


@respx.mock
async def test_an_answer_without_data_still_returns_the_declared_type() -> None:
    respx.get(f"{BASE}/api/v1/mailboxes/5").respond(200, json={"mailbox": {"id": 5}})
    respx.get(f"{BASE}/api/v1/aliases").respond(200, json={})
    async with client() as tm:
        mailbox = await tm.mailboxes.get(5)
        aliases = await tm.aliases.list()
    assert isinstance(mailbox, Mailbox) and mailbox.email is UNSET
    assert aliases == []


@respx.mock
async def test_idempotency_key_none_lets_the_client_choose_one() -> None:
    route = respx.post(f"{BASE}/api/v1/mailboxes").respond(201, json=CREATED)
    async with client() as tm:
        await tm.mailboxes.create(domain_id=1, local_part="a", idempotency_key=None)
    assert route.calls.last.request.headers["idempotency-key"]


@respx.mock
async def test_extra_headers_replace_case_insensitively() -> None:
    route = respx.post(f"{BASE}/api/v1/mailboxes/5:pause").respond(200, json={"data": {}})
    async with client() as tm:
        await tm.mailboxes.pause(5, idempotency_key="A", extra_headers={"idempotency-key": "B"})
    assert route.calls.last.request.headers.get_list("idempotency-key") == ["B"]


async def test_a_body_of_the_wrong_type_is_refused_by_name() -> None:
    async with client() as tm:
        with pytest.raises(TypeError, match="body must be a MailboxCreateRequest"):
            await tm.mailboxes.create(body={"domain_id": 1})  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="max_retries"):
            await tm.mailboxes.get(5, max_retries=True)


@respx.mock
async def test_a_body_model_without_fields_is_optional() -> None:
    route = respx.post(f"{BASE}/api/v1/agent/key/reissue").respond(200, json={"api_token": "x"})
    async with client() as tm:
        await tm.agent_payments.reissue_key()
    assert json.loads(route.calls.last.request.content) == {}


@respx.mock
async def test_an_undecodable_body_is_an_api_error_that_says_it_may_have_committed() -> None:
    broken = httpx.Response(
        201, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
    )
    respx.post(f"{BASE}/api/v1/mailboxes").mock(return_value=broken)
    async with client() as tm:
        with pytest.raises(APIConnectionError) as exc:
            await tm.mailboxes.create(domain_id=1, local_part="a", idempotency_key="k-9")
    assert exc.value.code == "decoding_error" and exc.value.request_sent is True
    assert exc.value.idempotency_key == "k-9"


@respx.mock
async def test_a_parse_error_keeps_the_key_and_the_exchange() -> None:
    respx.post(f"{BASE}/api/v1/mailboxes").respond(
        201, content=b"{not json", headers={"content-type": "application/json"}
    )
    async with client() as tm:
        with pytest.raises(ResponseParseError) as exc:
            await tm.mailboxes.create(domain_id=1, local_part="a", idempotency_key="k-7")
    assert exc.value.idempotency_key == "k-7"
    assert exc.value.request is not None and exc.value.response is not None


@respx.mock
async def test_a_token_echoed_by_the_server_never_reaches_the_exception() -> None:
    respx.get(f"{BASE}/api/v1/mailboxes/5").respond(
        401, json={"error": {"code": "unauthenticated", "message": f"bad token {OPS}"}}
    )
    async with client() as tm:
        with pytest.raises(AuthenticationError) as exc:
            await tm.mailboxes.get(5)
    assert OPS not in str(exc.value) and OPS not in repr(exc.value)
    assert "tm_live_<redacted>" in exc.value.message


@respx.mock
async def test_offset_lists_refuse_a_server_that_ignores_the_offset() -> None:
    rows = [{"recipient": f"r{i}@x.io"} for i in range(3)]
    respx.get(f"{BASE}/api/v1/domains/1/bounces").respond(200, json={"data": rows})
    async with client() as tm:
        with pytest.raises(PaginationError, match="again"):
            [b async for b in tm.deliverability.list_domain_bounces(1, limit=3)]
