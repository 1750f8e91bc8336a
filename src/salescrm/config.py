"""Settings from the environment (prefix ``SALESCRM_``), validated once at start-up."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, IPvAnyNetwork, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

from salescrm.core.security.keys import (
    MIN_SECRET_LENGTH,
    PUBLISHED_SECRET_KEYS,
    SECRET_FILE_NAME,
    is_loopback,
    load_or_create_secret,
)

JwtAlgorithm = Literal["HS256", "RS256"]


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


DEFAULT_PUBLIC_BASE_URL = "http://localhost:8000"


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
    #: How long a request waits for a database connection (opening one, or a free one from the
    #: pool) before it is answered 503 with ``Retry-After``: the bound on a request's wait while
    #: the database is down or restarting (docs/reliability.md).
    database_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    #: SQLite only: FULL (every acknowledged write survives a power cut) or NORMAL (faster
    #: commits; a crash of the machine may lose the last ones, a crash of the process does not).
    sqlite_synchronous: Literal["FULL", "NORMAL"] = "FULL"
    #: Where ``salescrm backup``/``restore`` find PostgreSQL's client programs when PATH holds
    #: another major version (``pg_dump`` must be the server's or newer). Unset: PATH.
    pg_bin_dir: str | None = None
    #: Signs tokens and cursors and keys idempotency fingerprints. Unset, a random secret is
    #: generated once and kept at ``secret_path`` (see ``secret``).
    secret_key: str | None = Field(default=None, repr=False)
    #: Where a generated secret is kept: by default beside the SQLite database, else (PostgreSQL
    #: in development) ``.salescrm-secret`` in the working directory.
    secret_file: str | None = None
    log_level: str = "INFO"
    log_json: bool = True
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    #: A request's headers, names and values together, may be this large; past it, 431. The
    #: largest a client of ours sends is a token or an API key: well under 4 KiB.
    max_header_bytes: int = Field(default=32_768, ge=4096)
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
    #: Where clients reach this server (scheme, host, optional path prefix): the base of the
    #: links it hands out, such as secret calendar-feed URLs. Unset in production it is a start-up
    #: warning (``public_base_url_warning``): the links would point at localhost.
    public_base_url: str = DEFAULT_PUBLIC_BASE_URL
    #: Run a task-queue worker inside each server process (``core.queue``). Turn it off where
    #: ``salescrm worker`` processes take the tasks (PostgreSQL), or cron runs ``run-job``.
    jobs_enabled: bool = True
    #: Tasks one worker runs at once (the webhook sender also sends several at once itself).
    worker_concurrency: int = Field(default=4, ge=1, le=64)
    #: Keep succeeded jobs in the queue's tables (PostgreSQL) for inspection; failed ones are
    #: always kept. Off by default: a periodic task every two seconds adds up.
    queue_keep_succeeded_jobs: bool = False
    #: The business's time zone: what "today" is for due dates and overdue payments.
    timezone: str = "Asia/Shanghai"
    #: The language of what is read with no user's language to go by: calendar feeds, which
    #: calendar apps fetch without a useful Accept-Language (``core.i18n``: zh-CN or en).
    default_locale: Literal["zh-CN", "en"] = "zh-CN"
    #: A visit checked in further than this from the customer's coordinates is flagged.
    visit_max_distance_m: float = Field(default=500.0, gt=0)
    #: Offline field work: a check-in, check-out or activity the device captured longer ago
    #: than this needs ``visit:backdate`` / ``activity:backdate`` (``activities.offline``).
    offline_max_age_hours: float = Field(default=72.0, gt=0, le=24 * 366)
    #: A device whose clock differs from the server's by more than this when it sends a
    #: record flags the record (``clock_skew_flagged``).
    clock_skew_max_seconds: int = Field(default=300, ge=1, le=86_400)
    #: How far from today (in ``timezone``) a deal's dates may be set, in days: ``closed_on``
    #: when it is won or lost, ``expected_close_date`` when it is given. A date far outside
    #: would take the deal out of every report and forecast.
    closed_on_max_past_days: int = Field(default=366, ge=0, le=36_525)
    closed_on_max_future_days: int = Field(default=0, ge=0, le=36_525)
    expected_close_max_past_days: int = Field(default=366, ge=0, le=36_525)
    expected_close_max_future_days: int = Field(default=3653, ge=0, le=36_525)

    # Webhooks (``integrations/``): receivers on loopback, link-local or private addresses are
    # refused in production unless allowed here (None: allowed outside production only).
    webhook_allow_private_networks: bool | None = None
    #: How long one delivery may take, connect to last byte.
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    #: Attempts per delivery before it is given up (retries back off exponentially, with
    #: jitter, from ``webhook_retry_base_seconds`` up to ``webhook_retry_max_seconds``).
    webhook_max_attempts: int = Field(default=8, ge=1, le=50)
    webhook_retry_base_seconds: float = Field(default=30.0, gt=0)
    webhook_retry_max_seconds: float = Field(default=6 * 3600.0, gt=0)
    #: Deliveries given up in a row that disable a subscription (its owner is told).
    webhook_disable_after_failures: int = Field(default=5, ge=1, le=1000)

    #: Events (``/events``, webhooks, mobile sync) are kept this long; a sync cursor from before
    #: what was purged is answered 410 (start again from zero).
    event_retention_days: int = Field(default=30, ge=1, le=3650)

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
    # Failed-login throttling (auth/service.py): past a number of failures, each further attempt
    # waits 1, 2, 4 … seconds after the last failure, at most the window. Counted per account and
    # address, per address, and per account from addresses it never logged in from.
    login_failures_per_account: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=20, ge=1)
    login_failure_window_seconds: int = Field(default=900, ge=1)
    #: Failures older than this no longer count. Four windows: a patient guesser then gets fewer
    #: guesses an hour than under the former hard limit of so many failures per window.
    login_failure_memory_seconds: int = Field(default=3600, ge=60)
    #: Reverse proxies (addresses or networks) whose X-Forwarded-For names the client; from
    #: anyone else the header is ignored.
    trusted_proxies: list[IPvAnyNetwork] = Field(default_factory=list)

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

    @field_validator("public_base_url")
    @classmethod
    def _absolute_base_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
            raise ValueError(
                f"public_base_url must be an absolute http(s) URL such as "
                f"https://crm.example.com, not {value!r}"
            )
        return value.rstrip("/")

    @field_validator("secret_key", mode="before")
    @classmethod
    def _empty_secret_is_unset(cls, value: object) -> object:
        return value or None

    @model_validator(mode="after")
    def _refuse_published_or_weak_secret(self) -> Settings:
        if self.secret_key in PUBLISHED_SECRET_KEYS:
            raise ValueError(
                "SALESCRM_SECRET_KEY is a published value that anyone can sign tokens with; "
                "unset it (a random one is generated) or set a random value"
            )
        if self.environment is Environment.production:
            problem = self._secret_problem()
            if problem:
                raise ValueError(problem)
        if self.login_failure_memory_seconds < self.login_failure_window_seconds:
            raise ValueError("login failures must be remembered at least as long as the window")
        if self.jwt_algorithm == "RS256" and not (self.jwt_private_key and self.jwt_public_key):
            raise ValueError("RS256 needs SALESCRM_JWT_PRIVATE_KEY and SALESCRM_JWT_PUBLIC_KEY")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secret_path(self) -> Path:
        """Where the generated secret is kept: beside the data, when the data is a file."""
        if self.secret_file:
            return Path(self.secret_file)
        database = make_url(self.database_url).database if self.is_sqlite else None
        if database and database != ":memory:" and not database.startswith("file:"):
            return Path(database).parent / SECRET_FILE_NAME
        return Path(SECRET_FILE_NAME)

    @cached_property
    def secret(self) -> str:
        """The service secret: ``SALESCRM_SECRET_KEY``, else the one kept at ``secret_path``
        (generated on first use). Read lazily, so commands that sign nothing create no file."""
        return self.secret_key or load_or_create_secret(self.secret_path)

    def _secret_problem(self) -> str | None:
        """Why the secret will not do where others can reach the server (production, or an
        address beyond loopback): too short, or generated per machine for a shared database."""
        if self.secret_key is not None and len(self.secret_key) < MIN_SECRET_LENGTH:
            return (
                "SALESCRM_SECRET_KEY must be a random value of at least "
                f"{MIN_SECRET_LENGTH} characters"
            )
        if self.secret_key is None and self.secret_file is None and not self.is_sqlite:
            return (
                "SALESCRM_SECRET_KEY must be set with PostgreSQL: every server of one database "
                "needs the same secret (or point SALESCRM_SECRET_FILE at a shared one)"
            )
        return None

    @property
    def public_base_url_warning(self) -> str | None:
        """Why links this server hands out will not work for others, if they will not: in
        production without ``SALESCRM_PUBLIC_BASE_URL`` (or with a loopback one) every calendar
        URL points at localhost. Logged at start-up rather than refused: the API works."""
        if self.environment is not Environment.production:
            return None
        if "public_base_url" not in self.model_fields_set:
            why = "unset"
        elif is_loopback(urlsplit(self.public_base_url).hostname or ""):
            why = "a loopback address"
        else:
            return None
        return (
            f"SALESCRM_PUBLIC_BASE_URL is {why}: links handed out (calendar feed URLs) point at "
            f"{self.public_base_url}; set it to the address clients use, such as "
            "https://crm.example.com"
        )

    def refusal_to_serve(self, host: str) -> str | None:
        """Why the server must not listen on ``host`` with this secret, if it must not: beyond
        loopback a short secret, or none on PostgreSQL, is refused (a published one always)."""
        return None if is_loopback(host) else self._secret_problem()


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (read from the environment on first use)."""
    return Settings()
