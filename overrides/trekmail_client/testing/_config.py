"""Sandbox configuration: tokens, scopes, limits and seed data.

The scope names and token prefixes are TrekMail's (API overview, "Dual-token architecture" and
"Available endpoints"; official client facts 1.2 and 1.12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ._faults import FaultRates, FaultRule

__all__ = [
    "DEMO_MESSAGE_TOKEN",
    "DEMO_OPS_TOKEN",
    "MESSAGE_SCOPES",
    "MESSAGE_TOKEN_PREFIX",
    "OFFICIAL_CLIENT_KEYLESS",
    "OPS_SCOPES",
    "OPS_TOKEN_PREFIX",
    "SandboxConfig",
]

OPS_TOKEN_PREFIX = "tm_live_"
"""Prefix of an ops (infrastructure) token."""

MESSAGE_TOKEN_PREFIX = "tm_msg_"
"""Prefix of a message (webmail) token."""

DEMO_OPS_TOKEN = "tm_live_sandbox_demo"
"""The ops token the default configuration accepts, holding every scope in `OPS_SCOPES`."""

DEMO_MESSAGE_TOKEN = "tm_msg_sandbox_demo"
"""The message token the default configuration accepts, holding every scope in `MESSAGE_SCOPES`."""

OPS_SCOPES: tuple[str, ...] = (
    "account:read",
    "activity:read",
    "billing:autopay",
    "billing:read",
    "branding:read",
    "cloudflare:delete",
    "cloudflare:read",
    "cloudflare:write",
    "domains:create",
    "domains:delete",
    "domains:dns:read",
    "domains:dns:recheck",
    "domains:read",
    "domains:write",
    "drive:account:purge",
    "drive:account:read",
    "drive:account:share",
    "drive:account:write",
    "drive:addon:read",
    "drive:devices:read",
    "drive:devices:write",
    "mailboxes:auto-reply:read",
    "mailboxes:auto-reply:write",
    "mailboxes:create",
    "mailboxes:delete",
    "mailboxes:forwarding:read",
    "mailboxes:forwarding:write",
    "mailboxes:invites:create",
    "mailboxes:message-tokens:manage",
    "mailboxes:read",
    "mailboxes:rules:read",
    "mailboxes:rules:write",
    "mailboxes:write",
    "members:read",
    "members:write",
    "migrations:read",
    "migrations:write",
    "smtp:read",
    "smtp:write",
    "tickets:read",
    "tickets:write",
    "verify:read",
    "verify:write",
)
"""Every ops scope an operation of openapi.json needs (``x-trekmail-scope``)."""

MESSAGE_SCOPES: tuple[str, ...] = ("messages:read", "messages:write", "messages:send")
"""The message-token scopes (official client facts, section 2.16)."""

OFFICIAL_CLIENT_KEYLESS: frozenset[str] = frozenset({"create_folder", "move_message"})
"""Operations TrekMail's official client sends without an ``Idempotency-Key`` although the API
overview requires one on every POST and PUT (see docs/spec-notes.md, "Idempotency"). Pass it as
``SandboxConfig(relaxed_idempotency=OFFICIAL_CLIENT_KEYLESS)`` to accept such calls."""


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """How a sandbox behaves. Frozen; build a new one to change a value.

    Attributes:
        rate_limit_per_minute: requests each token may make in any sliding 60-second window
            (int, >= 1). Every authenticated request counts. Over it: 429 ``rate_limited``.
        rate_limit_window: the window's length in seconds (float, > 0; default 60.0, the API's
            minute). Shorter windows let tests and benchmarks reach a binding limit quickly;
            ``rate_limit_per_minute`` then counts per window.
        ops_tokens: ops bearer token (``tm_live_...``) to the scopes it holds.
        message_tokens: message bearer token (``tm_msg_...``) to the scopes it holds. Such a
            token reads and writes the mailbox named by ``message_mailbox``.
        message_mailbox: the address whose mail the configured message tokens act on.
        pool_mb: the account storage pool in MB; dedicated allocations and pending invites'
            allocations are carved out of it (API overview, "Mailbox storage allocation").
        mailbox_quota_mb: the quota shown for a pooled mailbox, in MB.
        seed_domains: domain names created with status ``active`` at startup, ids 1, 2, ...
        seed_messages: messages placed in the ``message_mailbox`` INBOX at startup.
        allow_faults: honour the ``X-Sandbox-Fault`` request header.
        faults: fault rules armed at startup (see `FaultRule`).
        fault_rates: faults injected at a rate, {fault spelling or alias: probability}
            (``{"drop": 0.1, "reset": 0.05, "slow-after-commit:2": 0.1}``; see `FaultRates`);
            every ``/api/v1/`` request draws once. Independent of ``allow_faults``.
        fault_seed: seed of the fault-rate draws (int; None: a fresh seed), for reproducible
            runs.
        idempotency_window: seconds a keyed response is replayed (float, > 0; default 86400,
            the API's 24 hours); shorten it to test what happens after it.
        outage: seconds (float, >= 0) of 503 ``service_unavailable`` answers to every
            ``/api/v1/`` request from when the sandbox's state is made (0: none), on the
            sandbox's clock (see ``SandboxState.start_outage``).
        outage_retry_after: the ``Retry-After`` (seconds) of the outage's 503s; None sends
            none.
        account_name: the account name shown by ``/me`` and ``/account``.
        plan: the plan name shown by ``/me`` and ``/account``.
        seed_message_mailbox: create ``message_mailbox`` as a mailbox on the ops side at
            startup (IMAP enabled) when its domain is among ``seed_domains``.
        relaxed_idempotency: operation ids whose POST / PUT is accepted without an
            ``Idempotency-Key`` (default none: the overview's rule); see
            `OFFICIAL_CLIENT_KEYLESS`.
    """

    rate_limit_per_minute: int = 600
    rate_limit_window: float = 60.0
    ops_tokens: Mapping[str, Sequence[str]] = field(
        default_factory=lambda: {DEMO_OPS_TOKEN: OPS_SCOPES}
    )
    message_tokens: Mapping[str, Sequence[str]] = field(
        default_factory=lambda: {DEMO_MESSAGE_TOKEN: MESSAGE_SCOPES}
    )
    message_mailbox: str = "demo@example.com"
    pool_mb: int = 1_048_576
    mailbox_quota_mb: int = 10_240
    seed_domains: Sequence[str] = ("example.com", "example.net", "example.org")
    seed_messages: int = 5
    allow_faults: bool = True
    faults: Sequence[FaultRule] = ()
    account_name: str = "Sandbox Account"
    plan: str = "agency"
    seed_message_mailbox: bool = True
    relaxed_idempotency: frozenset[str] = frozenset()
    fault_rates: Mapping[str, float] = field(default_factory=dict)
    fault_seed: int | None = None
    idempotency_window: float = 24 * 3600.0
    outage: float = 0.0
    outage_retry_after: float | None = None

    def __post_init__(self) -> None:
        """Check the values.

        Raises:
            ValueError: a limit below 1, a token with the wrong prefix, bad fault rates, a
                window that is not positive, or a negative outage.
        """
        FaultRates(self.fault_rates)
        if not self.outage >= 0 or self.outage == float("inf"):
            raise ValueError("outage must be a finite number of seconds >= 0")
        if self.outage_retry_after is not None and not self.outage_retry_after >= 0:
            raise ValueError("outage_retry_after must be >= 0 seconds (or None for none)")
        if not self.idempotency_window > 0:
            raise ValueError("idempotency_window must be > 0 seconds")
        if self.rate_limit_per_minute < 1:
            raise ValueError("rate_limit_per_minute must be >= 1")
        if not self.rate_limit_window > 0:
            raise ValueError("rate_limit_window must be > 0 seconds")
        if self.pool_mb < 0 or self.mailbox_quota_mb < 1:
            raise ValueError("pool_mb must be >= 0 and mailbox_quota_mb >= 1")
        for token in self.ops_tokens:
            if not token.startswith(OPS_TOKEN_PREFIX):
                raise ValueError(f"ops tokens must start with {OPS_TOKEN_PREFIX!r}")
        for token in self.message_tokens:
            if not token.startswith(MESSAGE_TOKEN_PREFIX):
                raise ValueError(f"message tokens must start with {MESSAGE_TOKEN_PREFIX!r}")
