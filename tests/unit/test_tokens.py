"""Token validation: wrong prefix, whitespace, CR/LF, empty; the token is never echoed."""

from __future__ import annotations

import pytest

from trekmail_client._exceptions import InvalidTokenError
from trekmail_client._tokens import (
    token_fingerprint,
    validate_message_token,
    validate_ops_token,
)

SECRET = "s3cr3tVALUE"


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("", "empty"),
        (f"tm_msg_{SECRET}", "other token type"),
        (f"xx_live_{SECRET}", "must start with 'tm_live_'"),
        (f"tm_live_{SECRET} ", "whitespace"),
        (f" tm_live_{SECRET}", "whitespace"),
        (f"tm_live_{SECRET}\n", "CR or LF"),
        (f"tm_live_{SECRET}\r\nX-Evil: 1", "CR or LF"),
        (f"tm_live_{SECRET}\tx", "whitespace"),
        ("tm_live_", "nothing after the prefix"),
        (f"tm_live_{SECRET}\x00", "control"),
    ],
)
def test_bad_ops_token_refused_without_echo(token: str, problem: str) -> None:
    with pytest.raises(InvalidTokenError) as info:
        validate_ops_token(token)
    message = str(info.value)
    assert problem in message
    assert "ops token" in message
    assert "TREKMAIL_API_TOKEN" in message  # says how to fix it
    assert SECRET not in message and SECRET not in repr(info.value)
    assert info.value.token_type == "ops"


def test_bad_message_token_names_message_token() -> None:
    with pytest.raises(InvalidTokenError) as info:
        validate_message_token(f"tm_live_{SECRET}")
    assert "message token" in str(info.value)
    assert "TREKMAIL_MESSAGE_TOKEN" in str(info.value)
    assert SECRET not in str(info.value)


def test_non_string_token() -> None:
    with pytest.raises(InvalidTokenError, match="expected a str"):
        validate_ops_token(b"tm_live_abc")


def test_good_tokens_returned_unchanged() -> None:
    assert validate_ops_token("tm_live_abc123") == "tm_live_abc123"
    assert validate_message_token("tm_msg_abc123") == "tm_msg_abc123"


def test_invalid_token_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        validate_ops_token("nope")


def test_fingerprint_is_not_the_token() -> None:
    fp = token_fingerprint(f"tm_live_{SECRET}")
    assert fp.startswith("tok_") and len(fp) == 16
    assert SECRET not in fp
    assert fp == token_fingerprint(f"tm_live_{SECRET}")
    assert fp != token_fingerprint("tm_live_other")
