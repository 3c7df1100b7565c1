"""A local TrekMail-compatible server for tests and demos (``pip install
trekmail-client[sandbox]``).

Every operation of openapi.json (shipped in the package) answers: authentication and scopes
first, whatever the path, then routing from the contract, request validation against the
contract, idempotency (POST and PUT need a key), per-token rate limits with ``Retry-After`` and
``X-Request-Id``. The provisioning surface (domains, mailboxes single and bulk, invites, aliases,
forwarding, delete intents and restore, enable IMAP, message tokens, account) and the message
side (folders, messages, drafts, scheduled sends, contacts and groups, identities, templates,
blocked senders) keep real state; every other operation answers from its success schema and
examples. Fault injection: ``X-Sandbox-Fault`` header, ``sandbox.state.faults.enqueue(...)``, or
faults at a rate per kind (``SandboxConfig(fault_rates=...)``, ``--fault-rate``); a sandbox-only
count at ``GET /_sandbox/mailboxes/count``. Every fault kind works behind user middleware
(``create_app(middleware=[...])``, ``Sandbox(middleware=..., wrap=...)``,
`SandboxConnectionMiddleware`), and a `VirtualClock` shared with the client runs outages and
rate-limit windows in about no real time.
Bound to 127.0.0.1 only.

Example::

    from trekmail_client.testing import Sandbox, SandboxConfig, DEMO_OPS_TOKEN

    async with Sandbox(SandboxConfig(rate_limit_per_minute=10_000)) as sb:
        async with httpx.AsyncClient(base_url=sb.url) as http:
            r = await http.get("/api/v1/domains",
                               headers={"Authorization": f"Bearer {DEMO_OPS_TOKEN}"})

Run one from a shell: ``python -m trekmail_client.testing --port 8025``.
"""

from ._app import create_app
from ._clock import VirtualClock
from ._config import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    MESSAGE_SCOPES,
    OFFICIAL_CLIENT_KEYLESS,
    OPS_SCOPES,
    SandboxConfig,
)
from ._connection import SandboxConnectionMiddleware
from ._faults import (
    FAULT_MODES,
    Fault,
    FaultQueue,
    FaultRates,
    FaultRule,
    merge_fault_rates,
    parse_fault,
    parse_fault_rates,
)
from ._process import sandbox_process
from ._server import Sandbox
from ._state import SandboxState

__all__ = [
    "DEMO_MESSAGE_TOKEN",
    "DEMO_OPS_TOKEN",
    "FAULT_MODES",
    "MESSAGE_SCOPES",
    "OFFICIAL_CLIENT_KEYLESS",
    "OPS_SCOPES",
    "Fault",
    "FaultQueue",
    "FaultRates",
    "FaultRule",
    "Sandbox",
    "SandboxConfig",
    "SandboxConnectionMiddleware",
    "SandboxState",
    "VirtualClock",
    "create_app",
    "merge_fault_rates",
    "parse_fault",
    "parse_fault_rates",
    "sandbox_process",
]
