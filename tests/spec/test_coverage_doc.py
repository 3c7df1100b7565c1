"""docs/api-coverage.md is generated from openapi.json and must be current."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))

from coverage import render  # noqa: E402


def test_coverage_doc_is_current() -> None:
    expected = render(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")))
    actual = (ROOT / "docs" / "api-coverage.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/api-coverage.md is stale: run `make coverage-doc`"
