"""docs/api-coverage.md is generated from openapi.json and must be current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))

from contract import load_contract  # noqa: E402
from coverage import render  # noqa: E402


def test_coverage_doc_is_current() -> None:
    expected = render(load_contract())
    actual = (ROOT / "docs" / "api-coverage.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/api-coverage.md is stale: run `make coverage-doc`"
