"""Every answer the sandbox gives parses under openapi.json.

Each operation of the contract is called through its generated function against a fresh
sandbox, with the arguments the contract tests build (required-only, then every argument).
The sandbox implements part of the API, so many calls end in a 404 or a validation error; what
must never happen is a 2xx body that does not match the contract (``ResponseParseError``) or a
5xx. Users test their own code against the sandbox, so it must speak the contract.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from trekmail_client import APIError, ResponseParseError, RetryPolicy, TrekMail
from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox, SandboxConfig

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "contract"))

from _calls import operation_call, spec_operations

pytestmark = pytest.mark.anyio


async def test_every_sandbox_answer_matches_the_contract() -> None:
    mismatches: list[str] = []
    answered: set[str] = set()
    async with (
        Sandbox(SandboxConfig(rate_limit_per_minute=1_000_000)) as sb,
        TrekMail(
            base_url=sb.url,
            ops_token=DEMO_OPS_TOKEN,
            message_token=DEMO_MESSAGE_TOKEN,
            retry_policy=RetryPolicy(max_retries=0, operation_rate_limits=False),
            strict=True,
        ) as tm,
    ):
        for operation_id in sorted(spec_operations()):
            for mode in ("required", "full"):
                call = operation_call(operation_id, mode)
                try:
                    await call.module.asyncio_detailed(*call.args, client=tm, **call.kwargs)
                    answered.add(operation_id)
                except ResponseParseError as exc:
                    mismatches.append(f"{operation_id}[{mode}]: {exc}")
                except APIError as exc:
                    if exc.status >= 500:
                        mismatches.append(f"{operation_id}[{mode}]: {exc}")
    assert mismatches == []
    assert len(answered) >= 15, sorted(answered)  # the sandbox's surface was really exercised
