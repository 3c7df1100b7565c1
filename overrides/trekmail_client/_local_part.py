"""The API's local-part rule, shared by the spec loader and the sandbox.

From the official client facts, section 2.7 (the API's ``MailboxLocalPart``): lowercase letters,
digits, ``_`` and ``-``, a single ``.`` only between them, no leading ``-``, no
``_archived_YYYYMMDD_HHMMSS[_n_n]`` suffix, at most 64 characters; aliases may start with ``-``.
Standard library only, so :mod:`trekmail_client.provisioning` can use it without the sandbox's
extras.
"""

from __future__ import annotations

import re

__all__ = ["check_local_part"]

_LOCAL_PART = re.compile(r"[a-z0-9_][a-z0-9_-]*(?:\.[a-z0-9_-]+)*")
_ALIAS_PART = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")
_ARCHIVED = re.compile(r"_archived_\d{8}_\d{6}(?:_\d+_\d+)?$")


def check_local_part(value: str, *, alias: bool = False) -> str | None:
    """Return why ``value`` is not a valid local part, or None when it is.

    Args:
        value: the part before the ``@``.
        alias: apply the looser alias rule (a leading ``-`` is allowed).
    """
    if not value:
        return "The local part is required."
    if len(value) > 64:
        return "The local part may not be greater than 64 characters."
    pattern = _ALIAS_PART if alias else _LOCAL_PART
    if pattern.fullmatch(value) is None:
        if not alias and value.startswith("-"):
            return "The local part must not start with a hyphen."
        return (
            "The local part may only contain lowercase letters, digits, '_' and '-', "
            "with single dots between them."
        )
    if _ARCHIVED.search(value):
        return "The local part must not end in an _archived_YYYYMMDD_HHMMSS suffix."
    return None
