"""openapi.json against the validator, the overview seed and the official client (no network)."""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))
from contract import UPSTREAM, contract_path  # noqa: E402

# The contract the SDK is built from: openapi.json with overrides/openapi.overlay.yaml.
SPEC_PATH = contract_path()
# Copies of the reference facts the contract is held against, kept in the repo so the checks
# run anywhere; test_reference_copies_are_current compares them with the shared originals.
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
SHARED_REFERENCE_DIR = Path(
    os.environ.get("TREKMAIL_REFERENCE_DIR") or ROOT.parent / "shared" / "reference"
)
REFERENCE_FILES = ("seed-endpoints.jsonl", "official-client-endpoints.jsonl")

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PAGINATION_STYLES = {"page", "cursor", "before_uid", "offset", "none"}
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "422": "UnprocessableEntity",
    "429": "TooManyRequests",
    "503": "ServiceUnavailable",
    "5XX": "ServerError",
}
TOKEN_SCHEME = {"ops": "opsToken", "message": "messageToken"}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
IDENT = re.compile(r"^[a-z][a-z0-9_]*$")

# Bulk endpoints whose 422 may be the bulk row shape (no `error` key) as well as the envelope:
# their 422 is a dedicated schema instead of the shared response (see docs/spec-notes.md).
BULK_422_OVERRIDES = {
    ("POST", "/api/v1/mailboxes:bulk"): "MailboxBulkErrorResponse",
    ("POST", "/api/v1/mailboxes/invites:bulk"): "InviteBulkErrorResponse",
    ("POST", "/api/v1/domains:bulk-add"): "DomainBulkAddErrorResponse",
}
# Same method+path as an official client tool, another operationId (see docs/spec-notes.md).
OFFICIAL_NAME_EXCEPTIONS = {
    # The official tool forces password_mode=generated_one_time; the operation takes both.
    ("POST", "/api/v1/mailboxes"): ("create_mailbox_generated_password", "create_mailbox"),
    # One official tool serves a root and a folder path (or a single and a bulk route);
    # operation ids are unique, so the second path gets its own name.
    ("GET", "/api/v1/drive/spaces/{space}/folders/{folderId}"): (
        "drive_browse_folder",
        "drive_browse_subfolder",
    ),
    ("GET", "/api/v1/drive/spaces/{space}/folders/{folderId}/all-ids"): (
        "drive_select_all_ids",
        "drive_select_all_ids_in_folder",
    ),
    ("POST", "/api/v1/mailboxes:client-auth-mode"): (
        "set_mailbox_client_auth_mode",
        "set_mailboxes_client_auth_mode",
    ),
}
# Official-client paths left out because the overview names the same operation at another path
# (the overview wins; docs/spec-notes.md lists each case).
OVERVIEW_WINS = {
    ("GET", "/api/v1/mailboxes/{}/aliases"): "GET /api/v1/aliases",
    ("POST", "/api/v1/mailboxes/{}/aliases"): "POST /api/v1/aliases",
    ("PATCH", "/api/v1/mailboxes/{}/aliases/{}"): "PATCH /api/v1/aliases/{id}",
    ("DELETE", "/api/v1/mailboxes/{}/aliases/{}"): "DELETE /api/v1/aliases/{id}",
    ("POST", "/api/v1/messages/bulk"): "POST /api/v1/messages:bulk",
    ("GET", "/api/v1/messages/contacts/export"): "GET /api/v1/messages/contacts:export",
    ("POST", "/api/v1/messages/contacts/import"): "POST /api/v1/messages/contacts:import",
}


@pytest.mark.parametrize("name", REFERENCE_FILES)
def test_reference_copies_are_current(name: str) -> None:
    original = SHARED_REFERENCE_DIR / name
    if not original.is_file():
        pytest.skip(f"no shared reference at {original} (set TREKMAIL_REFERENCE_DIR)")
    assert (REFERENCE_DIR / name).read_bytes() == original.read_bytes(), (
        f"tests/spec/reference/{name} is stale; copy it from {original}"
    )


def _jsonl(name: str) -> list[dict[str, Any]]:
    path = REFERENCE_DIR / name
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _norm(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


@pytest.fixture(scope="module")
def seed() -> list[dict[str, Any]]:
    return _jsonl("seed-endpoints.jsonl")


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_upstream_document_is_valid_and_carries_none_of_our_additions() -> None:
    """openapi.json is the document as TrekMail publishes it: valid on its own, without the
    names and extensions that overrides/openapi.overlay.yaml adds (docs/spec-notes.md)."""
    upstream = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    validate(upstream)
    ours: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key.startswith("x-trekmail-") or (key == "format" and value == "password"):
                    ours.append(f"{where}/{key}")
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(upstream, "#")
    for path, item in upstream["paths"].items():
        for method, op in item.items():
            ours += [
                f"{method.upper()} {path}: {key}" for key in ("operationId", "tags") if key in op
            ]
    ours += ["#/tags"] if "tags" in upstream else []
    assert not ours, f"move these into overrides/openapi.overlay.yaml: {ours[:10]}"


def test_server_is_trekmail(spec: dict[str, Any]) -> None:
    assert spec["servers"] == [{"url": "https://trekmail.net"}]


def test_security_schemes(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert set(schemes) == {"opsToken", "messageToken"}
    for name, prefix in (("opsToken", "tm_live_"), ("messageToken", "tm_msg_")):
        assert schemes[name]["type"] == "http"
        assert schemes[name]["scheme"] == "bearer"
        assert prefix in schemes[name]["description"]


def test_every_bearer_seed_endpoint_is_an_operation(
    operations: dict[tuple[str, str], dict[str, Any]], seed: list[dict[str, Any]]
) -> None:
    bearer = [x for x in seed if x["token"] in TOKEN_SCHEME]
    assert len(bearer) == 169
    missing = [
        (x["method"], x["path"]) for x in bearer if (x["method"], x["path"]) not in operations
    ]
    assert not missing
    for x in bearer:
        op = operations[(x["method"], x["path"])]
        where = f"{x['method']} {x['path']}"
        assert op["security"] == [{TOKEN_SCHEME[x["token"]]: []}], where
        assert "x-trekmail-scope" in op, where
        assert op["x-trekmail-scope"] == x["scope"], where


def test_every_seed_operation_is_present(
    operations: dict[tuple[str, str], dict[str, Any]], seed: list[dict[str, Any]]
) -> None:
    bearer = {(x["method"], x["path"]) for x in seed if x["token"] in TOKEN_SCHEME}
    assert len(bearer) == 169
    assert bearer <= set(operations)


def test_the_rest_is_the_official_client_surface(
    operations: dict[tuple[str, str], dict[str, Any]], seed: list[dict[str, Any]]
) -> None:
    """Every endpoint the official client calls is an operation, except where the overview
    names the same operation at another path; nothing comes from anywhere else but TrekMail's
    own document (``x-trekmail-source: upstream``, what make update-spec added)."""
    official = {(x["method"], _norm(x["path"])) for x in _jsonl("official-client-endpoints.jsonl")}
    ours = {(method, _norm(path)) for method, path in operations}
    overview = {(x["method"], _norm(x["path"])) for x in seed if x["token"] in TOKEN_SCHEME}
    assert official - ours == set(OVERVIEW_WINS)
    for official_key, overview_op in OVERVIEW_WINS.items():
        method, path = overview_op.split(" ", 1)
        assert (method, _norm(path)) in ours, (official_key, overview_op)
    upstream = {
        (method, _norm(path))
        for (method, path), op in operations.items()
        if op.get("x-trekmail-source") == "upstream"
    }
    assert ours - overview - official - upstream == set()


def test_no_hmac_endpoint(
    operations: dict[tuple[str, str], dict[str, Any]], seed: list[dict[str, Any]]
) -> None:
    hmac = [(x["method"], x["path"]) for x in seed if x["token"] == "hmac"]
    assert len(hmac) == 3
    assert not [k for k in hmac if k in operations]


def test_operation_ids_unique_snake_case(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    ids = [op["operationId"] for op in operations.values()]
    dupes = [k for k, n in Counter(ids).items() if n > 1]
    assert not dupes
    assert not [i for i in ids if not SNAKE.match(i)]


def test_one_valid_tag_per_operation(
    spec: dict[str, Any], operations: dict[tuple[str, str], dict[str, Any]]
) -> None:
    declared = {t["name"] for t in spec.get("tags", [])}
    for key, op in operations.items():
        assert len(op.get("tags", [])) == 1, key
        tag = op["tags"][0]
        assert IDENT.match(tag), key
        assert tag in declared, key


def test_summary_description_and_pagination(
    operations: dict[tuple[str, str], dict[str, Any]],
) -> None:
    for key, op in operations.items():
        assert op.get("summary"), key
        assert op.get("description"), key
        assert op.get("x-trekmail-pagination") in PAGINATION_STYLES, key


def test_page_lists_take_page_and_per_page(
    operations: dict[tuple[str, str], dict[str, Any]],
) -> None:
    for key, op in operations.items():
        if op["x-trekmail-pagination"] != "page":
            continue
        names = {p.get("name") for p in op.get("parameters", []) if p.get("in") == "query"}
        assert {"page", "per_page"} <= names, key


def test_idempotency_key_on_writes(
    spec: dict[str, Any], operations: dict[tuple[str, str], dict[str, Any]]
) -> None:
    param = spec["components"]["parameters"]["IdempotencyKey"]
    assert param["name"] == "Idempotency-Key"
    assert param["in"] == "header"
    assert param["required"] is False
    assert param["schema"]["type"] == "string"
    assert param["schema"]["maxLength"] == 255
    ref = {"$ref": "#/components/parameters/IdempotencyKey"}
    for (method, path), op in operations.items():
        params = op.get("parameters", [])
        if method in WRITE_METHODS:
            assert ref in params, (method, path)
        else:
            assert ref not in params, (method, path)
        assert not [p for p in params if p.get("name", "").lower() == "x-request-id"], (
            method,
            path,
        )


def test_error_responses(
    spec: dict[str, Any], operations: dict[tuple[str, str], dict[str, Any]]
) -> None:
    shared = spec["components"]["responses"]
    for name in ERROR_RESPONSES.values():
        schema = shared[name]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}
    assert "Retry-After" in shared["TooManyRequests"]["headers"]
    for key, op in operations.items():
        responses = op["responses"]
        assert [c for c in responses if c.startswith("2")], key
        for code, name in ERROR_RESPONSES.items():
            assert code in responses, (key, code)
            if code == "422" and key in BULK_422_OVERRIDES:
                schema = responses[code]["content"]["application/json"]["schema"]
                assert schema == {"$ref": f"#/components/schemas/{BULK_422_OVERRIDES[key]}"}, key
            else:
                assert responses[code] == {"$ref": f"#/components/responses/{name}"}, (key, code)


def test_error_envelope_schema(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    body = schemas["ErrorBody"]
    assert set(body["required"]) == {"code", "message"}
    assert body["additionalProperties"] is True
    assert {"code", "message", "hint", "request_id", "retryable"} <= set(body["properties"])
    assert body["properties"]["retryable"]["type"] == "boolean"
    env = schemas["ErrorResponse"]
    assert env["properties"]["error"] == {"$ref": "#/components/schemas/ErrorBody"}
    assert env["additionalProperties"] is True


def test_legacy_routes_are_deprecated(
    operations: dict[tuple[str, str], dict[str, Any]], seed: list[dict[str, Any]]
) -> None:
    for x in seed:
        if x["token"] not in TOKEN_SCHEME:
            continue
        op = operations[(x["method"], x["path"])]
        assert op.get("deprecated", False) is bool(x.get("legacy")), (x["method"], x["path"])


def test_official_tool_names(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    tools: dict[tuple[str, str], set[str]] = {}
    for x in _jsonl("official-client-endpoints.jsonl"):
        if x.get("tool"):
            tools.setdefault((x["method"], _norm(x["path"])), set()).add(x["tool"])
    checked = 0
    for (method, path), op in operations.items():
        names = tools.get((method, _norm(path)))
        if not names:
            continue
        checked += 1
        if (method, path) in OFFICIAL_NAME_EXCEPTIONS:
            official, ours = OFFICIAL_NAME_EXCEPTIONS[(method, path)]
            assert official in names
            assert op["operationId"] == ours
            continue
        assert len(names) == 1, (method, path, names)
        assert op["operationId"] in names, (method, path, op["operationId"], names)
    assert checked >= 150


def test_path_parameters_declared(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    for (method, path), op in operations.items():
        in_path = set(re.findall(r"\{([^}]+)\}", path))
        declared = {p["name"] for p in op.get("parameters", []) if p.get("in") == "path"}
        assert in_path == declared, (method, path)
        for p in op.get("parameters", []):
            if p.get("in") == "path":
                assert p["schema"]["type"] in ("integer", "string"), (method, path, p["name"])


def test_no_30_nullable_keyword(spec: dict[str, Any]) -> None:
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            assert "nullable" not in node
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)


def test_page_list_shapes(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    mailbox_list = schemas["MailboxList"]
    assert mailbox_list["properties"]["data"]["items"] == {"$ref": "#/components/schemas/Mailbox"}
    assert mailbox_list["properties"]["links"] == {"$ref": "#/components/schemas/PageLinks"}
    assert mailbox_list["properties"]["meta"] == {"$ref": "#/components/schemas/PageMeta"}
    assert {"current_page", "last_page", "per_page", "total", "from", "to"} <= set(
        schemas["PageMeta"]["properties"]
    )
    assert set(schemas["Mailbox"]["required"]) == {"id", "email"}
    # The overview's example calls the name `domain`; the official client `name`: both optional.
    assert set(schemas["Domain"]["required"]) == {"id"}
    assert {"name", "domain"} <= set(schemas["Domain"]["properties"])


def test_bulk_create_mailboxes_contract(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    op = operations[("POST", "/api/v1/mailboxes:bulk")]
    assert op["operationId"] == "bulk_create_mailboxes"
    assert op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/MailboxBulkCreateRequest"
    }
    for code in ("200", "207"):
        schema = op["responses"][code]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/MailboxBulkResult"}
    create = operations[("POST", "/api/v1/mailboxes")]
    assert "201" in create["responses"]
