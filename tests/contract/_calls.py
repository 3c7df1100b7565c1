"""Turn an operation of openapi.json into the arguments of its generated ``asyncio_detailed``.

:func:`operation_call` returns a :class:`Call`: the generated module, the positional path
arguments and the keyword arguments (query and header parameters, ``body=``), built by
:mod:`_instances` in ``"required"`` or ``"full"`` mode:

* path parameters: always (they are always required);
* query and header parameters: the required ones in ``required`` mode, all in ``full`` mode
  (``Idempotency-Key`` only in ``full`` mode, as an explicit ``idempotency_key``; otherwise
  the client adds one itself);
* the JSON body: always when the spec requires it, in ``full`` mode also when it is optional.

Python names come from the generator's own :class:`PythonIdentifier` (``ruleId`` ->
``rule_id``, ``filter`` -> ``filter_``), and values are converted to the types the generated
signature declares (enum classes, models via ``from_dict``).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import io
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from _instances import Mode, build, resolve, spec
from openapi_python_client.strings import PythonIdentifier

from trekmail_client.types import File, Unset

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecOperation:
    """One operation as openapi.json describes it."""

    operation_id: str
    method: str
    path: str
    tag: str
    node: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]

    @property
    def module_name(self) -> str:
        return f"trekmail_client.api.{self.tag}.{self.operation_id}"

    def success_responses(self) -> dict[str, dict[str, Any]]:
        """The 2xx responses (``$ref`` resolved), by status code."""
        return {
            code: resolve(response)
            for code, response in self.node["responses"].items()
            if code.startswith("2")
        }


@dataclass
class Call:
    """The arguments for ``module.asyncio_detailed(*args, client=..., **kwargs)``."""

    operation: SpecOperation
    module: types.ModuleType
    args: list[Any] = field(default_factory=list)
    kwargs: dict[str, Any] = field(default_factory=dict)


@cache
def spec_operations() -> dict[str, SpecOperation]:
    """Every operation of openapi.json, by operation id (path-level parameters merged in)."""
    found: dict[str, SpecOperation] = {}
    for path, item in spec()["paths"].items():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method, node in item.items():
            if method not in HTTP_METHODS:
                continue
            own = [resolve(p) for p in node.get("parameters", [])]
            keys = {(p["name"], p["in"]) for p in own}
            params = tuple([p for p in shared if (p["name"], p["in"]) not in keys] + own)
            op_id = node["operationId"]
            assert op_id not in found, f"duplicate operationId {op_id}"
            found[op_id] = SpecOperation(op_id, method.upper(), path, node["tags"][0], node, params)
    return found


def python_name(name: str) -> str:
    """The generator's Python name for a parameter (``field_prefix`` is empty by default)."""
    return str(PythonIdentifier(name, prefix=""))


def operation_call(operation_id: str, mode: Mode) -> Call:
    """Build the call of ``operation_id`` in ``mode`` (see the module docstring)."""
    op = spec_operations()[operation_id]
    module = importlib.import_module(op.module_name)
    func = module.asyncio_detailed
    hints = typing.get_type_hints(func)
    call = Call(op, module)

    for param in op.parameters:
        name, where = param["name"], param["in"]
        pyname = python_name(name)
        if where == "path":
            call.args.append(to_python(build(param["schema"], "required", name), hints[pyname]))
            continue
        if mode == "required" and not param.get("required", False):
            continue
        if where == "header" and name.lower() == "idempotency-key":
            call.kwargs[pyname] = f"contract-{operation_id}-{mode}"
            continue
        value = build(param["schema"], mode, f"{operation_id}:{where}:{name}")
        call.kwargs[pyname] = to_python(value, hints[pyname])

    body = op.node.get("requestBody")
    if body is not None and (mode == "full" or body.get("required", False)):
        body = resolve(body)
        (media_type, content), *_ = body["content"].items()
        instance = build(content.get("schema", {}), mode, f"{operation_id}:body")
        if media_type != "application/json":
            raise NotImplementedError(f"{operation_id}: request body {media_type} not handled")
        call.kwargs["body"] = to_python(instance, hints["body"])

    _check_signature(call, func)
    return call


def _check_signature(call: Call, func: Any) -> None:
    """The built arguments must fit the generated signature exactly (no guessed names)."""
    sig = inspect.signature(func)
    positional = [
        p.name for p in sig.parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert len(call.args) == len(positional), (call.operation.operation_id, positional)
    keyword = {n for n, p in sig.parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    unknown = set(call.kwargs) - keyword
    assert not unknown, f"{call.operation.operation_id}: no such keyword(s) {sorted(unknown)}"
    missing = {
        n
        for n, p in sig.parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
        and p.default is inspect.Parameter.empty
        and n != "client"
        and n not in call.kwargs
    }
    assert not missing, f"{call.operation.operation_id}: required keyword(s) {sorted(missing)}"


def to_python(value: Any, hint: Any) -> Any:
    """Convert a JSON value to the Python type ``hint`` of a generated signature."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m is not Unset]
        if value is None and type(None) in members:
            return None
        errors: list[str] = []
        for member in members:
            if member is type(None):
                continue
            try:
                return to_python(value, member)
            except (TypeError, ValueError, KeyError) as exc:
                errors.append(f"{member}: {exc}")
        raise TypeError(f"{value!r} fits none of {hint}: {errors}")
    if origin is typing.Literal:  # request enums (generator option literal_enums)
        if value in typing.get_args(hint):
            return value
        raise TypeError(f"{value!r} is none of {typing.get_args(hint)}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        (item,) = typing.get_args(hint)
        return [to_python(v, item) for v in value]
    if hint is Any:
        return value
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is File:
            payload = value if isinstance(value, bytes) else str(value).encode()
            return File(payload=io.BytesIO(payload), file_name="contract.bin")
        if hint is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if hint is dt.date:
            return dt.date.fromisoformat(value)
        if hasattr(hint, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{value!r} is not an object for {hint.__name__}")
            return hint.from_dict(value)
        if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if hint is bool or hint in (int, str):
            if type(value) is not hint:
                raise TypeError(f"{value!r} is not {hint.__name__}")
            return value
    raise TypeError(f"cannot convert {value!r} to {hint}")
