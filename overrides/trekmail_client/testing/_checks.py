"""Checks of the sandbox's options, shared by `SandboxConfig` (Python) and the command line.

Every check takes the option's name as the caller spells it (``rate_limit_window`` in Python,
``--rate-limit-window`` on the command line), returns the value normalised (whole numbers stay
``int``, seconds and rates become ``float``) and raises ValueError with one sentence naming the
option, what is wrong with the value and what to pass instead. The ``parse_*`` functions do the
same for command-line text. Values are shown cut to 40 characters; no check is ever given a
token or a password, so none is ever shown.

The limits are the sandbox's own (TrekMail documents none of them): a delay, a ``Retry-After``,
an outage or a rate-limit window is at most one day (`MAX_DELAY`), the idempotency window at
most 30 days (`MAX_IDEMPOTENCY_WINDOW`); a larger value is a typo, and waiting on it would
look like a hang.
"""

from __future__ import annotations

import math
import re
from numbers import Real

__all__ = [
    "MAX_DELAY",
    "MAX_IDEMPOTENCY_WINDOW",
    "MAX_SEED_MESSAGES",
    "check_domain",
    "check_rate",
    "check_seconds",
    "check_whole",
    "parse_seconds",
    "parse_whole",
    "shown",
]

MAX_DELAY = 86_400.0
"""The longest delay the sandbox accepts, in seconds (one day): ``slow:``, ``slow-after-commit:``,
``429:`` (its Retry-After), the outage, its Retry-After and the rate-limit window."""

MAX_IDEMPOTENCY_WINDOW = 30 * 86_400.0
"""The longest idempotency window the sandbox accepts, in seconds (30 days)."""

MAX_SEED_MESSAGES = 10_000
"""The most messages the sandbox seeds into the demo INBOX at startup."""

_DOMAIN = re.compile(r"(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}")


def shown(value: object) -> str:
    """``value`` for a message (str): a whole number as digits (``-5``, ``1000000000``),
    another number as ``%g`` (``0.5``, ``inf``, ``nan``), anything else as its ``repr``; cut to
    40 characters."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = f"{value:.0f}"
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _whole_span(minimum: int, maximum: int | None) -> str:
    return f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"


def _seconds_span(maximum: float, allow_zero: bool) -> str:
    days = maximum / 86_400.0
    return (
        f"{'>= 0' if allow_zero else '> 0'} and at most {maximum:.0f} "
        f"({'1 day' if days == 1 else f'{days:g} days'})"
    )


def check_whole(
    name: str, value: object, *, minimum: int, maximum: int | None = None, example: str
) -> int:
    """Check a whole-number option.

    Args:
        name: the option as the caller spells it (``pool_mb`` or ``--pool-mb``).
        value: the value given.
        minimum: the smallest accepted value (int).
        maximum: the largest accepted value (int), or None for no bound.
        example: a good value to suggest (str, such as ``"600"``).

    Returns:
        ``value`` (int).

    Raises:
        ValueError: not an int (a bool, a float or a str is refused), or out of range; the
            message reads ``NAME: VALUE is not a whole number RANGE; pass e.g. EXAMPLE``.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if value >= minimum and (maximum is None or value <= maximum):
            return value
    raise ValueError(
        f"{name}: {shown(value)} is not a whole number {_whole_span(minimum, maximum)}; "
        f"pass e.g. {example}"
    )


def check_seconds(
    name: str,
    value: object,
    *,
    maximum: float = MAX_DELAY,
    allow_zero: bool = True,
    example: str,
) -> float:
    """Check an option in seconds.

    Args:
        name: the option as the caller spells it.
        value: the value given (int or float).
        maximum: the largest accepted value in seconds (float; default `MAX_DELAY`, one day).
        allow_zero: whether 0 is accepted (False: the value must be > 0).
        example: a good value to suggest (str, such as ``"60"``).

    Returns:
        ``value`` as a float.

    Raises:
        ValueError: not a number (a bool or a str is refused), NaN, infinite, negative, 0 when
            ``allow_zero`` is False, or over ``maximum``; the message reads ``NAME: VALUE is
            not a number of seconds RANGE; pass e.g. EXAMPLE``.
    """
    number = math.nan
    if isinstance(value, Real) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
    good = math.isfinite(number) and (number >= 0 if allow_zero else number > 0)
    if not good or number > maximum:
        raise ValueError(
            f"{name}: {shown(value)} is not a number of seconds "
            f"{_seconds_span(maximum, allow_zero)}; pass e.g. {example}"
        )
    return number


def check_rate(name: str, value: object) -> float:
    """Check a probability (a fault rate).

    Args:
        name: what the rate is of, as the caller spells it (``fault rate of 'drop'``).
        value: the value given (int or float).

    Returns:
        ``value`` as a float in [0, 1].

    Raises:
        ValueError: not a number, NaN, or outside [0, 1].
    """
    number = math.nan
    if isinstance(value, Real) and not isinstance(value, bool):
        number = float(value)
    if not (math.isfinite(number) and 0.0 <= number <= 1.0):
        raise ValueError(
            f"{name}: {shown(value)} is not a probability from 0 to 1; pass e.g. 0.1 "
            "(10% of requests)"
        )
    return number


def check_domain(name: str, value: object) -> str:
    """Check a domain name to seed.

    Args:
        name: the option as the caller spells it (``seed_domains`` or ``--seed-domain``).
        value: the value given.

    Returns:
        ``value`` (str).

    Raises:
        ValueError: not a str, not lowercase (TrekMail stores domain names lowercase, so a
            seeded ``Example.com`` would never match what clients send), or not a host name
            with a dot (letters, digits and hyphens in labels of at most 63 characters).
    """
    if not isinstance(value, str):
        raise ValueError(
            f"{name}: {shown(value)} is not a domain name; pass a str such as 'example.com'"
        )
    if value != value.lower():
        raise ValueError(
            f"{name}: {shown(value)} has capital letters; domain names are stored lowercase, "
            f"so pass {shown(value.lower())}"
        )
    if not _DOMAIN.fullmatch(value):
        raise ValueError(
            f"{name}: {shown(value)} is not a domain name; pass a lowercase name with a dot "
            "(letters, digits, hyphens), e.g. 'example.com'"
        )
    return value


def parse_whole(
    name: str, text: str, *, minimum: int, maximum: int | None = None, example: str
) -> int:
    """Parse command-line text as a whole number and check it as `check_whole` does.

    Raises:
        ValueError: not a whole number, or out of range (the message names ``name``).
    """
    try:
        value: object = int(text.strip())
    except ValueError:
        value = text
    return check_whole(name, value, minimum=minimum, maximum=maximum, example=example)


def parse_seconds(
    name: str,
    text: str,
    *,
    maximum: float = MAX_DELAY,
    allow_zero: bool = True,
    example: str,
) -> float:
    """Parse command-line text as seconds and check it as `check_seconds` does.

    Raises:
        ValueError: not a number, or out of range (the message names ``name``).
    """
    try:
        value: object = float(text.strip())
    except ValueError:
        value = text
    return check_seconds(name, value, maximum=maximum, allow_zero=allow_zero, example=example)
