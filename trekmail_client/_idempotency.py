"""Idempotency-Key generation.

TrekMail's API overview: "All POST and PUT requests require an Idempotency-Key header. If you
send the same key with the same body, the API replays the original response ... with a
different body, the API returns 409 Conflict." Random keys protect one logical call across its
retries; deterministic keys (namespace + hash of operation id and canonical body, the same
scheme as the official client's ``mcp_<tool>_<sha256[:32]>``) let a bulk job that is re-run
after a crash replay instead of duplicating.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from typing import Any

__all__ = [
    "MAX_KEY_LENGTH",
    "canonical_json",
    "deterministic_idempotency_key",
    "new_idempotency_key",
    "new_request_id",
]

#: Longest key this SDK will produce (characters).
MAX_KEY_LENGTH = 255
_HASH_CHARS = 32


# A version 4 UUID (RFC 9562, section 5.4) as a 128-bit integer: 122 random bits, the version
# nibble set to 4 and the variant bits to 10. Built from os.urandom, as uuid.uuid4() is, without
# the UUID object (about half the cost per call).
_UUID4_CLEAR = ~(0xF000 << 64) & ~(0xC000 << 48)
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid4_hex() -> str:
    """32 lower-case hex digits of a fresh random version 4 UUID."""
    return "%032x" % ((int.from_bytes(os.urandom(16)) & _UUID4_CLEAR) | _UUID4_SET)


def new_request_id() -> str:
    """Return a fresh random X-Request-Id: a version 4 UUID in its canonical form
    (``8-4-4-4-12`` lower-case hex digits, 36 characters), as ``str(uuid.uuid4())`` gives it."""
    h = _uuid4_hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_idempotency_key() -> str:
    """Return a fresh random key: ``"tmk_"`` + 32 hex digits of a UUID4 (36 characters)."""
    return "tmk_" + _uuid4_hex()


def _plain(obj: Any) -> Any:
    """Turn generated attrs models (anything with ``to_dict()``) into plain JSON values."""
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict) and not isinstance(obj, Mapping | type):
        return _plain(to_dict())
    if isinstance(obj, Mapping):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_plain(v) for v in obj]
    return obj


def canonical_json(obj: Any) -> bytes:
    """Serialise ``obj`` canonically: keys sorted at every depth, no whitespace, UTF-8.

    Args:
        obj: a JSON value (dicts, lists, str, int, float, bool, None) or a generated model with
            ``to_dict()``; tuples are treated as lists.

    Returns:
        UTF-8 bytes.

    Raises:
        ValueError: NaN or infinity in the value.
        TypeError: a value JSON cannot represent.
    """
    return json.dumps(
        _plain(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _check_namespace(namespace: str) -> None:
    if not isinstance(namespace, str) or not namespace:
        raise ValueError("idempotency namespace must be a non-empty str")
    if any(not (0x21 <= ord(ch) <= 0x7E) for ch in namespace):
        raise ValueError("idempotency namespace must be printable ASCII without spaces")


def deterministic_idempotency_key(namespace: str, operation_id: str, body: Any) -> str:
    """Return a key that depends only on its inputs.

    The key is ``f"{namespace}_{operation_id}_{h}"`` where ``h`` is the first 32 hex digits of
    ``sha256(operation_id + ":" + canonical_json(body))``. Re-running the same call with the
    same namespace gives the same key, so the server replays the stored response.

    Args:
        namespace: a label for the job (printable ASCII, no spaces), e.g. ``"import-2024-06"``.
        operation_id: the operation's id, e.g. ``"create_mailbox"``.
        body: the request body (JSON value or generated model).

    Returns:
        The key (at most :data:`MAX_KEY_LENGTH` characters).

    Raises:
        ValueError: invalid namespace or operation id, or the key would exceed 255 characters.
    """
    _check_namespace(namespace)
    _check_namespace(operation_id)
    digest = hashlib.sha256(operation_id.encode("utf-8") + b":" + canonical_json(body))
    key = f"{namespace}_{operation_id}_{digest.hexdigest()[:_HASH_CHARS]}"
    if len(key) > MAX_KEY_LENGTH:
        raise ValueError(
            f"idempotency key would be {len(key)} characters (max {MAX_KEY_LENGTH}); "
            "use a shorter namespace"
        )
    return key
