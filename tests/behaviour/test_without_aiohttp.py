"""The SDK without the ``aiohttp`` extra, and its lazy import with it.

Each check runs in a fresh interpreter; for "without", one in which ``aiohttp`` and
``httpx_aiohttp`` cannot be imported (a finder on ``sys.meta_path`` refuses them, as a machine
without the extra would): the default backend still serves a request to the sandbox, and asking
for aiohttp, from Python or from the CLI, fails with the fix in the message. This is the
"make test passes without the extra" check, next to the suites that run with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from trekmail_client._client import HTTP_BACKEND_ENV

pytestmark = pytest.mark.behaviour


def _run(code: str, *, block_aiohttp: bool) -> subprocess.CompletedProcess[str]:
    blocker = textwrap.dedent(
        """
        import importlib.abc, sys

        class Blocked(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("aiohttp", "httpx_aiohttp"):
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None

        sys.meta_path.insert(0, Blocked())
        """
    )
    env = {k: v for k, v in os.environ.items() if k != HTTP_BACKEND_ENV}
    return subprocess.run(
        [sys.executable, "-c", (blocker if block_aiohttp else "") + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_importing_the_sdk_never_loads_aiohttp() -> None:
    result = _run(
        """
        import sys
        import trekmail_client
        from trekmail_client import TrekMail
        TrekMail(ops_token="tm_live_unit0test0token")._retry_transport()
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("aiohttp", "httpx_aiohttp")))
        """,
        block_aiohttp=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_the_extra_the_default_works_and_aiohttp_is_a_clear_error() -> None:
    result = _run(
        """
        import asyncio, os, tempfile
        from click.testing import CliRunner
        from trekmail_client import TrekMail
        from trekmail_client.cli import main
        from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

        async def default_backend() -> None:
            async with Sandbox() as sb:
                async with TrekMail(base_url=sb.url, ops_token=DEMO_OPS_TOKEN) as tm:
                    assert tm.http_backend == "httpx"
                    print("domains", len((await tm.domains.list()).items))

        asyncio.run(default_backend())
        try:
            TrekMail(ops_token=DEMO_OPS_TOKEN, http_backend="aiohttp")
        except ImportError as exc:
            print("error", exc)
        rows = os.path.join(tempfile.mkdtemp(), "rows.csv")
        with open(rows, "w") as handle:
            handle.write("domain,local_part\\nexample.com,alice\\n")
        run = CliRunner().invoke(
            main,
            ["provision", "run", rows, "--no-journal"],
            env={"TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN, "TREKMAIL_HTTP_BACKEND": "aiohttp"},
        )
        print("cli", run.exit_code, " ".join(run.output.split()))
        """,
        block_aiohttp=True,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "domains 3"
    fix = "pip install 'trekmail-client[aiohttp]'"
    assert lines[1].startswith("error http_backend='aiohttp' needs the aiohttp extra: " + fix)
    assert lines[2].startswith("cli 2 ") and fix in lines[2]
