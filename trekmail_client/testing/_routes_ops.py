"""Account, token and domain routes (ops token).

Paths and scopes: ``seed-endpoints.jsonl`` (the API overview); bodies and limits: official
client facts 2.1 and 2.2.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, validation_error
from ._pagination import paginate
from ._pipeline import Call, Handler, Reply, both
from ._records import Domain
from ._validation import Fields

__all__ = ["HANDLERS"]

_MAIL_HOSTING = ("trekmail", "external")
_DOMAIN_STATUSES = ("pending_dns", "active", "suspended")


def _account(call: Call) -> dict[str, Any]:
    config = call.state.config
    return {"id": 1, "name": config.account_name, "plan": config.plan}


def me(call: Call) -> Reply:
    """GET /api/v1/me: the token, the account and ``capabilities.effective_scopes``."""
    token = call.token
    return Reply(
        both(
            {
                "token": token.summary(),
                "account": _account(call),
                "capabilities": {"effective_scopes": sorted(token.scopes)},
            }
        )
    )


def account(call: Call) -> Reply:
    """GET /api/v1/account: plan, limits and usage."""
    state = call.state
    data = _account(call)
    data.update(
        limits={
            "storage_pool_mb": state.config.pool_mb,
            "rate_limit_per_minute": state.config.rate_limit_per_minute,
        },
        usage={
            "domains": len(state.domains),
            "mailboxes": len(state.mailboxes),
            "storage_allocated_mb": state.allocated_mb,
            "storage_free_mb": state.free_pool_mb,
        },
    )
    return Reply({"data": data})


def list_domains(call: Call) -> Reply:
    """GET /api/v1/domains: page-number list; filters ``status`` and ``search``."""
    status = call.query.get("status")
    if status is not None and status not in _DOMAIN_STATUSES:
        raise validation_error({"status": ["The selected status is invalid."]})
    search = (call.query.get("search") or "").lower()
    rows = [
        d
        for d in call.state.domains.values()
        if (status is None or d.status == status) and (not search or search in d.name)
    ]
    return Reply(paginate(call.request, rows, Domain.to_json))


def get_domain(call: Call) -> Reply:
    """GET /api/v1/domains/{id}."""
    return Reply({"data": call.state.domain(call.params["id"]).to_json()})


def create_domain(call: Call) -> Reply:
    """POST /api/v1/domains: 201 ``{data: Domain}`` in ``pending_dns``; 409 when it exists."""
    fields = Fields(call.body)
    name = fields.string("name", required=True, max_len=255)
    hosting = fields.enum("mail_hosting", _MAIL_HOSTING) or "trekmail"
    fields.check()
    assert name is not None
    return Reply({"data": call.state.create_domain(name, hosting).to_json()}, status=201)


def delete_domain(call: Call) -> Reply:
    """DELETE /api/v1/domains/{id}: removes the domain and its mailboxes."""
    domain = call.state.delete_domain(call.params["id"])
    return Reply({"data": {"id": domain.id, "deleted": True}})


def bulk_add_domains(call: Call) -> Reply:
    """POST /api/v1/domains:bulk-add: ``{created, total, results}``; 200, 207 or 422."""
    fields = Fields(call.body)
    names = fields.body.get("domains")
    if not isinstance(names, list) or not 1 <= len(names) <= 20:
        fields.fail("domains", "The domains field must be a list of 1 to 20 names.")
    fields.check()
    assert isinstance(names, list)
    results: list[dict[str, Any]] = []
    created = 0
    for index, name in enumerate(names):
        contract_problems = call.row_errors.get(index)
        problem = (
            "The name must be a string of at most 255 characters."
            if not isinstance(name, str) or len(name) > 255
            else None
        )
        if contract_problems:
            problem = next(iter(contract_problems.values()))[0]
        if problem is not None:
            results.append(
                {"domain": name, "status": "error", "reason": "validation_error", "error": problem}
            )
            continue
        try:
            domain = call.state.create_domain(name, "trekmail")
        except ApiError as exc:
            results.append(
                {"domain": name, "status": "error", "reason": exc.code, "error": exc.message}
            )
            continue
        created += 1
        results.append({"domain": name, "status": "created", "id": domain.id})
    status = 200 if created == len(names) else (207 if created else 422)
    return Reply({"created": created, "total": len(names), "results": results}, status=status)


def update_account(call: Call) -> Reply:
    """PATCH /api/v1/account: ``new_mailbox_client_auth_mode`` for mailboxes created from now
    on (official client facts 2.1)."""
    mode = call.body["new_mailbox_client_auth_mode"]
    call.state.new_mailbox_client_auth_mode = mode
    return Reply(both({"new_mailbox_client_auth_mode": mode}))


HANDLERS: dict[str, Handler] = {
    "whoami": me,
    "get_account": account,
    "update_account": update_account,
    "list_domains": list_domains,
    "create_domain": create_domain,
    "bulk_add_domains": bulk_add_domains,
    "get_domain": get_domain,
    "delete_domain": delete_domain,
}
"""Stateful handlers by operation id (paths, methods and scopes come from openapi.json)."""
