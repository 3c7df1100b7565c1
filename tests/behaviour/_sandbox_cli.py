"""The sandbox's command line (``python -m trekmail_client.testing``) as a child process, for
the tests that start it: one way to build its environment and argv, start it, and clean up."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def sandbox_argv(*args: str) -> list[str]:
    """The command line that starts the sandbox on a free 127.0.0.1 port with ``args``."""
    return [sys.executable, "-m", "trekmail_client.testing", "--port", "0", *args]


def sandbox_env() -> dict[str, str]:
    """This process's environment, with PYTHONPATH set so the child imports what the test does."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}


@contextlib.contextmanager
def sandbox_cli(
    *args: str, cwd: Path, capture_stderr: bool = True
) -> Iterator[subprocess.Popen[str]]:
    """Start the sandbox's command line with ``args`` (stdout piped, and stderr unless
    ``capture_stderr`` is False); on leaving, kill it if it is still running."""
    process = subprocess.Popen(
        sandbox_argv(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if capture_stderr else None,
        text=True,
        env=sandbox_env(),
        cwd=cwd,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
