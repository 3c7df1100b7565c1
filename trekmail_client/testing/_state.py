"""The sandbox's in-memory store: tokens, domains, mailboxes, invites and the storage pool.

Every method is synchronous, so a request's check-then-write can never interleave with another
request's on the event loop: the invariants (unique addresses, pool never over-committed, ids
sequential) hold without locks. Rules come from the API overview ("Mailbox storage allocation")
and the official client facts (sections 2.2, 2.7, 2.10).
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ._checks import check_seconds
from ._config import MESSAGE_TOKEN_PREFIX, SandboxConfig
from ._errors import ApiError, not_found, validation_error
from ._faults import FaultQueue, FaultRates
from ._idempotency import IdempotencyStore
from ._mailstore import MailStore
from ._ratelimit import SlidingWindowLimiter
from ._records import (
    Alias,
    AppPassword,
    DeleteIntent,
    Domain,
    Invite,
    Mailbox,
    TokenRecord,
    now_iso,
)

__all__ = ["APP_PASSWORD_LIMIT", "NewMailbox", "SandboxState"]

APP_PASSWORD_LIMIT = 25
"""Active app passwords a mailbox may have (official client facts 2.8)."""


@dataclass(frozen=True, slots=True)
class NewMailbox:
    """A validated request to create one mailbox (a single create or one bulk row)."""

    domain_id: int
    local_part: str
    display_name: str | None = None
    allocation_mb: int | None = None
    password: str | None = None
    client_auth_mode: str | None = None


class SandboxState:
    """Everything the sandbox stores, reachable as ``sandbox.state`` for assertions.

    Attributes:
        config: the `SandboxConfig`.
        faults: the armed fault rules (`FaultQueue`).
        limiter: the per-token rate limiter.
        idempotency: stored responses by (token, Idempotency-Key).
        domains, mailboxes, invites, aliases, delete_intents: records by id (insertion order).
        tokens: accepted bearer tokens by secret.
        mailstores: message folders by mailbox address.
        collections: message-side records (contacts, templates, ...) by (address, family).
        requests: authenticated requests seen (int).
        executions: mutating requests actually executed, replays excluded (int).
        fault_rates: the `FaultRates` of ``config.fault_rates`` (``injected`` counts by kind).
        clock: the monotonic clock (seconds) behind the rate-limit window, the idempotency
            window and outages.
        outage_until: ``clock()`` value until which every ``/api/v1/`` request is answered
            503 (see `start_outage`).
        outage_retry_after: the ``Retry-After`` (whole seconds) of an outage's 503s, or None.
        rate_limited: 429 answers sent (the rate limit's and injected ``429`` faults).
        stopping: the sandbox is shutting down (see `begin_stop`): new requests are answered
            503 ``service_unavailable``, nothing done, and slow faults stop waiting.

    Args:
        config: the configuration; ``config.outage`` starts an outage at once.
        clock: a monotonic clock in seconds (`time.monotonic` when None). Pass a clock the test
            controls, such as `VirtualClock`, to run a minute-long outage or rate-limit window
            in no real time; share it with the client (``RetryTransport(clock=..., sleep=...)``)
            and the provisioner (``provision_mailboxes(clock=..., sleep=...)``).
    """

    def __init__(self, config: SandboxConfig, clock: Callable[[], float] | None = None) -> None:
        self.config = config
        self.clock: Callable[[], float] = clock or time.monotonic
        self.faults = FaultQueue(tuple(config.faults))
        self.limiter = SlidingWindowLimiter(
            config.rate_limit_per_minute, window=config.rate_limit_window, clock=self.clock
        )
        self.idempotency = IdempotencyStore(clock=self.clock, window=config.idempotency_window)
        self.fault_rates = FaultRates(config.fault_rates, config.fault_seed)
        self.outage_until = 0.0
        self.outage_retry_after: int | None = None
        self.rate_limited = 0
        self.stopping = False
        self._holds: set[asyncio.Future[bool]] = set()
        if config.outage:
            self.start_outage(config.outage, retry_after=config.outage_retry_after)
        self.domains: dict[int, Domain] = {}
        self.mailboxes: dict[int, Mailbox] = {}
        self.invites: dict[int, Invite] = {}
        self.aliases: dict[int, Alias] = {}
        self.delete_intents: dict[int, DeleteIntent] = {}
        self.tokens: dict[str, TokenRecord] = {}
        self.mailstores: dict[str, MailStore] = {}
        self.collections: dict[tuple[str, str], dict[int, dict[str, Any]]] = {}
        self.requests = 0
        self.executions = 0
        self.allocated_mb = 0
        self.new_mailbox_client_auth_mode = "password_or_app_password"
        self._domains_by_name: dict[str, Domain] = {}
        self._mailboxes_by_email: dict[str, Mailbox] = {}
        self._invites_by_email: dict[str, Invite] = {}
        self.aliases_by_email: dict[str, Alias] = {}
        self._ids: dict[str, int] = {}
        self._seed()

    def start_outage(self, seconds: float, *, retry_after: float | None = None) -> None:
        """Answer every ``/api/v1/`` request 503 ``service_unavailable`` for the next
        ``seconds`` (float) of the state's clock, as an outage would. Requests are counted
        against the rate limit first, and nothing is carried out.

        Args:
            seconds: the outage's length (float, >= 0 and at most 86400, a day).
            retry_after: the ``Retry-After`` of its 503s in seconds (rounded up to whole
                seconds, from 1 to 86400), or None for none (the client's own backoff applies).

        Raises:
            ValueError: ``seconds`` or ``retry_after`` not a number, negative, non-finite or
                over a day (the message names the problem and a good value).

        Call it from the event loop (or before requests are in flight).
        """
        seconds = check_seconds("start_outage seconds", seconds, example="60")
        if retry_after is not None:
            retry_after = check_seconds("start_outage retry_after", retry_after, example="5")
        self.outage_until = self.clock() + seconds
        self.outage_retry_after = None if retry_after is None else max(1, math.ceil(retry_after))

    @property
    def slow_pending(self) -> int:
        """How many requests a slow fault is holding right now (int; see `hold`)."""
        return len(self._holds)

    async def hold(self, seconds: float) -> bool:
        """Wait ``seconds`` (real time, as a slow fault does) unless the sandbox stops first.

        Args:
            seconds: the delay (float, >= 0; checked when the fault was parsed).

        Returns:
            True after the whole wait; False when `begin_stop` cut it short (or had already
            been called).
        """
        if self.stopping:
            return False
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        timer = loop.call_later(seconds, _settle, waiter, True)
        self._holds.add(waiter)
        try:
            return await waiter
        finally:
            timer.cancel()
            self._holds.discard(waiter)

    def begin_stop(self) -> None:
        """Start shutting down: new requests are refused with 503 ``service_unavailable``
        (nothing done) and every request a slow fault holds is released at once (a ``slow``
        one is refused the same way, a ``slow-after-commit`` one gets its real answer now), so
        the server can close its connections without cancelling a request midway. Call it from
        the event loop that serves the requests. Idempotent; there is no way back."""
        self.stopping = True
        for waiter in list(self._holds):
            _settle(waiter, False)

    def in_outage(self) -> bool:
        """Whether an outage started by `start_outage` is under way."""
        return self.clock() < self.outage_until

    def mailbox_counts(self) -> dict[str, int]:
        """{``mailboxes``: records, ``addresses``: distinct addresses, ``duplicates``: records
        beyond one per address} (sandbox-only; nothing like it is in the API)."""
        emails = [m.email.lower() for m in self.mailboxes.values()]
        distinct = len(set(emails))
        return {
            "mailboxes": len(emails),
            "addresses": distinct,
            "duplicates": len(emails) - distinct,
        }

    # -- ids, tokens, seed ------------------------------------------------------------------

    def next_id(self, kind: str) -> int:
        """The next sequential id (1, 2, ...) for records of ``kind``."""
        value = self._ids.get(kind, 0) + 1
        self._ids[kind] = value
        return value

    def _seed(self) -> None:
        created = now_iso()
        for token, scopes in self.config.ops_tokens.items():
            self.add_token(
                TokenRecord(
                    self.next_id("token"),
                    token,
                    "ops",
                    frozenset(scopes),
                    "sandbox ops token",
                    created,
                )
            )
        for token, scopes in self.config.message_tokens.items():
            self.add_token(
                TokenRecord(
                    self.next_id("token"),
                    token,
                    "message",
                    frozenset(scopes),
                    "sandbox message token",
                    created,
                    mailbox=self.config.message_mailbox,
                )
            )
        for name in self.config.seed_domains:
            self.create_domain(name, "trekmail", status="active")
        self._seed_message_mailbox()
        store = self.mailstore(self.config.message_mailbox)
        for n in range(1, self.config.seed_messages + 1):
            store.append(
                "INBOX",
                sender=f"sender{n}@example.org",
                to=[store.address],
                subject=f"Welcome message {n}",
                body_text=f"Sandbox message {n}.",
                body_html=None,
            )

    def _seed_message_mailbox(self) -> None:
        """The configured message tokens' mailbox exists on the ops side too (IMAP enabled),
        when its domain is one of the seeded ones; the tokens carry its id."""
        local, _, domain_name = self.config.message_mailbox.partition("@")
        domain = self._domains_by_name.get(domain_name)
        if domain is None or not self.config.seed_message_mailbox:
            return
        mailbox, _ = self.create_mailbox(
            NewMailbox(domain.id, local, "Sandbox demo", password="SandboxDemo2024")
        )
        mailbox.imap_enabled = True
        for record in self.tokens.values():
            if record.kind == "message" and record.mailbox == mailbox.email:
                record.mailbox_id = mailbox.id

    def add_token(self, record: TokenRecord) -> None:
        """Accept ``record.token`` from now on."""
        self.tokens[record.token] = record

    def mint_message_token(
        self, mailbox: Mailbox, name: str, scopes: frozenset[str], expires_at: str | None
    ) -> TokenRecord:
        """Create a message token (``tm_msg_`` + 40 hex, deterministic) acting on ``mailbox``."""
        token_id = self.next_id("token")
        secret = hashlib.sha256(f"msg:{token_id}:{mailbox.email}".encode()).hexdigest()[:40]
        record = TokenRecord(
            token_id,
            MESSAGE_TOKEN_PREFIX + secret,
            "message",
            scopes,
            name,
            now_iso(),
            mailbox=mailbox.email,
            mailbox_id=mailbox.id,
            expires_at=expires_at,
            minted=True,
        )
        self.add_token(record)
        return record

    def mailstore(self, address: str) -> MailStore:
        """The mail store of ``address``, created empty on first use."""
        store = self.mailstores.get(address)
        if store is None:
            store = self.mailstores[address] = MailStore(address)
        return store

    # -- domains ----------------------------------------------------------------------------

    def domain(self, domain_id: int) -> Domain:
        """The domain with ``domain_id``.

        Raises:
            ApiError: 404 ``not_found``.
        """
        found = self.domains.get(domain_id)
        if found is None:
            raise not_found("Domain")
        return found

    def create_domain(self, name: str, mail_hosting: str, *, status: str = "pending_dns") -> Domain:
        """Add a domain (new ones start in ``pending_dns``; seeded ones are ``active``).

        Raises:
            ApiError: 409 ``already_exists`` when the name is taken.
        """
        if name in self._domains_by_name:
            raise ApiError(409, "already_exists", f"The domain {name} already exists.")
        domain = Domain(self.next_id("domain"), name, status, mail_hosting, now_iso())
        self.domains[domain.id] = domain
        self._domains_by_name[name] = domain
        return domain

    def delete_domain(self, domain_id: int) -> Domain:
        """Delete a domain with its mailboxes, aliases and invites; frees their storage.

        Raises:
            ApiError: 404 ``not_found``.
        """
        domain = self.domain(domain_id)
        for mailbox in [m for m in self.mailboxes.values() if m.domain_id == domain_id]:
            self._release(mailbox)
            del self.mailboxes[mailbox.id]
            del self._mailboxes_by_email[mailbox.email]
        for alias in [a for a in self.aliases.values() if a.domain_id == domain_id]:
            del self.aliases[alias.id]
            del self.aliases_by_email[alias.email]
        for invite in [i for i in self.invites.values() if i.domain_id == domain_id]:
            self.allocated_mb -= invite.storage_allocation_mb or 0
            del self.invites[invite.id]
            del self._invites_by_email[invite.email]
        del self.domains[domain_id]
        del self._domains_by_name[domain.name]
        return domain

    # -- addresses and the pool -------------------------------------------------------------

    @property
    def free_pool_mb(self) -> int:
        """MB of the pool not carved out by dedicated mailboxes or pending invites."""
        return self.config.pool_mb - self.allocated_mb

    def address_taken(self, email: str) -> bool:
        """Whether a mailbox (trashed included), alias or pending invite holds ``email``."""
        return (
            email in self._mailboxes_by_email
            or email in self.aliases_by_email
            or email in self._invites_by_email
        )

    def mailbox_by_email(self, email: str) -> Mailbox | None:
        """The mailbox with this address, or None. O(1)."""
        return self._mailboxes_by_email.get(email)

    def check_address(self, domain_id: int, local_part: str, field: str = "domain_id") -> Domain:
        """The domain a new mailbox or invite would live in, after the address checks.

        Raises:
            ApiError: 422 ``validation_error`` (unknown domain), 422
                ``domain_hosts_no_mailboxes`` (external mail hosting), 409 ``already_exists``.
        """
        domain = self.domains.get(domain_id)
        if domain is None:
            raise validation_error({field: ["The selected domain_id is invalid."]})
        if domain.mail_hosting == "external":
            raise ApiError(
                422,
                "domain_hosts_no_mailboxes",
                f"The domain {domain.name} is sending-only and hosts no mailboxes.",
            )
        email = f"{local_part}@{domain.name}"
        if self.address_taken(email):
            raise ApiError(409, "already_exists", f"The address {email} already exists.")
        return domain

    def check_pool(self, wanted_mb: int) -> None:
        """Refuse an allocation the free pool cannot cover.

        Raises:
            ApiError: 422 ``storage_pool_exceeded`` with ``requested_mb`` and ``available_mb``.
        """
        if wanted_mb > self.free_pool_mb:
            raise ApiError(
                422,
                "storage_pool_exceeded",
                f"Requested {wanted_mb} MB of dedicated storage but only "
                f"{self.free_pool_mb} MB of the account pool is free.",
                extra={"requested_mb": wanted_mb, "available_mb": self.free_pool_mb},
            )

    def _release(self, mailbox: Mailbox) -> None:
        if mailbox.allocation_mb is not None:
            self.allocated_mb -= mailbox.allocation_mb

    # -- mailboxes --------------------------------------------------------------------------

    def mailbox(self, mailbox_id: int) -> Mailbox:
        """The mailbox with ``mailbox_id`` (trashed ones included).

        Raises:
            ApiError: 404 ``not_found``.
        """
        found = self.mailboxes.get(mailbox_id)
        if found is None:
            raise not_found("Mailbox")
        return found

    def create_mailbox(self, spec: NewMailbox) -> tuple[Mailbox, str | None]:
        """Create a mailbox; returns it and the generated one-time password (None when the
        caller supplied one).

        Raises:
            ApiError: as `check_address` and `check_pool`.
        """
        domain = self.check_address(spec.domain_id, spec.local_part)
        if spec.allocation_mb is not None:
            self.check_pool(spec.allocation_mb)
        mailbox_id = self.next_id("mailbox")
        generated = None
        if spec.password is None:
            digest = hashlib.sha256(f"pw:{mailbox_id}".encode()).hexdigest()[:12]
            generated = f"Sbx{digest}9Q"
        mailbox = Mailbox(
            id=mailbox_id,
            local_part=spec.local_part,
            domain_id=domain.id,
            domain=domain.name,
            display_name=spec.display_name,
            quota_mb=spec.allocation_mb or self.config.mailbox_quota_mb,
            allocation_mb=spec.allocation_mb,
            created_at=now_iso(),
            password=spec.password or generated or "",
            client_auth_mode=spec.client_auth_mode or self.new_mailbox_client_auth_mode,
        )
        self.mailboxes[mailbox_id] = mailbox
        self._mailboxes_by_email[mailbox.email] = mailbox
        self.allocated_mb += spec.allocation_mb or 0
        return mailbox, generated

    def mint_app_password(self, mailbox: Mailbox, name: str, *, via: str = "api") -> AppPassword:
        """Mint an app password for ``mailbox`` (16 lowercase letters; official client facts
        2.8) and keep it; the caller shows its secret once.

        Args:
            mailbox: the mailbox.
            name: its label (1-64 characters, checked by the caller).
            via: ``created_via`` of the list rows (``api``, ``mailbox_create``, ``bulk_create``).

        Returns:
            the new app password.

        Raises:
            ApiError: 422 ``mailbox_not_eligible`` (shared, paused or trashed mailbox), 422
                ``app_password_limit_reached`` (25 active already).
        """
        if mailbox.status != "active" or mailbox.mailbox_type == "shared":
            raise ApiError(
                422,
                "mailbox_not_eligible",
                f"The mailbox is {mailbox.status} or shared; app passwords need an active "
                "user mailbox.",
            )
        if sum(1 for a in mailbox.app_passwords if a.revoked_at is None) >= APP_PASSWORD_LIMIT:
            raise ApiError(
                422,
                "app_password_limit_reached",
                f"The mailbox has {APP_PASSWORD_LIMIT} active app passwords; revoke one first.",
            )
        app_id = self.next_id("app_password")
        digest = hashlib.sha256(f"app:{mailbox.id}:{app_id}".encode()).digest()
        secret = "".join(chr(ord("a") + b % 26) for b in digest[:16])
        record = AppPassword(app_id, name, secret, now_iso(), via)
        mailbox.app_passwords.append(record)
        return record

    def revoke_app_passwords(self, mailbox: Mailbox, reason: str) -> int:
        """Revoke every active app password of ``mailbox`` (a password change does this);
        return how many were revoked."""
        revoked = 0
        for record in mailbox.app_passwords:
            if record.revoked_at is None:
                record.revoked_at = now_iso()
                record.revoked_reason = reason
                revoked += 1
        return revoked

    def trash_mailbox(self, mailbox: Mailbox) -> None:
        """Move a mailbox to the recycle bin; its dedicated storage returns to the pool.

        The address stays taken (the sandbox never purges)."""
        if mailbox.status != "trashed":
            self._release(mailbox)
            mailbox.status = "trashed"

    def restore_mailbox(self, mailbox: Mailbox) -> None:
        """Bring a trashed mailbox back as ``active``; a dedicated allocation is taken from
        the pool again.

        Raises:
            ApiError: 422 ``storage_pool_exceeded`` when the pool no longer covers it.
        """
        if mailbox.allocation_mb is not None:
            self.check_pool(mailbox.allocation_mb)
            self.allocated_mb += mailbox.allocation_mb
        mailbox.status = "active"

    def bulk_create(
        self, rows: list[NewMailbox | ApiError], *, generated: bool, app_password: bool
    ) -> tuple[int, dict[str, Any]]:
        """Create a batch (``mailboxes:bulk``): (HTTP status, body).

        The sum of dedicated allocations is checked first and an over-commit refuses the whole
        batch; then each row is created or fails on its own (a row given as an `ApiError`
        failed validation). 200 all created, 207 partial, 422 all failed (no ``error`` key).
        With ``app_password`` (``create_app_password``) each created row also carries a newly
        minted app password ``{id, name, password}`` (official client facts 2.7: "rows carry
        ... ``app_password`` (or null)"); else ``app_password`` is null.

        Raises:
            ApiError: 422 ``storage_pool_exceeded`` for the whole batch.
        """
        self.check_pool(sum(r.allocation_mb or 0 for r in rows if isinstance(r, NewMailbox)))
        results: list[dict[str, Any]] = []
        created = 0
        for index, row in enumerate(rows):
            if isinstance(row, ApiError):
                results.append(row.failed_row(index, row.extra.get("email")))
                continue
            domain = self.domains.get(row.domain_id)
            email = f"{row.local_part}@{domain.name if domain else '?'}"
            try:
                mailbox, password = self.create_mailbox(row)
            except ApiError as exc:
                results.append(exc.failed_row(index, email))
                continue
            created += 1
            result: dict[str, Any] = {
                "index": index,
                "email": mailbox.email,
                "status": "created",
                "id": mailbox.id,
                "app_password": (
                    self.mint_app_password(mailbox, "default", via="bulk_create").secret_json()
                    if app_password
                    else None
                ),
            }
            if generated:
                result["one_time_password"] = password
            results.append(result)
        failed = len(rows) - created
        status = 200 if failed == 0 else (207 if created else 422)
        return status, {"counts": {"created": created, "failed": failed}, "results": results}

    # -- invites ----------------------------------------------------------------------------

    def create_invite(
        self,
        domain_id: int,
        local_part: str,
        recipient: str,
        allocation_mb: int | None,
        expires_in_hours: int,
    ) -> Invite:
        """Create a pending invite, reserving its dedicated allocation from the pool.

        Raises:
            ApiError: as `check_address` and `check_pool`.
        """
        domain = self.check_address(domain_id, local_part)
        if allocation_mb is not None:
            self.check_pool(allocation_mb)
        invite = Invite(
            self.next_id("invite"),
            domain.id,
            local_part,
            domain.name,
            recipient,
            allocation_mb,
            now_iso(timedelta(hours=expires_in_hours)),
            now_iso(),
        )
        self.invites[invite.id] = invite
        self._invites_by_email[invite.email] = invite
        self.allocated_mb += allocation_mb or 0
        return invite


def _settle(waiter: asyncio.Future[bool], value: bool) -> None:
    if not waiter.done():
        waiter.set_result(value)
