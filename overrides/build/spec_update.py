"""``make update-spec``: take TrekMail's new OpenAPI document, regenerate, report what changed.

Source: ``$TREKMAIL_BASE_URL/api/openapi.json`` (fetched with httpx), or ``--file PATH``
(``SPEC_FILE=path``). Steps, all in a scratch folder until the last one:

1. parse and validate the document (openapi-spec-validator); a network error or an invalid
   document stops here with the reason;
2. normalise it: keys that the current ``openapi.json`` has keep their order there, new keys
   follow in the document's order, so a document that only reorders keys changes nothing;
   written as ``openapi.json`` is (``contract.dumps``);
3. the overlay: actions whose target upstream removed are dropped (and listed), operations
   upstream added get drafted actions (operation id and tag to review, and listed);
4. apply the overlay, generate the package, list its public surface;
5. the report (``api_diff``): API changes with the suggested version bump, the overlay notes,
   the diff of docs/public-surface.txt; printed, and appended to CHANGELOG.md when applied;
6. unless there is a breaking change and ``ACCEPT_BREAKING`` is not set: swap in
   ``openapi.json``, the overlay, ``trekmail_client/`` and the generated docs.

Any failure before step 6 leaves the work tree as it was. Exit status: 0 applied or nothing to
do, 1 refused (a breaking change, in the API or the public surface, not accepted), 2 failed.
``make`` turns 1 into its own 2, so ``--status-file`` (``STATUS_FILE=path``) also writes the
outcome as JSON (``api_diff.write_status``: ``applied``, ``unchanged``, ``refused`` or
``error``) and ``--report-file`` (``REPORT_FILE=path``) the report alone; CI reads those.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_diff
import coverage
import reference
import surface
from contract import (
    HTTP_METHODS,
    OVERLAY,
    ROOT,
    UPSTREAM,
    ContractError,
    apply_overlay_lenient,
    build_contract,
    check_refs,
    contract_path,
    dumps,
)
from generate import generate_into, swap_in

CHANGELOG = ROOT / "CHANGELOG.md"
CHANGELOG_HEAD = (
    "# Changelog\n\nAPI change reports appended by `make update-spec` "
    "(overrides/build/spec_update.py), newest last.\n"
)
MESSAGE_LIMIT = 300
ACTION_START = re.compile(r"^  - target: ")


class UpdateError(Exception):
    """The new document could not be taken; the message says why. Nothing was changed."""


def fetch(base_url: str) -> bytes:
    """GET ``<base_url>/api/openapi.json``.

    Raises:
        UpdateError: a network error or a non-200 answer (named, with the URL).
    """
    import httpx

    url = base_url.rstrip("/") + "/api/openapi.json"
    try:
        response = httpx.get(url, timeout=30.0, follow_redirects=True)
    except httpx.HTTPError as error:
        raise UpdateError(f"could not fetch {url}: {error.__class__.__name__}: {error}") from None
    if response.status_code != 200:
        raise UpdateError(f"could not fetch {url}: HTTP {response.status_code}")
    return response.content


def parse(data: bytes, origin: str) -> dict[str, Any]:
    """Parse and validate an OpenAPI 3.1 document.

    Raises:
        UpdateError: not JSON, not an object, or not a valid OpenAPI document (the first
            validation error is named).
    """
    from openapi_spec_validator import validate

    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UpdateError(f"{origin} is not JSON: {error}") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise UpdateError(f"{origin} is not an OpenAPI document (no top-level paths object)")
    try:
        check_refs(document, origin)
    except ContractError as error:
        raise UpdateError(f"{error}; it is not a valid OpenAPI document") from None
    try:
        validate(document)
    except Exception as error:  # the validator raises several unrelated types
        first = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        if len(first) > MESSAGE_LIMIT:  # some validator messages quote the whole document
            first = first[:MESSAGE_LIMIT] + "..."
        raise UpdateError(f"{origin} is not a valid OpenAPI document: {first}") from None
    return document


def normalise(node: Any, previous: Any) -> Any:
    """``node`` with every object's keys in ``previous``'s order where ``previous`` has them,
    then the new keys in ``node``'s order; arrays keep their order (it means something)."""
    if isinstance(node, dict):
        before = previous if isinstance(previous, dict) else {}
        keys = [k for k in before if k in node] + [k for k in node if k not in before]
        return {k: normalise(node[k], before.get(k)) for k in keys}
    if isinstance(node, list):
        prev = previous if isinstance(previous, list) else []
        return [normalise(v, prev[i] if i < len(prev) else None) for i, v in enumerate(node)]
    return node


def drop_actions(text: str, numbers: list[int]) -> tuple[str, list[str]]:
    """Remove the overlay actions with these 1-based numbers from the overlay's text (each
    action starts with a ``  - target:`` line and ends before the next action, a comment or a
    blank line), keeping every comment. Returns the new text and the removed targets."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    dropped: list[str] = []
    count = 0
    skipping = False
    for line in lines:
        if ACTION_START.match(line):
            count += 1
            skipping = count in numbers
            if skipping:
                dropped.append(line.split("target:", 1)[1].strip())
        elif skipping and (not line.strip() or line.startswith("  #") or not line.startswith("  ")):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out), dropped


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


def draft_actions(contract: dict[str, Any]) -> tuple[str, list[str]]:
    """Overlay actions for the operations of ``contract`` that have no operation id yet (added
    upstream): the upstream id in snake case, or method and path words; the tag of the known
    operation whose path shares the most leading segments. Returns YAML text and notes."""
    known: list[tuple[list[str], str]] = []
    ids: set[str] = set()
    new: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in contract.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            if "x-trekmail-pagination" in op and op.get("tags"):
                known.append((path.split("/"), op["tags"][0]))
                ids.add(str(op.get("operationId")))
            else:
                new.append((path, method, op))
    text: list[str] = []
    notes: list[str] = []
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
        why = f"{method.upper()} {path}: added upstream; drafted by make update-spec, review"
        text += [
            f"  - target: {json.dumps(f'$.paths[{chr(39)}{path}{chr(39)}].{method}')}\n",
            f"    description: {json.dumps(why + '.')}\n",
            "    update:\n",
            f"      operationId: {json.dumps(name)}\n",
            f"      tags: [{json.dumps(tag)}]\n",
            '      x-trekmail-pagination: "none"\n',
            '      x-trekmail-source: "upstream"\n',
        ]
        notes.append(f"`{method.upper()} {path}` drafted as `{name}` on `tm.{tag}`")
    if text:
        text.insert(0, "\n  # --- Drafted by make update-spec: review names, tags and scopes ---\n")
    return "".join(text), notes


surface_diff = api_diff.surface_diff


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


@dataclass
class Prepared:
    """A new document taken through steps 1-5 in a scratch folder (see the module docstring)."""

    upstream_text: str
    overlay_text: str
    changes: list[api_diff.Change]
    report: str
    unchanged: bool
    package: Path | None = None
    surface_text: str = ""
    surface_diff: str = ""
    contract: dict[str, Any] = field(default_factory=dict)


def prepare(data: bytes, origin: str, work: Path, generate: bool = True) -> Prepared:
    """Steps 1-5 for the document ``data`` in the empty folder ``work``; changes nothing else.
    ``generate=False`` stops after the API diff (no package, no surface diff).

    Raises:
        UpdateError: the document is not valid, the overlay cannot be applied, or the SDK
            cannot be generated from it (the message carries the report so far).
    """
    document = parse(data, origin)
    previous = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    upstream_text = dumps(normalise(document, previous))
    (work / "openapi.json").write_text(upstream_text, encoding="utf-8")
    overlay_text = OVERLAY.read_text(encoding="utf-8")
    try:
        (work / "overlay.yaml").write_text(overlay_text, encoding="utf-8")
        partial, stale = apply_overlay_lenient(work / "openapi.json", work / "overlay.yaml")
        marks_before = overlay_text.count('format: "password"')
        overlay_text, dropped = drop_actions(overlay_text, stale)
        if overlay_text.count('format: "password"') < marks_before:
            lost = [t for t in dropped if ".properties." in t]
            raise UpdateError(
                "a field marked secret (format: password) is gone upstream: "
                + ", ".join(lost)
                + ". Mark the field that replaced it in overrides/openapi.overlay.yaml (it "
                "would otherwise show in reprs and logs), then run update-spec again; nothing "
                "was changed"
            )
        drafted, notes = draft_actions(partial)
        overlay_text += drafted
        (work / "overlay.yaml").write_text(overlay_text, encoding="utf-8")
        new_contract = work / "contract.json"
        if drafted:
            build_contract(work / "openapi.json", work / "overlay.yaml", out=new_contract)
        else:  # the dropped actions matched nothing: the lenient result is the contract
            new_contract.write_text(dumps(partial), encoding="utf-8")
        changes = api_diff.diff_documents(contract_path(), new_contract)
    except ContractError as error:
        raise UpdateError(str(error)) from None
    extra = ""
    if dropped:
        extra += "### Overlay actions dropped (their target is gone upstream)\n\n"
        extra += "".join(f"- `{target}`\n" for target in dropped) + "\n"
    if notes:
        extra += "### Overlay actions drafted for new operations (review the names)\n\n"
        extra += "".join(f"- {note}\n" for note in notes) + "\n"
    title = f"API changes from {origin}"
    unchanged = upstream_text == UPSTREAM.read_text(encoding="utf-8") and not dropped and not notes
    if unchanged or not generate:
        # The same document (maybe with its keys in another order) gives the same package.
        tail = "No change to the public surface.\n" if unchanged else ""
        report = api_diff.render(changes, title, extra + tail)
        return Prepared(upstream_text, overlay_text, changes, report, unchanged)
    try:
        (work / "gen").mkdir()
        package = generate_into(work / "gen", work / "openapi.json", work / "overlay.yaml")
        new_surface = surface.render(package.parent)
    except (SystemExit, RuntimeError, ValueError) as error:
        raise UpdateError(
            api_diff.render(changes, title, extra)
            + f"\nThe SDK cannot be generated from this document: {error}"
        ) from None
    current_surface = surface.DOC.read_text(encoding="utf-8")
    diff = surface_diff(current_surface, new_surface)
    extra += "### Public surface\n\n"
    extra += f"```diff\n{diff}```\n" if diff else "No change to the public surface.\n"
    return Prepared(
        upstream_text,
        overlay_text,
        changes,
        api_diff.render(changes, title, extra, diff),
        False,
        package,
        new_surface,
        diff,
        json.loads(new_contract.read_text(encoding="utf-8")),
    )


def update(
    data: bytes,
    origin: str,
    accept: bool,
    status_file: str | None = None,
    report_file: str | None = None,
) -> int:
    """Take the document ``data`` (read from ``origin``), print the report, apply it unless
    refused. Writes the report to ``report_file`` and the outcome to ``status_file`` (JSON,
    ``api_diff.write_status``) when given. Returns the exit status (module docstring)."""

    def done(status: str, ready: Prepared | None = None, message: str = "") -> int:
        report = api_diff.write_report(report_file, ready.report) if ready else None
        return api_diff.write_status(
            status_file,
            "update-spec",
            status,
            bump=api_diff.suggested_bump(ready.changes, ready.surface_diff) if ready else None,
            breaking=api_diff.is_breaking(ready.changes, ready.surface_diff) if ready else None,
            message=message,
            report=report,
        )

    with tempfile.TemporaryDirectory(prefix="trekmail-update-spec-") as tmp:
        try:
            ready = prepare(data, origin, Path(tmp))
        except UpdateError as error:
            print(f"update-spec: {error}\nNothing was changed.", file=sys.stderr)
            return done("error", message=f"{error}. Nothing was changed.")
        print(ready.report, end="")
        if ready.unchanged or ready.package is None:
            message = "openapi.json is already this document; nothing to do."
            print(f"\nupdate-spec: {message}")
            return done("unchanged", ready, message)
        if api_diff.is_breaking(ready.changes, ready.surface_diff) and not accept:
            message = (
                "breaking changes; nothing was changed. Review the report, then run again "
                "with ACCEPT_BREAKING=1 to take the document."
            )
            print(f"\nupdate-spec: {message}", file=sys.stderr)
            return done("refused", ready, message)
        swap_in(ready.package)
        _write(UPSTREAM, ready.upstream_text)
        _write(OVERLAY, ready.overlay_text)
        _write(coverage.DOC, coverage.render(ready.contract))
        _write(reference.DOC, reference.render(ready.contract))
        _write(surface.DOC, ready.surface_text)
        build_contract()
        head = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.is_file() else CHANGELOG_HEAD
        stamp = datetime.date.today().isoformat()
        _write(CHANGELOG, head + "\n" + ready.report.replace("## ", f"## {stamp}: ", 1))
        print(f"\nupdate-spec: applied; {CHANGELOG.name} updated. Review and commit.")
        return done("applied", ready, f"applied; {CHANGELOG.name} updated")


def main(argv: list[str] | None = None) -> int:
    """Command line of ``make update-spec``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", help="take the document from this file instead of the URL")
    parser.add_argument("--base-url", default=os.environ.get("TREKMAIL_BASE_URL", ""))
    parser.add_argument("--accept-breaking", action="store_true")
    parser.add_argument(
        "--status-file",
        default=os.environ.get("STATUS_FILE") or None,
        help="also write the outcome as JSON here (status, exit_code, bump, breaking)",
    )
    parser.add_argument(
        "--report-file",
        default=os.environ.get("REPORT_FILE") or None,
        help="also write the change report (Markdown) here",
    )
    args = parser.parse_args(argv)
    accept = api_diff.accepted(args.accept_breaking)

    def error(message: str) -> int:
        print(f"update-spec: {message}", file=sys.stderr)
        return api_diff.write_status(args.status_file, "update-spec", "error", message=message)

    if args.file:
        path = Path(args.file)
        if not path.is_file():
            return error(f"SPEC_FILE={path} does not exist; nothing was changed")
        return update(path.read_bytes(), str(path), accept, args.status_file, args.report_file)
    if not args.base_url:
        return error(
            "set TREKMAIL_BASE_URL (e.g. https://trekmail.net) or SPEC_FILE=path; "
            "nothing was changed"
        )
    try:
        data = fetch(args.base_url)
    except UpdateError as failure:
        return error(f"{failure}; nothing was changed")
    origin = args.base_url.rstrip("/") + "/api/openapi.json"
    return update(data, origin, accept, args.status_file, args.report_file)


if __name__ == "__main__":
    raise SystemExit(main())
