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


async def test_typed_example_runs_against_the_sandbox(
    make_sandbox: MakeSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    app = load_example()
    sandbox = make_sandbox()
    async with TrekMail(
        base_url=sandbox.url,
        ops_token=DEMO_OPS_TOKEN,
        message_token=DEMO_MESSAGE_TOKEN,
        strict=True,
    ) as tm:
        summary = await app.run(tm, "typed-example.test")
    assert summary.domain.name == "typed-example.test"
    assert summary.mailbox.email == "alice@typed-example.test"
    assert summary.alias_address == "hello@typed-example.test"
    assert summary.forwarding_enabled is True
    assert "alice@typed-example.test" in [m.email for m in summary.mailboxes]
    assert summary.missing_mailbox_code == "not_found"
    printed = capsys.readouterr().out
    # The generated one-time password is on the model but never in its repr.
    assert isinstance(summary.mailbox.password, str) and summary.mailbox.password
    assert summary.mailbox.password not in printed and "'<redacted>'" in printed


async def test_resource_style_example_runs_against_the_sandbox(
    make_sandbox: MakeSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    app = load_example("typed_app")
    sandbox = make_sandbox()
    async with TrekMail(
        base_url=sandbox.url,
        ops_token=DEMO_OPS_TOKEN,
        message_token=DEMO_MESSAGE_TOKEN,
        strict=True,
    ) as tm:
        summary = await app.run(tm, "resources.test")
    assert summary.domain.name == "resources.test"
    assert summary.mailbox.email == "alice@resources.test"
    assert summary.alias_address == "hello@resources.test"
    assert summary.forwarding_enabled is True
    assert "alice@resources.test" in [m.email for m in summary.mailboxes]
    assert summary.first_page_size >= 1 and summary.request_id
    assert summary.missing_mailbox_code == "not_found"
    printed = capsys.readouterr().out
    assert summary.mailbox.password and summary.mailbox.password not in printed


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
