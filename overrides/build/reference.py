"""Write docs/reference.md: every resource (``tm.<tag>``) and its methods.

It reads the overlaid contract (openapi.json with overrides/openapi.overlay.yaml, contract.py).

``make reference-doc`` rewrites the file; ``tests/spec/test_reference_doc.py`` fails when the
committed file differs from what this script makes. Method names come from
:func:`registry.operation_method_names`, as the generated resources are.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract import load_contract
from registry import HTTP_METHODS, operation_method_names, operation_rows, operation_tags

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reference.md"
JSON = "application/json"

HEADER = """# Resource reference

Generated from `openapi.json` by `overrides/build/reference.py` (`make reference-doc`); a test
checks that it is current. Every operation is a method of its tag's resource:
`await tm.<resource>.<method>(path parameters..., keyword arguments...)`. A JSON body is given
as `body=<Model>` or as the model's fields in keyword arguments. Every method also takes the
per-call options `timeout`, `max_retries`, `idempotency_key` (writes), `extra_headers` and
`extra_query`, and `tm.<resource>.with_raw_response.<method>(...)` returns the answer as
received (`RawResponse`: status, headers, request id, idempotency key, replay flag, retries
taken, `.parse()`). Returns: the model the method returns; `Model` in `data` means the
success body only wraps `data` and the method returns what is inside; lists return an
`AsyncPaginator` (`await` it for the first page, `async for` over it for every item). The
low-level function of each operation is `trekmail_client.api.<resource>.<operation id>`.

"""


def _name(ref_or_schema: dict[str, Any]) -> str | None:
    ref = ref_or_schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _schema(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    name = _name(node)
    return spec["components"]["schemas"][name] if name else node


def _returns(spec: dict[str, Any], op: dict[str, Any], paged: bool) -> str:
    """How the resource method's result reads in the reference."""
    bodies: list[str] = []
    empty = False
    for status, response in sorted(op.get("responses", {}).items()):
        if not status.startswith("2"):
            continue
        content = response.get("content") or {}
        if not content:
            empty = True
            continue
        media, entry = next(iter(content.items()))
        if media != JSON:
            bodies.append("`File`")
            continue
        node = entry.get("schema", {})
        schema = _schema(spec, node)
        props = schema.get("properties") or {}
        if paged:
            lists = {k: v for k, v in props.items() if v.get("type") == "array"}
            items = lists.get("data") or (next(iter(lists.values())) if len(lists) == 1 else {})
            item = _name(items.get("items", {})) if items else None
            bodies.append(f"`AsyncPaginator[{item}]`" if item else f"`{_name(node)}`")
        elif list(props) == ["data"] and _name(props["data"]):
            bodies.append(f"`{_name(props['data'])}` in `data`")
        elif list(props) == ["data"] and _name(props["data"].get("items", {})):
            bodies.append(f"`list[{_name(props['data']['items'])}]` in `data`")
        else:
            bodies.append(f"`{_name(node) or 'object'}`")
    result = ", ".join(dict.fromkeys(bodies)) or "`None`"
    return result + (" or `None` (204)" if empty and bodies else "")


def render(spec: dict[str, Any]) -> str:
    """The text of docs/reference.md for an OpenAPI document."""
    tags = operation_tags(spec)
    names = operation_method_names(spec)
    rows = {row[0]: row for row in operation_rows(spec)}
    nodes: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                nodes[item[method]["operationId"]] = item[method]
    by_tag: dict[str, list[str]] = defaultdict(list)
    for operation_id, tag in tags.items():
        by_tag[tag].append(operation_id)
    out = [HEADER]
    out.append("| resource | methods |\n|---|---|\n")
    for tag in sorted(by_tag):
        out.append(f"| [`tm.{tag}`](#tm{tag.replace('_', '')}) | {len(by_tag[tag])} |\n")
    for tag in sorted(by_tag):
        out.append(f"\n## tm.{tag}\n\n")
        out.append("| method | operation | HTTP | token, scope | body | returns |\n")
        out.append("|---|---|---|---|---|---|\n")
        methods = sorted(by_tag[tag], key=lambda o: names[o])
        for operation_id in methods:
            row = rows[operation_id]
            node = nodes[operation_id]
            path_params = [p["name"] for p in node.get("parameters", []) if p.get("in") == "path"]
            name = names[operation_id]
            call = f"`{name}({', '.join(path_params)})`"
            body = node.get("requestBody", {}).get("content", {})
            body_name = _name(next(iter(body.values())).get("schema", {})) if body else None
            scope = f", `{row[4]}`" if row[4] else ""
            out.append(
                f"| {call} | `{operation_id}` | `{row[1]} {row[2]}` | {row[3]}{scope} | "
                f"{f'`{body_name}`' if body_name else ''} | "
                f"{_returns(spec, node, row[5] != 'none')} |\n"
            )
    return "".join(out)


def main() -> int:
    """Rewrite docs/reference.md."""
    spec = load_contract()
    DOC.write_text(render(spec), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
