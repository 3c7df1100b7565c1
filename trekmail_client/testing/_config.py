"""Sandbox configuration: tokens, scopes, limits and seed data.

The scope names and token prefixes are TrekMail's (API overview, "Dual-token architecture" and
"Available endpoints"; official client facts 1.2 and 1.12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ._checks import (
    MAX_IDEMPOTENCY_WINDOW,
    MAX_SEED_MESSAGES,
    check_domain,
    check_seconds,
    check_whole,
    shown,
)
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
        rate_limit_window: the window's length in seconds (float, > 0 and at most 86400, a
            day; default 60.0, the API's minute). Shorter windows let tests and benchmarks
            reach a binding limit quickly; ``rate_limit_per_minute`` then counts per window.
        ops_tokens: ops bearer token (``tm_live_...``) to the scopes it holds.
        message_tokens: message bearer token (``tm_msg_...``) to the scopes it holds. Such a
            token reads and writes the mailbox named by ``message_mailbox``.
        message_mailbox: the address whose mail the configured message tokens act on.
        pool_mb: the account storage pool in MB; dedicated allocations and pending invites'
            allocations are carved out of it (API overview, "Mailbox storage allocation").
        mailbox_quota_mb: the quota shown for a pooled mailbox, in MB.
        seed_domains: domain names created with status ``active`` at startup, ids 1, 2, ...
            (lowercase, each once: ``Example.com`` is refused, pass ``example.com``).
        seed_messages: messages placed in the ``message_mailbox`` INBOX at startup (0 to
            10,000).
        allow_faults: honour the ``X-Sandbox-Fault`` request header.
        faults: fault rules armed at startup (see `FaultRule`).
        fault_rates: faults injected at a rate, {fault spelling or alias: probability}
            (``{"drop": 0.1, "reset": 0.05, "slow-after-commit:2": 0.1}``; see `FaultRates`);
            one rate per kind, SECONDS at most a day; every ``/api/v1/`` request draws once.
            Independent of ``allow_faults``.
        fault_seed: seed of the fault-rate draws (int >= 0; None: a fresh seed, shown as
            ``sandbox.state.fault_rates.seed`` and in the command line's banner), for
            reproducible runs.
        idempotency_window: seconds a keyed response is replayed (float, > 0 and at most
            2,592,000, 30 days; default 86400, the API's 24 hours); shorten it to test what
            happens after it.
        outage: seconds (float, >= 0 and at most 86400, a day) of 503
            ``service_unavailable`` answers to every
            ``/api/v1/`` request from when the sandbox's state is made (0: none), on the
            sandbox's clock (see ``SandboxState.start_outage``).
        outage_retry_after: the ``Retry-After`` (seconds, 0 to 86400) of the outage's 503s;
            None sends none.
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
        """Check every value (the checks of `_checks`, shared with the command line).

        Raises:
            ValueError: naming the attribute, what is wrong with the value and what to pass:
                a count that is not a whole number or is out of range, seconds that are not a
                number, NaN, infinite, negative or over the limit (the outage, its
                ``Retry-After`` and the rate-limit window at most a day, the idempotency
                window at most 30 days), bad fault rates or a bad seed, a seed domain that is
                not a lowercase domain name or is given twice, a token with the wrong prefix
                (the token is not shown), or a value of the wrong type.
        """
        check_whole("rate_limit_per_minute", self.rate_limit_per_minute, minimum=1, example="600")
        check_seconds("rate_limit_window", self.rate_limit_window, allow_zero=False, example="60")
        check_whole("pool_mb", self.pool_mb, minimum=0, example="1048576")
        check_whole("mailbox_quota_mb", self.mailbox_quota_mb, minimum=1, example="10240")
        check_whole(
            "seed_messages", self.seed_messages, minimum=0, maximum=MAX_SEED_MESSAGES, example="5"
        )
        check_seconds(
            "idempotency_window",
            self.idempotency_window,
            maximum=MAX_IDEMPOTENCY_WINDOW,
            allow_zero=False,
            example="86400 (24 hours)",
        )
        check_seconds("outage", self.outage, example="60")
        if self.outage_retry_after is not None:
            check_seconds("outage_retry_after", self.outage_retry_after, example="5")
        if self.fault_seed is not None:
            check_whole("fault_seed", self.fault_seed, minimum=0, example="8")
        try:
            FaultRates(self.fault_rates, seed=0)
        except ValueError as exc:
            raise ValueError(f"fault_rates: {exc}") from None
        for name in ("allow_faults", "seed_message_mailbox"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name}: {shown(getattr(self, name))} is not True or False")
        for name in ("account_name", "plan"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                raise ValueError(f"{name}: {shown(getattr(self, name))} is not a non-empty str")
        self._check_seed_domains()
        local, at, domain = str(self.message_mailbox).partition("@")
        if not isinstance(self.message_mailbox, str) or not (at and local):
            raise ValueError(
                f"message_mailbox: {shown(self.message_mailbox)} is not an address; pass one "
                "such as 'demo@example.com'"
            )
        check_domain("message_mailbox's domain", domain)
        if self.message_mailbox != self.message_mailbox.lower():
            raise ValueError(
                f"message_mailbox: {shown(self.message_mailbox)} has capital letters; "
                f"addresses are stored lowercase, so pass {shown(self.message_mailbox.lower())}"
            )
        self._check_tokens("ops_tokens", self.ops_tokens, OPS_TOKEN_PREFIX)
        self._check_tokens("message_tokens", self.message_tokens, MESSAGE_TOKEN_PREFIX)
        for rule in self.faults:
            if not isinstance(rule, FaultRule):
                raise ValueError(
                    f"faults: {shown(rule)} is not a FaultRule; pass e.g. "
                    "(FaultRule('503', path='/api/v1/mailboxes'),)"
                )
        if isinstance(self.relaxed_idempotency, str) or not all(
            isinstance(op, str) for op in self.relaxed_idempotency
        ):
            raise ValueError(
                "relaxed_idempotency: pass a set of operation ids such as "
                "frozenset({'create_folder'}) or OFFICIAL_CLIENT_KEYLESS, not a str"
            )

    def _check_seed_domains(self) -> None:
        if isinstance(self.seed_domains, str) or not isinstance(self.seed_domains, Sequence):
            raise ValueError(
                f"seed_domains: {shown(self.seed_domains)} is not a sequence of names; pass "
                "e.g. ('example.com',)"
            )
        seen: set[str] = set()
        for name in self.seed_domains:
            check_domain("seed_domains", name)
            if name in seen:
                raise ValueError(f"seed_domains: {name!r} is given twice; give each domain once")
            seen.add(name)

    @staticmethod
    def _check_tokens(name: str, tokens: Mapping[str, Sequence[str]], prefix: str) -> None:
        if not isinstance(tokens, Mapping):
            raise ValueError(
                f"{name}: pass a mapping {{token: scopes}}, not a {type(tokens).__name__}"
            )
        for token, scopes in tokens.items():
            if not isinstance(token, str) or not token.startswith(prefix):
                raise ValueError(f"{name}: every token must be a str starting with {prefix!r}")
            if isinstance(scopes, str) or not all(isinstance(s, str) for s in scopes):
                raise ValueError(
                    f"{name}: a token's scopes must be a sequence of scope names such as "
                    "('mailboxes:read',), not a str"
                )
