"""What `make generate` builds: exports, operation ids, the operation table, secret fields.

Each test reads the real generated package and the real openapi.json, never a hand copy.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest

import trekmail_client
from trekmail_client import models
from trekmail_client._spec import OPERATIONS
from trekmail_client.types import UNSET

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trekmail_client"
sys.path.insert(0, str(ROOT / "overrides" / "build"))
from contract import load_contract  # noqa: E402

SPEC = load_contract()
from registry import operation_rows  # noqa: E402


def defined_model_names() -> set[str]:
    """Every class and Literal alias the generator wrote into trekmail_client/models/."""
    names: set[str] = set()
    for path in (PACKAGE / "models").glob("*.py"):
        if path.name == "__init__.py" or path.name.startswith("."):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
                target = node.targets[0]
                if isinstance(target, ast.Name) and ast.unparse(node.value).startswith("Literal["):
                    names.add(target.id)
    return names


def endpoint_modules() -> list[str]:
    return sorted(
        f"trekmail_client.api.{p.parent.name}.{p.stem}"
        for p in (PACKAGE / "api").glob("*/*.py")
        if p.name != "__init__.py" and not p.parent.name.startswith(".")
    )


def contract_operation_count() -> int:
    """How many operations the built contract has (counted by HTTP method, not by id): 275
    today, more or fewer after make update-spec takes a new upstream document."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(
        1
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in methods and isinstance(op, dict)
    )


def spec_operation_ids() -> set[str]:
    return {
        op["operationId"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


# -- models package -------------------------------------------------------------------------


def test_every_model_name_is_exported_and_importable() -> None:
    names = defined_model_names()
    assert len(names) > 500
    assert names == set(models.__all__)
    for name in sorted(names):
        value = getattr(models, name)
        module = importlib.import_module(f"trekmail_client.models.{models._MODULE_OF[name]}")
        assert value is getattr(module, name)


def test_names_that_the_old_text_patch_lost_import() -> None:
    # Long imports that the formatter wrapped were dropped by the old regex step.
    from trekmail_client.models import (
        BulkMigrationPreviewRequestFolderStrategy,
        DomainForwardingAddressCreateRequest,
    )

    assert DomainForwardingAddressCreateRequest.__name__ == "DomainForwardingAddressCreateRequest"
    assert typing.get_origin(BulkMigrationPreviewRequestFolderStrategy) is typing.Literal


def test_unknown_model_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


# -- endpoint modules ------------------------------------------------------------------------


def test_every_endpoint_module_carries_its_operation_id() -> None:
    ids: set[str] = set()
    for name in endpoint_modules():
        module = importlib.import_module(name)
        assert module.OPERATION_ID == name.rsplit(".", 1)[-1]
        ids.add(module.OPERATION_ID)
        assert not hasattr(module, "sync") and not hasattr(module, "sync_detailed"), name
        assert inspect.iscoroutinefunction(module.asyncio), name
    assert ids == spec_operation_ids() == {row[0] for row in OPERATIONS}
    assert len(ids) == contract_operation_count() >= 1


def operations_with_an_empty_success() -> set[str]:
    """Operations whose contract declares a 2xx answer without a body (204)."""
    return {
        op["operationId"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and any(
            code.startswith("2") and not response.get("content")
            for code, response in op.get("responses", {}).items()
        )
    }


def test_asyncio_returns_exactly_the_success_model() -> None:
    empty = operations_with_an_empty_success()
    exact = 0
    for name in endpoint_modules():
        module = importlib.import_module(name)
        returned = typing.get_type_hints(module.asyncio)["return"]
        detailed = typing.get_type_hints(module.asyncio_detailed)["return"]
        assert typing.get_args(detailed) == (returned,), name
        members = set(typing.get_args(returned)) or {returned}
        assert len(members - {type(None)}) == 1, name  # one success type, never an error model
        assert "ErrorResponse" not in {getattr(m, "__name__", "") for m in members}, name
        # None only where the contract has a success answer without a body.
        assert (type(None) in members) == (module.OPERATION_ID in empty), name
        exact += type(None) not in members
    assert exact == contract_operation_count() - len(empty)


def test_list_operations_name_their_item_type() -> None:
    paged = {row[0] for row in OPERATIONS if row[5] != "none"}
    for name in endpoint_modules():
        module = importlib.import_module(name)
        if module.OPERATION_ID in paged:
            assert attrs.has(module.PAGE_ITEM), name
        else:
            assert not hasattr(module, "PAGE_ITEM"), name


def test_docstrings_name_the_sdk_errors_not_the_generators() -> None:
    from trekmail_client.api.mailboxes import create_mailbox

    doc = create_mailbox.asyncio.__doc__ or ""
    assert "UnexpectedStatus" not in doc and "httpx.TimeoutException" not in doc
    for expected in ("MissingTokenError", "APIError", "APITimeoutError", "mailboxes:create"):
        assert expected in doc
    for name in endpoint_modules():
        module = importlib.import_module(name)
        assert "UnexpectedStatus" not in (module.asyncio.__doc__ or ""), name


# -- the operation table ---------------------------------------------------------------------


def test_operation_table_round_trips_against_openapi_json() -> None:
    assert tuple(operation_rows(SPEC)) == OPERATIONS


# -- the public surface ----------------------------------------------------------------------


def test_all_is_exactly_the_public_surface() -> None:
    public = {
        name
        for name, value in vars(trekmail_client).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert set(trekmail_client.__all__) == public
    assert len(set(trekmail_client.__all__)) == len(trekmail_client.__all__)  # ruff sorts it
    for name in trekmail_client.__all__:
        value = getattr(trekmail_client, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__doc__, f"{name} has no docstring"


# -- secrets never in a repr -----------------------------------------------------------------


def secret_fields() -> list[tuple[str, str]]:
    found = []
    for schema_name, schema in SPEC["components"]["schemas"].items():
        for field, prop in (schema.get("properties") or {}).items():
            if prop.get("format") == "password":
                found.append((schema_name, field))
    return found


def build(model: type[Any], overrides: dict[str, Any]) -> Any:
    required: dict[str, Any] = {
        f.alias: UNSET for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING
    }
    return model(**{**required, **overrides})


@pytest.mark.parametrize(("schema", "field"), secret_fields())
def test_secret_fields_are_readable_but_never_in_repr(schema: str, field: str) -> None:
    model = getattr(models, schema)
    secret = "s3cr3t-Value-123"
    instance = build(model, {field: secret})
    assert getattr(instance, field) == secret
    assert secret not in repr(instance) and "<redacted>" in repr(instance)
    read = model.from_dict({field: secret})
    assert getattr(read, field) == secret and secret not in repr(read)


def test_secrets_cover_every_kind_the_issue_names() -> None:
    kinds = {f"{s}.{f}" for s, f in secret_fields()}
    for expected in (
        "MailboxCreated.password",  # one-time password
        "MailboxBulkRow.one_time_password",
        "AppPasswordSecret.password",  # app password
        "MessageTokenCreated.token",  # message token
        "SmtpProfileCreateRequest.password",  # SMTP password
        "MigrationStartRequest.source_password",  # migration password
    ):
        assert expected in kinds


def test_secret_looking_unknown_fields_are_hidden_in_repr() -> None:
    row = models.MailboxBulkRow.from_dict({"email": "a@x.io", "api_key": "k-123", "note": "hi"})
    text = repr(row)
    assert "k-123" not in text and "'note': 'hi'" in text
    assert row.additional_properties["api_key"] == "k-123"


def test_every_type_only_import_of_the_generated_code_resolves() -> None:
    """Imports under ``if TYPE_CHECKING:`` never run, so a wrong one would silently turn the
    public types into ``Any`` for type checkers: resolve every one."""
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(part.startswith(".") for part in path.parts):
            continue
        module_name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        package = module_name if path.name == "__init__.py" else module_name.rsplit(".", 1)[0]
        package = package.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"):
                continue
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    target = "." * statement.level + (statement.module or "")
                    imported = importlib.import_module(target, package)
                    for alias in statement.names:
                        assert hasattr(imported, alias.name), (module_name, target, alias.name)
                        checked += 1
    assert checked > 1000
