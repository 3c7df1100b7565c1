""".github/workflows/update-spec.yml, run as written against a fixture document.

The workflow's steps are read from the YAML and run in order in a copy of this checkout (the
tracked files; .venv and tests/contract/node_modules are symlinked, not reinstalled), with the
step's own `env:` and the variables a runner sets (RUNNER_TEMP, GITHUB_OUTPUT, ...). The
document comes from SPEC_FILE=tests/update/<fixture>.json instead of the network. Each step's
`if:` and the `${{ }}` expressions in `env:` and `with:` are evaluated (a small evaluator for
the forms the workflow uses: `steps.<id>.outcome`, `steps.<id>.outputs.<name>`, `inputs.<name>`,
`runner.temp`, quoted literals, `||` and `==`).

Replaced, and only these (the test fails if the workflow gains a step it does not know):
- the `uses:` steps checkout, setup-python and setup-node: the copy is the checkout, and this
  machine's Python and node are used;
- `redis`: installing an OS package needs sudo; the Makefile installs redis-server itself;
- `test`: `make test` takes minutes, so the copy runs `make check-drift` (the regenerated tree
  is exactly what the generator makes) and imports the package instead;
- peter-evans/create-pull-request: a stub that records its inputs and the body file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from .fixtures import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "update-spec.yml"
FIXTURE = "operation_added"
STEP_TIMEOUT = 600  # seconds; a bound, not an expectation
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def evaluate(expression: str, context: dict[str, Any]) -> str:
    """The value of a GitHub expression of the forms the workflow uses (module docstring)."""
    expression = expression.strip()
    if "||" in expression:
        for part in expression.split("||"):
            value = evaluate(part, context)
            if value:
                return value
        return ""
    if "==" in expression:
        left, right = expression.split("==", 1)
        return "true" if evaluate(left, context) == evaluate(right, context) else ""
    if expression.startswith("'") and expression.endswith("'"):
        return expression[1:-1]
    node: Any = context
    for key in expression.split("."):
        node = node.get(key, "") if isinstance(node, dict) else ""
    return str(node)


def substitute(text: str, context: dict[str, Any]) -> str:
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: evaluate(m.group(1), context), text)


def copy_checkout(dest: Path) -> None:
    """The tracked files of this checkout (as they are now), with their times, and the
    installed .venv and node_modules as symlinks; the copy's build inputs are dated back so
    `make install npm` finds the installs current and never touches them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        source = ROOT / raw.decode()
        if not source.is_file():  # deleted but not yet staged
            continue
        target = dest / raw.decode()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    (dest / ".venv").symlink_to(ROOT / ".venv")
    (dest / "tests" / "contract" / "node_modules").symlink_to(
        ROOT / "tests" / "contract" / "node_modules"
    )
    inputs = ("pyproject.toml", "tests/contract/package.json", "tests/contract/package-lock.json")
    for name in inputs:
        os.utime(dest / name, (0, 0))


def test_every_action_is_pinned_by_a_full_commit_sha() -> None:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["update-spec"]["steps"]
    uses = [step["uses"] for step in steps if "uses" in step]
    assert len(uses) == 4
    for ref in uses:
        assert PINNED.match(ref), f"{ref} is not pinned by a full commit SHA"
    text = WORKFLOW.read_text(encoding="utf-8")
    for ref in uses:
        assert re.search(re.escape(ref) + r" # v\d+\.\d+\.\d+\n", text), f"{ref}: no version"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node (make npm)")
def test_the_workflow_opens_a_pull_request_whose_body_is_the_report(tmp_path: Path) -> None:
    clone = tmp_path / "checkout"
    copy_checkout(clone)
    document = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    FIXTURES[FIXTURE](document)
    spec = Path("tests") / "update" / f"{FIXTURE}.json"
    (clone / spec).write_text(json.dumps(document), encoding="utf-8")
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()

    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["update-spec"]["steps"]
    context: dict[str, Any] = {
        "inputs": {},
        "steps": {},
        "runner": {"temp": str(runner_temp)},
    }
    base_env = {
        **os.environ,
        "RUNNER_TEMP": str(runner_temp),
        "GITHUB_WORKSPACE": str(clone),
        "CI": "true",
        "SPEC_FILE": str(spec),
    }
    base_env.pop("ACCEPT_BREAKING", None)
    base_env.pop("STATUS_FILE", None)
    base_env.pop("REPORT_FILE", None)
    ran: list[str] = []
    replaced: list[str] = []
    pull_requests: list[dict[str, str]] = []
    for step in steps:
        name = step.get("id") or step.get("uses", "").split("@")[0]
        condition = step.get("if")
        if condition and not evaluate(condition, context):
            continue
        if "uses" in step:
            action = step["uses"].split("@")[0]
            if action == "peter-evans/create-pull-request":
                inputs = {k: substitute(str(v), context) for k, v in step["with"].items()}
                inputs["body"] = Path(inputs["body-path"]).read_text(encoding="utf-8")
                pull_requests.append(inputs)
            else:
                assert action in {
                    "actions/checkout",
                    "actions/setup-python",
                    "actions/setup-node",
                }, f"unknown action {action}"
            replaced.append(name)
            continue
        script = step["run"]
        if step.get("id") == "redis":
            replaced.append(name)
            continue
        if step.get("id") == "test":
            script = "make --silent check-drift && .venv/bin/python -c 'import trekmail_client'"
            replaced.append(name)
        output = tmp_path / f"output-{len(ran)}"
        output.write_text("")
        env = base_env | {"GITHUB_OUTPUT": str(output)}
        env |= {k: substitute(str(v), context) for k, v in step.get("env", {}).items()}
        result = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", script],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        outputs = dict(
            line.split("=", 1) for line in output.read_text().splitlines() if "=" in line
        )
        outcome = "success" if result.returncode == 0 else "failure"
        context["steps"][step.get("id", name)] = {"outcome": outcome, "outputs": outputs}
        assert result.returncode == 0 or step.get("continue-on-error"), (
            f"step {name!r} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
        assert outcome == "success", f"{name}:\n{result.stdout}\n{result.stderr}"
        ran.append(name)

    assert ran == ["update", "test", "body"]
    assert sorted(replaced) == sorted(
        [
            "actions/checkout",
            "actions/setup-python",
            "actions/setup-node",
            "redis",
            "test",
            "peter-evans/create-pull-request",
        ]
    )
    status = json.loads((runner_temp / "update-status.json").read_text(encoding="utf-8"))
    assert status["status"] == "applied" and status["bump"] == "minor"
    report = (runner_temp / "update-report.md").read_text(encoding="utf-8")
    assert len(pull_requests) == 1
    pull_request = pull_requests[0]
    assert pull_request["body"] == report
    assert report.startswith(f"## API changes from {spec}\n")
    assert "[Added] operation GET /api/v1/account/limits" in report
    assert "Suggested version bump: **minor**" in report
    assert pull_request["branch"] == "update-spec"
    # The tree the pull request would commit builds: the new operation is in the package.
    built = subprocess.run(
        [
            str(clone / ".venv" / "bin" / "python"),
            "-c",
            "import trekmail_client, trekmail_client.api.account.get_account_limits as m; "
            "print(m.__file__)",
        ],
        cwd=clone,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    assert built.stdout.strip().startswith(str(clone)), built.stdout
    assert "get_account_limits" in (clone / "docs" / "public-surface.txt").read_text()
    assert (
        (clone / "CHANGELOG.md")
        .read_text(encoding="utf-8")
        .rstrip()
        .endswith(report.rstrip().splitlines()[-1])
    )
    assert (clone / ".venv").is_symlink()  # the copy used the installed .venv, never a new one
