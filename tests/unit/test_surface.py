"""docs/public-surface.txt lists the generated package's public surface and must be current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))

import surface  # noqa: E402


def test_public_surface_is_current() -> None:
    actual = surface.DOC.read_text(encoding="utf-8")
    expected = surface.render()
    if actual != expected:
        diff = __import__("difflib").unified_diff(
            actual.splitlines(), expected.splitlines(), "committed", "generated", lineterm="", n=0
        )
        shown = "\n".join(list(diff)[:40])
        raise AssertionError(
            "docs/public-surface.txt differs from the package; review the change, then run "
            f"`make surface` and commit it:\n{shown}"
        )


def test_surface_lists_functions_methods_and_fields() -> None:
    text = surface.DOC.read_text(encoding="utf-8")
    assert (
        "api.account.get_account.asyncio(*, client: AuthenticatedClient) -> AccountResponse" in text
    )
    assert "\ntm.mailboxes.create(" in text
    assert "\nmodels.Account.id: int | None | Unset = UNSET\n" in text
    assert "\ntrekmail_client.TrekMail class(" in text
