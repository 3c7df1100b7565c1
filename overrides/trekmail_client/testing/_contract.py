"""The contract the sandbox serves: openapi.json, shipped inside the package.

Everything the sandbox knows about routes comes from here: the route table (method, path
template, token type, scope), the request validator shared by every route (path, query, header
and body against the operation's schemas, JSON Schema 2020-12 as OpenAPI 3.1 says) and the
answers built from an operation's success schema and examples for operations without state.

The document is ``trekmail_client/testing/openapi.json``, copied from the repository's
``openapi.json`` by ``overrides/build/generate.py`` (never read from the repository at run time).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._errors import validation_error

__all__ = ["Contract", "Operation", "contract"]

_BASE = "urn:trekmail:openapi"
_METHODS = ("get", "post", "put", "patch", "delete")
_MESSAGE_PREFIX = "/api/v1/messages"
_PARAM = re.compile(r"\{([^}]+)\}")
_INT = re.compile(r"-?[0-9]+")
_MAX_DEPTH = 8


def _pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: where it goes, its schema pointer and whether it is required."""

    name: str
    where: str
    required: bool
    schema: Mapping[str, Any]
    pointer: str


@dataclass(slots=True)
class Operation:
    """One operation of the contract.

    Attributes:
        operation_id: the operationId (str).
        method: upper-case HTTP method.
        template: the path template, such as ``/api/v1/mailboxes/{id}``.
        kind: the token it takes, ``ops`` or ``message``.
        scope: the scope it needs (``x-trekmail-scope``; None: any token of that kind).
        params: the declared path, query and header parameters.
        body_pointer: JSON pointer of the JSON request body schema (None: no body).
        body_required: the body must be present.
        success: the lowest declared 2xx status (int).
        success_type: that answer's media type (None for an empty answer).
        success_pointer: JSON pointer of that answer's schema (None when it has none).
        statuses: every declared status (``"200"``, ``"5XX"``, ...).
    """

    operation_id: str
    method: str
    template: str
    kind: str
    scope: str | None
    params: tuple[Param, ...]
    body_pointer: str | None
    body_required: bool
    success: int
    success_type: str | None
    success_pointer: str | None
    statuses: frozenset[str]
    regex: re.Pattern[str] = field(repr=False, default=re.compile(""))
    specificity: tuple[int, int] = (0, 0)


def _compile(template: str) -> tuple[re.Pattern[str], tuple[int, int]]:
    """A regex for ``template`` (each ``{name}`` one path segment, ``:`` excluded so
    ``{id}:pause`` and ``{id}`` stay apart) and its sort key (more literal text first)."""
    out: list[str] = []
    last = 0
    literal = 0
    for match in _PARAM.finditer(template):
        chunk = template[last : match.start()]
        literal += len(chunk)
        out.append(re.escape(chunk))
        name = match.group(1)
        out.append(f"(?P<{name}>[^/]+)" if name == "path" else f"(?P<{name}>[^/:]+)")
        last = match.end()
    literal += len(template) - last
    out.append(re.escape(template[last:]))
    params = template.count("{")
    return re.compile("".join(out) + r"\Z"), (-literal, params)


class Contract:
    """The parsed contract: operations, routing, validation and built answers.

    Args:
        document: the OpenAPI document (a dict).
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        for template, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                op = self._operation(template, method, raw, shared)
                self.operations.append(op)
                self.by_id[op.operation_id] = op
        self._routes = sorted(self.operations, key=lambda o: o.specificity)

    # -- building -------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains of ``node`` (a dict) to the referenced object."""
        while isinstance(node, dict) and "$ref" in node:
            ref: str = node["$ref"]
            target: Any = self.document
            for part in ref.lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(
        self, template: str, method: str, raw: dict[str, Any], shared: list[Any]
    ) -> Operation:
        params: list[Param] = []
        for index, entry in enumerate([*shared, *raw.get("parameters", [])]):
            if "$ref" in entry:
                pointer = entry["$ref"].lstrip("#") + "/schema"
            elif index < len(shared):
                pointer = _pointer("paths", template, "parameters", str(index), "schema")
            else:
                local = index - len(shared)
                pointer = _pointer("paths", template, method, "parameters", str(local), "schema")
            param = self.resolve(entry)
            where = param["in"]
            params.append(
                Param(
                    param["name"].lower() if where == "header" else param["name"],
                    where,
                    bool(param.get("required", where == "path")),
                    self.resolve(param.get("schema", {})),
                    pointer,
                )
            )
        body_pointer = None
        body_required = False
        body = raw.get("requestBody")
        if body is not None:
            body = self.resolve(body)
            if "application/json" in body.get("content", {}):
                body_pointer = _pointer(
                    "paths", template, method, "requestBody", "content", "application/json"
                )
                body_pointer += "/schema"
            body_required = bool(body.get("required"))
        responses = raw["responses"]
        success = min(int(code) for code in responses if code.startswith("2"))
        answer = self.resolve(responses[str(success)])
        content = answer.get("content") or {}
        success_type = next(iter(content), None)
        success_pointer = None
        if success_type is not None and "schema" in content[success_type]:
            success_pointer = (
                _pointer("paths", template, method, "responses", str(success), "content")
                + _pointer(success_type)
                + "/schema"
            )
            if "$ref" in responses[str(success)]:
                success_pointer = (
                    responses[str(success)]["$ref"].lstrip("#")
                    + "/content"
                    + _pointer(success_type)
                    + "/schema"
                )
        regex, specificity = _compile(template)
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            template=template,
            kind="message" if template.startswith(_MESSAGE_PREFIX) else "ops",
            scope=raw.get("x-trekmail-scope"),
            params=tuple(params),
            body_pointer=body_pointer,
            body_required=body_required,
            success=success,
            success_type=success_type,
            success_pointer=success_pointer,
            statuses=frozenset(responses),
            regex=regex,
            specificity=specificity,
        )

    @functools.cache  # noqa: B019 (one Contract per process; the cache is meant to live as long)
    def validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at JSON ``pointer`` of the document (cached)."""
        return Draft202012Validator(
            {"$ref": f"{_BASE}#{pointer}"},
            registry=self._registry,
            format_checker=FormatChecker(),
        )

    def conforms(self, schema: Any, instance: Any) -> bool:
        """Whether ``instance`` is valid under ``schema`` (which may ``$ref`` the document)."""
        validator = Draft202012Validator(schema, registry=self._registry)
        return bool(validator.is_valid(instance))

    def schema_at(self, pointer: str) -> Any:
        """The (resolved) schema at JSON ``pointer``."""
        node: Any = self.document
        for part in pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return self.resolve(node)

    # -- routing --------------------------------------------------------------------------

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """The operation for ``method path``, its raw path parameters, and the methods the
        path allows (for a 405 when ``method`` is not among them).

        Returns:
            (operation or None, path parameters, allowed methods).
        """
        allowed: list[str] = []
        found: tuple[Operation, dict[str, str]] | None = None
        matched_template: str | None = None
        for op in self._routes:
            if matched_template is not None and op.template != matched_template:
                continue
            hit = op.regex.match(path)
            if hit is None:
                continue
            matched_template = op.template
            allowed.append(op.method)
            if op.method == method and found is None:
                found = (op, {k: unquote(v) for k, v in hit.groupdict().items()})
        if found is None:
            return None, {}, allowed
        return found[0], found[1], allowed

    def kind_of(self, path: str) -> str:
        """The token type a path takes: ``message`` under ``/api/v1/messages``, else ``ops``
        (official client facts, section 1)."""
        return "message" if path.startswith(_MESSAGE_PREFIX) else "ops"

    # -- validation -----------------------------------------------------------------------

    def validate(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: Any,
        headers: Mapping[str, str],
        body: Any,
        has_body: bool,
    ) -> tuple[dict[str, Any], dict[str, Any], dict[int, dict[str, list[str]]]]:
        """Check one request against ``op`` and return its typed path and query parameters.

        For a bulk operation (one that declares 207) a problem inside one row of the body's
        list does not refuse the request: it is returned by row index, for the handler to fail
        that row alone (API overview, bulk results).

        Args:
            op: the operation.
            path_params: raw path parameters (strings).
            query: the query parameters (Starlette ``QueryParams``: ``get`` and ``getlist``).
            headers: request headers (lower-case names).
            body: the parsed JSON body (None when absent).
            has_body: whether a body was sent.

        Returns:
            (path parameters, query parameters, row problems), converted to the schema types.

        Raises:
            ApiError: 422 ``validation_error`` naming every bad field.
        """
        errors: dict[str, list[str]] = {}
        rows: dict[int, dict[str, list[str]]] = {}
        bulk = "207" in op.statuses
        typed_path: dict[str, Any] = {}
        typed_query: dict[str, Any] = {}
        for param in op.params:
            if param.where == "path":
                raw: Any = path_params.get(param.name)
            elif param.where == "query":
                if param.schema.get("type") == "array":
                    values = query.getlist(param.name)
                    raw = values or None
                else:
                    raw = query.get(param.name)
            elif param.where == "header":
                raw = headers.get(param.name)
            else:
                continue
            if raw is None:
                if param.required:
                    errors.setdefault(param.name, []).append(f"The {param.name} is required.")
                continue
            value = _coerce(raw, param.schema)
            problems = [
                _describe(_where(e, param.name), e)
                for e in self.validator(param.pointer).iter_errors(value)
            ]
            if problems:
                errors.setdefault(param.name, []).extend(problems)
                continue
            if param.where == "path":
                typed_path[param.name] = value
            elif param.where == "query":
                typed_query[param.name] = value
        if op.body_pointer is not None:
            if not has_body:
                if op.body_required:
                    errors.setdefault("body", []).append("A JSON request body is required.")
            else:
                for err in self.validator(op.body_pointer).iter_errors(body):
                    path = list(err.absolute_path)
                    row = path[1] if bulk and len(path) >= 2 else None
                    target = rows.setdefault(row, {}) if isinstance(row, int) else errors
                    for name, message in _body_problems(err):
                        listed = target.setdefault(name, [])
                        if message not in listed:  # one `required` error per missing field
                            listed.append(message)
        if errors:
            raise validation_error(errors)
        return typed_path, typed_query, rows

    def check_response(self, op: Operation, body: Any) -> list[str]:
        """Problems of ``body`` as ``op``'s success answer (empty when it conforms)."""
        if op.success_pointer is None:
            return []
        return [
            _describe(_where(e, "response"), e)
            for e in self.validator(op.success_pointer).iter_errors(body)
        ]

    # -- answers built from the contract --------------------------------------------------

    def sample(self, op: Operation) -> Any:
        """A success body for ``op`` built from its schema and examples (a fresh copy).

        Raises:
            ValueError: no conforming body could be built (a contract bug).
        """
        return json.loads(self._sample_text(op.operation_id))

    @functools.cache  # noqa: B019 (see validator)
    def _sample_text(self, operation_id: str) -> str:
        op = self.by_id[operation_id]
        if op.success_pointer is None:
            return "null"
        schema = self.schema_at(op.success_pointer)
        for use_examples in (True, False):
            body = self.build(schema, use_examples=use_examples)
            if not self.check_response(op, body):
                return json.dumps(body)
        problems = self.check_response(op, body)
        raise ValueError(f"no conforming answer for {operation_id}: {problems[:3]}")

    def build(self, schema: Any, *, use_examples: bool = True, depth: int = 0) -> Any:
        """An instance of ``schema``: its example when it has one (and ``use_examples``),
        else every property, filled in by type, bounds and format."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if use_examples:
            if "example" in schema:
                return schema["example"]
            if schema.get("examples"):
                return schema["examples"][0]
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.build(part, use_examples=use_examples, depth=depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.resolve(b) for b in schema[key]]
                pick = next((b for b in branches if b.get("type") != "null"), branches[0])
                return self.build(pick, use_examples=use_examples, depth=depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        return self._build_typed(schema, kind, use_examples, depth)

    def _build_typed(
        self, schema: dict[str, Any], kind: str, use_examples: bool, depth: int
    ) -> Any:
        if kind == "object":
            props: dict[str, Any] = schema.get("properties", {})
            required = set(schema.get("required", ()))
            names = props if depth < _MAX_DEPTH else [n for n in props if n in required]
            return {
                name: self.build(props[name], use_examples=use_examples, depth=depth + 1)
                for name in names
            }
        if kind == "array":
            count = max(int(schema.get("minItems", 1)), 1)
            if "maxItems" in schema:
                count = min(count, int(schema["maxItems"]))
            if depth >= _MAX_DEPTH:
                count = int(schema.get("minItems", 0))
            item = schema.get("items", {})
            return [self.build(item, use_examples=use_examples, depth=depth + 1)] * count
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            value = max(int(low) + (1 if "exclusiveMinimum" in schema else 0), 1)
            if "maximum" in schema:
                value = min(value, int(schema["maximum"]))
            return value
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return _string_for(schema)


_FORMATS = {
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1",
    "hostname": "example.com",
}


def _string_for(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    text = _FORMATS.get(fmt, "sandbox") if isinstance(fmt, str) else "sandbox"
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None and len(text) > int(high):
        text = text[: int(high)]
    return text


def _coerce(raw: Any, schema: Mapping[str, Any]) -> Any:
    """A query / path / header string converted to the schema's type when it reads as one
    (otherwise left as it is, for the validator to refuse)."""
    kind = schema.get("type")
    if isinstance(raw, list):
        items = schema.get("items", {})
        return [_coerce(v, items) for v in raw]
    if not isinstance(raw, str):
        return raw
    if kind == "integer" and _INT.fullmatch(raw):
        return int(raw)
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    if kind == "boolean" and raw in ("true", "false", "1", "0"):
        return raw in ("true", "1")
    return raw


def _where(err: ValidationError, name: str) -> str:
    parts = [str(p) for p in err.absolute_path]
    return ".".join([name, *parts]) if parts else name


def _describe(field_name: str, err: ValidationError) -> str:
    """A message for one schema violation of ``field_name`` that never repeats the value (it
    may be a secret)."""
    kind = err.validator
    expected = err.validator_value
    messages = {
        "type": f"The {field_name} must be of type {expected}.",
        "minLength": f"The {field_name} must be at least {expected} characters.",
        "maxLength": f"The {field_name} may not be greater than {expected} characters.",
        "minimum": f"The {field_name} must be at least {expected}.",
        "maximum": f"The {field_name} may not be greater than {expected}.",
        "exclusiveMinimum": f"The {field_name} must be greater than {expected}.",
        "exclusiveMaximum": f"The {field_name} must be less than {expected}.",
        "enum": f"The selected {field_name} is invalid.",
        "const": f"The {field_name} must be {expected!r}.",
        "pattern": f"The {field_name} format is invalid.",
        "format": f"The {field_name} must be a valid {expected}.",
        "minItems": f"The {field_name} must have at least {expected} items.",
        "maxItems": f"The {field_name} may not have more than {expected} items.",
        "uniqueItems": f"The {field_name} must not repeat items.",
        "additionalProperties": f"The {field_name} has fields the API does not accept.",
        "minProperties": f"The {field_name} must have at least {expected} fields.",
    }
    return messages.get(str(kind), f"The {field_name} is invalid ({kind}).")


def _body_problems(err: ValidationError) -> Iterator[tuple[str, str]]:
    """(field, message) pairs for one body violation; a missing required field is named."""
    if err.validator == "required" and isinstance(err.instance, dict):
        base = ".".join(str(p) for p in err.absolute_path)
        wanted: Any = err.validator_value
        for name in wanted:
            if name not in err.instance:
                full = f"{base}.{name}" if base else name
                yield full, f"The {full} field is required."
        return
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        base = ".".join(str(p) for p in err.absolute_path)
        schema: Any = err.schema
        allowed = schema.get("properties", {}) if isinstance(schema, dict) else {}
        for name in err.instance:
            if name not in allowed:
                full = f"{base}.{name}" if base else name
                yield full, f"The {full} field is not accepted here."
        return
    parts = [str(p) for p in err.absolute_path]
    name = ".".join(parts) if parts else "body"
    yield name, _describe(name, err)


@functools.cache
def contract() -> Contract:
    """The contract shipped in the package (parsed once per process).

    Raises:
        FileNotFoundError: the package was built without ``testing/openapi.json``.
    """
    text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
    return Contract(json.loads(text))
