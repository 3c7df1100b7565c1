"""Small upstream changes applied to a copy of openapi.json, for the update-spec tests.

Each fixture takes the parsed upstream document and changes it in place the way a new
TrekMail document might. To try one by hand, write it to a file and take it:

    .venv/bin/python -m tests.update.fixtures operation_added /tmp/operation_added.json
    make update-spec SPEC_FILE=/tmp/operation_added.json
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Doc = dict[str, Any]


def operation_removed(doc: Doc) -> None:
    """``GET /api/v1/sending-limits`` (get_sending_limits) is gone."""
    del doc["paths"]["/api/v1/sending-limits"]["get"]
    if not doc["paths"]["/api/v1/sending-limits"]:
        del doc["paths"]["/api/v1/sending-limits"]


def field_renamed(doc: Doc) -> None:
    """``Account.name`` is now ``account_name``."""
    props = doc["components"]["schemas"]["Account"]["properties"]
    doc["components"]["schemas"]["Account"]["properties"] = {
        ("account_name" if key == "name" else key): value for key, value in props.items()
    }


def type_changed(doc: Doc) -> None:
    """``Account.id`` is a string now."""
    doc["components"]["schemas"]["Account"]["properties"]["id"]["type"] = ["string", "null"]


def enum_value_added(doc: Doc) -> None:
    """A third client-auth mode in ``AccountUpdateRequest``."""
    prop = doc["components"]["schemas"]["AccountUpdateRequest"]["properties"]
    prop["new_mailbox_client_auth_mode"]["enum"].append("app_password_preferred")


def operation_added(doc: Doc) -> None:
    """``GET /api/v1/account/limits``, a new operation (no operation id upstream)."""
    op = copy.deepcopy(doc["paths"]["/api/v1/account"]["get"])
    op["summary"] = "Get the account limits"
    doc["paths"]["/api/v1/account/limits"] = {"get": op}


def optional_field_added(doc: Doc) -> None:
    """``Account`` (a response model) gains an optional ``timezone``."""
    doc["components"]["schemas"]["Account"]["properties"]["timezone"] = {
        "type": ["string", "null"],
        "description": "IANA time zone of the account.",
    }


def optional_parameter_added(doc: Doc) -> None:
    """``GET /api/v1/domains`` takes a new optional query parameter ``sort``."""
    doc["paths"]["/api/v1/domains"]["get"]["parameters"].append(
        {
            "name": "sort",
            "in": "query",
            "description": "Sort order.",
            "required": False,
            "schema": {"type": "string"},
        }
    )


def required_field_added(doc: Doc) -> None:
    """``AccountUpdateRequest`` requires a new ``reason``."""
    schema = doc["components"]["schemas"]["AccountUpdateRequest"]
    schema["properties"]["reason"] = {"type": "string", "description": "Why."}
    schema["required"].append("reason")


def keys_reordered(doc: Doc) -> None:
    """Every object's keys in reverse order; nothing else."""

    def reverse(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: reverse(node[key]) for key in reversed(list(node))}
        if isinstance(node, list):
            return [reverse(item) for item in node]
        return node

    reordered = reverse(doc)
    doc.clear()
    doc.update(reordered)


def security_scheme_renamed(doc: Doc) -> None:
    """The ops token scheme is called ``bearerOps`` upstream."""
    schemes = doc["components"]["securitySchemes"]
    doc["components"]["securitySchemes"] = {
        ("bearerOps" if key == "opsToken" else key): value for key, value in schemes.items()
    }
    for item in doc["paths"].values():
        for op in item.values():
            for requirement in op.get("security", []):
                if "opsToken" in requirement:
                    requirement["bearerOps"] = requirement.pop("opsToken")


def schema_renamed(doc: Doc) -> None:
    """The component ``Account`` is called ``AccountDetails`` upstream, every ``$ref`` with it:
    the same API (api-smart-diff resolves refs), but the public model is renamed."""
    schemas = doc["components"]["schemas"]
    doc["components"]["schemas"] = {
        ("AccountDetails" if key == "Account" else key): value for key, value in schemas.items()
    }

    def retarget(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") == "#/components/schemas/Account":
                node["$ref"] = "#/components/schemas/AccountDetails"
            for value in node.values():
                retarget(value)
        elif isinstance(node, list):
            for value in node:
                retarget(value)

    retarget(doc)


def dangling_ref(doc: Doc) -> None:
    """``GET /api/v1/account`` answers with a ``$ref`` to a schema that does not exist."""
    media = doc["paths"]["/api/v1/account"]["get"]["responses"]["200"]["content"]
    media["application/json"]["schema"] = {"$ref": "#/components/schemas/Nowhere"}


FIXTURES: dict[str, Callable[[Doc], None]] = {
    "operation_removed": operation_removed,
    "field_renamed": field_renamed,
    "type_changed": type_changed,
    "enum_value_added": enum_value_added,
    "operation_added": operation_added,
    "optional_field_added": optional_field_added,
    "optional_parameter_added": optional_parameter_added,
    "required_field_added": required_field_added,
    "keys_reordered": keys_reordered,
    "security_scheme_renamed": security_scheme_renamed,
    "schema_renamed": schema_renamed,
    "dangling_ref": dangling_ref,
}


def write(name: str, out: Path, upstream: Path | None = None) -> None:
    """Write the fixture ``name`` applied to ``upstream`` (default: this checkout's
    openapi.json) to ``out``, as JSON.

    Raises:
        KeyError: no fixture of that name (the message lists them).
    """
    if name not in FIXTURES:
        raise KeyError(f"no fixture {name!r}; the fixtures are: {', '.join(FIXTURES)}")
    source = upstream or Path(__file__).resolve().parents[2] / "openapi.json"
    document = json.loads(source.read_text(encoding="utf-8"))
    FIXTURES[name](document)
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(f"usage: python -m tests.update.fixtures NAME OUT.json ({', '.join(FIXTURES)})")
        raise SystemExit(2)
    try:
        write(sys.argv[1], Path(sys.argv[2]))
    except KeyError as error:
        print(error.args[0], file=sys.stderr)
        raise SystemExit(2) from None
