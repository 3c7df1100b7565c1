"""The contract the SDK is built from: TrekMail's document (``openapi.json``) with our overlay.

``openapi.json`` holds what TrekMail publishes (today our reconstruction of it);
``overrides/openapi.overlay.yaml`` (OpenAPI Overlay 1.0) holds what we add: operation ids, tags,
the ``x-trekmail-*`` extensions and the secret marks (docs/spec-notes.md, "Upstream facts and our
additions"). This module applies the overlay with openapi-format (npm, pinned in
tests/contract/package.json, run by ``apply_overlay.cjs``), puts the keys of the root and of every
operation in one fixed order, and keeps the result as a build product, ``.build/openapi.json``,
rebuilt only when one of its inputs changes. Everything that reads our extensions reads that
document: the generator, the registry, the docs, the shipped sandbox contract, the tests.

Upstream changes the overlay does not know yet are marked, not failed on unclearly:

- an operation of ``openapi.json`` that no overlay action names (it has no
  ``x-trekmail-source`` once the overlay is applied: it was added upstream) gets a drafted
  operation id and tag (``draft_upcoming``) and ``x-trekmail-upcoming`` (why, and what to
  review), so the SDK still builds; ``make update-spec`` writes those drafts into the overlay;
- an overlay action whose target upstream removed is marked ``x-trekmail-removed-upstream`` in
  the overlay by ``make update-spec``; such an action matching nothing is expected. Any other
  action that matches nothing still fails the build and is named.

Both are listed on stderr when the contract is rebuilt, and in the change report
(``marks_report``).

Command line: ``python overrides/build/contract.py`` builds it and prints its path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
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
UPCOMING = "x-trekmail-upcoming"
REMOVED_UPSTREAM = "x-trekmail-removed-upstream"
UPCOMING_BY_BUILD = (
    "added upstream and not in overrides/openapi.overlay.yaml: operation id and tag drafted by "
    "the build; run make update-spec (or add overlay actions) and review them"
)


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


@dataclass(frozen=True)
class Draft:
    """An operation added upstream that the overlay does not name yet, with the operation id
    and tag drafted for it (``draft_upcoming``)."""

    method: str
    path: str
    operation_id: str
    tag: str


@dataclass
class Applied:
    """The result of applying the overlay: the contract (keys ordered), the 1-based numbers of
    the unmarked actions that matched nothing (lenient mode only), of the actions marked
    ``x-trekmail-removed-upstream`` that matched nothing (``removed_upstream``) or whose
    target is back (``back``), and the operations drafted by ``draft_upcoming``."""

    document: dict[str, Any]
    unmatched: list[int] = field(default_factory=list)
    removed_upstream: list[int] = field(default_factory=list)
    back: list[int] = field(default_factory=list)
    drafted: list[Draft] = field(default_factory=list)


def _words(path: str) -> list[str]:
    return [
        w
        for segment in path.split("/")
        if segment and segment not in ("api", "v1") and not segment.startswith("{")
        for w in re.split(r"[^a-z0-9]+", segment.lower())
        if w
    ]


def _shared(a: list[str], b: list[str]) -> int:
    """How many leading path segments ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def draft_upcoming(document: dict[str, Any], mark: str = UPCOMING_BY_BUILD) -> list[Draft]:
    """Name the operations of the overlaid ``document`` that the overlay does not know (no
    ``x-trekmail-source``: added upstream), in place: the upstream operation id in snake case,
    or the method and path words (``get_account_limits``), made unique; the tag of the known
    operation whose path shares the most leading segments; ``x-trekmail-pagination: none``,
    ``x-trekmail-source: upstream`` and ``x-trekmail-upcoming: mark``. Returns the drafts, in
    document order."""
    known: list[tuple[list[str], str]] = []
    ids: set[str] = set()
    new: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            if "x-trekmail-source" in op:
                if op.get("tags"):
                    known.append((path.split("/"), str(op["tags"][0])))
                ids.add(str(op.get("operationId")))
            else:
                new.append((path, method, op))
    drafts: list[Draft] = []
    for path, method, op in new:
        upstream_id = re.sub(r"(?<!^)(?=[A-Z])", "_", str(op.get("operationId", ""))).lower()
        name = re.sub(r"[^a-z0-9]+", "_", upstream_id).strip("_") or "_".join(
            [method, *_words(path)]
        )
        while name in ids:
            name += "_new"
        ids.add(name)
        segments = path.split("/")
        tag = max(known, key=lambda entry: _shared(entry[0], segments))[1] if known else "misc"
        op["operationId"] = name
        op["tags"] = [tag]
        op.setdefault("x-trekmail-pagination", "none")
        op["x-trekmail-source"] = "upstream"
        op[UPCOMING] = mark
        drafts.append(Draft(method, path, name, tag))
    return drafts


def apply_overlay(upstream: Path = UPSTREAM, overlay: Path = OVERLAY) -> dict[str, Any]:
    """Apply ``overlay`` to the document at ``upstream`` and return the result, keys ordered.
    Operations the overlay does not know are drafted and marked (module docstring).

    Raises:
        ContractError: openapi-format or node is missing (run ``make npm``), a file cannot be
            read, or an overlay action not marked ``x-trekmail-removed-upstream`` matches
            nothing (each such action is named).
    """
    return apply_overlay_full(upstream, overlay).document


def apply_overlay_full(upstream: Path, overlay: Path, lenient: bool = False) -> Applied:
    """Apply ``overlay`` to ``upstream`` and return everything there is to know (``Applied``).
    ``lenient`` (``make update-spec``): unmarked actions that match nothing are skipped and
    listed in ``unmatched`` instead of failing.

    Raises:
        ContractError: as :func:`apply_overlay` (unmatched actions only when not lenient).
    """
    return _run_overlay(upstream, overlay, lenient)


def _run_overlay(upstream: Path, overlay: Path, lenient: bool) -> Applied:
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
    summary = json.loads(result.stdout or "{}")
    document = _own_tags(document)
    drafted = draft_upcoming(document)
    return Applied(
        order_keys(document),
        [int(n) for n in summary.get("unmatched", [])],
        [int(n) for n in summary.get("removedUpstream", [])],
        [int(n) for n in summary.get("back", [])],
        drafted,
    )


def overlay_actions(overlay: Path | str) -> list[dict[str, Any]]:
    """The actions of an overlay file (or its text), parsed with PyYAML."""
    import yaml  # type: ignore[import-untyped]  # PyYAML (dev extra) ships no stubs

    text = overlay if isinstance(overlay, str) else overlay.read_text(encoding="utf-8")
    actions = (yaml.safe_load(text) or {}).get("actions") or []
    return [a for a in actions if isinstance(a, dict)]


def marks_report(contract: dict[str, Any], overlay: Path | str) -> str:
    """Markdown sections for the change report: the operations of ``contract`` marked
    ``x-trekmail-upcoming`` (added upstream, names drafted, to review) and the actions of
    ``overlay`` (a path or the text) marked ``x-trekmail-removed-upstream`` (target gone
    upstream, to delete once reviewed); '' when there are none."""
    upcoming = [
        f"- `{method.upper()} {path}` as `{op.get('operationId')}` on "
        f"`tm.{(op.get('tags') or ['?'])[0]}`: {op[UPCOMING]}\n"
        for path, item in contract.get("paths", {}).items()
        if isinstance(item, dict)
        for method, op in item.items()
        if isinstance(op, dict) and UPCOMING in op
    ]
    removed = [
        f"- `{action.get('target')}`: {action[REMOVED_UPSTREAM]}\n"
        for action in overlay_actions(overlay)
        if action.get(REMOVED_UPSTREAM)
    ]
    out = ""
    if upcoming:
        out += (
            f"### Operations new upstream, marked `{UPCOMING}` ({len(upcoming)}; review the "
            "drafted names, tags, scope and pagination, then delete the mark)\n\n"
            + "".join(upcoming)
            + "\n"
        )
    if removed:
        out += (
            f"### Overlay actions marked `{REMOVED_UPSTREAM}` ({len(removed)}; their target is "
            "gone upstream, so they match nothing; delete them once reviewed)\n\n"
            + "".join(removed)
            + "\n"
        )
    return out


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
    applied = apply_overlay_full(upstream, overlay)
    if out is None:  # the checkout's own contract (make generate, the tests): say what is marked
        _warn(applied, overlay)
    text = dumps(applied.document)
    target.parent.mkdir(parents=True, exist_ok=True)
    for path, content in ((target, text), (stamp_file, stamp)):
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    return target


def _warn(applied: Applied, overlay: Path) -> None:
    """Tell on stderr what the build marked (module docstring)."""
    for draft in applied.drafted:
        print(
            f"contract: {draft.method.upper()} {draft.path} is new upstream and not in "
            f"{overlay.name}: drafted as {draft.operation_id} on tm.{draft.tag}, marked "
            f"{UPCOMING}; run make update-spec or add overlay actions",
            file=sys.stderr,
        )
    if applied.removed_upstream:
        numbers = ", ".join(f"#{n}" for n in applied.removed_upstream)
        print(
            f"contract: {len(applied.removed_upstream)} overlay action(s) marked "
            f"{REMOVED_UPSTREAM} match nothing ({numbers}); delete them once reviewed",
            file=sys.stderr,
        )
    for number in applied.back:
        print(
            f"contract: overlay action #{number} is marked {REMOVED_UPSTREAM} but its target "
            "is back upstream (applied); remove the mark",
            file=sys.stderr,
        )


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
