"""Aliases, forwarding, delete intents and message-token management (ops token).

Paths and scopes: ``seed-endpoints.jsonl`` (``/api/v1/aliases``) and official client facts 2.9,
2.11 (``/api/v1/mailboxes/{id}/aliases``), 2.13 and 2.16.
"""

from __future__ import annotations

from datetime import timedelta

from ._errors import ApiError, not_found, validation_error
from ._mailstore import SPECIAL_FOLDERS
from ._pagination import paginate
from ._pipeline import Call, Handler, Reply, both
from ._records import Alias, DeleteIntent, Mailbox, TokenRecord, now_iso
from ._routes_mailboxes import live_mailbox
from ._validation import Fields, check_local_part

__all__ = ["HANDLERS"]

_EXPIRES = {"7d": timedelta(days=7), "30d": timedelta(days=30), "90d": timedelta(days=90)}
_MESSAGE_SCOPES = ("messages:read", "messages:write", "messages:send")
_INTENT_TTL = timedelta(minutes=10)


def _live_mailbox(call: Call, mailbox_id: int) -> Mailbox:
    return live_mailbox(call, mailbox_id)


# -- aliases ------------------------------------------------------------------------------------


def _alias(call: Call) -> Alias:
    alias = call.state.aliases.get(call.params["id"])
    if alias is None:
        raise not_found("Alias")
    return alias


def list_aliases(call: Call) -> Reply:
    """GET /api/v1/aliases (optional filter ``mailbox_id``)."""
    mailbox_id = call.typed_query.get("mailbox_id")
    rows = [
        a for a in call.state.aliases.values() if mailbox_id is None or a.mailbox_id == mailbox_id
    ]
    return Reply(paginate(call.request, rows, Alias.to_json))


def create_alias(call: Call) -> Reply:
    """POST /api/v1/aliases: ``local_part``, ``domain_id``, optional ``mailbox_id`` (the
    contract's guess, see docs/spec-notes.md), ``can_receive``, ``can_send``; 201."""
    fields = Fields(call.body)
    mailbox_id = fields.integer("mailbox_id", minimum=1)
    domain_id = fields.integer("domain_id", required=True, minimum=1)
    local_part = fields.string("local_part", required=True)
    if local_part is not None and (problem := check_local_part(local_part, alias=True)):
        fields.fail("local_part", problem)
    can_receive = fields.boolean("can_receive")
    can_send = fields.boolean("can_send")
    fields.check()
    assert domain_id is not None and local_part is not None
    state = call.state
    mailbox = _live_mailbox(call, mailbox_id) if mailbox_id is not None else None
    domain = state.domains.get(domain_id)
    if domain is None:
        raise validation_error({"domain_id": ["The selected domain_id is invalid."]})
    email = f"{local_part}@{domain.name}"
    if state.address_taken(email):
        raise ApiError(409, "already_exists", f"The address {email} already exists.")
    alias = Alias(
        state.next_id("alias"),
        mailbox.id if mailbox is not None else None,
        local_part,
        domain.id,
        domain.name,
        True if can_receive is None else can_receive,
        bool(can_send),
        now_iso(),
    )
    state.aliases[alias.id] = alias
    state.aliases_by_email[email] = alias
    return Reply({"data": alias.to_json()}, status=201)


def update_alias(call: Call) -> Reply:
    """PATCH .../aliases/{alias}: ``can_receive``, ``can_send``, ``is_active``."""
    alias = _alias(call)
    fields = Fields(call.body)
    values = {name: fields.boolean(name) for name in ("can_receive", "can_send", "is_active")}
    fields.check()
    for name, value in values.items():
        if value is not None:
            setattr(alias, name, value)
    return Reply({"data": alias.to_json()})


def delete_alias(call: Call) -> Reply:
    """DELETE .../aliases/{alias}: frees the address."""
    alias = _alias(call)
    del call.state.aliases[alias.id]
    del call.state.aliases_by_email[alias.email]
    return Reply({"data": {"id": alias.id, "deleted": True}})


# -- forwarding ---------------------------------------------------------------------------------


def get_forwarding(call: Call) -> Reply:
    """GET /api/v1/mailboxes/{id}/forwarding."""
    return Reply({"data": call.state.mailbox(call.params["id"]).forwarding.to_json()})


def set_forwarding(call: Call) -> Reply:
    """PUT /api/v1/mailboxes/{id}/forwarding: ``enabled``, ``targets`` (<= 30), ``keep_copy``."""
    mailbox = _live_mailbox(call, call.params["id"])
    fields = Fields(call.body)
    enabled = fields.boolean("enabled", required=True)
    targets = fields.emails("targets", max_items=1000)
    keep_copy = fields.boolean("keep_copy")
    if enabled and not targets and "targets" not in fields.errors:
        fields.fail("targets", "At least one target is required when forwarding is enabled.")
    if mailbox.email in targets:
        fields.fail("targets", "A mailbox cannot forward to itself.")
    fields.check()
    if len(targets) > 30:
        raise ApiError(
            422, "limit_exceeded", "At most 30 forwarding targets are allowed.", extra={"limit": 30}
        )
    forwarding = mailbox.forwarding
    forwarding.enabled = bool(enabled)
    forwarding.targets = targets
    forwarding.keep_copy = True if keep_copy is None else keep_copy
    return Reply({"data": forwarding.to_json()})


# -- delete intents -----------------------------------------------------------------------------


def create_delete_intent(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}:delete-intent: 201 ``{data: {id, status, expires_at}}``."""
    mailbox = _live_mailbox(call, call.params["id"])
    state = call.state
    intent = DeleteIntent(state.next_id("intent"), mailbox.id, now_iso(_INTENT_TTL))
    state.delete_intents[intent.id] = intent
    return Reply({"data": intent.to_json()}, status=201)


def confirm_delete_intent(call: Call) -> Reply:
    """POST /api/v1/delete-intents/{id}:confirm with ``X-Confirm-Delete: true``: the mailbox
    moves to the recycle bin (status ``trashed``)."""
    intent = call.state.delete_intents.get(call.params["id"])
    if intent is None:
        raise not_found("Delete intent")
    if call.request.headers.get("x-confirm-delete", "").lower() != "true":
        raise validation_error(
            {"X-Confirm-Delete": ["Send the header X-Confirm-Delete: true."]},
            "Deleting a mailbox requires the X-Confirm-Delete: true header.",
        )
    if intent.status != "pending" or intent.expires_at < now_iso():
        raise ApiError(409, "conflict", f"The delete intent is {intent.status}, not pending.")
    mailbox = call.state.mailbox(intent.mailbox_id)
    call.state.trash_mailbox(mailbox)
    intent.status = "confirmed"
    data = intent.to_json()
    data["mailbox"] = mailbox.to_json()
    return Reply(
        {
            "data": data,
            "status": "confirmed",
            "message": "The mailbox was moved to the recycle bin.",
        }
    )


# -- message tokens -----------------------------------------------------------------------------


def create_message_token(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}/message-tokens: 201 ``{data: {id, token, prefix, name,
    scopes, ...}}``; the token works on ``/api/v1/messages/...`` at once."""
    mailbox = _live_mailbox(call, call.params["id"])
    if not mailbox.imap_enabled:
        raise ApiError(
            409,
            "imap_not_enabled",
            "IMAP is not enabled for this mailbox.",
            "Enable it first: POST /api/v1/mailboxes/{id}/enable-imap with the mailbox password.",
        )
    fields = Fields(call.body)
    name = fields.string("name", required=True, max_len=255)
    scopes = fields.body.get("scopes")
    if not isinstance(scopes, list) or not scopes or any(s not in _MESSAGE_SCOPES for s in scopes):
        fields.fail("scopes", f"The scopes must be 1 or more of {', '.join(_MESSAGE_SCOPES)}.")
    expires_in = fields.enum("expires_in", (*_EXPIRES, "never"))
    fields.check()
    assert name is not None and isinstance(scopes, list)
    delta = _EXPIRES.get(expires_in or "never")
    record = call.state.mint_message_token(
        mailbox, name, frozenset(scopes), now_iso(delta) if delta else None
    )
    store = call.state.mailstore(mailbox.email)
    assert store.has_folder(SPECIAL_FOLDERS[0])
    data = record.to_json()
    data["token"] = record.token
    return Reply({"data": data}, status=201, secret=True)


def list_message_tokens(call: Call) -> Reply:
    """GET /api/v1/mailboxes/{id}/message-tokens: page-number list, ``per_page`` <= 20."""
    mailbox = call.state.mailbox(call.params["id"])
    rows = [t for t in call.state.tokens.values() if t.minted and t.mailbox_id == mailbox.id]
    return Reply(paginate(call.request, rows, TokenRecord.to_json, default=20, maximum=20))


_NARROW = {
    "1h": timedelta(hours=1),
    "2h": timedelta(hours=2),
    "4h": timedelta(hours=4),
    "8h": timedelta(hours=8),
    **_EXPIRES,
}


def _minted(call: Call) -> TokenRecord:
    wanted = call.params["id"]
    record = next(
        (
            t
            for t in call.state.tokens.values()
            if t.id == wanted and t.kind == "message" and t.minted
        ),
        None,
    )
    if record is None:
        raise not_found("Message token")
    return record


def update_message_token(call: Call) -> Reply:
    """PATCH /api/v1/message-tokens/{id}: narrow ``scopes`` (a subset), ``expires_in`` (must
    end sooner) and/or rename; a token is never widened (official client facts 2.16)."""
    record = _minted(call)
    body = call.body or {}
    if record.revoked_at is not None:
        raise ApiError(409, "conflict", "The message token is revoked.")
    scopes = frozenset(body.get("scopes") or record.scopes)
    if not scopes <= record.scopes:
        raise validation_error({"scopes": ["Scopes can only be narrowed, never widened."]})
    expires_at = record.expires_at
    if "expires_in" in body:
        expires_at = now_iso(_NARROW[body["expires_in"]])
        if record.expires_at is not None and expires_at > record.expires_at:
            raise validation_error({"expires_in": ["The new expiry must be sooner."]})
    record.scopes = scopes
    record.expires_at = expires_at
    record.name = body.get("name", record.name)
    return Reply({"data": record.to_json()})


def revoke_message_token(call: Call) -> Reply:
    """DELETE /api/v1/message-tokens/{id}: ``{data: {id, revoked_at}}``; the token stops
    working. Revoking twice is a no-op."""
    record = _minted(call)
    if record.revoked_at is None:
        record.revoked_at = now_iso()
    return Reply(both({"id": record.id, "revoked_at": record.revoked_at}))


HANDLERS: dict[str, Handler] = {
    "list_aliases": list_aliases,
    "create_alias": create_alias,
    "update_alias": update_alias,
    "delete_alias": delete_alias,
    "get_forwarding": get_forwarding,
    "set_forwarding": set_forwarding,
    "create_delete_intent": create_delete_intent,
    "confirm_delete_intent": confirm_delete_intent,
    "list_message_tokens": list_message_tokens,
    "create_message_token": create_message_token,
    "update_message_token": update_message_token,
    "revoke_message_token": revoke_message_token,
}
"""Stateful handlers by operation id (paths, methods and scopes come from openapi.json)."""
