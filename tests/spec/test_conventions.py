"""Conventions of openapi.json that keep the generated SDK correct and forward compatible."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))
from contract import load_contract  # noqa: E402

# openapi.json with our overlay: the conventions hold for what the SDK is built from.
SPEC: dict[str, Any] = load_contract()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
METHODS = ("get", "put", "post", "delete", "patch")


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def reachable(node: Any, seen: set[str] | None = None) -> set[str]:
    """Names of the component schemas a node refers to, directly or through others."""
    seen = set() if seen is None else seen
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                reachable(SCHEMAS[name], seen)
        for value in node.values():
            reachable(value, seen)
    elif isinstance(node, list):
        for value in node:
            reachable(value, seen)
    return seen


def enum_paths(node: Any, where: str) -> Iterator[str]:
    """Places in a schema (not following $refs) that declare an ``enum``."""
    if isinstance(node, dict):
        if "enum" in node:
            yield where
        for key, value in node.items():
            if key != "$ref":
                yield from enum_paths(value, f"{where}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from enum_paths(value, where)


def success_responses(op: dict[str, Any]) -> list[Any]:
    return [r for status, r in op["responses"].items() if status.startswith("2")]


def response_schemas() -> set[str]:
    names: set[str] = set()
    for _, _, op in operations():
        names |= reachable(success_responses(op))
    return names


def request_schemas() -> set[str]:
    names: set[str] = set()
    for _, _, op in operations():
        names |= reachable(op.get("requestBody", {}))
    return names


def test_response_enums_are_open() -> None:
    """A status or type the server adds later must parse: responses list known values in the
    description instead of an ``enum`` (the generated enum classes raise on unknown values)."""
    closed = [
        place
        for method, path, op in operations()
        for index, response in enumerate(success_responses(op))
        for place in enum_paths(response, f"{op['operationId']} ({method} {path}) #{index}")
    ]
    closed += [p for name in sorted(response_schemas()) for p in enum_paths(SCHEMAS[name], name)]
    assert closed == [], "response schemas must not use enum:\n" + "\n".join(closed)


def test_request_and_response_shapes_are_separate() -> None:
    """openapi-python-client ignores readOnly, so a schema is either sent or received."""
    shared = sorted(
        name
        for name in request_schemas() & response_schemas()
        if SCHEMAS[name].get("type") == "object" or "properties" in SCHEMAS[name]
    )
    assert shared == [], f"object schemas used in both requests and responses: {shared}"


def _normal(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


@pytest.mark.parametrize(
    ("method", "path", "op"), list(operations()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_operation_names_its_source(method: str, path: str, op: dict[str, Any]) -> None:
    seed = {
        (row["method"], _normal(row["path"]))
        for row in map(json.loads, (REFERENCE_DIR / "seed-endpoints.jsonl").open())
    }
    # "upstream": added by TrekMail's own document after the split (make update-spec drafts it
    # with x-trekmail-upcoming); its public facts are TrekMail's document itself.
    expected = {"overview"} if (method, _normal(path)) in seed else {"official-client", "upstream"}
    assert op.get("x-trekmail-source") in expected


def test_no_parameter_style_the_generator_cannot_express() -> None:
    bad = []
    for method, path, op in operations():
        for param in op.get("parameters", []):
            if "$ref" in param:
                continue
            schema = param.get("schema", {})
            items = schema.get("items", {})
            if param.get("style") == "deepObject" or (
                param.get("in") == "query"
                and (schema.get("type") == "object" or items.get("type") == "object")
            ):
                bad.append(f"{method} {path} {param['name']}")
    assert bad == []
