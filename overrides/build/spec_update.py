"""``make update-spec``: take TrekMail's new OpenAPI document, regenerate, report what changed.

Source: ``$TREKMAIL_BASE_URL/api/openapi.json`` (fetched with httpx), or ``--file PATH``
(``SPEC_FILE=path``). Steps, all in a scratch folder until the last one:

1. parse and validate the document (openapi-spec-validator); a network error or an invalid
   document stops here with the reason;
2. normalise it: keys that the current ``openapi.json`` has keep their order there, new keys
   follow in the document's order, so a document that only reorders keys changes nothing;
   written as ``openapi.json`` is (``contract.dumps``);
3. the overlay: actions whose target upstream removed are marked ``x-trekmail-removed-upstream``
   (kept, so the choice they made is still there to review; they then match nothing without
   failing the build), operations upstream added get drafted actions (operation id and tag to
   review) marked ``x-trekmail-upcoming``; the report lists both (``contract.marks_report``);
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
    OVERLAY,
    REMOVED_UPSTREAM,
    ROOT,
    UPCOMING,
    UPSTREAM,
    ContractError,
    Draft,
    apply_overlay_full,
    build_contract,
    check_refs,
    contract_path,
    dumps,
    marks_report,
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


def mark_actions(text: str, numbers: list[int], note: str) -> tuple[str, list[str], list[str]]:
    """Mark the overlay actions with these 1-based numbers ``x-trekmail-removed-upstream:
    note`` in the overlay's text (a line after each one's ``  - target:`` line; each action
    ends before the next action, a comment or a blank line), keeping everything else. Returns
    the new text, the marked targets, and the marked targets whose action marks a field secret
    (``format: "password"``)."""
    out: list[str] = []
    marked: list[str] = []
    secret: list[str] = []
    count = 0
    inside = False
    for line in text.splitlines(keepends=True):
        if ACTION_START.match(line):
            count += 1
            inside = count in numbers
            out.append(line)
            if inside:
                marked.append(line.split("target:", 1)[1].strip())
                out.append(f"    {REMOVED_UPSTREAM}: {json.dumps(note)}\n")
            continue
        if inside and (not line.strip() or line.startswith("  #") or not line.startswith("  ")):
            inside = False
        if inside and 'format: "password"' in line and marked[-1] not in secret:
            secret.append(marked[-1])
        out.append(line)
    return "".join(out), marked, secret


def draft_actions(drafts: list[Draft], note: str) -> str:
    """Overlay actions (YAML text) that fix the drafted names of the operations added upstream
    (``contract.draft_upcoming``) and mark them ``x-trekmail-upcoming: note``."""
    text: list[str] = []
    for draft in drafts:
        path, method = draft.path, draft.method
        why = f"{method.upper()} {path}: added upstream; drafted by make update-spec, review"
        text += [
            f"  - target: {json.dumps(f'$.paths[{chr(39)}{path}{chr(39)}].{method}')}\n",
            f"    description: {json.dumps(why + '.')}\n",
            "    update:\n",
            f"      operationId: {json.dumps(draft.operation_id)}\n",
            f"      tags: [{json.dumps(draft.tag)}]\n",
            '      x-trekmail-pagination: "none"\n',
            '      x-trekmail-source: "upstream"\n',
            f"      {UPCOMING}: {json.dumps(note)}\n",
        ]
    if text:
        text.insert(0, "\n  # --- Drafted by make update-spec: review names, tags and scopes ---\n")
    return "".join(text)


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
    stamp = f"{origin}, {datetime.date.today().isoformat()}"
    try:
        (work / "overlay.yaml").write_text(overlay_text, encoding="utf-8")
        applied = apply_overlay_full(work / "openapi.json", work / "overlay.yaml", lenient=True)
        overlay_text, marked, secret = mark_actions(
            overlay_text,
            applied.unmatched,
            f"target gone upstream ({stamp}); delete this action once reviewed",
        )
        if secret:
            raise UpdateError(
                "a field marked secret (format: password) is gone upstream: "
                + ", ".join(secret)
                + ". Mark the field that replaced it in overrides/openapi.overlay.yaml (it "
                "would otherwise show in reprs and logs), then run update-spec again; nothing "
                "was changed"
            )
        overlay_text += draft_actions(
            applied.drafted,
            f"added upstream ({stamp}); operation id and tag drafted by make update-spec: "
            "review them, x-trekmail-scope and x-trekmail-pagination, then delete this mark",
        )
        (work / "overlay.yaml").write_text(overlay_text, encoding="utf-8")
        new_contract = work / "contract.json"
        build_contract(work / "openapi.json", work / "overlay.yaml", out=new_contract)
        contract = json.loads(new_contract.read_text(encoding="utf-8"))
        changes = api_diff.diff_documents(contract_path(), new_contract)
        extra = marks_report(contract, overlay_text)
    except ContractError as error:
        raise UpdateError(str(error)) from None
    title = f"API changes from {origin}"
    unchanged = (
        upstream_text == UPSTREAM.read_text(encoding="utf-8") and not marked and not applied.drafted
    )
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
        contract,
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
