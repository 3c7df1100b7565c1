"""Run the sandbox in a process of its own (for demos and benchmarks that load it hard)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator

__all__ = ["sandbox_process"]

_READY = "listening on "


@contextlib.contextmanager
def sandbox_process(
    *, rate_limit: int = 600, rate_limit_window: float = 60.0, extra_args: tuple[str, ...] = ()
) -> Iterator[str]:
    """Start ``python -m trekmail_client.testing`` on a free 127.0.0.1 port; yield its URL.

    A separate process keeps the server's CPU off the caller's event loop (this machine has
    two cores: the client and the server each get one).

    Args:
        rate_limit: requests per window per token (int, >= 1).
        rate_limit_window: the window in seconds (default 60.0).
        extra_args: more command-line options, e.g. ``("--seed-domain", "example.io")``.

    Yields:
        the base URL, ``http://127.0.0.1:PORT``.

    Raises:
        RuntimeError: the process exited before it was listening.
    """
    command = [sys.executable, "-m", "trekmail_client.testing", "--port", "0"]
    command += ["--rate-limit", str(rate_limit), "--rate-limit-window", str(rate_limit_window)]
    command += extra_args
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if _READY in line:
                yield line.split(_READY, 1)[1].strip()
                return
        raise RuntimeError(f"the sandbox exited with {process.wait()} before it was listening")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
