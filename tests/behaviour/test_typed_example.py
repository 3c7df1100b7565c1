"""The typed example apps run against the sandbox, read strictly: examples/typed_app.py (the
resource style) and examples/typed_functions.py (the low-level functions)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from trekmail_client import TrekMail
from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox

MakeSandbox = Callable[..., Sandbox]

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_example(name: str = "typed_functions") -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["typed_functions", "typed_app"])
async def test_typed_example_runs_against_the_sandbox(
    name: str, make_sandbox: MakeSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    app = load_example(name)
    sandbox = make_sandbox()
    domain = f"{name.replace('_', '-')}.test"
    async with TrekMail(
        base_url=sandbox.url,
        ops_token=DEMO_OPS_TOKEN,
        message_token=DEMO_MESSAGE_TOKEN,
        strict=True,
    ) as tm:
        summary = await app.run(tm, domain)
    assert summary.domain.name == domain
    assert summary.mailbox.email == f"alice@{domain}"
    assert summary.alias_address == f"hello@{domain}"
    assert summary.forwarding_enabled is True
    assert f"alice@{domain}" in [m.email for m in summary.mailboxes]
    assert summary.missing_mailbox_code == "not_found"
    printed = capsys.readouterr().out
    # The generated one-time password is on the model but never in its repr.
    assert isinstance(summary.mailbox.password, str) and summary.mailbox.password
    assert summary.mailbox.password not in printed and "'<redacted>'" in printed


async def test_webmail_example_runs_against_the_sandbox(make_sandbox: MakeSandbox) -> None:
    app = load_example("webmail")
    sandbox = make_sandbox()
    async with TrekMail(base_url=sandbox.url, ops_token=DEMO_OPS_TOKEN, strict=True) as ops:
        seen = await app.tour(ops, "webmail.test")
    assert seen.address == "webmail@webmail.test"
    assert seen.sent_subject in seen.inbox_subjects
    assert seen.read_subject == seen.sent_subject
    assert "Receipts" in seen.folders_after
    assert seen.draft_uid > 0
    assert "friend@example.net" in seen.contacts
