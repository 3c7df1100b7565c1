"""The sandbox's stored objects and their JSON shapes.

Field names follow the API overview and the official client facts (sections 2.2, 2.7, 2.9-2.13,
2.16). Times are ISO 8601 UTC strings ending in ``Z``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "Alias",
    "AppPassword",
    "DeleteIntent",
    "Domain",
    "Forwarding",
    "Invite",
    "Mailbox",
    "TokenRecord",
    "iso",
    "now_iso",
]


def iso(moment: datetime) -> str:
    """``moment`` (aware, UTC) as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso(after: timedelta | None = None) -> str:
    """The current UTC time (plus ``after``) as an ISO 8601 ``Z`` string."""
    moment = datetime.now(UTC)
    return iso(moment + after if after is not None else moment)


@dataclass(slots=True)
class Domain:
    """A domain of the account. ``status`` is ``pending_dns``, ``active`` or ``suspended``."""

    id: int
    name: str
    status: str
    mail_hosting: str
    created_at: str
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The API's Domain object."""
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "mail_hosting": self.mail_hosting,
            "note": self.note,
            "created_at": self.created_at,
        }


@dataclass(slots=True)
class Forwarding:
    """A mailbox's forwarding settings (official client facts 2.13)."""

    enabled: bool = False
    targets: list[str] = field(default_factory=list)
    keep_copy: bool = True

    def to_json(self) -> dict[str, Any]:
        """The API's forwarding object; ``destination_limit`` is the Agency plan cap (30)."""
        return {
            "enabled": self.enabled,
            "targets": list(self.targets),
            "keep_copy": self.keep_copy,
            "destination_limit": 30,
        }


@dataclass(slots=True)
class Mailbox:
    """A mailbox. ``status`` is ``active``, ``paused`` or ``trashed``; ``allocation_mb`` is None
    for a mailbox on the shared pool and the dedicated size in MB otherwise."""

    id: int
    local_part: str
    domain_id: int
    domain: str
    display_name: str | None
    quota_mb: int
    allocation_mb: int | None
    created_at: str
    password: str
    status: str = "active"
    note: str | None = None
    mailbox_type: str = "user"
    conversation_view: bool = True
    drive_access: str = "full"
    client_auth_mode: str = "password_or_app_password"
    forwarding: Forwarding = field(default_factory=Forwarding)
    imap_enabled: bool = False
    app_passwords: list[AppPassword] = field(default_factory=list)

    @property
    def email(self) -> str:
        """The address, ``local_part@domain``."""
        return f"{self.local_part}@{self.domain}"

    def to_json(self) -> dict[str, Any]:
        """The API's Mailbox object (``used_mb`` is always 0 in the sandbox)."""
        return {
            "id": self.id,
            "email": self.email,
            "local_part": self.local_part,
            "domain_id": self.domain_id,
            "domain": self.domain,
            "display_name": self.display_name,
            "status": self.status,
            "used_mb": 0,
            "quota_mb": self.quota_mb,
            "allocation_mb": self.allocation_mb,
            "is_pooled": self.allocation_mb is None,
            "mailbox_type": self.mailbox_type,
            "is_shared": self.mailbox_type == "shared",
            "shared_member_count": 0,
            "note": self.note,
            "conversation_view": self.conversation_view,
            "drive_access": self.drive_access,
            "client_auth_mode": self.client_auth_mode,
            "app_passwords_count": sum(1 for a in self.app_passwords if a.revoked_at is None),
            "forwarding_enabled": self.forwarding.enabled,
            "created_at": self.created_at,
        }


@dataclass(slots=True)
class AppPassword:
    """An app password of a mailbox (official client facts 2.8): 16 lowercase letters, shown
    once when minted; ``revoked_at`` is set when it is revoked (the row stays)."""

    id: int
    name: str
    password: str
    created_at: str
    created_via: str
    revoked_at: str | None = None
    revoked_reason: str | None = None

    def secret_json(self) -> dict[str, Any]:
        """The answer of a mint: ``{id, name, password}`` (the only time the secret shows)."""
        return {"id": self.id, "name": self.name, "password": self.password}

    def to_json(self) -> dict[str, Any]:
        """A list row (never the secret)."""
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "created_via": self.created_via,
            "last_used_at": None,
            "last_used_ip": None,
            "last_used_protocol": None,
            "revoked_at": self.revoked_at,
            "revoked_reason": self.revoked_reason,
            "active": self.revoked_at is None,
        }


@dataclass(slots=True)
class Invite:
    """A pending mailbox invite; its dedicated allocation is reserved from the pool."""

    id: int
    domain_id: int
    local_part: str
    domain: str
    recipient_email: str
    storage_allocation_mb: int | None
    expires_at: str
    created_at: str
    status: str = "pending"

    @property
    def email(self) -> str:
        """The address the invite will create."""
        return f"{self.local_part}@{self.domain}"

    def to_json(self) -> dict[str, Any]:
        """The API's invite object (README: id, status, invite_url, storage_allocation_mb)."""
        return {
            "id": self.id,
            "email": self.email,
            "domain_id": self.domain_id,
            "local_part": self.local_part,
            "recipient_email": self.recipient_email,
            "status": self.status,
            "invite_url": f"https://sandbox.invalid/invite/{self.id}",
            "storage_allocation_mb": self.storage_allocation_mb,
            "expires_at": self.expires_at,
            "created_at": self.created_at,
        }


@dataclass(slots=True)
class Alias:
    """An alias address delivering to a mailbox (official client facts 2.11)."""

    id: int
    mailbox_id: int | None
    local_part: str
    domain_id: int
    domain: str
    can_receive: bool
    can_send: bool
    created_at: str
    is_active: bool = True

    @property
    def email(self) -> str:
        """The alias address."""
        return f"{self.local_part}@{self.domain}"

    def to_json(self) -> dict[str, Any]:
        """The API's alias object."""
        return {
            "id": self.id,
            "mailbox_id": self.mailbox_id,
            "email": self.email,
            "local_part": self.local_part,
            "domain_id": self.domain_id,
            "can_receive": self.can_receive,
            "can_send": self.can_send,
            "is_active": self.is_active,
            "created_at": self.created_at,
        }


@dataclass(slots=True)
class DeleteIntent:
    """A pending request to delete a mailbox; confirmed with ``X-Confirm-Delete: true``."""

    id: int
    mailbox_id: int
    expires_at: str
    status: str = "pending"

    def to_json(self) -> dict[str, Any]:
        """The API's intent object ``{id, status, expires_at}`` plus the mailbox id."""
        return {
            "id": self.id,
            "mailbox_id": self.mailbox_id,
            "status": self.status,
            "expires_at": self.expires_at,
        }


@dataclass(slots=True)
class TokenRecord:
    """A bearer token the sandbox accepts.

    Attributes:
        token: the secret itself.
        kind: ``ops`` (``tm_live_``) or ``message`` (``tm_msg_``).
        scopes: the scopes it holds.
        mailbox: for a message token, the address of the mailbox it acts on.
        mailbox_id: for a message token, the id of its mailbox on the ops side (when any).
        minted: made through the API (``POST .../message-tokens``); only those are listed,
            narrowed or revoked there (configured tokens stay as configured).
    """

    id: int
    token: str
    kind: str
    scopes: frozenset[str]
    name: str
    created_at: str
    mailbox: str | None = None
    mailbox_id: int | None = None
    expires_at: str | None = None
    revoked_at: str | None = None
    minted: bool = False

    @property
    def prefix(self) -> str:
        """The first 12 characters, safe to show."""
        return self.token[:12]

    def summary(self) -> dict[str, Any]:
        """The ``token`` object of ``/me`` and ``/messages/_me`` (no secret)."""
        return {
            "id": self.id,
            "name": self.name,
            "prefix": self.prefix,
            "scopes": sorted(self.scopes),
            "expires_at": self.expires_at,
        }

    def to_json(self) -> dict[str, Any]:
        """The listing shape (no secret)."""
        return {
            "id": self.id,
            "name": self.name,
            "prefix": self.prefix,
            "scopes": sorted(self.scopes),
            "status": "revoked" if self.revoked_at else "active",
            "mailbox_id": self.mailbox_id,
            "expires_at": self.expires_at,
            "revoked_at": self.revoked_at,
            "created_at": self.created_at,
        }
