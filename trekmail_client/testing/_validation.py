"""Request-field validation: the local-part and password rules, and a field collector.

Rules come from the official client facts: local part (section 2.7, the API's
``MailboxLocalPart``: lowercase letters, digits, ``_`` and ``-``, a single ``.`` only between
them, no leading ``-``, no ``_archived_YYYYMMDD_HHMMSS[_n_n]`` suffix, at most 64 characters;
aliases may start with ``-``) and password (section 2.7: at least 12 characters with an upper-case
letter, a lower-case letter and a digit).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from .._local_part import check_local_part
from ._errors import ApiError, validation_error

__all__ = ["Fields", "check_local_part", "check_password"]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def check_password(value: str) -> str | None:
    """Return why ``value`` is not an acceptable mailbox password, or None when it is."""
    if len(value) < 12:
        return "The password must be at least 12 characters."
    if not (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
    ):
        return "The password must contain an upper-case letter, a lower-case letter and a digit."
    return None


class Fields:
    """Reads typed fields from a JSON object body and collects every problem before raising.

    Each getter returns the value (or None when absent and optional) and records an error
    message under the field's name otherwise; `check` then raises one 422 ``validation_error``
    listing all of them (``error.errors: {field: [messages]}``).

    Args:
        body: the parsed JSON body; anything but an object is reported as an error on ``body``.
        prefix: prepended to field names in messages, such as ``items.3.``.
    """

    def __init__(self, body: Any, prefix: str = "") -> None:
        self.errors: dict[str, list[str]] = {}
        self.prefix = prefix
        if isinstance(body, dict):
            self.body: dict[str, Any] = body
        else:
            self.body = {}
            self.fail("body", "The request body must be a JSON object.")

    def fail(self, name: str, message: str) -> None:
        """Record ``message`` against field ``name``."""
        self.errors.setdefault(self.prefix + name, []).append(message)

    def has(self, name: str) -> bool:
        """Whether the body holds ``name`` (even as null)."""
        return name in self.body

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        """An integer field (bools are refused), optionally bounded (inclusive)."""
        value = self.body.get(name)
        if value is None:
            if required:
                self.fail(name, f"The {name} field is required.")
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON Schema's integer: 1.0 is one, as the contract check says
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(name, f"The {name} field must be an integer.")
            return None
        if minimum is not None and value < minimum:
            self.fail(name, f"The {name} field must be at least {minimum}.")
            return None
        if maximum is not None and value > maximum:
            self.fail(name, f"The {name} field must not be greater than {maximum}.")
            return None
        return value

    def string(
        self,
        name: str,
        *,
        required: bool = False,
        max_len: int | None = None,
        min_len: int = 0,
    ) -> str | None:
        """A string field with an optional length range (characters)."""
        value = self.body.get(name)
        if value is None:
            if required:
                self.fail(name, f"The {name} field is required.")
            return None
        if not isinstance(value, str):
            self.fail(name, f"The {name} field must be a string.")
            return None
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            self.fail(name, f"The {name} field must be {min_len} to {max_len} characters.")
            return None
        return value

    def boolean(self, name: str, *, required: bool = False) -> bool | None:
        """A boolean field."""
        value = self.body.get(name)
        if value is None:
            if required:
                self.fail(name, f"The {name} field is required.")
            return None
        if not isinstance(value, bool):
            self.fail(name, f"The {name} field must be true or false.")
            return None
        return value

    def enum(self, name: str, allowed: Collection[str], *, required: bool = False) -> str | None:
        """A string field that must be one of ``allowed``."""
        value = self.string(name, required=required)
        if value is not None and value not in allowed:
            self.fail(name, f"The selected {name} is invalid ({'|'.join(sorted(allowed))}).")
            return None
        return value

    def emails(self, name: str, *, required: bool = False, max_items: int = 100) -> list[str]:
        """A list of e-mail addresses (1..max_items when required)."""
        value = self.body.get(name)
        if value is None:
            if required:
                self.fail(name, f"The {name} field is required.")
            return []
        if not isinstance(value, list) or len(value) > max_items or (required and not value):
            self.fail(name, f"The {name} field must be a list of 1 to {max_items} addresses.")
            return []
        good: list[str] = []
        for item in value:
            if not isinstance(item, str) or _EMAIL.fullmatch(item) is None:
                self.fail(name, f"{item!r} is not a valid e-mail address.")
            else:
                good.append(item)
        return good

    def check(self) -> None:
        """Raise the collected problems, if any.

        Raises:
            ApiError: 422 ``validation_error`` with ``errors``.
        """
        if self.errors:
            raise self.error()

    def error(self) -> ApiError:
        """The 422 ``validation_error`` for the collected problems."""
        return validation_error(self.errors)
