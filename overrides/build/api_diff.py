"""The API change report: what changed between two contracts, breaking changes first.

``make api-diff [BASE=git-ref]`` compares the overlaid contract of ``BASE`` (default ``HEAD``)
with the work tree's; ``make update-spec`` prints the same report for a new upstream document and
appends it to CHANGELOG.md. The changes come from api-smart-diff (npm, pinned in
tests/contract/package.json; ``api_diff.cjs``), which resolves ``$ref`` and classifies each change
as breaking, non-breaking, deprecated, annotation or unclassified. One rule is added for an SDK:
api-smart-diff judges a removed or retyped *response* property non-breaking (the server may stop
sending it), but the generated model loses or retypes the field, so code that reads it breaks;
the report counts those as breaking. The other way round, api-smart-diff judges a value added
to a *response* enum breaking (a strict client may refuse it), but the SDK reads answers
tolerantly (an unknown value is kept as received) and the generated ``Literal`` only widens, so
a value added to any enum counts as non-breaking (a minor bump); a value removed stays as
api-smart-diff classes it. Changes inside ``components/schemas`` are left out because
api-smart-diff reports each of them again, with a readable description, at every operation
that uses the schema.

The public surface counts too (docs/public-surface.txt, ``surface.py``; ``classify_surface``):
a line removed or changed there (a public function, method, model or field renamed, removed or
retyped, for example by an overlay or template change with no contract change) is breaking,
except for the two compatible changes: a ``Literal`` that gains values, and a signature that
gains keyword parameters with a default (a new optional parameter or body field) and is
otherwise the same. Those and the lines added are additions, so the suggested bump is the
larger of the API's and the surface's.

Exit status of the command line: 0, or 1 on a breaking change unless ``--accept-breaking`` (or
``ACCEPT_BREAKING=1``) is given, or 2 when a contract cannot be built. ``make`` turns any
non-zero status of a recipe into its own 2, so ``--status-file PATH`` (``STATUS_FILE=path``)
also writes the outcome as JSON (``write_status``): CI reads that file, not make's status.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contract import (
    OVERLAY,
    ROOT,
    UPSTREAM,
    ContractError,
    apply_overlay,
    contract_path,
    marks_report,
)

DIFF = Path(__file__).resolve().parent / "api_diff.cjs"
ORDER = ("breaking", "deprecated", "non-breaking", "unclassified", "annotation")
TITLES = {
    "breaking": "Breaking changes",
    "deprecated": "Deprecations",
    "non-breaking": "Non-breaking changes",
    "unclassified": "Unclassified changes",
    "annotation": "Documentation changes",
}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
SHOWN_PER_KIND = 200


@dataclass(frozen=True)
class Change:
    """One classified change: ``kind`` (one of ORDER), api-smart-diff's action, the JSON path in
    the later document and a readable description."""

    kind: str
    action: str
    path: tuple[str | int, ...]
    description: str
    before: str | None = None
    after: str | None = None
    required: bool | None = None

    def where(self) -> str:
        """The operation (``METHOD /path``) or path the change is in, or ''."""
        if len(self.path) >= 3 and self.path[0] == "paths" and str(self.path[2]) in METHODS:
            return f"{str(self.path[2]).upper()} {self.path[1]}"
        if self.path and self.path[0] == "paths" and len(self.path) == 2:
            return str(self.path[1])
        return ""

    def line(self) -> str:
        """The Markdown list item of the change."""
        where = f"**{self.where()}**: " if self.where() else ""
        return f"- {where}{self.what()}"

    def what(self) -> str:
        """The change itself, without where it is."""
        if "security" in self.path and self.path[-1] != "security":
            verb = {"add": "added", "remove": "removed"}.get(self.action, "changed")
            return f"security requirement `{self.path[-1]}` {verb}"
        text = self.description.strip()
        if self.required is False:  # api-smart-diff calls every added parameter required
            text = text.replace(" required ", " optional ", 1)
        if _enum_value_added(self.action, list(self.path)) and self.after:
            text = text.replace("[Replaced] possible values of", f"[Added] value {self.after} to")
        if not text or text.startswith("in "):
            pointer = "/".join(str(p) for p in self.path)
            text = f"{self.action} `{pointer}`" + (f" ({text})" if text else "")
        if self.action == "replace" and (self.before or self.after):
            text += f": `{self.before}` -> `{self.after}`"
        return text


def _enum_value_added(action: str, path: list[Any]) -> bool:
    """Whether the change adds one value to an ``enum`` list (api-smart-diff compares enums as
    sets: ``add`` at ``[..., "enum", index]`` is a new value)."""
    return action == "add" and len(path) >= 2 and path[-2] == "enum" and isinstance(path[-1], int)


def _sdk_kind(kind: str, action: str, path: list[Any]) -> str:
    """The class of a change for the SDK (module docstring): api-smart-diff's, except a value
    added to an enum (non-breaking) and a removed or retyped response property (breaking)."""
    if _enum_value_added(action, path):
        return "non-breaking"
    if kind == "non-breaking" and action in ("remove", "replace") and "responses" in path:
        index = path.index("responses")
        if "properties" in path[index:] or "type" in path[index:] or "items" in path[index:]:
            return "breaking"
    return kind


def diff_documents(before: Path, after: Path) -> list[Change]:
    """The changes from the contract at ``before`` to the one at ``after`` (JSON files).

    Raises:
        ContractError: node or api-smart-diff is missing (run ``make npm``), or it failed.
    """
    node = shutil.which("node")
    if node is None:
        raise ContractError("the API diff needs node and api-smart-diff: run `make npm`")
    result = subprocess.run(
        [node, str(DIFF), str(before), str(after)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise ContractError(f"api-smart-diff failed:\n{result.stderr.strip()}")
    changes: list[Change] = []
    for line in result.stdout.splitlines():
        item = json.loads(line)
        path = item["path"]
        if path[:2] == ["components", "schemas"]:
            continue
        kind = _sdk_kind(item["type"], item["action"], path)
        changes.append(
            Change(
                kind,
                item["action"],
                tuple(path),
                item["description"],
                item.get("before"),
                item.get("after"),
                item.get("required"),
            )
        )
    return sorted(set(changes), key=lambda c: (ORDER.index(c.kind), c.line()))


def surface_diff(before: str, after: str) -> str:
    """A unified diff (no context) of two public-surface listings; '' when they are equal."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        "docs/public-surface.txt",
        "docs/public-surface.txt (new)",
        n=0,
    )
    return "".join(lines)


@dataclass(frozen=True)
class SurfaceChanges:
    """A public-surface diff sorted by what it means for callers (``classify_surface``):
    ``broken``, lines removed or changed incompatibly (a rename, a removal, a type change, a
    new required parameter); ``widened``, ``(old, new)`` line pairs changed compatibly (a
    ``Literal`` gaining values, a signature gaining optional keyword parameters); ``added``,
    new lines."""

    broken: tuple[str, ...] = ()
    widened: tuple[tuple[str, str], ...] = ()
    added: tuple[str, ...] = ()


def _split_top(text: str, sep: str = ",") -> list[str]:
    """``text`` split at ``sep`` outside brackets and quotes, parts stripped."""
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == sep and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    tail = text[start:].strip()
    return [*parts, tail] if tail or parts else []


def _callable(line: str) -> tuple[str, list[str], str] | None:
    """``(name, parameters, rest)`` of a listing line ``name(params) -> ret``, or None."""
    open_at = line.find("(")
    if open_at <= 0 or ":" in line[:open_at] or " " in line[:open_at]:
        return None
    depth = 0
    for index in range(open_at, len(line)):
        depth += {"(": 1, ")": -1}.get(line[index], 0)
        if depth == 0:
            return line[:open_at], _split_top(line[open_at + 1 : index]), line[index + 1 :]
    return None


def _literal(line: str) -> tuple[str, set[str]] | None:
    """``(name, values)`` of a listing line ``models.X = Literal['a', 'b']``, or None."""
    name, sep, value = line.partition(" = Literal[")
    if not sep or not value.endswith("]") or " " in name:
        return None
    return name, set(_split_top(value[:-1]))


def _compatible(old: str, new: str) -> bool:
    """Whether the listing line ``new`` replaces ``old`` without breaking a caller: the same
    ``Literal`` with more values, or the same callable with the same parameters in the same
    order and return type, plus keyword parameters that have a default (after ``*``, or after
    every old parameter)."""
    old_literal, new_literal = _literal(old), _literal(new)
    if old_literal and new_literal:
        return old_literal[0] == new_literal[0] and old_literal[1] <= new_literal[1]
    old_call, new_call = _callable(old), _callable(new)
    if not old_call or not new_call or old_call[0] != new_call[0] or old_call[2] != new_call[2]:
        return False
    old_params, new_params = old_call[1], new_call[1]
    keyword_only = False
    matched = 0
    for param in new_params:
        if matched < len(old_params) and param == old_params[matched]:
            matched += 1
        elif " = " not in param or not (keyword_only or matched == len(old_params)):
            return False
        keyword_only = keyword_only or param == "*" or param.startswith("*")
    return matched == len(old_params)


def classify_surface(diff: str) -> SurfaceChanges:
    """Sort the lines of a public-surface diff (``surface_diff``) into broken, widened and
    added (``SurfaceChanges``). A removed line is widened when an added line is a compatible
    successor of it (``_compatible``); each added line is used once."""
    removed = [x[1:] for x in diff.splitlines() if x.startswith("-") and not x.startswith("---")]
    added = [x[1:] for x in diff.splitlines() if x.startswith("+") and not x.startswith("+++")]
    broken: list[str] = []
    widened: list[tuple[str, str]] = []
    for old in removed:
        successor = next((new for new in added if _compatible(old, new)), None)
        if successor is None:
            broken.append(old)
        else:
            added.remove(successor)
            widened.append((old, successor))
    return SurfaceChanges(tuple(broken), tuple(widened), tuple(added))


def surface_counts(diff: str) -> tuple[int, int]:
    """``(broken, compatible)``: listing lines a surface diff removes or changes incompatibly
    (a rename, removal or type change of a public name), and lines it adds or changes
    compatibly (``classify_surface``)."""
    changes = classify_surface(diff)
    return len(changes.broken), len(changes.widened) + len(changes.added)


def is_breaking(changes: list[Change], surface: str = "") -> bool:
    """Whether the update breaks callers: a breaking API change, or a public-surface line
    removed or changed incompatibly (``surface`` is the surface diff)."""
    return any(c.kind == "breaking" for c in changes) or surface_counts(surface)[0] > 0


def suggested_bump(changes: list[Change], surface: str = "") -> str:
    """Semantic-version bump for the SDK: ``major`` on a breaking API change or a public name
    removed, renamed or retyped in the surface diff ``surface``; ``minor`` on an API addition
    (a new operation, optional parameter or field, or enum value) or deprecation, or a public
    name added or widened; ``patch`` on documentation only; ``none`` when nothing changed."""
    kinds = {c.kind for c in changes}
    compatible = surface_counts(surface)[1]
    if is_breaking(changes, surface):
        return "major"
    if kinds & {"non-breaking", "deprecated", "unclassified"} or compatible:
        return "minor"
    return "patch" if kinds else "none"


def render(changes: list[Change], title: str, extra: str = "", surface: str = "") -> str:
    """The Markdown report: title, suggested bump (API and public-surface diff ``surface``)
    and counts, then each kind, breaking first, then ``extra`` (the surface diff and overlay
    notes of ``make update-spec``)."""
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in ORDER}
    summary = ", ".join(f"{counts[k]} {k}" for k in ORDER if counts[k]) or "no API changes"
    sorted_surface = classify_surface(surface)
    broken, widened = len(sorted_surface.broken), len(sorted_surface.widened)
    added = len(sorted_surface.added)
    parts = [
        f"{count} {words}"
        for count, words in (
            (broken, "line(s) removed or changed incompatibly"),
            (widened, "changed compatibly"),
            (added, "added"),
        )
        if count
    ]
    if parts:
        summary += "; public surface: " + ", ".join(parts)
        summary += " (a removed or changed public name is breaking)" if broken else ""
    out = [
        f"## {title}\n\n",
        f"Suggested version bump: **{suggested_bump(changes, surface)}** ({summary}).\n",
    ]
    for kind in ORDER:
        items = [c for c in changes if c.kind == kind]
        if not items:
            continue
        out.append(f"\n### {TITLES[kind]} ({len(items)})\n\n")
        out += _lines(items)
    if extra:
        out.append("\n" + extra)
    return "".join(out)


def _lines(items: list[Change]) -> list[str]:
    """One list item per change; the same change in more than three operations is one item
    that counts them and names the first three."""
    groups: dict[str, list[Change]] = {}
    for change in items:
        groups.setdefault(change.what(), []).append(change)
    lines: list[str] = []
    for what, group in groups.items():
        if len(group) <= 3:
            lines += [c.line() + "\n" for c in group]
        else:
            first = ", ".join(c.where() for c in group[:3])
            lines.append(f"- {what}: {len(group)} operations ({first}, ...)\n")
    shown = lines[:SHOWN_PER_KIND]
    if len(lines) > SHOWN_PER_KIND:
        shown.append(f"- ... and {len(lines) - SHOWN_PER_KIND} more\n")
    return shown


def contract_at(ref: str, workdir: Path) -> Path:
    """Build the overlaid contract of git revision ``ref`` into ``workdir`` and return its path.
    A revision from before the overlay existed has its ``openapi.json`` taken as it is.

    Raises:
        ContractError: ``ref`` has no openapi.json, or its overlay cannot be applied.
    """

    def show(path: Path) -> bytes | None:
        result = subprocess.run(
            ["git", "show", f"{ref}:{path.relative_to(ROOT).as_posix()}"],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        return result.stdout if result.returncode == 0 else None

    upstream = show(UPSTREAM)
    if upstream is None:
        raise ContractError(f"{ref} has no openapi.json (is it a revision of this repository?)")
    (workdir / "upstream.json").write_bytes(upstream)
    overlay = show(OVERLAY)
    out = workdir / "contract.json"
    if overlay is None:
        shutil.copy(workdir / "upstream.json", out)
    else:
        (workdir / "overlay.yaml").write_bytes(overlay)
        document = apply_overlay(workdir / "upstream.json", workdir / "overlay.yaml")
        out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return out


def accepted(flag: bool) -> bool:
    """Whether breaking changes are accepted: ``--accept-breaking`` or ``ACCEPT_BREAKING=1``."""
    return flag or os.environ.get("ACCEPT_BREAKING", "") not in ("", "0")


EXIT_CODES = {"ok": 0, "applied": 0, "unchanged": 0, "refused": 1, "error": 2}


def write_status(
    path: str | None,
    command: str,
    status: str,
    *,
    bump: str | None = None,
    breaking: bool | None = None,
    message: str = "",
    report: str | None = None,
) -> int:
    """Write the outcome of ``command`` as JSON to ``path`` (nothing when ``path`` is empty)
    and return its exit status (``EXIT_CODES``).

    The file: ``{"command", "status", "exit_code", "bump", "breaking", "message", "report"}``.
    ``status`` is ``ok`` (api-diff: no breaking change, or accepted), ``applied`` or
    ``unchanged`` (update-spec), ``refused`` (breaking change not accepted; exit 1) or
    ``error`` (nothing was compared or changed; exit 2). ``report`` is the path the report was
    written to, or null. The file is replaced atomically.
    """
    code = EXIT_CODES[status]
    if path:
        target = Path(path)
        data = {
            "command": command,
            "status": status,
            "exit_code": code,
            "bump": bump,
            "breaking": breaking,
            "message": message,
            "report": report,
        }
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=2) + "\n")
        os.replace(tmp, target)
    return code


def write_report(path: str | None, report: str) -> str | None:
    """Write ``report`` to ``path`` (when given) and return the path."""
    if not path:
        return None
    Path(path).write_text(report, encoding="utf-8")
    return path


def base_surface(ref: str) -> str | None:
    """docs/public-surface.txt at git revision ``ref`` (None when it has none)."""
    result = subprocess.run(
        ["git", "show", f"{ref}:docs/public-surface.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    """``make api-diff``: print the report between ``--base`` and the work tree (the overlaid
    contracts and docs/public-surface.txt)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="git revision to compare with (HEAD)")
    parser.add_argument("--accept-breaking", action="store_true")
    parser.add_argument("--status-file", default=os.environ.get("STATUS_FILE") or None)
    parser.add_argument("--report-file", default=os.environ.get("REPORT_FILE") or None)
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="trekmail-api-diff-") as tmp:
            before = contract_at(args.base, Path(tmp))
            changes = diff_documents(before, contract_path())
            marks = marks_report(json.loads(contract_path().read_text(encoding="utf-8")), OVERLAY)
    except ContractError as error:
        print(error, file=sys.stderr)
        return write_status(args.status_file, "api-diff", "error", message=str(error))
    current = ROOT / "docs" / "public-surface.txt"
    old_surface = base_surface(args.base)
    diff = ""
    extra = marks
    if old_surface is not None and current.is_file():
        diff = surface_diff(old_surface, current.read_text(encoding="utf-8"))
        extra += "### Public surface\n\n" + (
            f"```diff\n{diff}```\n" if diff else "No change to the public surface.\n"
        )
    report = render(changes, f"API changes since {args.base}", extra, diff)
    print(report, end="")
    report_path = write_report(args.report_file, report)
    breaking = is_breaking(changes, diff)
    bump = suggested_bump(changes, diff)
    if breaking and not accepted(args.accept_breaking):
        message = "Breaking changes found; review them, then pass ACCEPT_BREAKING=1 to accept."
        print("\n" + message, file=sys.stderr)
        return write_status(
            args.status_file,
            "api-diff",
            "refused",
            bump=bump,
            breaking=True,
            message=message,
            report=report_path,
        )
    return write_status(
        args.status_file, "api-diff", "ok", bump=bump, breaking=breaking, report=report_path
    )


if __name__ == "__main__":
    raise SystemExit(main())
