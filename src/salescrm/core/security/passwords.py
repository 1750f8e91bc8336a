"""Argon2id password hashing through the passlib API (the maintained ``libpass`` fork)."""

from __future__ import annotations

from passlib.context import CryptContext

from salescrm.config import Settings

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128


class PasswordHasher:
    def __init__(self, settings: Settings) -> None:
        self._context = CryptContext(
            schemes=["argon2"],
            argon2__type="ID",
            argon2__memory_cost=settings.argon2_memory_cost_kib,
            argon2__rounds=settings.argon2_time_cost,
            argon2__parallelism=settings.argon2_parallelism,
        )
        # Verified against when the account does not exist, so both paths cost the same.
        self._dummy = self._context.hash("not-a-real-password")

    def hash(self, password: str) -> str:
        result: str = self._context.hash(password)
        return result

    def verify(self, password: str, hashed: str | None) -> bool:
        try:
            ok: bool = self._context.verify(password, hashed or self._dummy)
        except (ValueError, TypeError):
            return False
        return ok and hashed is not None

    def needs_rehash(self, hashed: str) -> bool:
        result: bool = self._context.needs_update(hashed)
        return result
