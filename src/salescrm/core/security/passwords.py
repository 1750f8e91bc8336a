"""Argon2id password hashing through the passlib API (the maintained ``libpass`` fork).

Argon2id is deliberately slow and memory-hard, so two rules keep it off the request path's back:

* one hasher per parameter set per process (``PasswordHasher.for_settings``), whose dummy hash
  (verified against for unknown accounts, so both paths cost the same) is computed once, lazily;
* the ``*_async`` methods run the hashing in a small dedicated thread pool, never on the event
  loop; the pool's size also bounds how much memory concurrent hashes can take.

The synchronous ``hash``/``verify`` remain for scripts and code that is not async.
"""

from __future__ import annotations

import asyncio
import functools
import os
from concurrent.futures import ThreadPoolExecutor

from passlib.context import CryptContext

from salescrm.config import Settings

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
#: At most this many hashes run at once per process (each holds ``argon2_memory_cost_kib``).
MAX_CONCURRENT_HASHES = max(2, min(8, os.cpu_count() or 2))


@functools.cache
def _hashing_pool() -> ThreadPoolExecutor:
    """One pool per process, created on first use (its threads start only when needed)."""
    return ThreadPoolExecutor(max_workers=MAX_CONCURRENT_HASHES, thread_name_prefix="argon2")


@functools.lru_cache(maxsize=8)
def _context(memory_cost_kib: int, time_cost: int, parallelism: int) -> CryptContext:
    return CryptContext(
        schemes=["argon2"],
        argon2__type="ID",
        argon2__memory_cost=memory_cost_kib,
        argon2__rounds=time_cost,
        argon2__parallelism=parallelism,
    )


@functools.lru_cache(maxsize=8)
def _dummy_hash(memory_cost_kib: int, time_cost: int, parallelism: int) -> str:
    """A hash to verify against when the account does not exist (computed on first need)."""
    result: str = _context(memory_cost_kib, time_cost, parallelism).hash("not-a-real-password")
    return result


def _params(settings: Settings) -> tuple[int, int, int]:
    return (settings.argon2_memory_cost_kib, settings.argon2_time_cost, settings.argon2_parallelism)


class PasswordHasher:
    """Hashes and verifies passwords with the configured Argon2id cost.

    Get one with ``PasswordHasher.for_settings(settings)`` (shared per parameter set). Calling
    ``PasswordHasher(settings)`` also works and is cheap: the context and dummy hash are shared.
    """

    def __init__(self, settings: Settings) -> None:
        self._params = _params(settings)
        self._context = _context(*self._params)

    @classmethod
    def for_settings(cls, settings: Settings) -> PasswordHasher:
        """The process-wide hasher for these cost settings (the public way to get one)."""
        return _shared(_params(settings))

    @classmethod
    def _of(cls, params: tuple[int, int, int]) -> PasswordHasher:
        hasher = cls.__new__(cls)
        hasher._params = params
        hasher._context = _context(*params)
        return hasher

    # ----- synchronous (CPU-bound: not for the event loop) ---------------------------------
    def hash(self, password: str) -> str:
        result: str = self._context.hash(password)
        return result

    def verify(self, password: str, hashed: str | None) -> bool:
        """Whether ``password`` matches; ``hashed=None`` (no account) costs the same, is False."""
        try:
            ok: bool = self._context.verify(password, hashed or _dummy_hash(*self._params))
        except (ValueError, TypeError):
            return False
        return ok and hashed is not None

    def needs_rehash(self, hashed: str) -> bool:
        """Cheap: reads the parameters stored in the hash."""
        result: bool = self._context.needs_update(hashed)
        return result

    # ----- asynchronous (the hashing runs in a worker thread) ------------------------------
    async def hash_async(self, password: str) -> str:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_hashing_pool(), self.hash, password)

    async def verify_async(self, password: str, hashed: str | None) -> bool:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_hashing_pool(), self.verify, password, hashed)


@functools.lru_cache(maxsize=8)
def _shared(params: tuple[int, int, int]) -> PasswordHasher:
    return PasswordHasher._of(params)
