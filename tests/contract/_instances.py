"""Build a JSON value that satisfies a JSON Schema from openapi.json.

Two modes:

* ``"required"``: objects carry only their required properties (and a ``default`` is used when
  the schema has one), the smallest instance the contract accepts;
* ``"full"``: objects carry every declared property, so every field of every model is sent.

Rules, in order: ``example`` / ``examples[0]``, ``const``, ``default`` (required mode only),
the first ``enum`` value; ``anyOf``/``oneOf`` take the first non-null branch and ``allOf``
merges its parts; a ``type`` list takes its first non-``"null"`` entry. Strings go by
``format`` and respect min/maxLength; a ``pattern`` without an example is an error (the spec
must carry an example the pattern accepts). Numbers respect the (exclusive) bounds around a
default of 1, arrays hold ``max(minItems, 1)`` items, booleans are ``True``. The output is
deterministic.
"""

from __future__ import annotations

import json
import math
import sys
from functools import cache
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "overrides" / "build"))
from contract import contract_path

# openapi.json with our overlay (operation ids, tags, x-trekmail-*), built once.
SPEC_PATH = contract_path()

Mode = Literal["required", "full"]
MODES: tuple[Mode, ...] = ("required", "full")

FIXED_UUID = "00000000-0000-4000-8000-000000000001"
STRING_FORMATS: dict[str, Any] = {
    "email": "user@example.com",
    "date-time": "2026-01-02T03:04:05Z",
    "date": "2026-01-02",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uuid": FIXED_UUID,
    "binary": b"contract-test",
}


class MissingExampleError(AssertionError):
    """A string schema has a ``pattern`` but no ``example`` to satisfy it."""


@cache
def spec() -> dict[str, Any]:
    """The parsed openapi.json (read once)."""
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` (local ``#/...`` pointers only) until a plain node is reached."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = spec()
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def build(schema: dict[str, Any], mode: Mode, where: str = "#") -> Any:
    """Return a value for ``schema`` in ``mode``; ``where`` names the spot for error messages."""
    if "$ref" in schema:
        where = schema["$ref"]
        schema = resolve(schema)

    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if mode == "required" and "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]

    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve(b).get("type") != "null"]
            return build(branches[0], mode, f"{where}/{key}/0")
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return build(merged, mode, where)

    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"

    if kind == "object":
        required = set(schema.get("required", []))
        return {
            name: build(prop, mode, f"{where}/properties/{name}")
            for name, prop in schema.get("properties", {}).items()
            if mode == "full" or name in required
        }
    if kind == "array":
        count = max(schema.get("minItems", 1), 1)
        item = build(schema.get("items", {}), mode, f"{where}/items")
        if schema.get("uniqueItems") and count > 1:
            raise NotImplementedError(f"{where}: uniqueItems with minItems > 1")
        return [item] * count
    if kind == "string":
        return _string(schema, where)
    if kind in ("integer", "number"):
        return _number(schema)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    raise NotImplementedError(f"{where}: unsupported type {kind!r}")


def _string(schema: dict[str, Any], where: str) -> Any:
    if "pattern" in schema:
        raise MissingExampleError(
            f"{where} has pattern {schema['pattern']!r} but no example: add an `example` "
            "value that matches the pattern to openapi.json"
        )
    fmt = schema.get("format")
    if fmt in STRING_FORMATS:
        return STRING_FORMATS[fmt]
    text = "string"
    low, high = schema.get("minLength", 1), schema.get("maxLength")
    text = text.ljust(max(low, 1), "x")
    return text if high is None else text[:high]


def _number(schema: dict[str, Any]) -> int:
    value = 1
    # OpenAPI 3.1 gives exclusive bounds as numbers; 3.0 style booleans are handled too.
    low, low_open = schema.get("minimum"), schema.get("exclusiveMinimum")
    high, high_open = schema.get("maximum"), schema.get("exclusiveMaximum")
    if isinstance(low_open, bool):
        low_open = low if low_open else None
        low = None if low_open is not None else low
    if isinstance(high_open, bool):
        high_open = high if high_open else None
        high = None if high_open is not None else high
    if low is not None and value < low:
        value = math.ceil(low)
    if low_open is not None and value <= low_open:
        value = math.floor(low_open) + 1
    if high is not None and value > high:
        value = math.floor(high)
    if high_open is not None and value >= high_open:
        value = math.ceil(high_open) - 1
    return value
