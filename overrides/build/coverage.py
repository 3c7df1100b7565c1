"""Write docs/api-coverage.md: families, operation counts, sources, paging.

It reads the overlaid contract (openapi.json with overrides/openapi.overlay.yaml, contract.py).

``make coverage-doc`` rewrites the file; ``tests/spec/test_coverage_doc.py`` fails when the
committed file differs from what this script makes.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract import load_contract

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "api-coverage.md"
METHODS = ("get", "put", "post", "delete", "patch")
STYLES = ("page", "cursor", "before_uid", "offset")

HEADER = """# API coverage

Generated from `openapi.json` by `overrides/build/coverage.py` (`make coverage-doc`); CI checks
that it is current. Source `overview`: the operation is listed in TrekMail's API overview;
`official-client`: only TrekMail's official MCP client calls it (see docs/spec-notes.md).
Paging: the `x-trekmail-pagination` style of the family's list operations, with counts.
Open responses: operations whose success body is still an open object (no declared fields,
because the facts do not give them); docs/spec-notes.md says which and why.

"""


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def is_open(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """Whether an operation's success body is an open object: no declared properties, either
    at the top or under its ``data`` wrapper (binary and empty bodies count as typed)."""
    for status, response in op["responses"].items():
        if not status.startswith("2"):
            continue
        for media in response.get("content", {}).values():
            schema = _resolve(spec, media.get("schema", {}))
            if schema.get("format") == "binary" or schema.get("type") == "array":
                continue
            props = schema.get("properties", {})
            data = _resolve(spec, props.get("data", {}))
            if not props or (
                props.keys() == {"data"}
                and data.get("type") == "object"
                and not data.get("properties")
            ):
                return True
    return False


def _cell(counter: Counter[str], order: tuple[str, ...]) -> str:
    return ", ".join(f"{key} {counter[key]}" for key in order if counter[key]) or "-"


def render(spec: dict[str, Any]) -> str:
    """The Markdown text of the coverage page for an OpenAPI document."""
    families: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                families[item[method]["tags"][0]].append(item[method])
    lines = [
        HEADER,
        "| family | operations | overview | official-client | token | paging | deprecated "
        "| open responses |\n",
        "|---|---:|---:|---:|---|---|---:|---:|\n",
    ]
    totals: Counter[str] = Counter()
    for family in sorted(families):
        ops = families[family]
        sources = Counter(op.get("x-trekmail-source", "?") for op in ops)
        tokens = Counter(
            "message" if "messageToken" in req else "ops"
            for op in ops
            for req in op.get("security", [])
        )
        paging = Counter(op.get("x-trekmail-pagination", "none") for op in ops)
        deprecated = sum(1 for op in ops if op.get("deprecated"))
        open_count = sum(1 for op in ops if is_open(spec, op))
        totals.update(
            {"operations": len(ops), "deprecated": deprecated, "open": open_count}
            | sources
            | paging
            | tokens
        )
        lines.append(
            f"| {family} | {len(ops)} | {sources['overview']} | {sources['official-client']} "
            f"| {_cell(tokens, ('ops', 'message'))} | {_cell(paging, STYLES)} | {deprecated} "
            f"| {open_count} |\n"
        )
    lines.append(
        f"| **total** | **{totals['operations']}** | **{totals['overview']}** "
        f"| **{totals['official-client']}** | {_cell(totals, ('ops', 'message'))} "
        f"| {_cell(totals, STYLES)} | {totals['deprecated']} | {totals['open']} |\n"
    )
    return "".join(lines)


def main() -> int:
    """Rewrite docs/api-coverage.md."""
    DOC.write_text(render(load_contract()), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
