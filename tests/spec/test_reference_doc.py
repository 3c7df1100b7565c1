"""docs/reference.md is generated from openapi.json, must be current, and names the same
methods the generated resources have."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))

from contract import load_contract  # noqa: E402
from reference import render  # noqa: E402

from trekmail_client.api import RESOURCE_METHODS  # noqa: E402


def test_reference_doc_is_current() -> None:
    expected = render(load_contract())
    actual = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/reference.md is stale: run `make reference-doc`"


def test_reference_lists_every_resource_method() -> None:
    text = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    for operation_id, (tag, method) in RESOURCE_METHODS.items():
        section = text.split(f"\n## tm.{tag}\n", 1)[1].split("\n## ", 1)[0]
        assert f"| `{method}(" in section and f"`{operation_id}`" in section, operation_id
