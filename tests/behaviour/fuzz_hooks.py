"""Schemathesis hooks for the sandbox run (``SCHEMATHESIS_HOOKS``, set by test_sandbox_fuzz.py).

The API overview requires an ``Idempotency-Key`` on every POST and PUT; openapi.json keeps the
header optional (the SDK adds it), so a generated case without one is completed the way every
client following the overview sends it: a fresh key per case. A generated key is replaced too,
so two different bodies never share a key by chance (that is a 409 by design).
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis


@schemathesis.hook
def map_headers(ctx: Any, headers: dict[str, str] | None) -> dict[str, str] | None:
    """Give POST, PUT, PATCH and DELETE cases a unique ``Idempotency-Key``."""
    if ctx.operation.method.upper() in ("POST", "PUT", "PATCH", "DELETE"):
        headers = dict(headers or {})
        headers["Idempotency-Key"] = "fuzz-" + uuid.uuid4().hex
    return headers
