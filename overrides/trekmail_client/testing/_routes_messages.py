"""Message-token routes: whoami, ping, folders, list / read / flag / move / delete, send.

Paths and scopes: ``seed-endpoints.jsonl``; parameters and shapes: official client facts for
messages, sections 2, 4, 10 and 11. The list answers in both documented spellings: ``data`` with
top-level ``has_more`` / ``next_before_uid``, and ``messages`` with ``pagination``; single
objects are bare and also under ``data`` (see `both`).
"""

from __future__ import annotations

import functools

from ._errors import ApiError, not_found, validation_error
from ._mailstore import SPECIAL_FOLDERS, MailStore
from ._pipeline import Call, Handler, Reply, both
from ._records import now_iso
from ._validation import Fields

__all__ = ["HANDLERS"]

_HEADER_WHITELIST = frozenset({"list-unsubscribe", "list-unsubscribe-post", "reply-to"})


def _store(call: Call) -> MailStore:
    address = call.token.mailbox or call.state.config.message_mailbox
    return call.state.mailstore(address)


def _folder(call: Call, store: MailStore, name: str | None) -> str:
    folder = name or "INBOX"
    if not store.has_folder(folder):
        raise not_found(f"Folder {folder}")
    return folder


def _query_int(call: Call, name: str, low: int, high: int | None = None) -> int | None:
    raw = call.query.get(name)
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        bound = f"{low}-{high}" if high is not None else f">= {low}"
        raise validation_error({name: [f"The {name} must be an integer {bound}."]})
    return int(raw)


def whoami(call: Call) -> Reply:
    """GET /api/v1/messages/_me: the token, its mailbox and ``capabilities.effective_scopes``."""
    token = call.token
    return Reply(
        both(
            {
                "token": token.summary(),
                "mailbox": {"id": token.mailbox_id, "email": _store(call).address},
                "capabilities": {"effective_scopes": sorted(token.scopes)},
            }
        )
    )


def ping(call: Call) -> Reply:
    """GET /api/v1/messages/_ping: ``{data: {ok: true, imap: "ok"}}``."""
    return Reply({"data": {"ok": True, "imap": "ok", "mailbox": _store(call).address}})


def list_folders(call: Call) -> Reply:
    """GET /api/v1/messages/folders: the whole list (no pagination)."""
    folders = _store(call).folders()
    return Reply({"data": folders, "folders": folders})


def create_folder(call: Call) -> Reply:
    """POST /api/v1/messages/folders: ``name`` (leaf, no ``/``), optional ``parent``; 201."""
    store = _store(call)
    fields = Fields(call.body)
    name = fields.string("name", required=True, min_len=1, max_len=255)
    parent = fields.string("parent", max_len=255)
    if name is not None and ("/" in name or name in SPECIAL_FOLDERS):
        fields.fail("name", "The name must not contain '/' or be a reserved folder name.")
    if parent is not None and not store.has_folder(parent):
        fields.fail("parent", "The parent folder does not exist.")
    fields.check()
    assert name is not None
    path = f"{parent}/{name}" if parent else name
    if store.has_folder(path):
        raise ApiError(409, "already_exists", f"The folder {path} already exists.")
    store.create_folder(name, parent)
    return Reply({"data": next(f for f in store.folders() if f["path"] == path)}, status=201)


def list_messages(call: Call) -> Reply:
    """GET /api/v1/messages: newest first; ``folder``, ``limit`` 1-50 (20), ``before_uid``,
    ``unread_only``, ``search``."""
    store = _store(call)
    folder = _folder(call, store, call.query.get("folder"))
    limit = _query_int(call, "limit", 1, 50) or 20
    before = _query_int(call, "before_uid", 1)
    unread = call.query.get("unread_only", "").lower() in ("1", "true")
    rows, has_more, next_before = store.list_messages(
        folder,
        limit=limit,
        before_uid=before,
        unread_only=unread,
        search=call.query.get("search"),
    )
    data = [m.summary() for m in rows]
    return Reply(
        {
            "data": data,
            "messages": data,
            "has_more": has_more,
            "next_before_uid": next_before,
            "pagination": {"has_more": has_more, "next_before_uid": next_before},
        }
    )


def _message_folder(call: Call, store: MailStore) -> str:
    name = call.query.get("folder")
    if isinstance(call.body, dict) and isinstance(call.body.get("folder"), str):
        name = call.body["folder"]
    return _folder(call, store, name)


def read_message(call: Call) -> Reply:
    """GET /api/v1/messages/{uid}: the full message; marks it seen."""
    store = _store(call)
    message = store.get(_message_folder(call, store), call.params["uid"])
    if message is None:
        raise not_found("Message")
    message.seen = True
    return Reply(both(message.full(store.uidvalidity)))


def update_flags(call: Call) -> Reply:
    """PATCH /api/v1/messages/{uid}: ``flags: {seen?, flagged?}``."""
    store = _store(call)
    fields = Fields(call.body)
    flags = fields.body.get("flags")
    if not isinstance(flags, dict) or any(
        k not in ("seen", "flagged") or not isinstance(v, bool) for k, v in flags.items()
    ):
        fields.fail("flags", "The flags field must be an object of seen and/or flagged booleans.")
    fields.check()
    assert isinstance(flags, dict)
    message = store.get(_message_folder(call, store), call.params["uid"])
    if message is None:
        raise not_found("Message")
    message.seen = flags.get("seen", message.seen)
    message.flagged = flags.get("flagged", message.flagged)
    flags_now = {"seen": message.seen, "flagged": message.flagged}
    return Reply(both({"uid": message.uid, "flags": flags_now}))


def delete_message(call: Call) -> Reply:
    """DELETE /api/v1/messages/{uid}: permanent; 204."""
    store = _store(call)
    if store.remove(_message_folder(call, store), call.params["uid"]) is None:
        raise not_found("Message")
    return Reply(None, status=204)


def move_message(call: Call) -> Reply:
    """POST /api/v1/messages/{uid}:move: ``destination`` (req), ``folder`` (source)."""
    store = _store(call)
    fields = Fields(call.body)
    destination = fields.string("destination", required=True, max_len=255)
    fields.check()
    assert destination is not None
    source = _message_folder(call, store)
    target = _folder(call, store, destination)
    moved = store.move(source, call.params["uid"], target)
    if moved is None:
        raise not_found("Message")
    return Reply(both({"uid": moved.uid, "folder": target}))


def send_message(call: Call) -> Reply:
    """POST /api/v1/messages/send: stored in Sent (and delivered to sandbox mailboxes among the
    recipients); ``{data: {status: "queued", message_id, queued_at, request_id}}``."""
    store = _store(call)
    fields = Fields(call.body)
    to = fields.emails("to", required=True, max_items=10)
    cc = fields.emails("cc", max_items=10)
    bcc = fields.emails("bcc", max_items=10)
    subject = fields.string("subject", required=True, min_len=1, max_len=998)
    body = fields.body.get("body")
    text = body.get("text") if isinstance(body, dict) else None
    html = body.get("html") if isinstance(body, dict) else None
    if not isinstance(body, dict):
        fields.fail("body", "The body must be an object with text and/or html.")
    if len(to) + len(cc) + len(bcc) > 10:
        fields.fail("to", "At most 10 recipients in total (to + cc + bcc).")
    headers = fields.body.get("headers") or {}
    if not isinstance(headers, dict):
        fields.fail("headers", "The headers field must be an object.")
        headers = {}
    for name, value in headers.items():
        lowered = str(name).lower()
        if lowered not in _HEADER_WHITELIST and not lowered.startswith("x-"):
            fields.fail("headers", f"The header {name} is platform-managed.")
        elif not isinstance(value, str) or "\r" in value or "\n" in value or len(value) > 998:
            fields.fail("headers", f"The value of {name} is invalid.")
    fields.check()
    assert subject is not None
    text_body = text if isinstance(text, str) else None
    html_body = html if isinstance(html, str) else None
    deliver = functools.partial(
        MailStore.append,
        sender=store.address,
        to=to,
        cc=cc,
        subject=subject,
        body_text=text_body,
        body_html=html_body,
    )
    sent = deliver(store, "Sent", seen=True)
    for rcpt in {*to, *cc, *bcc}:
        # Every hosted recipient gets a copy in INBOX, the sender too when it writes to itself.
        target = call.state.mailstores.get(rcpt)
        if target is not None:
            deliver(target, "INBOX")
    rid = call.request.scope.get("sandbox.request_id")
    return Reply(
        both(
            {
                "status": "queued",
                "message_id": sent.message_id,
                "queued_at": now_iso(),
                "request_id": rid,
                "uid": sent.uid,
            }
        )
    )


HANDLERS: dict[str, Handler] = {
    "whoami_messages": whoami,
    "ping_messages": ping,
    "list_folders": list_folders,
    "create_folder": create_folder,
    "list_messages": list_messages,
    "send_message": send_message,
    "read_message": read_message,
    "update_message_flags": update_flags,
    "delete_message": delete_message,
    "move_message": move_message,
}
"""Stateful handlers by operation id (paths, methods and scopes come from openapi.json)."""
