"""The contract the SDK is built from: TrekMail's document (``openapi.json``) with our overlay.

``openapi.json`` holds what TrekMail publishes (today our reconstruction of it);
``overrides/openapi.overlay.yaml`` (OpenAPI Overlay 1.0) holds what we add: operation ids, tags,
the ``x-trekmail-*`` extensions and the secret marks (docs/spec-notes.md, "Upstream facts and our
additions"). This module applies the overlay with openapi-format (npm, pinned in
tests/contract/package.json, run by ``apply_overlay.cjs``), puts the keys of the root and of every
operation in one fixed order, and keeps the result as a build product, ``.build/openapi.json``,
rebuilt only when one of its inputs changes. Everything that reads our extensions reads that
document: the generator, the registry, the docs, the shipped sandbox contract, the tests.

Command line: ``python overrides/build/contract.py`` builds it and prints its path.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "openapi.json"
OVERLAY = ROOT / "overrides" / "openapi.overlay.yaml"
APPLY = Path(__file__).resolve().parent / "apply_overlay.cjs"
BUILD_DIR = ROOT / ".build"
CONTRACT = BUILD_DIR / "openapi.json"
OPENAPI_FORMAT = ROOT / "tests" / "contract" / "node_modules" / "openapi-format"

# Key order of the fixed-field objects the overlay adds keys to (an overlay appends new keys at
# the end). The order is the one openapi.json had before the split, so the generated package and
# the shipped contract stay byte for byte what they were. Keys not named keep their order, after.
ROOT_ORDER = (
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "tags",
    "paths",
    "webhooks",
    "components",
    "security",
    "externalDocs",
)
OPERATION_ORDER = (
    "operationId",
    "tags",
    "summary",
    "description",
    "externalDocs",
    "deprecated",
    "security",
    "x-trekmail-scope",
    "x-trekmail-pagination",
    "parameters",
    "requestBody",
    "responses",
    "callbacks",
    "servers",
    "x-trekmail-source",
    "x-trekmail-rate-limit",
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class ContractError(Exception):
    """The overlay could not be applied (an action matched nothing, a file is unreadable, or
    openapi-format is not installed); the message names the action or the fix."""


def ordered(node: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """``node`` with the keys named in ``order`` first, in that order, then the others as they
    were."""
    head = {key: node[key] for key in order if key in node}
    return head | {key: value for key, value in node.items() if key not in head}


def order_keys(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its root and every operation in the fixed key order (see above)."""
    result = ordered(document, ROOT_ORDER)
    paths = result.get("paths")
    if isinstance(paths, dict):
        result["paths"] = {
            path: {
                key: ordered(value, OPERATION_ORDER)
                if key in HTTP_METHODS and isinstance(value, dict)
                else value
                for key, value in item.items()
            }
            if isinstance(item, dict)
            else item
            for path, item in paths.items()
        }
    return result


def dangling_refs(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The local ``$ref``s of ``document`` that point to nothing, as ``(where, ref)`` pairs in
    document order; ``where`` names the keys from the root, for example
    ``paths > /api/v1/account > get > ... > schema``. Remote refs (not starting with ``#``) are
    not checked."""

    def resolves(ref: str) -> bool:
        node: Any = document
        for raw in ref[1:].lstrip("/").split("/") if ref != "#" else []:
            key = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                return False
        return True

    found: list[tuple[str, str]] = []

    def walk(node: Any, trail: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and not resolves(ref):
                found.append((" > ".join(trail) or "(root)", ref))
            for key, value in node.items():
                walk(value, (*trail, str(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*trail, str(index)))

    walk(document, ())
    return found


def check_refs(document: dict[str, Any], origin: str) -> None:
    """Raise when a local ``$ref`` of ``document`` points to nothing.

    Raises:
        ContractError: one short line naming ``origin`` (the file), the first dangling
            ``$ref`` and where it is, and how many more there are.
    """
    missing = dangling_refs(document)
    if missing:
        where, ref = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise ContractError(f"{origin}: $ref {ref!r} at {where} points to nothing{more}")


def dumps(document: dict[str, Any]) -> str:
    """The text form openapi.json uses: two-space indent, UTF-8 as is, a final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def apply_overlay(upstream: Path = UPSTREAM, overlay: Path = OVERLAY) -> dict[str, Any]:
    """Apply ``overlay`` to the document at ``upstream`` and return the result, keys ordered.

    Raises:
        ContractError: openapi-format or node is missing (run ``make npm``), a file cannot be
            read, or an overlay action matches nothing (each such action is named).
    """
    document, _ = _run_overlay(upstream, overlay, lenient=False)
    return document


def apply_overlay_lenient(upstream: Path, overlay: Path) -> tuple[dict[str, Any], list[int]]:
    """Apply ``overlay`` skipping the actions that match nothing; return the document (keys
    ordered) and the 1-based numbers of those actions (what ``make update-spec`` drops when
    upstream removed their target).

    Raises:
        ContractError: as :func:`apply_overlay`, except for unmatched actions.
    """
    return _run_overlay(upstream, overlay, lenient=True)


def _run_overlay(upstream: Path, overlay: Path, lenient: bool) -> tuple[dict[str, Any], list[int]]:
    node = shutil.which("node")
    if node is None or not OPENAPI_FORMAT.is_dir():
        raise ContractError(
            "applying the overlay needs node and openapi-format: run `make npm` "
            "(installs tests/contract/package.json)"
        )
    with tempfile.TemporaryDirectory(prefix="trekmail-overlay-") as tmp:
        out = Path(tmp) / "contract.json"
        result = subprocess.run(
            [node, str(APPLY), str(upstream), str(overlay), str(out)]
            + (["--lenient"] if lenient else []),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ContractError(
                f"applying {overlay.name} to {upstream.name} failed:\n{result.stderr.strip()}"
            )
        document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    try:
        upstream_document = json.loads(upstream.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ContractError(f"{upstream}: cannot be read as JSON: {error}") from None
    check_refs(upstream_document, str(upstream))
    check_refs(document, f"{overlay} (applied to {upstream.name})")
    unused = [int(n) for n in json.loads(result.stdout)] if lenient else []
    return order_keys(_own_tags(document)), unused


def _own_tags(document: dict[str, Any]) -> dict[str, Any]:
    """Keep only our tag on each operation: an overlay ``update`` appends to a list, so when
    the upstream document has tags of its own ours comes last, and the first tag names the
    resource (``tm.<tag>``). Our naming must win, or a new upstream document would rename
    the SDK."""
    for item in document.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and isinstance(op.get("tags"), list) and len(op["tags"]) > 1:
                op["tags"] = op["tags"][-1:]
    return document


def _stamp(upstream: Path, overlay: Path) -> str:
    digest = hashlib.sha256()
    for path in (upstream, overlay, APPLY, Path(__file__).resolve()):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_contract(
    upstream: Path = UPSTREAM, overlay: Path = OVERLAY, out: Path | None = None
) -> Path:
    """Write the overlaid contract (``.build/openapi.json`` unless ``out`` is given) when its
    inputs changed, and return its path. The file is replaced atomically, so concurrent test
    processes never read half of it.

    Raises:
        ContractError: as :func:`apply_overlay`.
    """
    target = out or CONTRACT
    stamp_file = target.with_name(target.name + ".sha256")
    stamp = _stamp(upstream, overlay)
    if target.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return target
    text = dumps(apply_overlay(upstream, overlay))
    target.parent.mkdir(parents=True, exist_ok=True)
    for path, content in ((target, text), (stamp_file, stamp)):
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    return target


def contract_path() -> Path:
    """The path of the overlaid contract of this checkout, built if needed.

    Raises:
        ContractError: as :func:`apply_overlay`.
    """
    return build_contract()


def load_contract() -> dict[str, Any]:
    """The overlaid contract of this checkout (openapi.json with overrides/openapi.overlay.yaml),
    parsed.

    Raises:
        ContractError: as :func:`apply_overlay`.
    """
    result: dict[str, Any] = json.loads(contract_path().read_text(encoding="utf-8"))
    return result


def main() -> int:
    """Build the overlaid contract and print its path (exit 1 with the reason on failure)."""
    try:
        print(contract_path().relative_to(ROOT))
    except ContractError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
