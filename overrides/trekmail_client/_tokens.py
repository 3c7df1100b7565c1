"""Bearer token validation and fingerprints.

Token prefixes come from TrekMail's API overview ("Ops tokens start with tm_live_ and message
tokens start with tm_msg_"). Errors say which token is wrong, what is wrong and how to fix it;
they never echo the token, not even a part of it.
"""

from __future__ import annotations

import hashlib

from ._exceptions import InvalidTokenError

__all__ = [
    "MESSAGE_TOKEN_PREFIX",
    "OPS_TOKEN_PREFIX",
    "token_fingerprint",
    "validate_message_token",
    "validate_ops_token",
    "validate_token",
]

OPS_TOKEN_PREFIX = "tm_live_"
MESSAGE_TOKEN_PREFIX = "tm_msg_"

_KINDS = {
    "ops": (OPS_TOKEN_PREFIX, "ops token", "ops_token=", "TREKMAIL_API_TOKEN"),
    "message": (MESSAGE_TOKEN_PREFIX, "message token", "message_token=", "TREKMAIL_MESSAGE_TOKEN"),
}


def validate_token(token: object, token_type: str) -> str:
    """Check one token and return it unchanged.

    Args:
        token: the candidate token (must be a ``str``).
        token_type: ``"ops"`` (prefix ``tm_live_``) or ``"message"`` (prefix ``tm_msg_``).

    Returns:
        The token.

    Raises:
        InvalidTokenError: not a string, empty, contains whitespace or CR/LF (or other control
            characters), or has the wrong prefix. The message never contains the token.
        ValueError: unknown ``token_type``.
    """
    if token_type not in _KINDS:
        raise ValueError(f"unknown token type {token_type!r}")
    prefix, name, kwarg, env = _KINDS[token_type]
    fix = f"pass the {name} exactly as shown at creation via {kwarg} or {env}"

    def fail(problem: str) -> InvalidTokenError:
        return InvalidTokenError(f"invalid {name}: {problem}; {fix}", token_type=token_type)

    if not isinstance(token, str):
        raise fail(f"expected a str, got {type(token).__name__}")
    if not token:
        raise fail("it is empty")
    if "\r" in token or "\n" in token:
        raise fail("it contains a CR or LF character")
    if any(ch.isspace() for ch in token):
        raise fail("it contains whitespace (check for a trailing space or newline)")
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in token):
        raise fail("it contains a control or non-ASCII character")
    if not token.startswith(prefix):
        other = MESSAGE_TOKEN_PREFIX if token_type == "ops" else OPS_TOKEN_PREFIX
        if token.startswith(other):
            raise fail(
                f"it starts with {other!r}, which is the other token type; it must start "
                f"with {prefix!r}"
            )
        raise fail(f"it must start with {prefix!r}")
    if len(token) == len(prefix):
        raise fail("it has nothing after the prefix")
    return token


def validate_ops_token(token: object) -> str:
    """Validate an ops token (``tm_live_...``); see :func:`validate_token`.

    Raises:
        InvalidTokenError: the token is malformed (never echoed).
    """
    return validate_token(token, "ops")


def validate_message_token(token: object) -> str:
    """Validate a message token (``tm_msg_...``); see :func:`validate_token`.

    Raises:
        InvalidTokenError: the token is malformed (never echoed).
    """
    return validate_token(token, "message")


def token_fingerprint(token: str) -> str:
    """Return a short, non-reversible label for a token: ``"tok_"`` + the first 12 hex digits
    of its SHA-256. Used to key the per-token rate-limit gate and in logs."""
    return "tok_" + hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]
