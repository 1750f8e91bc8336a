"""Settings from the environment (prefix ``SALESCRM_``), validated once at start-up."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me"  # noqa: S105 - refused in production
MIN_SECRET_LENGTH = 32
JwtAlgorithm = Literal["HS256", "RS256"]


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
    #: How long a write waits for a lock another transaction holds (SQLite's busy timeout,
    #: PostgreSQL's ``lock_timeout``) before its request is answered 503 with ``Retry-After``.
    database_lock_timeout_seconds: float = Field(default=10.0, gt=0, le=600)
    secret_key: str = DEV_SECRET_KEY
    log_level: str = "INFO"
    log_json: bool = True
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    #: File uploads (customer and contact imports) may be this large.
    max_upload_bytes: int = Field(default=20 * 1_048_576, ge=1024)
    #: Attachments (``/api/v1/files``): where the local-disk store keeps them, how large one may
    #: be, and which (sniffed) content types are accepted.
    files_dir: str = "./salescrm-files"
    file_max_bytes: int = Field(default=20 * 1_048_576, ge=1)
    file_allowed_types: list[str] = Field(
        default_factory=lambda: [
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "image/heic",
            "image/heif",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/plain",
            "text/csv",
        ]
    )
    #: A deleted attachment's content is kept this long (it can be restored until then).
    file_retention_days: int = Field(default=30, ge=1)
    #: Imports of at most this many rows run inside the request; larger ones in the background.
    import_inline_rows: int = Field(default=1000, ge=0)
    #: An imported workbook may unpack to at most this much in all: a ZIP bomb is refused by
    #: the sizes its directory declares, and unpacking stops there too if they lie.
    import_max_expanded_bytes: int = Field(default=200 * 1_048_576, ge=1_048_576)
    #: Its shared-string table, the one part held in memory while the sheet streams, to at most
    #: this much (the table then takes at most as much memory).
    import_max_shared_strings_bytes: int = Field(default=64 * 1_048_576, ge=65_536, le=1 << 31)
    #: An import file may hold at most this many data rows (Excel's own limit by default).
    import_max_rows: int = Field(default=1_048_575, ge=1)
    idempotency_ttl_seconds: int = Field(default=86_400, ge=60)
    cors_origins: list[str] = Field(default_factory=list)
    public_base_url: str = "http://localhost:8000"
    #: Run the periodic jobs inside each server process (turn off when cron runs them).
    jobs_enabled: bool = True
    #: The business's time zone: what "today" is for due dates and overdue payments.
    timezone: str = "Asia/Shanghai"
    #: A visit checked in further than this from the customer's coordinates is flagged.
    visit_max_distance_m: float = Field(default=500.0, gt=0)

    # Authentication. Tokens are signed with ``secret_key`` (HS256) unless RS256 keys are given.
    jwt_algorithm: JwtAlgorithm = "HS256"
    jwt_private_key: str | None = None
    jwt_public_key: str | None = None
    jwt_issuer: str = "salescrm"
    access_token_ttl_seconds: int = Field(default=900, ge=30)
    refresh_token_ttl_seconds: int = Field(default=14 * 86_400, ge=60)
    # Argon2id cost; the defaults follow RFC 9106's second recommended option (64 MiB, t=3).
    argon2_memory_cost_kib: int = Field(default=65_536, ge=8)
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_parallelism: int = Field(default=4, ge=1)
    # Failed-login throttling: at most this many failures per window, per account and address.
    login_failures_per_account: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=20, ge=1)
    login_failure_window_seconds: int = Field(default=900, ge=1)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (an IANA name such as Asia/Shanghai)"
            ) from None
        return value

    @model_validator(mode="after")
    def _refuse_weak_secret_in_production(self) -> Settings:
        if self.environment is Environment.production and (
            self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < MIN_SECRET_LENGTH
        ):
            raise ValueError(
                "SALESCRM_SECRET_KEY must be set to a random value of at least "
                f"{MIN_SECRET_LENGTH} characters in production"
            )
        if self.jwt_algorithm == "RS256" and not (self.jwt_private_key and self.jwt_public_key):
            raise ValueError("RS256 needs SALESCRM_JWT_PRIVATE_KEY and SALESCRM_JWT_PUBLIC_KEY")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (read from the environment on first use)."""
    return Settings()
