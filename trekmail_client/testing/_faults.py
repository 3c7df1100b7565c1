"""Fault injection: what can go wrong on purpose, and when.

A fault comes either from the ``X-Sandbox-Fault`` request header or from a `FaultRule` armed
in `FaultQueue` (``sandbox.state.faults``) or in ``SandboxConfig.faults``. The modes:

- ``drop-after-commit``: perform the request (the write is committed and, for a keyed request,
  its response stored for replay), then abort the connection without a response.
- ``500-before-commit``: answer 500 ``internal_error`` (retryable) and do nothing.
- ``503``: answer 503 ``service_unavailable`` (retryable) and do nothing.
- ``html-502``: answer 502 with an HTML body (``text/html``), as a proxy would, and do nothing.
- ``slow:SECONDS``: sleep SECONDS (float) and then handle the request normally.
- ``slow-after-commit:SECONDS``: handle the request (the write is committed), then sleep SECONDS
  before answering: a client that dies meanwhile never sees the answer.
- ``429:SECONDS``: answer 429 ``rate_limited`` with ``Retry-After: SECONDS`` and do nothing.
- ``reset``: abort the connection at once, before doing anything (nothing committed).
- ``html-200``: perform the request (committed, its real response stored for replay), then
  answer 200 with an HTML page instead of it, as a proxy's error page would.

Besides rules, `FaultRates` injects every kind at a rate (``SandboxConfig.fault_rates``,
``python -m trekmail_client.testing --fault-rate drop=0.1,reset=0.05``), drawn from a seeded
random generator so a sequential run is reproducible: the seed used (``FaultRates.seed``, a
fresh one when none is given) is printed in the command line's banner.

SECONDS is at most one day (`MAX_DELAY`): a larger delay or Retry-After is refused (a header
fault with 400 ``invalid_fault``), never waited on. Each kind takes one rate: a kind named twice,
an alias with its kind or an unknown name is refused, naming it and listing the valid ones.

These are sandbox-only; TrekMail has no such header.
"""

from __future__ import annotations

import random
import secrets
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ._checks import check_rate, check_seconds, check_whole, shown

__all__ = [
    "FAULT_ALIASES",
    "FAULT_MODES",
    "Fault",
    "FaultQueue",
    "FaultRates",
    "FaultRule",
    "merge_fault_rates",
    "parse_fault",
    "parse_fault_rates",
]

FAULT_MODES: tuple[str, ...] = (
    "drop-after-commit",
    "500-before-commit",
    "503",
    "html-502",
    "slow:SECONDS",
    "slow-after-commit:SECONDS",
    "429:SECONDS",
    "reset",
    "html-200",
)
"""The accepted spellings of a fault, for hints and docs."""

_SIMPLE = frozenset(
    {"drop-after-commit", "500-before-commit", "503", "html-502", "reset", "html-200"}
)

FAULT_ALIASES: dict[str, str] = {
    "drop": "drop-after-commit",
    "5xx": "500-before-commit",
    "500": "500-before-commit",
}
"""Short names accepted wherever a fault is named: `parse_fault` (the ``X-Sandbox-Fault``
header, `FaultRule`) and `parse_fault_rates` (``drop=0.1,5xx=0.05``). The one alias table."""

_VALID = (
    "drop-after-commit (alias drop), 500-before-commit (aliases 5xx, 500), 503, html-502, "
    "html-200, reset, slow:SECONDS, slow-after-commit:SECONDS, 429:SECONDS"
)


@dataclass(frozen=True, slots=True)
class Fault:
    """One parsed fault.

    Attributes:
        kind: ``drop-after-commit``, ``500-before-commit``, ``503``, ``html-502``, ``slow``,
            ``slow-after-commit``, ``429``, ``reset`` or ``html-200``.
        seconds: the delay for ``slow`` and ``slow-after-commit``, the Retry-After for ``429``
            (float, >= 0); 0 otherwise.
    """

    kind: str
    seconds: float = 0.0


def parse_fault(value: str) -> Fault:
    """Parse a fault spelling such as ``"503"`` or ``"slow:0.5"``.

    Args:
        value: one of `FAULT_MODES` or an alias of `FAULT_ALIASES` (surrounding whitespace
            and case are ignored).

    Returns:
        The `Fault`.

    Raises:
        ValueError: not a str, an unknown mode (the message lists the valid ones), or a
            missing, negative, non-finite or over-a-day (`MAX_DELAY`) SECONDS.
    """
    if not isinstance(value, str):
        raise ValueError(f"fault {shown(value)} is not a str; use one of: {_VALID}")
    text = _canonical(value)
    if text in _SIMPLE:
        return Fault(text)
    kind, sep, arg = text.partition(":")
    if kind in ("slow", "slow-after-commit", "429"):
        if not sep or not arg.strip():
            raise ValueError(
                f"fault {shown(value)} needs SECONDS: write {kind}:SECONDS, e.g. {kind}:2"
            )
        try:
            number = float(arg)
        except ValueError:
            raise ValueError(
                f"fault {shown(value)}: {shown(arg)} is not a number of seconds; "
                f"write {kind}:SECONDS, e.g. {kind}:2"
            ) from None
        seconds = check_seconds(f"fault {shown(value.strip())}", number, example=f"{kind}:2")
        return Fault(kind, seconds)
    raise ValueError(f"unknown fault {shown(value)}; use one of: {_VALID}")


@dataclass(slots=True)
class FaultRule:
    """A fault armed for requests that match a method and path.

    Attributes:
        mode: a fault spelling (see `FAULT_MODES`), checked when the rule is made.
        path: the request path to match exactly (``/api/v1/mailboxes:bulk``), or a prefix when it
            ends in ``*`` (``/api/v1/mailboxes*``); None matches every path.
        method: the HTTP method to match (case-insensitive); None matches every method.
        nth: the rule fires first on the nth matching request counted from when it was armed
            (int, >= 1).
        times: how many consecutive matching requests it then fires on (int, >= 1).

    Raises:
        ValueError: a bad mode, ``nth`` or ``times``.
    """

    mode: str
    path: str | None = None
    method: str | None = None
    nth: int = 1
    times: int = 1
    fault: Fault = field(init=False, repr=False)
    seen: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        """Validate and normalise the rule."""
        self.fault = parse_fault(self.mode)
        if self.nth < 1 or self.times < 1:
            raise ValueError("nth and times must be >= 1")
        if self.method is not None:
            self.method = self.method.upper()

    def matches(self, method: str, path: str) -> bool:
        """Whether a request with this method and path is one the rule counts."""
        if self.method is not None and self.method != method:
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


class FaultQueue:
    """The armed fault rules of one sandbox, checked in the order they were armed.

    Reach it as ``sandbox.state.faults``. Not thread-safe: arm rules from the event loop, or
    before the thread-based server starts serving the requests in question.
    """

    def __init__(self, rules: tuple[FaultRule, ...] = ()) -> None:
        """Start with fresh copies of ``rules`` armed (such as ``SandboxConfig.faults``)."""
        self._rules: deque[FaultRule] = deque(
            FaultRule(r.mode, path=r.path, method=r.method, nth=r.nth, times=r.times) for r in rules
        )

    def enqueue(
        self,
        mode: str,
        *,
        path: str | None = None,
        method: str | None = None,
        nth: int = 1,
        times: int = 1,
    ) -> FaultRule:
        """Arm a fault; see `FaultRule` for the arguments.

        Example: ``sb.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes",
        method="POST")`` drops the next mailbox create after committing it.

        Returns:
            The armed rule (its ``seen`` attribute counts matching requests).

        Raises:
            ValueError: a bad mode, ``nth`` or ``times``.
        """
        rule = FaultRule(mode, path=path, method=method, nth=nth, times=times)
        self._rules.append(rule)
        return rule

    def clear(self) -> None:
        """Disarm every rule."""
        self._rules.clear()

    @property
    def pending(self) -> int:
        """How many rules are still armed (int)."""
        return len(self._rules)

    def take(self, method: str, path: str) -> Fault | None:
        """Count this request against the armed rules and return the fault to inject, if any.

        Every matching rule counts the request; the first one that is due fires. A rule is
        disarmed once it has fired ``times`` times.
        """
        if not self._rules:
            return None
        chosen: Fault | None = None
        spent: list[FaultRule] = []
        for rule in self._rules:
            if not rule.matches(method, path):
                continue
            rule.seen += 1
            if chosen is None and rule.seen >= rule.nth:
                chosen = rule.fault
                if rule.seen >= rule.nth + rule.times - 1:
                    spent.append(rule)
        for rule in spent:
            self._rules.remove(rule)
        return chosen


def _canonical(name: str) -> str:
    text = name.strip().lower()
    return FAULT_ALIASES.get(text, text)


def _rate_pairs(text: str) -> list[tuple[str, float]]:
    """``"drop=0.1,reset=0.05"`` as [(name as written, rate)], each checked."""
    if not isinstance(text, str):
        raise ValueError(
            f"fault rates {shown(text)} are not a str; write FAULT=RATE,... e.g. drop=0.1"
        )
    pairs: list[tuple[str, float]] = []
    for part in text.split(","):
        if not part.strip():
            raise ValueError(
                f"fault rates {shown(text)} have an empty item (a stray comma, or nothing); "
                "write FAULT=RATE,... with no empty item, e.g. drop=0.1,reset=0.05"
            )
        name, sep, value = part.strip().rpartition("=")
        if not sep or not name.strip():
            raise ValueError(
                f"bad fault rate {shown(part.strip())}: write FAULT=RATE, e.g. drop=0.1"
            )
        try:
            number = float(value)
        except ValueError:
            raise ValueError(
                f"bad rate in {shown(part.strip())}: pass a probability from 0 to 1, e.g. "
                f"{name.strip()}=0.1"
            ) from None
        pairs.append((name.strip(), check_rate(f"fault rate of {name.strip()!r}", number)))
    return pairs


def _check_kinds(names: Iterable[tuple[str, str]]) -> None:
    """Refuse an unknown fault and a kind named twice.

    Args:
        names: (the name as given, where it was given: ``""``, or ``" (--fault-rate #2)"``
            for the second of several ``--fault-rate`` options).
    """
    seen: dict[str, tuple[str, str]] = {}
    for name, where in names:
        if not isinstance(name, str):
            raise ValueError(f"fault {shown(name)} is not a str{where}; use one of: {_VALID}")
        try:
            kind = parse_fault(_canonical(name)).kind
        except ValueError as exc:
            raise ValueError(f"{exc}{where}") from None
        if kind in seen:
            first, first_where = seen[kind]
            raise ValueError(
                f"the kind {kind} is given twice ({first!r}{first_where} and "
                f"{name!r}{where}); give each kind one rate. Kinds: {_VALID}"
            )
        seen[kind] = (name, where)


def parse_fault_rates(text: str) -> dict[str, float]:
    """Parse ``"drop=0.1,reset=0.05,slow-after-commit:2=0.1"`` into {fault: rate}.

    Args:
        text: comma-separated ``FAULT=RATE`` pairs; FAULT is a spelling of `FAULT_MODES` or an
            alias of `FAULT_ALIASES`, RATE a probability in [0, 1].

    Returns:
        {canonical fault spelling: rate}.

    Raises:
        ValueError: a pair without ``=``, an unknown fault, a kind given twice (also as an
            alias and its kind, or ``slow:1`` with ``slow:2``), a rate outside [0, 1], SECONDS
            over a day, or rates that add up to more than 1. The message names the fault and
            lists the valid ones.
    """
    pairs = _rate_pairs(text)
    _check_kinds((name, "") for name, _ in pairs)
    rates = {_canonical(name): rate for name, rate in pairs}
    FaultRates(rates, seed=0)  # the sum
    return rates


def merge_fault_rates(texts: Iterable[str]) -> dict[str, float]:
    """Merge several ``--fault-rate`` values (the option is repeatable) into one {fault: rate}.

    Args:
        texts: each a ``FAULT=RATE,...`` text as `parse_fault_rates` takes.

    Returns:
        {canonical fault spelling: rate} of them all.

    Raises:
        ValueError: anything `parse_fault_rates` refuses, and a kind given in two of them
            (the message names the kind and both options).
    """
    named: list[tuple[str, str]] = []
    rates: dict[str, float] = {}
    texts = list(texts)
    for number, text in enumerate(texts, 1):
        where = f" (--fault-rate #{number})" if len(texts) > 1 else ""
        try:
            pairs = _rate_pairs(text)
        except ValueError as exc:
            raise ValueError(f"{exc}{where}") from None
        named.extend((name, where) for name, _ in pairs)
        _check_kinds(named)
        rates.update((_canonical(name), rate) for name, rate in pairs)
    FaultRates(rates, seed=0)  # the sum
    return rates


class FaultRates:
    """Faults injected at a rate per kind: each request draws one number and gets at most one
    fault (kinds are disjoint slices of [0, 1)).

    Args:
        rates: {fault spelling or alias: probability in [0, 1]}; one rate per kind; they add up
            to at most 1.
        seed: the random generator's seed (int >= 0), or None for a fresh one (see ``seed``).
            Requests drawn in the same order get the same faults, so a sequential run is
            reproducible.
        prefix: only requests whose path starts with it draw (default ``/api/v1/``).

    Attributes:
        seed: the seed in use (int): the one given, or the fresh one drawn; pass it again to
            reproduce a run (``--fault-seed N``).
        injected: faults injected so far, by kind.

    Raises:
        ValueError: not a mapping, an unknown fault, a kind given twice (an alias and its
            kind), a rate that is not a number in [0, 1], SECONDS over a day, a sum over 1,
            or a bad seed.
    """

    def __init__(
        self, rates: Mapping[str, float], seed: int | None = None, prefix: str = "/api/v1/"
    ) -> None:
        if not isinstance(rates, Mapping):
            raise ValueError(
                f"{shown(rates)} is not a mapping; pass {{fault: rate}}, "
                "e.g. {'drop': 0.1, 'reset': 0.05}"
            )
        _check_kinds((name, "") for name in rates)
        self._table: list[tuple[float, Fault]] = []
        self._rates: list[tuple[Fault, float]] = []
        total = 0.0
        for name, rate in rates.items():
            fault = parse_fault(_canonical(name))
            checked = check_rate(f"fault rate of {name!r}", rate)
            total += checked
            self._table.append((total, fault))
            self._rates.append((fault, checked))
        if total > 1.0 + 1e-9:
            raise ValueError(
                f"fault rates add up to {total:g}; each request gets at most one fault, so "
                "lower them to a sum of at most 1"
            )
        if seed is None:
            seed = secrets.randbelow(1_000_000_000)
        self.seed: int = check_whole("fault_seed", seed, minimum=0, example="8")
        self._rng = random.Random(self.seed)
        self._prefix = prefix
        self.injected: dict[str, int] = {}

    def __bool__(self) -> bool:
        """Whether any rate is set."""
        return bool(self._table)

    def describe(self) -> str:
        """The rates as ``kind=rate`` pairs (str, ``"drop-after-commit=0.1, reset=0.05"``;
        ``"none"`` when no rate is set), for a banner."""
        parts: list[str] = []
        for fault, rate in self._rates:
            timed = fault.kind in ("slow", "slow-after-commit", "429")
            name = f"{fault.kind}:{fault.seconds:g}" if timed else fault.kind
            parts.append(f"{name}={rate:g}")
        return ", ".join(parts) or "none"

    def take(self, method: str, path: str) -> Fault | None:
        """Draw the fault for one request (``None``: none)."""
        if not self._table or not path.startswith(self._prefix):
            return None
        draw = self._rng.random()
        for ceiling, fault in self._table:
            if draw < ceiling:
                self.injected[fault.kind] = self.injected.get(fault.kind, 0) + 1
                return fault
        return None
