"""A local, stateful TrekMail-compatible server for tests and demos (``pip install
trekmail-client[sandbox]``).

It implements the documented API v1 semantics the SDK relies on: token prefixes and scopes, the
error envelope, ``X-Request-Id`` echo, idempotency replay and 409, per-token rate limits with
``Retry-After``, page-number pagination, domains, mailboxes (single and bulk, storage-pool
checks), invites, aliases, forwarding, delete intents, message tokens and a basic mailbox of
messages and folders; plus fault injection (``X-Sandbox-Fault`` header or
``sandbox.state.faults.enqueue(...)``). Bound to 127.0.0.1 only.

Example::

    from trekmail_client.testing import Sandbox, SandboxConfig, DEMO_OPS_TOKEN

    async with Sandbox(SandboxConfig(rate_limit_per_minute=10_000)) as sb:
        async with httpx.AsyncClient(base_url=sb.url) as http:
            r = await http.get("/api/v1/domains",
                               headers={"Authorization": f"Bearer {DEMO_OPS_TOKEN}"})

Run one from a shell: ``python -m trekmail_client.testing --port 8025``.
"""

from ._app import create_app
from ._config import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    MESSAGE_SCOPES,
    OPS_SCOPES,
    SandboxConfig,
)
from ._faults import FAULT_MODES, Fault, FaultQueue, FaultRule, parse_fault
from ._process import sandbox_process
from ._server import Sandbox
from ._state import SandboxState

__all__ = [
    "DEMO_MESSAGE_TOKEN",
    "DEMO_OPS_TOKEN",
    "FAULT_MODES",
    "MESSAGE_SCOPES",
    "OPS_SCOPES",
    "Fault",
    "FaultQueue",
    "FaultRule",
    "Sandbox",
    "SandboxConfig",
    "SandboxState",
    "create_app",
    "parse_fault",
    "sandbox_process",
]
