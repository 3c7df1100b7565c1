"""One rate-limit gate and one adaptive pace per token, shared through Redis by every process
(and machine) that uses the same token and the same Redis (extra ``redis``).

Each token has up to four Redis keys, named by the token's fingerprint (``tok_<sha256
prefix>``, never the token): the hash ``<prefix>:rl:<fingerprint>`` (fields ``gate``,
``ceiling``, ``cut``, ``slot``, ``seq``, ``granted``, and for the evidence rules ``best``,
``first``, ``since``, ``noise``, ``trial``; times in seconds of the Redis server's clock, so
machines whose clocks differ still agree), the sorted set ``<prefix>:rl:<fingerprint>:log``
(every process's sends of the last window, scored by send time; a refused send is removed),
the sorted set ``<prefix>:rl:<fingerprint>:inflight`` (sends not answered yet, for the slow
start's window; an entry older than the window is dropped, so a process that died leaves
nothing behind for longer) and the sorted set ``<prefix>:rl:<fingerprint>:refused`` (the
window's refused sends, for the 429 share a cut needs). Every change is one Lua script, so
it is atomic (Redis runs scripts one at a time). The rules are those of
:class:`~trekmail_client._backoff.AdaptivePacer` and
:class:`~trekmail_client._backoff.RateLimitGate`; the keys expire after a day unused.

When Redis fails during a run (it stopped, the network broke), the process logs one warning and
goes on with its own gate and pace (seeded with what it saw of the shared ones), asking Redis
again every ``reconnect_after`` seconds; when Redis answers again it logs that and shares again.
Only when Redis was never reachable does the first request raise
:class:`RateLimitStoreError` (the command line checks it before the first request).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx

from ._backoff import (
    Clock,
    LocalRateLimit,
    PaceMemory,
    RetryPolicy,
    RoundTrip,
    Sleep,
    report_wait,
)
from ._exceptions import TrekMailError

__all__ = ["RateLimitStoreError", "RedisRateLimit", "check_redis", "redis_keys"]

logger = logging.getLogger("trekmail_client")

_TTL_MS = 86_400_000

# Shared by the scripts: the Redis server's clock in seconds, as a float.
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS[1] state hash, KEYS[2] send log (sorted set: member = send id, score = send time),
# KEYS[3] sends in flight (member = send id, score = send time).
# ARGV: paced (0/1), decrease, recovery (s), window (s), ttl (ms), slow start (0/1), growth,
# hold (s; -1: every send in flight counts; else only those sent less than hold ago), floor
# (pace_floor: the pace never goes below it times the hash's ``best``).
# Returns {kind, wait, id, ceiling, granted}: kind "gate" (closed: wait, then ask again),
# "full" (the slow start's window is full: wait for an answer, then ask again) or "go" (logged
# as id; send after waiting). Numbers travel as strings (Lua numbers would be truncated).
_BEFORE_SEND = (
    _NOW
    + """
local window = tonumber(ARGV[4])
local ceiling = tonumber(redis.call('HGET', KEYS[1], 'ceiling') or '0')
local granted = tonumber(redis.call('HGET', KEYS[1], 'granted') or '0')
local gate = tonumber(redis.call('HGET', KEYS[1], 'gate') or '0')
if gate > now then
  return {'gate', tostring(gate - now), '', tostring(ceiling), tostring(granted)}
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tostring(now - window))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tostring(now - window))
if ARGV[1] == '1' and ARGV[6] == '1' and ceiling <= 0 then
  local allowed = 1 + math.floor(tonumber(ARGV[7]) * granted + 1e-9)
  local hold = tonumber(ARGV[8])
  local counted = 0
  if hold < 0 then
    counted = redis.call('ZCARD', KEYS[3])
  else
    counted = redis.call('ZCOUNT', KEYS[3], tostring(now - hold), '+inf')
  end
  if counted >= allowed then
    return {'full', '0', '', tostring(ceiling), tostring(granted)}
  end
end
local id = tostring(redis.call('HINCRBY', KEYS[1], 'seq', 1))
redis.call('HSETNX', KEYS[1], 'first', tostring(now))
local slot = now
if ARGV[1] == '1' and ceiling > 0 then
  local decrease, recovery = tonumber(ARGV[2]), tonumber(ARGV[3])
  local cut = tonumber(redis.call('HGET', KEYS[1], 'cut') or '0')
  local elapsed = math.min(math.max(now - cut, 0), 50 * recovery)
  local x = (recovery - elapsed) / recovery
  local floor = tonumber(ARGV[9]) * tonumber(redis.call('HGET', KEYS[1], 'best') or '0')
  local rate = math.max(1 / window, ceiling * (1 - (1 - decrease) * x * x * x), floor)
  local budget = math.max(1, math.floor(rate * window))
  slot = math.max(tonumber(redis.call('HGET', KEYS[1], 'slot') or '0'), now)
  local logged = redis.call('ZCARD', KEYS[2])
  if logged >= budget then
    local oldest = redis.call('ZRANGE', KEYS[2], logged - budget, logged - budget, 'WITHSCORES')
    slot = math.max(slot, tonumber(oldest[2]) + window)
  end
  redis.call('HSET', KEYS[1], 'slot', tostring(slot + 1 / rate))
end
redis.call('ZADD', KEYS[2], tostring(slot), id)
redis.call('ZADD', KEYS[3], tostring(now), id)
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return {'go', tostring(slot - now), id, tostring(ceiling), tostring(granted)}
"""
)

# KEYS[1] state, KEYS[2] send log, KEYS[3] in flight; ARGV: send id, granted (0/1), ttl (ms),
# window (s). Moves the send to now (when it is still logged), ends it in flight, counts a
# granted answer and raises ``best`` (the most granted sends a window held, per second).
_ANSWERED = (
    _NOW
    + """
redis.call('ZADD', KEYS[2], 'XX', tostring(now), ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
if ARGV[2] == '1' then
  redis.call('HINCRBY', KEYS[1], 'granted', 1)
  local window = tonumber(ARGV[4])
  local held = redis.call('ZCOUNT', KEYS[2], tostring(now - window), tostring(now)) / window
  if held > tonumber(redis.call('HGET', KEYS[1], 'best') or '0') then
    redis.call('HSET', KEYS[1], 'best', tostring(held))
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return 1
"""
)

# KEYS[1] in flight, KEYS[2] send log; ARGV: send id. A reserved slot given up.
_RELEASE = """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""

# KEYS[1] state; ARGV: ceiling (req/s, "0": none), granted, ttl (ms), sustained (req/s, "0":
# none), window (s). Seeds what an earlier run learned: the granted count and the best window
# when larger (a seeded best counts as proved over a full window), the ceiling when none is
# known (cut now).
_SEED = (
    _NOW
    + """
local granted = tonumber(redis.call('HGET', KEYS[1], 'granted') or '0')
if tonumber(ARGV[2]) > granted then redis.call('HSET', KEYS[1], 'granted', ARGV[2]) end
if tonumber(ARGV[4]) > tonumber(redis.call('HGET', KEYS[1], 'best') or '0') then
  redis.call('HSET', KEYS[1], 'best', ARGV[4])
  local first = tonumber(redis.call('HGET', KEYS[1], 'first') or tostring(now))
  redis.call('HSET', KEYS[1], 'first', tostring(math.min(first, now - tonumber(ARGV[5]))))
end
local ceiling = tonumber(redis.call('HGET', KEYS[1], 'ceiling') or '0')
if ceiling <= 0 and tonumber(ARGV[1]) > 0 then
  local slot = math.max(tonumber(redis.call('HGET', KEYS[1], 'slot') or '0'), now)
  redis.call('HSET', KEYS[1], 'ceiling', ARGV[1], 'cut', tostring(now), 'slot', tostring(slot))
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {redis.call('HGET', KEYS[1], 'ceiling') or '0',
  redis.call('HGET', KEYS[1], 'granted') or '0'}
"""
)

# KEYS[1] state; ARGV: unused. Returns the gate's remaining seconds (string, "0" when open).
_GATE = (
    _NOW
    + """
local gate = tonumber(redis.call('HGET', KEYS[1], 'gate') or '0')
return tostring(math.max(gate - now, 0))
"""
)

# KEYS[1] state, KEYS[2] send log, KEYS[3] in flight, KEYS[4] refused sends (member = send id,
# score = send time); ARGV: send id, retry_after (-1: none), window (s), ttl, min sample,
# loss tolerance, recovery (s). Drops the refused send from the log and from the sends in
# flight, closes the gate (never shortens it), then judges the evidence as
# AdaptivePacer.throttled does (one cut per episode; at least min sample sends since the last
# cut in the window, more than tolerance + 2 * noise of them refused; a cut whose next sample,
# still recovering, lost about as much is undone and its share becomes the noise).
# Returns {cut ("1"/"0"), ceiling}.
_THROTTLE = (
    _NOW
    + """
local window = tonumber(ARGV[3])
local sent = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[1]) or '0')
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
local gate = tonumber(redis.call('HGET', KEYS[1], 'gate') or '0')
local retry = tonumber(ARGV[2])
if retry >= 0 and now + retry > gate then
  gate = now + retry
  redis.call('HSET', KEYS[1], 'gate', tostring(gate))
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local cut = tonumber(redis.call('HGET', KEYS[1], 'cut') or '0')
local ceiling = redis.call('HGET', KEYS[1], 'ceiling') or '0'
if sent < cut then return {'0', ceiling} end
local horizon = now - window
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. tostring(horizon))
redis.call('ZADD', KEYS[4], tostring(sent), ARGV[1])
redis.call('PEXPIRE', KEYS[4], ARGV[4])
local since = math.max(horizon, tonumber(redis.call('HGET', KEYS[1], 'since') or '0'))
local refused = redis.call('ZCOUNT', KEYS[4], tostring(since), '+inf')
local sample = redis.call('ZCOUNT', KEYS[2], tostring(since), tostring(now)) + refused
local share = 0
if sample > 0 then share = refused / sample end
local judged = sample >= tonumber(ARGV[5])
local noise = tonumber(redis.call('HGET', KEYS[1], 'noise') or '0')
local lossy = judged and share > tonumber(ARGV[6]) + 2 * noise
local recovering = sent < cut + tonumber(ARGV[7])
local trial = redis.call('HGET', KEYS[1], 'trial')
if lossy and recovering and trial then
  local tc, tk, ts, tsh = string.match(trial, '^(%S+) (%S+) (%S+) (%S+)$')
  if share >= tonumber(tsh) / 3 then
    redis.call('HSET', KEYS[1], 'ceiling', tc, 'cut', tk, 'slot', ts,
      'noise', tostring(math.max(noise, share)), 'since', tostring(now))
    redis.call('HDEL', KEYS[1], 'trial')
    return {'0', tc}
  end
end
if recovering then return {'0', ceiling} end
if not lossy then
  if judged then redis.call('HDEL', KEYS[1], 'trial') end
  return {'0', ceiling}
end
local old_slot = redis.call('HGET', KEYS[1], 'slot') or '0'
redis.call('HSET', KEYS[1], 'trial', ceiling .. ' ' .. tostring(cut) .. ' ' .. old_slot .. ' '
  .. tostring(share))
local granted = redis.call('ZCOUNT', KEYS[2], tostring(now - window), tostring(now))
-- The server's own window: the granted sends span from the oldest of them to now, and the
-- limit frees again after retry seconds (see pace_span in _backoff.py).
local span = window
if retry >= 0 then
  local oldest = redis.call('ZRANGEBYSCORE', KEYS[2], tostring(now - window), '+inf', 'LIMIT', 0, 1)
  local first = now
  if #oldest > 0 then first = tonumber(redis.call('ZSCORE', KEYS[2], oldest[1])) end
  span = math.min(window, math.max(0.001, (now - first) + retry))
end
local resume = math.max(now, gate)
local slot = math.max(tonumber(redis.call('HGET', KEYS[1], 'slot') or '0'), resume)
local learned = tostring(math.max(granted, 1) / span)
redis.call('HSET', KEYS[1], 'ceiling', learned, 'cut', tostring(resume), 'slot', tostring(slot),
  'since', tostring(resume))
return {'1', learned}
"""
)


# KEYS[1] state; ARGV: window (s). Returns {ceiling, granted, sustained}: sustained is the
# best window once the token has sent for a full window, else "0".
_MEMORY = (
    _NOW
    + """
local best = redis.call('HGET', KEYS[1], 'best') or '0'
local first = tonumber(redis.call('HGET', KEYS[1], 'first') or tostring(now))
if now - first < tonumber(ARGV[1]) then best = '0' end
return {redis.call('HGET', KEYS[1], 'ceiling') or '0',
  redis.call('HGET', KEYS[1], 'granted') or '0', best}
"""
)


class RateLimitStoreError(TrekMailError):
    """Redis, where the shared rate-limit gate and pace live, could not be used (not
    reachable, refused the password, or the ``redis`` extra is missing). The message names
    the Redis host, never its password."""


def redis_keys(policy: RetryPolicy, fingerprint: str) -> tuple[str, str, str]:
    """The three Redis keys of a token: its state hash, its send log and its sends in flight.

    Args:
        policy: supplies ``redis_key_prefix``.
        fingerprint: the token's fingerprint (``tok_...``), never the token.

    Returns:
        ``("<prefix>:rl:<fp>", "<prefix>:rl:<fp>:log", "<prefix>:rl:<fp>:inflight")``.
    """
    state = f"{policy.redis_key_prefix}:rl:{fingerprint}"
    return state, f"{state}:log", f"{state}:inflight"


def _where(url: str) -> str:
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is None or not parsed.host:
        return "the configured Redis"
    return f"Redis at {parsed.host}:{parsed.port or 6379}"


_EXTRA_MISSING = (
    "sharing the rate limit through Redis needs the 'redis' extra, which is not installed: "
    "pip install 'trekmail-client[redis]' (or run without --redis-url / TREKMAIL_REDIS_URL)"
)


def _client_from_url(url: str) -> Any:
    try:
        import redis.asyncio as aioredis
    except ImportError:
        raise RateLimitStoreError(_EXTRA_MISSING) from None
    try:
        return aioredis.Redis.from_url(url)
    except ValueError as exc:
        raise RateLimitStoreError(
            f"the Redis URL is not usable ({type(exc).__name__}: it must look like "
            "redis://[:password@]host:port/db); give one such as redis://localhost:6379/0"
        ) from None


def _unusable(url: str, exc: BaseException) -> RateLimitStoreError:
    return RateLimitStoreError(
        f"the shared rate limit in {_where(url)} is not usable ({type(exc).__name__}); "
        "start Redis or check the URL and its password, or run without --redis-url "
        "(TREKMAIL_REDIS_URL) to pace in this process only"
    )


def _is_redis_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "redis" or isinstance(exc, OSError)


async def check_redis(url: str) -> None:
    """Check that Redis at ``url`` answers (a ``PING``), before any request is sent.

    Args:
        url: ``redis://[:password@]host:port/db``.

    Raises:
        RateLimitStoreError: the ``redis`` extra is missing, the URL is malformed, or Redis is
            not reachable or refused the password; the message names the problem and the fix,
            and the host, never the password.
    """
    client = _client_from_url(url)
    try:
        await client.ping()
    except Exception as exc:
        if not _is_redis_error(exc):
            raise
        raise _unusable(url, exc) from None
    finally:
        try:
            await client.aclose()
        except Exception as exc:  # closing a pool that never connected
            if not _is_redis_error(exc):
                raise


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisRateLimit:
    """The per-token gate, slow start and adaptive pace in Redis (redis-py's asyncio client).

    Waits happen in this process (``sleep``); the decisions happen in Redis. A 429 also closes
    the local gate, so this process stops at once without asking Redis. When Redis fails after
    it worked, the process goes on with ``local`` (one warning) and asks Redis again every
    ``reconnect_after`` seconds.

    Args:
        policy: the :class:`~trekmail_client.RetryPolicy`; ``redis_url`` must be set.
        local: this process's gate and pace (closed too on a 429; the fallback).
        sleep: async sleep taking seconds.
        client: an existing ``redis.asyncio.Redis`` (tests); default: built from the URL on
            first use.
        clock: monotonic clock in seconds (for ``reconnect_after``).
        reconnect_after: seconds (float) between attempts to use Redis again after it failed
            (default 5.0).
        full_poll: seconds (float) a request waits at most for room in the shared slow
            start's window before asking Redis again (answers in this process wake it at
            once; those of other processes are seen by asking). Default 0.05.

    Raises:
        RateLimitStoreError: (on first use) the ``redis`` extra is missing or Redis cannot be
            reached; the message names the host, never the password.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        local: LocalRateLimit,
        *,
        sleep: Sleep = asyncio.sleep,
        client: Any = None,
        clock: Clock = time.monotonic,
        reconnect_after: float = 5.0,
        full_poll: float = 0.05,
    ) -> None:
        if policy.redis_url is None and client is None:
            raise ValueError("RedisRateLimit needs RetryPolicy(redis_url=...)")
        self.policy = policy
        self.local = local
        self._sleep = sleep
        self._client = client
        self._owns_client = client is None
        self._scripts: dict[str, Any] = {}
        self._clock = clock
        self.reconnect_after = reconnect_after
        self.full_poll = full_poll
        self._worked = False
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._seen: dict[str, PaceMemory] = {}  # the shared pace as last seen, per key
        self._round_trips: dict[str, RoundTrip] = {}  # answer times in this process, per key
        self._sent_at: dict[str, float] = {}  # send id -> this clock, for answer times
        self.fallbacks = 0
        """How many times this process fell back to its own gate and pace (int)."""

    @property
    def using_redis(self) -> bool:
        """Whether sends are paced through Redis now (``False`` while fallen back)."""
        return self._down_since is None

    def _redis(self) -> Any:
        if self._client is None:
            assert self.policy.redis_url is not None
            self._client = _client_from_url(self.policy.redis_url)
        return self._client

    async def _run(self, name: str, source: str, keys: list[str], args: list[Any]) -> Any:
        script = self._scripts.get(name)
        if script is None:
            script = self._scripts[name] = self._redis().register_script(source)
        try:
            result = await script(keys=keys, args=args)
        except Exception as exc:
            if not _is_redis_error(exc):
                raise
            raise _unusable(self.policy.redis_url or "", exc) from None
        self._worked = True
        return result

    async def _fall_back(self, error: RateLimitStoreError) -> None:
        """Go on with this process's gate and pace (seeded with the shared pace as seen); drop
        the connection pool, whose other connections broke too."""
        if not self._worked:
            raise error  # never reachable: a configuration error, not an outage
        await self._drop_connections()
        now = self._clock()
        self._retry_at = now + self.reconnect_after
        if self._down_since is not None:
            return
        self._down_since = now
        self.fallbacks += 1
        for key, memory in self._seen.items():
            self.local.pacer.seed(key, memory)
        logger.warning(
            "%s; this process goes on with its own rate-limit gate and pace (other processes "
            "on the same token no longer share them) and tries Redis again every %g s",
            error,
            self.reconnect_after,
        )

    async def _drop_connections(self) -> None:
        client = self._client
        if client is None:
            return
        try:
            if self._owns_client:
                self._client = None
                self._scripts.clear()
                await client.aclose()
            else:
                await client.connection_pool.disconnect()
        except Exception as exc:
            if not _is_redis_error(exc):
                raise

    def _redis_allowed(self) -> bool:
        return self._down_since is None or self._clock() >= self._retry_at

    def _back(self) -> None:
        if self._down_since is not None:
            logger.warning(
                "the shared rate limit in %s answers again after %.1f s; sharing it again",
                _where(self.policy.redis_url or ""),
                self._clock() - self._down_since,
            )
            self._down_since = None

    async def before_send(self, key: str, paced: bool) -> tuple[str, Any]:
        """Wait for the shared gate and, when ``paced``, for room in the shared slow start's
        window and the shared pace slot (a new slot when a 429 closed the gate during the
        wait); return the ticket ``("redis", send id)``, or ``("local", send time)`` while
        Redis is down."""
        state, log, inflight = redis_keys(self.policy, key)
        args = [
            "1" if paced else "0",
            self.policy.pace_decrease,
            self.policy.pace_recovery * self.policy.rate_limit_window,
            self.policy.rate_limit_window,
            _TTL_MS,
            "1" if self.policy.slow_start else "0",
            self.policy.slow_start_growth,
        ]
        round_trip = self._round_trips.setdefault(key, RoundTrip())
        while True:
            await self.local.gate.wait(key)
            if not self._redis_allowed():
                return "local", await self.local.before_send(key, paced)
            hold = round_trip.hold()
            args[7:] = [-1 if hold == float("inf") else hold, self.policy.pace_floor]
            try:
                reply = await self._run("before", _BEFORE_SEND, [state, log, inflight], args)
            except RateLimitStoreError as exc:
                await self._fall_back(exc)
                return "local", await self.local.before_send(key, paced)
            self._back()
            kind, wait, ident, ceiling, granted = (_text(v) for v in reply)
            self._seen[key] = PaceMemory(float(ceiling) or None, int(float(granted)))
            seconds = float(wait)
            if kind == "full":
                await self.local.next_answer(key, self.full_poll)
                continue
            if seconds > 0:
                report_wait(seconds)  # the shared gate or the shared pace's slot
                try:
                    await self._sleep(seconds)
                except BaseException:
                    if kind == "go":
                        self._forget(key, ident)
                    raise
            if kind != "go":
                continue
            if seconds > 0:
                try:
                    left = float(await self._run("gate", _GATE, [state], []))
                    if left > 0 or self.local.gate.remaining(key) > 0:
                        # A 429 meanwhile: the slot was reserved at the old pace; give it up.
                        await self._run("release", _RELEASE, [inflight, log], [ident])
                        continue
                except RateLimitStoreError as exc:
                    await self._fall_back(exc)
                    return "local", await self.local.before_send(key, paced)
            self._sent_at[ident] = self._clock()
            return "redis", ident

    def _forget(self, key: str, ident: str) -> None:
        """A cancelled send: its in-flight entry in Redis ages out after one window."""
        self._sent_at.pop(ident, None)
        self.local.notify(key)

    async def _end(self, key: str, ticket: Any, granted: bool) -> None:
        where, value = ticket
        if where == "local":
            if granted:
                await self.local.after_response(key, value)
            else:
                await self.local.after_error(key, value)
            return
        sent_at = self._sent_at.pop(value, None)
        if granted and sent_at is not None:
            self._round_trips.setdefault(key, RoundTrip()).sample(self._clock() - sent_at)
        state, log, inflight = redis_keys(self.policy, key)
        try:
            await self._run(
                "answered",
                _ANSWERED,
                [state, log, inflight],
                [value, int(granted), _TTL_MS, self.policy.rate_limit_window],
            )
        except RateLimitStoreError as exc:
            await self._fall_back(exc)
        finally:
            self.local.notify(key)

    async def after_response(self, key: str, ticket: Any) -> None:
        """Move the answered send to now (Redis's clock) in the shared log and end it in
        flight: the server counted it at some moment in between, so its slot frees one window
        after now at the latest; it grows the shared slow start's window."""
        await self._end(key, ticket, True)

    async def after_error(self, key: str, ticket: Any) -> None:
        """As :meth:`after_response` for a send that got no answer, without growing the
        window."""
        await self._end(key, ticket, False)

    def abandon(self, key: str, ticket: Any) -> None:
        """A cancelled send: ended locally at once; its in-flight entry in Redis ages out
        after one window (a cancelled task cannot wait for Redis)."""
        where, value = ticket
        if where == "local":
            self.local.abandon(key, value)
        else:
            self._forget(key, value)

    async def after_throttle(self, key: str, ticket: Any, retry_after: float | None) -> None:
        """Drop the refused send from the shared log, close the shared (and local) gate for
        ``retry_after`` seconds and cut the shared pace once per episode."""
        where, value = ticket
        if where == "local":
            await self.local.after_throttle(key, value, retry_after)
            return
        if retry_after is not None:
            self.local.gate.close_for(key, retry_after)
        self._sent_at.pop(value, None)
        state, log, inflight = redis_keys(self.policy, key)
        args = [
            value,
            -1 if retry_after is None else retry_after,
            self.policy.rate_limit_window,
            _TTL_MS,
            self.policy.pace_min_sample,
            self.policy.pace_loss_tolerance,
            self.policy.pace_recovery * self.policy.rate_limit_window,
        ]
        keys = [state, log, inflight, f"{state}:refused"]
        try:
            _, ceiling = await self._run("throttle", _THROTTLE, keys, args)
            seen = self._seen.get(key, PaceMemory(None, 0))
            self._seen[key] = PaceMemory(float(_text(ceiling)) or None, seen.granted)
        except RateLimitStoreError as exc:
            await self._fall_back(exc)
            resume_at = self._clock() + self.local.gate.remaining(key)
            self.local.pacer.throttled(key, self._clock(), resume_at, retry_after)
        finally:
            self.local.notify(key)

    async def memory(self, key: str) -> PaceMemory:
        """What the shared pace of ``key`` has learned (the local one while Redis is down)."""
        if self._down_since is not None:
            return self.local.pacer.memory(key)
        state, _, _ = redis_keys(self.policy, key)
        try:
            reply = await self._run("memory", _MEMORY, [state], [self.policy.rate_limit_window])
        except RateLimitStoreError:
            return self._seen.get(key, self.local.pacer.memory(key))
        ceiling, granted, sustained = (float(_text(v)) for v in reply)
        return PaceMemory(ceiling or None, int(granted), sustained or None)

    async def seed(self, key: str, memory: PaceMemory) -> None:
        """Seed the shared pace of ``key`` (and this process's fallback) from ``memory``."""
        self.local.pacer.seed(key, memory)
        state, _, _ = redis_keys(self.policy, key)
        args = [
            memory.ceiling or 0,
            memory.granted,
            _TTL_MS,
            memory.sustained or 0,
            self.policy.rate_limit_window,
        ]
        try:
            await self._run("seed", _SEED, [state], args)
        except RateLimitStoreError as exc:
            await self._fall_back(exc)

    async def aclose(self) -> None:
        """Close the Redis connection pool (when this object built it)."""
        client, self._client = self._client, None
        if client is not None and self._owns_client:
            try:
                await client.aclose()
            except Exception as exc:
                if not _is_redis_error(exc):
                    raise
