"""Message-side families with real state beyond folders and messages: contacts, contact groups
(and their members), identities, templates, blocked senders, scheduled sends, drafts, and
folder rename / delete / empty.

Records live per mailbox (the message token's). Their shape is the contract's: a record starts
as the instance the contract builds for the list's item schema, the request's fields that fit
that schema are laid over it, and every answer is checked against the operation's success
schema (`_fit`), so what the sandbox stores is always what the contract describes. Paths,
bodies and scopes: openapi.json (official client facts for messages, sections 5-9 and 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._contract import contract
from ._errors import ApiError, not_found
from ._mailstore import SPECIAL_FOLDERS, MailStore
from ._pipeline import Call, Handler, Reply, both, contract_reply
from ._records import now_iso

__all__ = ["FAMILIES", "HANDLERS", "Family"]


@dataclass(frozen=True, slots=True)
class Family:
    """A collection with state: the operation ids that create, list, change and remove its
    records (the paths come from openapi.json)."""

    name: str
    create: str
    list: str
    update: str | None
    delete: str | None


FAMILIES: tuple[Family, ...] = (
    Family("contacts", "create_contact", "list_contacts", "update_contact", "delete_contact"),
    Family(
        "contact_groups",
        "create_contact_group",
        "list_contact_groups",
        "update_contact_group",
        "delete_contact_group",
    ),
    Family(
        "identities", "create_identity", "list_identities", "update_identity", "delete_identity"
    ),
    Family("templates", "create_template", "list_templates", "update_template", "delete_template"),
    Family("blocked_senders", "block_sender", "list_blocked_senders", None, "unblock_sender"),
    Family(
        "scheduled", "schedule_message", "list_scheduled", "reschedule_message", "cancel_scheduled"
    ),
)
"""The message-side collections the sandbox keeps state for."""


def _store(call: Call) -> MailStore:
    address = call.token.mailbox or call.state.config.message_mailbox
    return call.state.mailstore(address)


def _records(call: Call, family: str) -> dict[int, dict[str, Any]]:
    key = (_store(call).address, family)
    return call.state.collections.setdefault(key, {})


def _list_key(op_id: str) -> tuple[str | None, Any]:
    """The array property of a list answer and its item schema (None: not a list shape)."""
    c = contract()
    schema = c.schema_at(c.by_id[op_id].success_pointer or "")
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for name in ("data", *props):
        prop = c.resolve(props.get(name))
        if isinstance(prop, dict) and prop.get("type") == "array":
            return name, prop.get("items", {})
    return None, {}


def _fit(call: Call, candidate: Any, status: int | None = None) -> Reply:
    """``candidate`` when it conforms to the operation's success schema, else the answer
    built from the contract (never an answer the contract does not describe)."""
    op = call.operation
    if not contract().check_response(op, candidate):
        return Reply(candidate, status=status or op.success)
    return contract_reply(call)


def _single(call: Call, record: dict[str, Any]) -> Reply:
    """One record in the shape of the operation's answer: under the object property that
    holds a record (``data``, ``identity``, ...) or, for an open answer, at the top level and
    under ``data``."""
    c = contract()
    op = call.operation
    schema = c.schema_at(op.success_pointer) if op.success_pointer else {}
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for name, prop in props.items():
        prop = c.resolve(prop)
        if isinstance(prop, dict) and (name == "data" or "id" in prop.get("properties", {})):
            answer = c.sample(op)
            answer[name] = record
            return _fit(call, answer)
    return _fit(call, both(record))


def _fields(call: Call, item_schema: Any) -> dict[str, Any]:
    """The body's fields that fit the record schema: declared ones that conform, and any
    other when the schema is open."""
    c = contract()
    item = c.resolve(item_schema)
    props = item.get("properties", {}) if isinstance(item, dict) else {}
    body = call.body if isinstance(call.body, dict) else {}
    if not props:
        return dict(body)
    open_item = item.get("additionalProperties", True) is not False
    out: dict[str, Any] = {}
    for name, value in body.items():
        if name in props:
            if c.conforms(props[name], value):
                out[name] = value
        elif open_item:
            out[name] = value
    return out


def _nullable(schema: Any) -> bool:
    """Whether a property schema allows null (``type: [..., "null"]`` or a null member)."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    members = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    return any(isinstance(m, dict) and m.get("type") == "null" for m in members)


def _create(family: Family) -> Handler:
    def create(call: Call) -> Reply:
        _, item_schema = _list_key(family.list)
        c = contract()
        record = c.build(item_schema)
        if not isinstance(record, dict):
            record = {}
        # A new record has no state yet: what the contract lets be null (a send's `failure`,
        # a `sent_at`) starts as null rather than as a made-up sample.
        item = c.resolve(item_schema)
        for name, prop in (item.get("properties", {}) if isinstance(item, dict) else {}).items():
            if name in record and _nullable(prop):
                record[name] = None
        record.update(_fields(call, item_schema))
        record["id"] = call.state.next_id(family.name)
        if "created_at" in record:
            record["created_at"] = now_iso()
        if family.name == "contact_groups":
            record.setdefault("members", [])
        _records(call, family.name)[record["id"]] = record
        return _single(call, _public(record))

    return create


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "members"}


def _list(family: Family) -> Handler:
    def list_(call: Call) -> Reply:
        rows = [_public(r) for r in _records(call, family.name).values()]
        return _rows(call, rows)

    return list_


def _rows(call: Call, rows: list[dict[str, Any]]) -> Reply:
    op = call.operation
    key, _ = _list_key(op.operation_id)
    answer = contract().sample(op)
    if key is None or not isinstance(answer, dict):
        return _fit(call, both({"items": rows}))
    page = call.typed_query.get("page", 1)
    per_page = call.typed_query.get("per_page", 25)
    total = len(rows)
    chunk = rows[(page - 1) * per_page : page * per_page] if "meta" in answer else rows
    for name in list(answer):
        if isinstance(answer[name], list):
            answer[name] = chunk
    if "meta" in answer:
        last = max(1, -(-total // per_page))
        answer["meta"] = {
            "current_page": page,
            "last_page": last,
            "per_page": per_page,
            "total": total,
            "from": (page - 1) * per_page + 1 if chunk else None,
            "to": (page - 1) * per_page + len(chunk) if chunk else None,
        }
        answer["links"] = {"first": None, "last": None, "prev": None, "next": None}
    if "pagination" in answer:
        answer["pagination"] = {"has_more": False, "next_cursor": None}
    return _fit(call, answer)


def _get_record(call: Call, family: Family) -> dict[str, Any]:
    record = _records(call, family.name).get(call.params["id"])
    if record is None:
        raise not_found(family.name.replace("_", " ").rstrip("s").capitalize())
    return record


def _update(family: Family) -> Handler:
    def update(call: Call) -> Reply:
        record = _get_record(call, family)
        _, item_schema = _list_key(family.list)
        record.update(_fields(call, item_schema))
        return _single(call, _public(record))

    return update


def _delete(family: Family) -> Handler:
    def delete(call: Call) -> Reply:
        record = _get_record(call, family)
        del _records(call, family.name)[record["id"]]
        return _fit(call, both({"id": record["id"], "deleted": True}))

    return delete


# -- contact group members ----------------------------------------------------------------------

_GROUPS = FAMILIES[1]


def _member_ids(call: Call) -> list[int]:
    body = call.body if isinstance(call.body, dict) else {}
    ids = body.get("contact_ids") or []
    contacts = _records(call, "contacts")
    missing = [i for i in ids if i not in contacts]
    if missing:
        raise ApiError(
            422,
            "validation_error",
            "Some contact_ids do not exist.",
            extra={"errors": {"contact_ids": ["Every contact id must exist."]}},
        )
    return [int(i) for i in ids]


def add_members(call: Call) -> Reply:
    """POST /api/v1/messages/contact-groups/{id}/members: adds existing contacts."""
    group = _get_record(call, _GROUPS)
    members: list[int] = group.setdefault("members", [])
    for contact_id in _member_ids(call):
        if contact_id not in members:
            members.append(contact_id)
    return _fit(call, both({"id": group["id"], "member_count": len(members)}))


def remove_members(call: Call) -> Reply:
    """DELETE /api/v1/messages/contact-groups/{id}/members: removes contacts from the group."""
    group = _get_record(call, _GROUPS)
    members: list[int] = group.setdefault("members", [])
    gone = set(_member_ids(call))
    group["members"] = [m for m in members if m not in gone]
    return _fit(call, both({"id": group["id"], "member_count": len(group["members"])}))


def list_members(call: Call) -> Reply:
    """GET /api/v1/messages/contact-groups/{id}/members: the member contacts."""
    group = _get_record(call, _GROUPS)
    contacts = _records(call, "contacts")
    rows = [contacts[m] for m in group.get("members", []) if m in contacts]
    return _rows(call, rows)


# -- drafts -------------------------------------------------------------------------------------


def _draft_fields(call: Call) -> dict[str, Any]:
    body = call.body if isinstance(call.body, dict) else {}
    text = body.get("body_text") or body.get("text")
    html = body.get("body_html") or body.get("html")
    return {
        "sender": _store(call).address,
        "to": list(body.get("to") or []),
        "cc": list(body.get("cc") or []),
        "subject": str(body.get("subject") or ""),
        "body_text": text if isinstance(text, str) else None,
        "body_html": html if isinstance(html, str) else None,
        "seen": True,
    }


def save_draft(call: Call) -> Reply:
    """POST /api/v1/messages/drafts: stores the draft in Drafts; ``{uid, uidvalidity}``."""
    store = _store(call)
    draft = store.append("Drafts", **_draft_fields(call))
    return _fit(call, both({"uid": draft.uid, "uidvalidity": store.uidvalidity}))


def update_draft(call: Call) -> Reply:
    """PUT /api/v1/messages/drafts/{uid}: replaces the draft (it gets a new uid)."""
    store = _store(call)
    body = call.body if isinstance(call.body, dict) else {}
    if body.get("uidvalidity") != store.uidvalidity:
        raise ApiError(409, "conflict", "The draft's uidvalidity changed; reload the draft.")
    if store.remove("Drafts", call.params["uid"]) is None:
        raise not_found("Draft")
    draft = store.append("Drafts", **_draft_fields(call))
    return _fit(call, both({"uid": draft.uid, "uidvalidity": store.uidvalidity}))


# -- folders ------------------------------------------------------------------------------------


def _user_folder(store: MailStore, path: str) -> str:
    if not store.has_folder(path):
        raise not_found(f"Folder {path}")
    if path in SPECIAL_FOLDERS:
        raise ApiError(409, "conflict", f"The special folder {path} cannot be changed.")
    return path


def rename_folder(call: Call) -> Reply:
    """PATCH /api/v1/messages/folders/{path}: ``name`` (a leaf name or a full target path)."""
    store = _store(call)
    path = _user_folder(store, call.params["path"])
    name = str(call.body["name"])
    parent = path.rpartition("/")[0]
    target = name if "/" in name or not parent else f"{parent}/{name}"
    if store.has_folder(target):
        raise ApiError(409, "already_exists", f"The folder {target} already exists.")
    store.rename_folder(path, target)
    row = next(f for f in store.folders() if f["path"] == target)
    return _fit(call, both(row))


def delete_folder(call: Call) -> Reply:
    """DELETE /api/v1/messages/folders/{path}: removes the folder and its sub-folders."""
    store = _store(call)
    path = _user_folder(store, call.params["path"])
    store.delete_folder(path)
    return _fit(call, both({"path": path, "deleted": True}))


def empty_folder(call: Call) -> Reply:
    """POST /api/v1/messages/folders:empty: ``folder`` Trash or Junk; removes its messages."""
    store = _store(call)
    folder = str(call.body["folder"])
    removed = store.empty(folder)
    return _fit(call, both({"folder": folder, "deleted": removed}))


HANDLERS: dict[str, Handler] = {
    "add_contact_group_members": add_members,
    "remove_contact_group_members": remove_members,
    "list_contact_group_members": list_members,
    "save_draft": save_draft,
    "update_draft": update_draft,
    "rename_folder": rename_folder,
    "delete_folder": delete_folder,
    "empty_folder": empty_folder,
}
"""Stateful handlers by operation id."""

for _family in FAMILIES:
    HANDLERS[_family.create] = _create(_family)
    HANDLERS[_family.list] = _list(_family)
    if _family.update is not None:
        HANDLERS[_family.update] = _update(_family)
    if _family.delete is not None:
        HANDLERS[_family.delete] = _delete(_family)
