"""Mailbox and invite routes (ops token): create (single and bulk), list, get, update,
password, pause / resume, note, invites (single and bulk).

Paths and scopes: ``seed-endpoints.jsonl``; bodies, limits and response codes: official client
facts 2.7 and 2.10; the storage pool: API overview, "Mailbox storage allocation".
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, validation_error
from ._pagination import paginate
from ._pipeline import Call, Handler, Reply, both
from ._records import Mailbox
from ._state import APP_PASSWORD_LIMIT, NewMailbox
from ._validation import Fields, check_local_part, check_password

__all__ = ["HANDLERS", "live_mailbox"]

_PASSWORD_MODES = ("user_supplied", "generated_one_time")
_CLIENT_AUTH = ("app_password_only", "password_or_app_password")
_DRIVE_ACCESS = ("full", "attachments_only", "disabled")


def _mailbox_fields(fields: Fields, *, generated: bool) -> NewMailbox | None:
    """Read one mailbox's fields (a create body or a bulk row); None when any is invalid."""
    domain_id = fields.integer("domain_id", required=True, minimum=1)
    local_part = fields.string("local_part", required=True)
    if local_part is not None and (problem := check_local_part(local_part)):
        fields.fail("local_part", problem)
        local_part = None
    display_name = fields.string("display_name", max_len=255)
    allocation = fields.integer("storage_allocation_mb", minimum=1)
    # The contract keeps password optional in both modes; without one the sandbox generates
    # it, as in generated_one_time mode (docs/spec-notes.md, "Idempotency" section).
    password = None if generated else fields.string("password")
    if password is not None and (problem := check_password(password)):
        fields.fail("password", problem)
    client_auth = fields.enum("client_auth_mode", _CLIENT_AUTH)
    if fields.errors or domain_id is None or local_part is None:
        return None
    return NewMailbox(domain_id, local_part, display_name, allocation, password, client_auth)


def create_mailbox(call: Call) -> Reply:
    """POST /api/v1/mailboxes: 201 ``{data: Mailbox}`` (+ ``data.password`` when generated)."""
    fields = Fields(call.body)
    mode = fields.enum("password_mode", _PASSWORD_MODES) or "user_supplied"
    want_app_password = fields.boolean("create_app_password") or False
    spec = _mailbox_fields(fields, generated=mode == "generated_one_time")
    fields.check()
    assert spec is not None
    mailbox, password = call.state.create_mailbox(spec)
    data = mailbox.to_json()
    if password is not None:
        data["password"] = password
    data["app_password"] = (
        call.state.mint_app_password(mailbox, "default", via="mailbox_create").secret_json()
        if want_app_password
        else None
    )
    return Reply({"data": data}, status=201, secret=True)


def bulk_create(call: Call) -> Reply:
    """POST /api/v1/mailboxes:bulk: per-row results; 200 / 207 / 422, or the whole batch
    refused with 422 ``storage_pool_exceeded``."""
    fields = Fields(call.body)
    mode = fields.enum("password_mode", _PASSWORD_MODES) or "user_supplied"
    app_password = fields.boolean("create_app_password") or False
    items = fields.body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= 100:
        fields.fail("items", "The items field must be a list of 1 to 100 mailboxes.")
    fields.check()
    assert isinstance(items, list)
    generated = mode == "generated_one_time"
    rows: list[NewMailbox | ApiError] = []
    for index, item in enumerate(items):
        row_fields = Fields(item, prefix=f"items.{index}.")
        spec = _mailbox_fields(row_fields, generated=generated)
        for name, messages in call.row_errors.get(index, {}).items():
            row_fields.errors.setdefault(name, []).extend(messages)
            spec = None
        if spec is None:
            err = row_fields.error()
            err.extra["email"] = _row_email(call, row_fields.body)
            rows.append(err)
        else:
            rows.append(spec)
    rows = _fail_repeats(call, rows)
    status, body = call.state.bulk_create(rows, generated=generated, app_password=app_password)
    return Reply(body, status=status, secret=True)


def _row_email(call: Call, item: dict[str, Any]) -> str:
    domain_id = item.get("domain_id")
    domain = call.state.domains.get(domain_id) if isinstance(domain_id, int) else None
    return f"{item.get('local_part')}@{domain.name if domain else '?'}"


def _fail_repeats(call: Call, rows: list[NewMailbox | ApiError]) -> list[NewMailbox | ApiError]:
    """Rows repeating an earlier row's address in the same batch fail with ``already_exists``."""
    seen: set[tuple[int, str]] = set()
    out: list[NewMailbox | ApiError] = []
    for row in rows:
        if isinstance(row, NewMailbox):
            slot = (row.domain_id, row.local_part)
            if slot in seen:
                domain = call.state.domains.get(row.domain_id)
                email = f"{row.local_part}@{domain.name if domain else '?'}"
                row = ApiError(
                    409,
                    "already_exists",
                    f"The address {email} is repeated.",
                    extra={"email": email},
                )
            seen.add(slot)
        out.append(row)
    return out


def list_mailboxes(call: Call) -> Reply:
    """GET /api/v1/mailboxes: page-number list; filters ``domain_id``, ``search``, ``status``
    (trashed mailboxes are listed only with ``status=trashed``)."""
    query = call.query
    status = query.get("status")
    domain_id: int | None = None
    if query.get("domain_id"):
        try:
            domain_id = int(query["domain_id"])
        except ValueError:
            raise validation_error({"domain_id": ["The domain_id must be an integer."]}) from None
    search = (query.get("search") or "").lower()
    rows = [
        m
        for m in call.state.mailboxes.values()
        if (m.status == status if status else m.status != "trashed")
        and (domain_id is None or m.domain_id == domain_id)
        and (not search or search in m.email or search in (m.display_name or "").lower())
    ]
    return Reply(paginate(call.request, rows, Mailbox.to_json))


def get_mailbox(call: Call) -> Reply:
    """GET /api/v1/mailboxes/{id}."""
    return Reply({"data": call.state.mailbox(call.params["id"]).to_json()})


def update_mailbox(call: Call) -> Reply:
    """PATCH /api/v1/mailboxes/{id}: display_name, conversation_view, drive_access (409 while
    the mailbox is in the recycle bin)."""
    mailbox = live_mailbox(call, call.params["id"])
    fields = Fields(call.body)
    display_name = fields.string("display_name", max_len=255)
    conversation_view = fields.boolean("conversation_view")
    drive_access = fields.enum("drive_access", _DRIVE_ACCESS)
    fields.check()
    if fields.has("display_name"):
        mailbox.display_name = display_name
    if conversation_view is not None:
        mailbox.conversation_view = conversation_view
    if drive_access is not None:
        mailbox.drive_access = drive_access
    return Reply({"data": mailbox.to_json()})


def change_password(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}/password: ``{data: {status: "updated", sync_pending}}``."""
    mailbox = live_mailbox(call, call.params["id"])
    fields = Fields(call.body)
    password = fields.string("password", required=True)
    if password is not None and (problem := check_password(password)):
        fields.fail("password", problem)
    fields.check()
    assert password is not None
    mailbox.password = password
    # A password change revokes the mailbox's app passwords (official client facts 2.7).
    revoked = call.state.revoke_app_passwords(mailbox, "password_changed")
    payload: dict[str, Any] = {"id": mailbox.id, "status": "updated", "sync_pending": False}
    if revoked:
        payload["app_passwords_revoked"] = revoked
    return Reply(both(payload))


def list_app_passwords(call: Call) -> Reply:
    """GET /api/v1/mailboxes/{id}/app-passwords: ``{mailbox_id, client_auth_mode, limit,
    active_count, data: [...]}`` (never the secrets; official client facts 2.8)."""
    mailbox = call.state.mailbox(call.params["id"])
    rows = [a.to_json() for a in mailbox.app_passwords]
    return Reply(
        {
            "mailbox_id": mailbox.id,
            "client_auth_mode": mailbox.client_auth_mode,
            "limit": APP_PASSWORD_LIMIT,
            "active_count": sum(1 for a in mailbox.app_passwords if a.revoked_at is None),
            "data": rows,
        }
    )


def create_app_password(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}/app-passwords: ``name`` (1-64 characters); 201 ``{data:
    {id, name, password}, message}``, the secret shown once (a replay redacts it). 422
    ``mailbox_not_eligible`` or ``app_password_limit_reached`` (official client facts 2.8)."""
    mailbox = live_mailbox(call, call.params["id"])
    fields = Fields(call.body)
    name = fields.string("name", required=True, max_len=64, min_len=1)
    fields.check()
    assert name is not None
    record = call.state.mint_app_password(mailbox, name)
    return Reply(
        {"data": record.secret_json(), "message": "App password created."},
        status=201,
        secret=True,
    )


def _set_status(call: Call, status: str) -> Reply:
    mailbox = call.state.mailbox(call.params["id"])
    if mailbox.status == "trashed":
        raise ApiError(409, "conflict", "The mailbox is in the recycle bin.")
    mailbox.status = status
    return Reply({"data": mailbox.to_json(), "status": status, "message": f"Mailbox {status}."})


def pause(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}:pause."""
    return _set_status(call, "paused")


def resume(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}:resume."""
    return _set_status(call, "active")


def update_note(call: Call) -> Reply:
    """PATCH /api/v1/mailboxes/{id}/note: ``note`` (<= 120 characters, or null to clear)."""
    mailbox = live_mailbox(call, call.params["id"])
    fields = Fields(call.body)
    note = fields.string("note", max_len=120)
    if not fields.has("note"):
        fields.fail("note", "The note field must be present (null clears it).")
    fields.check()
    mailbox.note = note
    return Reply({"data": mailbox.to_json()})


def _invite_fields(fields: Fields, *, domain_required: bool = True) -> dict[str, Any] | None:
    domain_id = fields.integer("domain_id", required=domain_required, minimum=1)
    local_part = fields.string("local_part", required=True)
    if local_part is not None and (problem := check_local_part(local_part)):
        fields.fail("local_part", problem)
    recipient = fields.string("recipient_email", required=True, max_len=255)
    if recipient is not None and "@" not in recipient:
        fields.fail("recipient_email", "The recipient_email must be a valid e-mail address.")
    allocation = fields.integer("storage_allocation_mb", minimum=1)
    if fields.errors:
        return None
    return {
        "domain_id": domain_id,
        "local_part": local_part,
        "recipient": recipient,
        "allocation_mb": allocation,
    }


def create_invite(call: Call) -> Reply:
    """POST /api/v1/mailboxes/invites: 201 ``{data: Invite}`` (pending; reserves storage)."""
    fields = Fields(call.body)
    hours = fields.integer("expires_in_hours", minimum=1, maximum=720) or 72
    spec = _invite_fields(fields)
    fields.check()
    assert spec is not None
    invite = call.state.create_invite(
        spec["domain_id"], spec["local_part"], spec["recipient"], spec["allocation_mb"], hours
    )
    return Reply({"data": invite.to_json()}, status=201, secret=True)


def bulk_invites(call: Call) -> Reply:
    """POST /api/v1/mailboxes/invites:bulk: per-row results like ``mailboxes:bulk``."""
    fields = Fields(call.body)
    default_domain = fields.integer("domain_id", required=True, minimum=1)
    hours = fields.integer("expires_in_hours", minimum=1, maximum=720) or 72
    items = fields.body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= 100:
        fields.fail("items", "The items field must be a list of 1 to 100 invites.")
    fields.check()
    assert isinstance(items, list)
    specs: list[dict[str, Any] | ApiError] = []
    for index, item in enumerate(items):
        row = Fields(item, prefix=f"items.{index}.")
        spec = _invite_fields(row, domain_required=False)
        for name, messages in call.row_errors.get(index, {}).items():
            row.errors.setdefault(name, []).extend(messages)
            spec = None
        if spec is None:
            specs.append(row.error())
        else:
            spec["domain_id"] = spec["domain_id"] or default_domain
            specs.append(spec)
    state = call.state
    state.check_pool(sum(s["allocation_mb"] or 0 for s in specs if isinstance(s, dict)))
    results: list[dict[str, Any]] = []
    created = 0
    for index, item in enumerate(specs):
        if isinstance(item, ApiError):
            results.append(item.failed_row(index, item.extra.get("email")))
            continue
        spec = item
        domain = state.domains.get(spec["domain_id"])
        email = f"{spec['local_part']}@{domain.name if domain else '?'}"
        try:
            invite = state.create_invite(
                spec["domain_id"],
                spec["local_part"],
                spec["recipient"],
                spec["allocation_mb"],
                hours,
            )
        except ApiError as exc:
            results.append(exc.failed_row(index, email))
            continue
        created += 1
        results.append(
            {
                "index": index,
                "email": email,
                "status": "created",
                "id": invite.id,
                "invite_url": invite.to_json()["invite_url"],
            }
        )
    failed = len(specs) - created
    status = 200 if not failed else (207 if created else 422)
    return Reply(
        {"counts": {"created": created, "failed": failed}, "results": results},
        status=status,
        secret=True,
    )


def restore(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}:restore: a trashed mailbox comes back from the recycle bin
    as ``active`` (its dedicated storage is taken from the pool again)."""
    state = call.state
    mailbox = state.mailbox(call.params["id"])
    if mailbox.status != "trashed":
        raise ApiError(409, "conflict", "The mailbox is not in the recycle bin.")
    state.restore_mailbox(mailbox)
    return Reply({"data": mailbox.to_json(), "status": "active", "message": "Mailbox restored."})


def enable_imap(call: Call) -> Reply:
    """POST /api/v1/mailboxes/{id}/enable-imap: ``password`` (the mailbox's current one).
    IMAP is the prerequisite of message tokens (official client facts 2.16)."""
    mailbox = live_mailbox(call, call.params["id"])
    if call.body["password"] != mailbox.password:
        raise validation_error({"password": ["The password is not the mailbox's password."]})
    mailbox.imap_enabled = True
    return Reply({"data": mailbox.to_json(), "status": "enabled", "message": "IMAP enabled."})


def live_mailbox(call: Call, mailbox_id: int) -> Mailbox:
    """The mailbox ``mailbox_id`` unless it is in the recycle bin.

    Raises:
        ApiError: 404 ``not_found`` (unknown), 409 ``conflict`` (trashed: restore it first).
    """
    mailbox = call.state.mailbox(mailbox_id)
    if mailbox.status == "trashed":
        raise ApiError(
            409,
            "conflict",
            "The mailbox is in the recycle bin.",
            "Restore it with POST /api/v1/mailboxes/{id}:restore first.",
        )
    return mailbox


HANDLERS: dict[str, Handler] = {
    "list_mailboxes": list_mailboxes,
    "create_mailbox": create_mailbox,
    "bulk_create_mailboxes": bulk_create,
    "create_invite": create_invite,
    "create_invites_bulk": bulk_invites,
    "get_mailbox": get_mailbox,
    "update_mailbox": update_mailbox,
    "change_mailbox_password": change_password,
    "pause_mailbox": pause,
    "resume_mailbox": resume,
    "update_mailbox_note": update_note,
    "restore_mailbox": restore,
    "enable_imap": enable_imap,
    "list_mailbox_app_passwords": list_app_passwords,
    "create_mailbox_app_password": create_app_password,
}
"""Stateful handlers by operation id (paths, methods and scopes come from openapi.json)."""
