"""Write the operation table (``trekmail_client/_spec.py``) from ``openapi.json``.

The runtime never keeps a hand list of paths: which bearer token an operation takes, its scope
and its pagination style all come from this table, which comes from the contract.
"""

from __future__ import annotations

import json
import keyword
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEME_TO_TOKEN = {"opsToken": "ops", "messageToken": "message"}
PAGINATION_STYLES = ("page", "cursor", "before_uid", "offset", "none")
JSON = "application/json"

Row = tuple[str, str, str, str, str | None, str, bool, str, str | None, int | None]

HEADER = '''"""Operation table made from openapi.json by overrides/build/registry.py. Do not edit.

Each row: (operation_id, method, path template, token scheme, scope, pagination style, deprecated,
Accept header, rate-limit bucket, its requests per minute per token).
"""

Row = tuple[str, str, str, str, str | None, str, bool, str, str | None, int | None]

OPERATIONS: tuple[Row, ...] = (
'''


def operation_rows(spec: dict[str, Any]) -> list[Row]:
    """Return one row per operation of an OpenAPI document, sorted by operation id.

    Args:
        spec: the parsed OpenAPI 3.1 document.

    Returns:
        list of (operation_id, METHOD, path, token, scope, pagination, deprecated, accept,
        rate-limit bucket, per minute) tuples; ``accept`` lists the media types of the 2xx
        responses, then JSON (errors are JSON), for the ``Accept`` header.

    Raises:
        ValueError: an operation lacks an operationId, names no known bearer scheme, or names an
            unknown pagination style.
    """
    rows: list[Row] = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            operation_id = op.get("operationId")
            if not operation_id:
                raise ValueError(f"{where} has no operationId; add one to openapi.json")
            schemes = [name for req in op.get("security", spec.get("security", [])) for name in req]
            tokens = {SCHEME_TO_TOKEN[name] for name in schemes if name in SCHEME_TO_TOKEN}
            if len(tokens) != 1:
                raise ValueError(
                    f"{where} ({operation_id}) must name exactly one of the bearer schemes "
                    f"{sorted(SCHEME_TO_TOKEN)} in its security; it names {schemes}"
                )
            pagination = op.get("x-trekmail-pagination", "none")
            if pagination not in PAGINATION_STYLES:
                raise ValueError(
                    f"{where} ({operation_id}) has x-trekmail-pagination {pagination!r}; "
                    f"use one of {PAGINATION_STYLES}"
                )
            rows.append(
                (
                    operation_id,
                    method.upper(),
                    path,
                    tokens.pop(),
                    op.get("x-trekmail-scope"),
                    pagination,
                    bool(op.get("deprecated", False)),
                    accept_header(op),
                    *rate_limit(op, where),
                )
            )
    rows.sort()
    return rows


def rate_limit(op: dict[str, Any], where: str) -> tuple[str | None, int | None]:
    """An operation's own documented limit (``x-trekmail-rate-limit``: bucket, per minute).

    Raises:
        ValueError: the extension is malformed.
    """
    limit = op.get("x-trekmail-rate-limit")
    if limit is None:
        return None, None
    bucket, per_minute = limit.get("bucket"), limit.get("per_minute")
    if not isinstance(bucket, str) or not isinstance(per_minute, int) or per_minute < 1:
        raise ValueError(f"{where}: x-trekmail-rate-limit needs a bucket name and per_minute >= 1")
    return bucket, per_minute


def accept_header(op: dict[str, Any]) -> str:
    """The ``Accept`` value for an operation: its 2xx media types, then ``application/json``."""
    types: list[str] = []
    for status, response in sorted(op.get("responses", {}).items()):
        if status.startswith("2"):
            types += [t for t in response.get("content", {}) if t not in types]
    return ", ".join([t for t in types if t != JSON] + [JSON])


def render(rows: list[Row]) -> str:
    """Render the rows as the source text of ``_spec.py`` (deterministic, ruff-formatted style)."""
    lines = [HEADER]
    for row in rows:
        cells = [json.dumps(v) if v is not None else "None" for v in row[:6]]
        cells += [str(row[6]), json.dumps(row[7])]
        cells += [json.dumps(v) if v is not None else "None" for v in row[8:]]
        lines.append(f"    ({', '.join(cells)}),\n")
    lines.append(")\n")
    return "".join(lines)


def write_registry(spec_path: Path, package_dir: Path) -> int:
    """Write ``package_dir/_spec.py`` from the document at ``spec_path``.

    Returns:
        the number of operations written.
    """
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    rows = operation_rows(spec)
    (package_dir / "_spec.py").write_text(render(rows), encoding="utf-8")
    return len(rows)


def write_operations_template(spec_path: Path, destination: Path) -> int:
    """Write the Jinja data file the endpoint template imports (``OPERATIONS``).

    ``OPERATIONS[operation_id]`` holds ``token`` (``"ops"``/``"message"``), ``scope`` and
    ``pagination`` (what the generator cannot see in openapi.json: it drops ``security``
    details and every ``x-`` extension of an operation), and the operation's ``tag`` and its
    resource ``method`` name (:func:`resource_method_name`).

    Returns:
        the number of operations written.
    """
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    tags = operation_tags(spec)
    methods = operation_method_names(spec)
    table = {
        row[0]: {
            "token": row[3],
            "scope": row[4],
            "pagination": row[5],
            "tag": tags[row[0]],
            "method": methods[row[0]],
        }
        for row in operation_rows(spec)
    }
    # A Python literal of str/None values is also a Jinja literal.
    destination.write_text(
        "{#- Generated by overrides/build/registry.py from openapi.json. -#}\n"
        f"{{% set OPERATIONS = {table!r} %}}\n",
        encoding="utf-8",
    )
    return len(table)


def operation_tags(spec: dict[str, Any]) -> dict[str, str]:
    """The first tag of each operation (the generator's package and our resource name).

    Raises:
        ValueError: an operation has no tag, or a tag is not a Python identifier.
    """
    tags: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            names = op.get("tags") or []
            if not names or not str(names[0]).isidentifier():
                raise ValueError(
                    f"{method.upper()} {path}: the first tag must be a snake_case identifier "
                    f"(it names the resource, tm.<tag>); got {names}"
                )
            tags[op["operationId"]] = names[0]
    return tags


def _word_forms(word: str) -> set[str]:
    forms = {word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def resource_method_name(operation_id: str, tag: str) -> str:
    """The method name of an operation on its tag's resource: the operation id without the
    tag's words, singular or plural (``create_mailbox`` on ``mailboxes`` gives ``create``,
    ``bulk_create_mailboxes`` gives ``bulk_create``, ``drive_file_get`` on ``drive`` gives
    ``file_get``). An id made only of the tag's words keeps its full name; a Python keyword
    gets a trailing underscore (``import_``).
    """
    forms = set().union(*(_word_forms(w) for w in tag.split("_")))
    name = "_".join(w for w in operation_id.split("_") if w not in forms) or operation_id
    return name + "_" if keyword.iskeyword(name) else name


def operation_method_names(spec: dict[str, Any]) -> dict[str, str]:
    """Each operation's resource method name: its ``x-trekmail-method`` (set in the overlay
    where the tag-word rule would mislead, as ``rules.delete_mail`` for ``delete_mail_rule``),
    else :func:`resource_method_name`.

    Raises:
        ValueError: an ``x-trekmail-method`` is not a Python identifier.
    """
    tags = operation_tags(spec)
    names: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            operation_id = op["operationId"]
            chosen = op.get("x-trekmail-method")
            if chosen is not None and (not str(chosen).isidentifier() or keyword.iskeyword(chosen)):
                raise ValueError(
                    f"{method.upper()} {path}: x-trekmail-method {chosen!r} is not a name"
                )
            names[operation_id] = chosen or resource_method_name(operation_id, tags[operation_id])
    return names
