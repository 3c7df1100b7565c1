"""Idempotency keys: random format, deterministic keys over canonical JSON."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trekmail_client._idempotency import (
    canonical_json,
    deterministic_idempotency_key,
    new_idempotency_key,
    new_request_id,
)


def test_new_key_format_and_uniqueness() -> None:
    keys = {new_idempotency_key() for _ in range(100)}
    assert len(keys) == 100
    assert all(re.fullmatch(r"tmk_[0-9a-f]{32}", k) for k in keys)
    for k in keys:  # the 32 digits are a version 4 UUID
        parsed = uuid.UUID(hex=k[4:])
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_new_request_id_is_a_canonical_uuid4() -> None:
    ids = {new_request_id() for _ in range(500)}
    assert len(ids) == 500
    for rid in ids:
        parsed = uuid.UUID(rid)
        assert str(parsed) == rid  # canonical form: lower case, 8-4-4-4-12
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # the random bits do vary: every hex position other than the fixed ones takes > 1 value
    fixed = {14, 19}  # version nibble; variant nibble (8, 9, a or b)
    for i in range(36):
        if rid[i] != "-" and i not in fixed:
            assert len({r[i] for r in ids}) > 1, i


def test_canonical_json_sorts_keys_at_every_depth() -> None:
    a = {"b": 1, "a": {"z": [1, {"y": 2, "x": 3}], "c": None}}
    b = {"a": {"c": None, "z": [1, {"x": 3, "y": 2}]}, "b": 1}
    assert canonical_json(a) == canonical_json(b)
    assert canonical_json(a) == b'{"a":{"c":null,"z":[1,{"x":3,"y":2}]},"b":1}'


def test_canonical_json_unicode_and_models() -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return {"name": "Zoë", "id": 1}

    assert canonical_json(Model()) == '{"id":1,"name":"Zoë"}'.encode()
    assert canonical_json((1, 2)) == b"[1,2]"


def test_canonical_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_deterministic_key_format_and_stability() -> None:
    body = {"email": "alice@example.com", "quota": 1024}
    k1 = deterministic_idempotency_key("import-7", "create_mailbox", body)
    k2 = deterministic_idempotency_key("import-7", "create_mailbox", dict(reversed(body.items())))
    assert k1 == k2
    assert re.fullmatch(r"import-7_create_mailbox_[0-9a-f]{32}", k1)
    assert k1 != deterministic_idempotency_key("import-8", "create_mailbox", body)
    assert k1 != deterministic_idempotency_key("import-7", "update_mailbox", body)
    assert k1 != deterministic_idempotency_key("import-7", "create_mailbox", {**body, "quota": 1})


@pytest.mark.parametrize("namespace", ["", "has space", "tab\t", "é", "new\nline"])
def test_namespace_validated(namespace: str) -> None:
    with pytest.raises(ValueError):
        deterministic_idempotency_key(namespace, "create_mailbox", {})


def test_key_length_capped() -> None:
    with pytest.raises(ValueError, match="max 255"):
        deterministic_idempotency_key("n" * 250, "create_mailbox", {})
    key = deterministic_idempotency_key("n" * 200, "create_mailbox", {})
    assert len(key) <= 255


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=10,
)


@given(json_values)
def test_deterministic_key_is_pure(value: Any) -> None:
    assert deterministic_idempotency_key("ns", "op", value) == deterministic_idempotency_key(
        "ns", "op", value
    )
