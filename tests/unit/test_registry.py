"""Registry: lookup by id, matching concrete paths (custom verbs, encoded params)."""

from __future__ import annotations

import pytest

from trekmail_client._registry import Registry, default_registry, get_operation, match_operation


def test_get_by_id(registry: Registry) -> None:
    op = registry.get("pause_mailbox")
    assert (op.method, op.path_template, op.token) == (
        "POST",
        "/api/v1/mailboxes/{id}:pause",
        "ops",
    )
    with pytest.raises(KeyError):
        registry.get("nope")
    assert registry.find("nope") is None


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api/v1/mailboxes", "list_mailboxes"),
        ("post", "/api/v1/mailboxes", "create_mailbox"),
        ("GET", "/api/v1/mailboxes/5", "get_mailbox"),
        ("POST", "/api/v1/mailboxes/5:pause", "pause_mailbox"),
        ("PUT", "/api/v1/mailboxes/5/forwarding", "set_forwarding"),
        ("GET", "/api/v1/messages", "list_messages"),
        ("GET", "/api/v1/messages/scheduled", "list_scheduled"),
        ("GET", "/api/v1/messages/123", "read_message"),
        ("GET", "/api/v1/drive/spaces/mailbox%2F7/folders", "drive_browse_folder"),
        ("GET", "/api/v1/mailboxes/5/unknown", None),
        ("POST", "/api/v1/mailboxes/5", None),
        ("GET", "/api/v1/mailboxes/", None),
    ],
)
def test_match(registry: Registry, method: str, path: str, expected: str | None) -> None:
    op = registry.match(method, path)
    assert (op.operation_id if op else None) == expected


def test_literal_segments_beat_params() -> None:
    reg = Registry(
        [
            ("get_thing", "GET", "/api/v1/things/{id}", "ops", None, "none", False),
            ("get_special", "GET", "/api/v1/things/special", "ops", None, "none", False),
        ]
    )
    assert reg.match("GET", "/api/v1/things/special").operation_id == "get_special"  # type: ignore[union-attr]
    assert reg.match("GET", "/api/v1/things/9").operation_id == "get_thing"  # type: ignore[union-attr]


def test_bad_rows_rejected() -> None:
    with pytest.raises(ValueError, match="token scheme"):
        Registry([("x", "GET", "/a", "hmac", None, "none", False)])
    with pytest.raises(ValueError, match="pagination"):
        Registry([("x", "GET", "/a", "ops", None, "pages", False)])
    with pytest.raises(ValueError, match="duplicate"):
        Registry([("x", "GET", "/a", "ops", None, "none", False)] * 2)


def test_default_registry_from_spec() -> None:
    reg = default_registry()
    assert len(reg) > 0
    op = get_operation("list_mailboxes")
    assert op.token == "ops" and op.pagination == "page"
    assert get_operation("list_messages").token == "message"
    assert match_operation("GET", "/api/v1/mailboxes") == op
    for operation in reg.operations:
        concrete = operation.path_template.replace("{", "").replace("}", "")
        matched = reg.match(operation.method, concrete)
        assert matched is not None
        assert matched.path_template.count("/") == operation.path_template.count("/")
