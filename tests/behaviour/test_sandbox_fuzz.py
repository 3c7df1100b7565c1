"""Schemathesis (a third-party fuzzer, pinned in the dev extra) against the sandbox.

It generates requests for every operation of openapi.json from the contract alone (positive
mode, a few examples per operation, both bearer schemes from ``schemathesis.toml``) and checks:
no server error, every status documented, every body matching its schema, no schema-valid
request refused (except the documented cases in ``schemathesis.toml``). The run must reach all
operations of the contract (275 today). Its summary line is printed, so ``pytest -s`` shows the
figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from trekmail_client.testing import Sandbox
from trekmail_client.testing._contract import contract

pytestmark = pytest.mark.behaviour

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "build"))
from contract import contract_path  # noqa: E402

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
)
EXAMPLES_PER_OPERATION = 3


def test_schemathesis_finds_nothing(make_sandbox: Callable[..., Sandbox], tmp_path: Path) -> None:
    sb = make_sandbox(rate_limit_per_minute=1_000_000, seed_message_mailbox=True)
    operations = len(_contract_operations())
    report = tmp_path / "events.ndjson"
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "tests.behaviour.fuzz_hooks",
        "PYTHONPATH": str(ROOT),
    }
    command = [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        str(contract_path()),
        "--url",
        sb.url,
        "--max-examples",
        str(EXAMPLES_PER_OPERATION),
        "--checks",
        ",".join(CHECKS),
        "--generation-deterministic",
        "--workers",
        "1",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report),
    ]
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    tail = "\n".join(result.stdout.splitlines()[-40:])
    reached, runs, failures = _read_events(report)
    print(f"\nschemathesis: {reached} operations reached; checks run {dict(runs)}")
    print(f"schemathesis: failures per check {dict(failures)}")
    assert result.returncode == 0, tail
    assert not failures, tail
    assert set(runs) == set(CHECKS), runs
    assert reached == operations, tail


def _contract_operations() -> list[str]:
    return [op.operation_id for op in contract().operations]


def _read_events(path: Path) -> tuple[int, Counter[str], Counter[str]]:
    """From the NDJSON events: operations that got at least one answer, checks run per name
    and failures per name."""
    reached: set[str] = set()
    runs: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        finished = json.loads(line).get("ScenarioFinished")
        if not isinstance(finished, dict):
            continue
        recorder = finished.get("recorder") or {}
        interactions = recorder.get("interactions") or {}
        if any(i.get("response") for i in interactions.values()):
            reached.add(recorder["label"])
        for results in (recorder.get("checks") or {}).values():
            for check in results:
                runs[check["name"]] += 1
                if check["status"] == "failure":
                    failures[check["name"]] += 1
    return len(reached), runs, failures
