"""Settings from the environment (prefix ``SALESCRM_``), validated once at start-up."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me"  # noqa: S105 - refused in production
MIN_SECRET_LENGTH = 32


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    """Every knob the service reads; see README for the documented ones."""

    model_config = SettingsConfigDict(env_prefix="SALESCRM_", env_file=None, extra="ignore")

    environment: Environment = Environment.development
    database_url: str = "sqlite+aiosqlite:///./salescrm.db"
    database_echo: bool = False
    database_pool_size: int = Field(default=10, ge=1)
    secret_key: str = DEV_SECRET_KEY
    log_level: str = "INFO"
    log_json: bool = True
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    idempotency_ttl_seconds: int = Field(default=86_400, ge=60)
    cors_origins: list[str] = Field(default_factory=list)
    public_base_url: str = "http://localhost:8000"

    @model_validator(mode="after")
    def _refuse_weak_secret_in_production(self) -> Settings:
        if self.environment is Environment.production and (
            self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < MIN_SECRET_LENGTH
        ):
            raise ValueError(
                "SALESCRM_SECRET_KEY must be set to a random value of at least "
                f"{MIN_SECRET_LENGTH} characters in production"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (read from the environment on first use)."""
    return Settings()
