"""One rate-limit gate and one adaptive pace per token, shared through Redis by every process
(and machine) that uses the same token and the same Redis (extra ``redis``).

Each token has two Redis keys, named by the token's fingerprint (``tok_<sha256 prefix>``,
never the token): the hash ``<prefix>:rl:<fingerprint>`` (fields ``gate``, ``ceiling``, ``cut``,
``slot``, ``seq``; times in seconds of the Redis server's clock, so machines whose clocks differ
still agree) and the sorted set ``<prefix>:rl:<fingerprint>:log`` (every process's sends of the
last window, scored by send time; a refused send is removed). Every change
is one Lua script, so it is atomic (Redis runs scripts one at a time). The rules are those of
:class:`~trekmail_client._backoff.AdaptivePacer` and
:class:`~trekmail_client._backoff.RateLimitGate`; the keys expire after a day unused.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from ._backoff import LocalRateLimit, RetryPolicy, Sleep
from ._exceptions import TrekMailError

__all__ = ["RateLimitStoreError", "RedisRateLimit", "redis_keys"]

_TTL_MS = 86_400_000

# Shared by the scripts: the Redis server's clock in seconds, as a float.
_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS[1] state hash, KEYS[2] send log (sorted set: member = send id, score = send time).
# ARGV: paced (0/1), decrease, recovery (s), window (s), ttl (ms).
# Returns {kind, wait, id}: kind "gate" (closed: wait, then ask again) or "go" (logged as id;
# send after waiting). Numbers travel as strings (Lua numbers would be truncated).
_BEFORE_SEND = (
    _NOW
    + """
local window = tonumber(ARGV[4])
local gate = tonumber(redis.call('HGET', KEYS[1], 'gate') or '0')
if gate > now then return {'gate', tostring(gate - now), ''} end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tostring(now - window))
local id = tostring(redis.call('HINCRBY', KEYS[1], 'seq', 1))
local ceiling = tonumber(redis.call('HGET', KEYS[1], 'ceiling') or '0')
local slot = now
if ARGV[1] == '1' and ceiling > 0 then
  local decrease, recovery = tonumber(ARGV[2]), tonumber(ARGV[3])
  local cut = tonumber(redis.call('HGET', KEYS[1], 'cut') or '0')
  local elapsed = math.min(math.max(now - cut, 0), 50 * recovery)
  local x = (recovery - elapsed) / recovery
  local rate = math.max(1 / window, ceiling * (1 - (1 - decrease) * x * x * x))
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
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return {'go', tostring(slot - now), id}
"""
)

# KEYS[1] send log; ARGV: send id. Moves the send to now (when it is still logged).
_ANSWERED = (
    _NOW
    + """
redis.call('ZADD', KEYS[1], 'XX', tostring(now), ARGV[1])
return 1
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

# KEYS[1] state, KEYS[2] send log; ARGV: send id, retry_after (-1: none), window (s), ttl.
# Drops the refused send from the log, closes the gate (never shortens it), then cuts the pace
# unless the request was sent before the last cut took effect. Returns 1 when it cut.
_THROTTLE = (
    _NOW
    + """
local window = tonumber(ARGV[3])
local sent = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[1]) or '0')
redis.call('ZREM', KEYS[2], ARGV[1])
local gate = tonumber(redis.call('HGET', KEYS[1], 'gate') or '0')
local retry = tonumber(ARGV[2])
if retry >= 0 and now + retry > gate then
  gate = now + retry
  redis.call('HSET', KEYS[1], 'gate', tostring(gate))
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local cut = tonumber(redis.call('HGET', KEYS[1], 'cut') or '0')
if sent < cut then return 0 end
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
redis.call('HSET', KEYS[1], 'ceiling', tostring(math.max(granted, 1) / span),
  'cut', tostring(resume), 'slot', tostring(slot))
return 1
"""
)


class RateLimitStoreError(TrekMailError):
    """Redis, where the shared rate-limit gate and pace live, could not be used (not
    reachable, refused the password, or the ``redis`` extra is missing). The message names
    the Redis host, never its password."""


def redis_keys(policy: RetryPolicy, fingerprint: str) -> tuple[str, str]:
    """The two Redis keys of a token: its state hash and its send log.

    Args:
        policy: supplies ``redis_key_prefix``.
        fingerprint: the token's fingerprint (``tok_...``), never the token.

    Returns:
        ``("<prefix>:rl:<fingerprint>", "<prefix>:rl:<fingerprint>:log")``.
    """
    state = f"{policy.redis_key_prefix}:rl:{fingerprint}"
    return state, f"{state}:log"


def _where(url: str) -> str:
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is None or not parsed.host:
        return "the configured Redis"
    return f"Redis at {parsed.host}:{parsed.port or 6379}"


class RedisRateLimit:
    """The per-token gate and adaptive pace in Redis (redis-py's asyncio client).

    Waits happen in this process (``sleep``); the decisions happen in Redis. A 429 also closes
    the local gate, so this process stops at once without asking Redis.

    Args:
        policy: the :class:`~trekmail_client.RetryPolicy`; ``redis_url`` must be set.
        local: this process's gate (closed too on a 429).
        sleep: async sleep taking seconds.
        client: an existing ``redis.asyncio.Redis`` (tests); default: built from the URL on
            first use.

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
    ) -> None:
        if policy.redis_url is None and client is None:
            raise ValueError("RedisRateLimit needs RetryPolicy(redis_url=...)")
        self.policy = policy
        self.local = local
        self._sleep = sleep
        self._client = client
        self._owns_client = client is None
        self._scripts: dict[str, Any] = {}

    def _redis(self) -> Any:
        if self._client is None:
            try:
                import redis.asyncio as aioredis
            except ImportError:
                raise RateLimitStoreError(
                    "sharing the rate limit through Redis needs the 'redis' extra: "
                    "pip install 'trekmail-client[redis]'"
                ) from None
            assert self.policy.redis_url is not None
            try:
                self._client = aioredis.Redis.from_url(self.policy.redis_url)
            except ValueError as exc:
                raise RateLimitStoreError(
                    f"the Redis URL is not usable ({type(exc).__name__}); give one such as "
                    "redis://localhost:6379/0"
                ) from None
        return self._client

    async def _run(self, name: str, source: str, keys: list[str], args: list[Any]) -> Any:
        script = self._scripts.get(name)
        if script is None:
            script = self._scripts[name] = self._redis().register_script(source)
        try:
            return await script(keys=keys, args=args)
        except Exception as exc:
            if type(exc).__module__.split(".")[0] != "redis":
                raise
            where = _where(self.policy.redis_url or "")
            raise RateLimitStoreError(
                f"the shared rate limit in {where} is not usable ({type(exc).__name__}); "
                "start Redis or check the URL and its password, or run without --redis-url "
                "(TREKMAIL_REDIS_URL) to pace in this process only"
            ) from None

    async def before_send(self, key: str, paced: bool) -> str:
        """Wait for the shared gate and, when ``paced``, the shared pace slot (a new slot when
        a 429 closed the gate during the wait); return the send's id in the shared log."""
        state, log = redis_keys(self.policy, key)
        args = [
            "1" if paced else "0",
            self.policy.pace_decrease,
            self.policy.pace_recovery * self.policy.rate_limit_window,
            self.policy.rate_limit_window,
            _TTL_MS,
        ]
        while True:
            await self.local.gate.wait(key)
            kind, wait, ident = await self._run("before", _BEFORE_SEND, [state, log], args)
            seconds = float(wait)
            if seconds > 0:
                await self._sleep(seconds)
            if kind not in (b"go", "go"):
                continue
            ident = ident.decode() if isinstance(ident, bytes) else str(ident)
            if seconds > 0:
                left = float(await self._run("gate", _GATE, [state], []))
                if left > 0 or self.local.gate.remaining(key) > 0:
                    # A 429 meanwhile: the slot was reserved at the old pace; give it up.
                    await self._release(log, ident)
                    continue
            return ident

    async def _release(self, log: str, ident: str) -> None:
        try:
            await self._redis().zrem(log, ident)
        except Exception as exc:
            if type(exc).__module__.split(".")[0] != "redis":
                raise
            raise RateLimitStoreError(
                f"the shared rate limit in {_where(self.policy.redis_url or '')} is not usable "
                f"({type(exc).__name__})"
            ) from None

    async def after_response(self, key: str, ticket: Any) -> None:
        """Move the answered send to now (Redis's clock) in the shared log: the server counted
        it at some moment in between, so its slot frees one window after now at the latest."""
        _, log = redis_keys(self.policy, key)
        await self._run("answered", _ANSWERED, [log], [str(ticket)])

    async def after_throttle(self, key: str, ticket: Any, retry_after: float | None) -> None:
        """Drop the refused send from the shared log, close the shared (and local) gate for
        ``retry_after`` seconds and cut the shared pace once per episode."""
        if retry_after is not None:
            self.local.gate.close_for(key, retry_after)
        state, log = redis_keys(self.policy, key)
        args = [
            str(ticket),
            -1 if retry_after is None else retry_after,
            self.policy.rate_limit_window,
            _TTL_MS,
        ]
        await self._run("throttle", _THROTTLE, [state, log], args)

    async def aclose(self) -> None:
        """Close the Redis connection pool (when this object built it)."""
        client, self._client = self._client, None
        if client is not None and self._owns_client:
            await client.aclose()
