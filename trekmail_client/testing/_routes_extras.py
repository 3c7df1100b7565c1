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
from ._validation import Fields, check_local_part

__all__ = ["ROUTES"]

_EXPIRES = {"7d": timedelta(days=7), "30d": timedelta(days=30), "90d": timedelta(days=90)}
_MESSAGE_SCOPES = ("messages:read", "messages:write", "messages:send")
_INTENT_TTL = timedelta(minutes=10)


def _live_mailbox(call: Call, mailbox_id: int) -> Mailbox:
    mailbox = call.state.mailbox(mailbox_id)
    if mailbox.status == "trashed":
        raise not_found("Mailbox")
    return mailbox


# -- aliases ------------------------------------------------------------------------------------


def _alias(call: Call) -> Alias:
    alias = call.state.aliases.get(call.params.get("alias") or call.params["id"])
    if alias is None or ("alias" in call.params and alias.mailbox_id != call.params["id"]):
        raise not_found("Alias")
    return alias


def list_aliases(call: Call) -> Reply:
    """GET /api/v1/mailboxes/{id}/aliases, or GET /api/v1/aliases (filter ``mailbox_id``)."""
    mailbox_id = call.params.get("id")
    if mailbox_id is None and call.query.get("mailbox_id", "").isdigit():
        mailbox_id = int(call.query["mailbox_id"])
    if mailbox_id is not None and "id" in call.params:
        call.state.mailbox(mailbox_id)
    rows = [
        a for a in call.state.aliases.values() if mailbox_id is None or a.mailbox_id == mailbox_id
    ]
    return Reply(paginate(call.request, rows, Alias.to_json))


def create_alias(call: Call) -> Reply:
    """POST .../aliases: ``local_part``, ``domain_id``, ``can_receive``, ``can_send``; 201."""
    fields = Fields(call.body)
    mailbox_id = call.params.get("id") or fields.integer("mailbox_id", required=True, minimum=1)
    domain_id = fields.integer("domain_id", required=True, minimum=1)
    local_part = fields.string("local_part", required=True)
    if local_part is not None and (problem := check_local_part(local_part, alias=True)):
        fields.fail("local_part", problem)
    can_receive = fields.boolean("can_receive")
    can_send = fields.boolean("can_send")
    fields.check()
    assert mailbox_id is not None and domain_id is not None and local_part is not None
    state = call.state
    mailbox = _live_mailbox(call, mailbox_id)
    domain = state.domains.get(domain_id)
    if domain is None:
        raise validation_error({"domain_id": ["The selected domain_id is invalid."]})
    email = f"{local_part}@{domain.name}"
    if state.address_taken(email):
        raise ApiError(409, "already_exists", f"The address {email} already exists.")
    alias = Alias(
        state.next_id("alias"),
        mailbox.id,
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
    rows = [t for t in call.state.tokens.values() if t.mailbox_id == mailbox.id]
    return Reply(paginate(call.request, rows, TokenRecord.to_json, default=20, maximum=20))


def revoke_message_token(call: Call) -> Reply:
    """DELETE /api/v1/message-tokens/{id}: ``{data: {id, revoked_at}}``; the token stops
    working. Revoking twice is a no-op."""
    wanted = call.params["id"]
    record = next(
        (
            t
            for t in call.state.tokens.values()
            if t.id == wanted and t.kind == "message" and t.mailbox_id is not None
        ),
        None,
    )
    if record is None:
        raise not_found("Message token")
    if record.revoked_at is None:
        record.revoked_at = now_iso()
    return Reply(both({"id": record.id, "revoked_at": record.revoked_at}))


_ALIAS = "/api/v1/mailboxes/{id:int}/aliases"
ROUTES: list[tuple[str, str, Handler, str | None]] = [
    ("GET", "/api/v1/aliases", list_aliases, "mailboxes:read"),
    ("POST", "/api/v1/aliases", create_alias, "mailboxes:write"),
    ("PATCH", "/api/v1/aliases/{id:int}", update_alias, "mailboxes:write"),
    ("DELETE", "/api/v1/aliases/{id:int}", delete_alias, "mailboxes:write"),
    ("GET", _ALIAS, list_aliases, "mailboxes:read"),
    ("POST", _ALIAS, create_alias, "mailboxes:write"),
    ("PATCH", _ALIAS + "/{alias:int}", update_alias, "mailboxes:write"),
    ("DELETE", _ALIAS + "/{alias:int}", delete_alias, "mailboxes:write"),
    ("GET", "/api/v1/mailboxes/{id:int}/forwarding", get_forwarding, "mailboxes:forwarding:read"),
    ("PUT", "/api/v1/mailboxes/{id:int}/forwarding", set_forwarding, "mailboxes:forwarding:write"),
    ("POST", "/api/v1/mailboxes/{id:int}:delete-intent", create_delete_intent, "mailboxes:delete"),
    ("POST", "/api/v1/delete-intents/{id:int}:confirm", confirm_delete_intent, "mailboxes:delete"),
    (
        "GET",
        "/api/v1/mailboxes/{id:int}/message-tokens",
        list_message_tokens,
        "mailboxes:message-tokens:manage",
    ),
    (
        "POST",
        "/api/v1/mailboxes/{id:int}/message-tokens",
        create_message_token,
        "mailboxes:message-tokens:manage",
    ),
    (
        "DELETE",
        "/api/v1/message-tokens/{id:int}",
        revoke_message_token,
        "mailboxes:message-tokens:manage",
    ),
]
"""(method, path, handler, scope) for this module."""
