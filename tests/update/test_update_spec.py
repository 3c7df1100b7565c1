"""make update-spec and the change report against small upstream changes (tests/update/fixtures.py).

Each fixture is applied to a copy of openapi.json and taken through the update steps in a
temporary folder (never the work tree): the report must name the change with the right class,
the surface diff must show it, and a document that only reorders keys must change nothing.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))

import api_diff  # noqa: E402
import spec_update  # noqa: E402
from contract import (  # noqa: E402
    OVERLAY,
    REMOVED_UPSTREAM,
    UPCOMING,
    UPSTREAM,
    ContractError,
    apply_overlay,
    apply_overlay_full,
    marks_report,
    overlay_actions,
)

from .fixtures import FIXTURES  # noqa: E402

# fixture -> (suggested bump, lines the report must contain)
EXPECTED: dict[str, tuple[str, list[str]]] = {
    "operation_removed": (
        "major",
        [
            "### Breaking changes (1)",
            "- **GET /api/v1/sending-limits**: [Removed] operation GET /api/v1/sending-limits",
            "### Overlay actions marked `x-trekmail-removed-upstream` (1;",
            "- `$.paths['/api/v1/sending-limits'].get`: target gone upstream (operation_removed, ",
        ],
    ),
    "field_renamed": (
        "major",
        [
            "- **GET /api/v1/account**: [Removed] property `name` from `data`",
            "- **GET /api/v1/account**: [Added] property `account_name` to `data`",
        ],
    ),
    "type_changed": ("major", ["**GET /api/v1/account**", '`"integer"` -> `"string"`']),
    "enum_value_added": (
        "minor",
        [
            '- **PATCH /api/v1/account**: [Added] value "app_password_preferred" to '
            "`new_mailbox_client_auth_mode`"
        ],
    ),
    "operation_added": (
        "minor",
        [
            "- **GET /api/v1/account/limits**: [Added] operation GET /api/v1/account/limits",
            "### Operations new upstream, marked `x-trekmail-upcoming` (1;",
            "- `GET /api/v1/account/limits` as `get_account_limits` on `tm.account`: added "
            "upstream (operation_added, ",
        ],
    ),
    "optional_field_added": (
        "minor",
        ["- **GET /api/v1/account**: [Added] property `timezone` to `data`"],
    ),
    "optional_parameter_added": (
        "minor",
        ["- **GET /api/v1/domains**: [Added] optional query parameter `sort`"],
    ),
    "required_field_added": (
        "major",
        ["- **PATCH /api/v1/account**: [Added] required status to `reason`"],
    ),
    "keys_reordered": ("none", ["No change to the public surface."]),
}


def fixture_bytes(*names: str) -> bytes:
    document = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    for name in names:
        FIXTURES[name](document)
    return json.dumps(document).encode()


@cache
def prepared(name: str, tmp: Path) -> spec_update.Prepared:
    work = tmp / name
    work.mkdir()
    return spec_update.prepare(fixture_bytes(name), name, work, generate=False)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("update-spec")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_report_names_the_change(name: str, scratch: Path) -> None:
    bump, lines = EXPECTED[name]
    ready = prepared(name, scratch)
    assert f"Suggested version bump: **{bump}**" in ready.report, ready.report
    for line in lines:
        assert line in ready.report, f"{line!r} missing from:\n{ready.report}"
    if bump == "major":
        assert ready.report.index("### Breaking changes") < ready.report.index("Suggested") + 200


def test_key_order_alone_changes_nothing(scratch: Path, tmp_path: Path) -> None:
    original = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    reordered = json.loads(fixture_bytes("keys_reordered"))
    # The fixture really reverses every object's keys, at every depth, and changes nothing else.
    assert reordered == original
    assert list(reordered) == list(reversed(original))
    op = original["paths"]["/api/v1/account"]["get"]
    op_after = reordered["paths"]["/api/v1/account"]["get"]
    assert list(op_after) == list(reversed(op)) and len(op) > 2
    schema = original["components"]["schemas"]["Account"]["properties"]
    assert list(reordered["components"]["schemas"]["Account"]["properties"]) == list(
        reversed(schema)
    )
    ready = prepared("keys_reordered", scratch)
    assert ready.unchanged
    assert ready.upstream_text == UPSTREAM.read_text(encoding="utf-8")
    assert ready.overlay_text == OVERLAY.read_text(encoding="utf-8")
    assert ready.changes == []
    # Through the command: status unchanged, exit 0, openapi.json and the overlay untouched.
    spec = tmp_path / "reordered.json"
    spec.write_bytes(fixture_bytes("keys_reordered"))
    status = tmp_path / "status.json"
    before = (UPSTREAM.read_bytes(), OVERLAY.read_bytes())
    assert spec_update.main(["--file", str(spec), "--status-file", str(status)]) == 0
    outcome = json.loads(status.read_text(encoding="utf-8"))
    assert outcome["status"] == "unchanged" and outcome["bump"] == "none"
    assert (UPSTREAM.read_bytes(), OVERLAY.read_bytes()) == before


def test_renamed_security_scheme_is_breaking_and_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(spec_update.UpdateError) as caught:
        spec_update.prepare(fixture_bytes("security_scheme_renamed"), "fixture", tmp_path)
    message = str(caught.value)
    assert "security requirement `opsToken` removed" in message
    assert "cannot be generated" in message and "bearerOps" in message


def test_every_change_shows_in_the_surface_diff(tmp_path: Path) -> None:
    names = [n for n in EXPECTED if n != "keys_reordered"]
    ready = spec_update.prepare(fixture_bytes(*names), "combined", tmp_path)
    diff = ready.surface_diff.splitlines()
    expected_removed = [
        "-api.account.get_sending_limits.asyncio(",
        "-tm.account.get_sending_limits(",
        "-models.Account.name: None | str | Unset = UNSET",
        "-models.Account.id: int | None | Unset = UNSET",
    ]
    expected_added = [
        "+api.account.get_account_limits.asyncio(",
        "+tm.account.get_limits(",
        "+models.Account.account_name: None | str | Unset = UNSET",
        "+models.Account.id: None | str | Unset = UNSET",
        "+models.AccountUpdateRequestNewMailboxClientAuthMode = Literal["
        "'app_password_only', 'app_password_preferred', 'password_or_app_password']",
        "+models.AccountUpdateRequest.reason: str",
        "+models.Account.timezone: None | str | Unset = UNSET",
        "+tm.domains.list(*, status: ListDomainsStatus | Unset = UNSET, search: str | Unset = "
        "UNSET, page: int | Unset = UNSET, per_page: int | Unset = UNSET, sort: str | Unset",
        "+tm.account.update(*, new_mailbox_client_auth_mode: "
        "AccountUpdateRequestNewMailboxClientAuthMode, reason: str,",
    ]
    for prefix in expected_removed + expected_added:
        assert any(line.startswith(prefix) for line in diff), (
            f"{prefix!r} not in:\n{ready.surface_diff}"
        )
    assert "### Public surface" in ready.report and "```diff" in ready.report


def test_invalid_document_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(spec_update.UpdateError, match="is not JSON"):
        spec_update.prepare(b"<html>", "page", tmp_path)
    broken = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    broken["paths"]["/api/v1/account"]["get"]["responses"] = "none"
    with pytest.raises(spec_update.UpdateError, match="not a valid OpenAPI document"):
        spec_update.prepare(json.dumps(broken).encode(), "doc", tmp_path)


def test_missing_spec_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert spec_update.main(["--file", str(tmp_path / "nope.json")]) == 2
    assert "does not exist; nothing was changed" in capsys.readouterr().err


def test_mark_actions_keeps_comments_and_the_other_actions() -> None:
    text = (
        "actions:\n  # one\n  - target: $.a\n    update:\n      x: 1\n"
        "  - target: $.b\n    remove: true\n\n  # two\n  - target: $.c\n    update: {}\n"
    )
    marked_text, marked, secret = spec_update.mark_actions(text, [2], "gone")
    assert marked == ["$.b"] and secret == []
    assert marked_text == text.replace(
        "  - target: $.b\n", '  - target: $.b\n    x-trekmail-removed-upstream: "gone"\n'
    )


def test_new_and_removed_upstream_operations_are_marked_not_failed(tmp_path: Path) -> None:
    # openapi.json replaced by hand (no make update-spec): the new operation gets a drafted
    # name and x-trekmail-upcoming, and the build goes on.
    upstream = tmp_path / "openapi.json"
    upstream.write_bytes(fixture_bytes("operation_added"))
    contract = apply_overlay(upstream, OVERLAY)
    op = contract["paths"]["/api/v1/account/limits"]["get"]
    assert op["operationId"] == "get_account_limits" and op["tags"] == ["account"]
    assert op["x-trekmail-source"] == "upstream" and "make update-spec" in op[UPCOMING]
    # make update-spec marks the overlay actions of a removed operation: they match nothing
    # and the build goes on; the report lists them.
    upstream.write_bytes(fixture_bytes("operation_removed"))
    (tmp_path / "w").mkdir()
    ready = spec_update.prepare(
        fixture_bytes("operation_removed"), "gone", tmp_path / "w", generate=False
    )
    marked = tmp_path / "overlay.yaml"
    marked.write_text(ready.overlay_text, encoding="utf-8")
    applied = apply_overlay_full(upstream, marked)
    assert len(applied.removed_upstream) == 1 and applied.back == [] and applied.unmatched == []
    assert "/api/v1/sending-limits" not in applied.document["paths"]
    assert f"{REMOVED_UPSTREAM}: " in ready.overlay_text
    report = marks_report(applied.document, marked)
    assert "- `$.paths['/api/v1/sending-limits'].get`: target gone upstream (gone, " in report
    # Its target back upstream: the marked action applies again, and is named.
    applied = apply_overlay_full(UPSTREAM, marked)
    number = _number_of(marked, "$.paths['/api/v1/sending-limits'].get")
    assert applied.removed_upstream == [] and applied.back == [number]
    assert "/api/v1/sending-limits" in applied.document["paths"]


def _number_of(overlay: Path, target: str) -> int:
    """The 1-based number of the overlay action with this target."""
    actions = overlay_actions(overlay)
    return next(i for i, a in enumerate(actions, 1) if a.get("target") == target)


def test_a_removed_upstream_mark_never_hides_another_unmatched_action(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n"
        "  - target: \"$.paths['/api/v1/gone'].get\"\n"
        "    x-trekmail-removed-upstream: test\n    update: {operationId: gone}\n"
        "  - target: \"$.paths['/api/v1/nowhere'].get\"\n    update: {operationId: nowhere}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContractError) as caught:
        apply_overlay(UPSTREAM, overlay)
    assert "overlay action #2 matched nothing" in str(caught.value)
    assert "#1" not in str(caught.value)


def test_an_overlay_action_that_matches_nothing_fails_and_is_named(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n"
        "  - target: $.info\n    update: {x-a: 1}\n"
        "  - target: \"$.paths['/api/v1/nowhere'].get\"\n"
        "    description: gone\n    update: {operationId: nowhere}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContractError) as caught:
        apply_overlay(UPSTREAM, overlay)
    assert "overlay action #2 matched nothing" in str(caught.value)
    assert "/api/v1/nowhere" in str(caught.value) and "(gone)" in str(caught.value)


def test_a_secret_field_renamed_upstream_is_refused_until_marked_again(tmp_path: Path) -> None:
    document = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    props = document["components"]["schemas"]["AppPasswordSecret"]["properties"]
    props["app_password"] = props.pop("password")
    with pytest.raises(spec_update.UpdateError, match="marked secret") as caught:
        spec_update.prepare(json.dumps(document).encode(), "fixture", tmp_path, generate=False)
    assert "AppPasswordSecret" in str(caught.value) and "nothing was changed" in str(caught.value)


def test_upstream_tags_never_rename_a_resource(tmp_path: Path) -> None:
    document = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                op["tags"] = ["upstream_family"]
    upstream = tmp_path / "openapi.json"
    upstream.write_text(json.dumps(document), encoding="utf-8")
    contract = apply_overlay(upstream, OVERLAY)
    tags = {
        op["tags"][0]
        for item in contract["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "tags" in op
    }
    assert "upstream_family" not in tags and "mailboxes" in tags
    assert all(
        len(op["tags"]) == 1
        for item in contract["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "tags" in op
    )


def test_a_surface_only_rename_is_major(tmp_path: Path) -> None:
    # The API is the same (api-smart-diff resolves $ref), but the public model Account is now
    # AccountDetails: a caller's `from trekmail_client.models import Account` breaks.
    ready = spec_update.prepare(fixture_bytes("schema_renamed"), "schema_renamed", tmp_path)
    assert not any(c.kind == "breaking" for c in ready.changes), ready.report
    diff = ready.surface_diff.splitlines()
    assert any(line.startswith("-models.Account.name:") for line in diff), ready.surface_diff
    assert any(line.startswith("+models.AccountDetails.name:") for line in diff)
    assert "Suggested version bump: **major**" in ready.report, ready.report
    assert "(a removed or changed public name is breaking)" in ready.report
    assert api_diff.is_breaking(ready.changes, ready.surface_diff)


def test_surface_lines_set_the_bump_when_the_api_is_unchanged() -> None:
    head = "--- docs/public-surface.txt\n+++ docs/public-surface.txt (new)\n@@ -1 +1 @@\n"
    added = head + "+tm.account.get_limits() -> Limits\n"
    renamed = head + "-models.Account.name: str\n+models.Account.account_name: str\n"
    retyped = head + "-models.Account.id: int\n+models.Account.id: str\n"
    assert api_diff.suggested_bump([], "") == "none"
    assert api_diff.suggested_bump([], added) == "minor"
    assert api_diff.suggested_bump([], renamed) == "major"
    assert api_diff.suggested_bump([], retyped) == "major"
    assert not api_diff.is_breaking([], added) and api_diff.is_breaking([], renamed)
    assert "Suggested version bump: **minor**" in api_diff.render([], "t", surface=added)


def test_a_ref_to_nothing_is_one_short_line_naming_the_pointer_and_the_file(
    tmp_path: Path,
) -> None:
    with pytest.raises(spec_update.UpdateError) as caught:
        spec_update.prepare(fixture_bytes("dangling_ref"), "spec/new.json", tmp_path)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300, message
    assert message.startswith("spec/new.json: $ref '#/components/schemas/Nowhere' at paths > ")
    assert "/api/v1/account > get > responses > 200" in message
    assert "points to nothing" in message


def test_an_overlay_ref_to_nothing_names_the_overlay(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n"
        "  - target: $.components.schemas.Account\n"
        "    update: {properties: {plan: {$ref: '#/components/schemas/Missing'}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContractError) as caught:
        apply_overlay(UPSTREAM, overlay)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300, message
    assert str(overlay) in message and "'#/components/schemas/Missing'" in message
    assert "components > schemas > Account > properties > plan" in message


def test_status_file_tells_error_from_refusal(tmp_path: Path) -> None:
    status = tmp_path / "status.json"
    code = spec_update.main(["--file", str(tmp_path / "nope.json"), "--status-file", str(status)])
    outcome = json.loads(status.read_text(encoding="utf-8"))
    assert code == 2 and outcome["status"] == "error" and outcome["exit_code"] == 2
    assert "does not exist" in outcome["message"]

    spec = tmp_path / "renamed.json"
    spec.write_bytes(fixture_bytes("field_renamed"))
    report = tmp_path / "report.md"
    before = UPSTREAM.read_bytes()
    code = spec_update.main(
        ["--file", str(spec), "--status-file", str(status), "--report-file", str(report)]
    )
    outcome = json.loads(status.read_text(encoding="utf-8"))
    assert code == 1 and outcome["status"] == "refused" and outcome["exit_code"] == 1
    assert outcome["bump"] == "major" and outcome["breaking"] is True
    assert outcome["report"] == str(report)
    assert report.read_text(encoding="utf-8").startswith("## API changes from ")
    assert UPSTREAM.read_bytes() == before


def test_additions_are_minor_with_the_public_surface(tmp_path: Path) -> None:
    # Generated, so the public-surface diff counts: a widened Literal and a new optional
    # parameter change existing lines, compatibly; a new optional response field adds one.
    names = ("enum_value_added", "optional_field_added", "optional_parameter_added")
    ready = spec_update.prepare(fixture_bytes(*names), "additions", tmp_path)
    surface = api_diff.classify_surface(ready.surface_diff)
    assert surface.broken == () and len(surface.widened) >= 3, ready.surface_diff
    assert not api_diff.is_breaking(ready.changes, ready.surface_diff), ready.report
    assert "Suggested version bump: **minor**" in ready.report, ready.report


def _tiny(enum: list[str], params: list[dict[str, object]] | None = None) -> dict[str, object]:
    schema = {"type": "object", "properties": {"status": {"type": "string", "enum": enum}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "parameters": params or [],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                }
            }
        },
    }


def _diff(tmp_path: Path, before: dict[str, object], after: dict[str, object]) -> list[str]:
    (tmp_path / "a.json").write_text(json.dumps(before), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(after), encoding="utf-8")
    changes = api_diff.diff_documents(tmp_path / "a.json", tmp_path / "b.json")
    return [f"{c.kind}: {c.what()}" for c in changes]


def test_a_value_added_to_a_response_enum_is_minor_and_one_removed_is_major(
    tmp_path: Path,
) -> None:
    added = _diff(tmp_path, _tiny(["a", "c"]), _tiny(["a", "b", "c"]))
    assert added == [
        'non-breaking: [Added] value "b" to `status` in Response 200 content (application/json)'
    ], added
    removed = _diff(tmp_path, _tiny(["a", "c"]), _tiny(["a"]))
    assert [line.split(":")[0] for line in removed] == ["breaking"], removed


def test_a_new_parameter_is_named_optional_or_required_as_it_is(tmp_path: Path) -> None:
    def param(required: bool) -> dict[str, object]:
        return {"name": "q", "in": "query", "required": required, "schema": {"type": "string"}}

    optional = _diff(tmp_path, _tiny(["a"]), _tiny(["a"], [param(False)]))
    assert optional == ["non-breaking: [Added] optional query parameter `q`"], optional
    required = _diff(tmp_path, _tiny(["a"]), _tiny(["a"], [param(True)]))
    assert required == ["breaking: [Added] required query parameter `q`"], required


def test_surface_lines_changed_compatibly_are_minor() -> None:
    head = "--- docs/public-surface.txt\n+++ docs/public-surface.txt (new)\n@@ -1 +1 @@\n"
    widened = head + "-models.Mode = Literal['a', 'c']\n+models.Mode = Literal['a', 'b', 'c']\n"
    narrowed = head + "-models.Mode = Literal['a', 'c']\n+models.Mode = Literal['a']\n"
    call = "tm.x.list(id: int, *, page: int | Unset = UNSET{}) -> Page"
    optional = head + f"-{call.format('')}\n+{call.format(', q: str | Unset = UNSET')}\n"
    required = head + f"-{call.format('')}\n+{call.format(', q: str')}\n"
    positional = head + "-tm.x.get(id: int) -> X\n+tm.x.get(kind: str = 'a', id: int = 1) -> X\n"
    returns = head + "-tm.x.get(id: int) -> X\n+tm.x.get(id: int) -> Y\n"
    assert api_diff.suggested_bump([], widened) == "minor"
    assert api_diff.suggested_bump([], optional) == "minor"
    for breaking in (narrowed, required, positional, returns):
        assert api_diff.suggested_bump([], breaking) == "major", breaking
    assert "1 changed compatibly" in api_diff.render([], "t", surface=optional)
