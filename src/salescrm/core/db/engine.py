"""The async engine and session factory for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

if TYPE_CHECKING:
    from salescrm.config import Settings

#: How long a write waits for a lock by default (``Settings.database_lock_timeout_seconds``).
DEFAULT_LOCK_TIMEOUT_SECONDS = 10.0
#: How long a request waits for a connection by default
#: (``Settings.database_connect_timeout_seconds``).
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0


#: SQLite's ``synchronous`` levels a deployment may choose (``Settings.sqlite_synchronous``).
SQLITE_SYNCHRONOUS = ("FULL", "NORMAL")


def _sqlite_pragmas(
    busy_timeout_ms: int, synchronous: str, dbapi_connection: Any, _record: ConnectionPoolEntry
) -> None:
    """Foreign keys on, WAL for concurrent readers, a bounded busy wait for the write lock
    (past it the write fails as "database is locked", which the API answers 503), and the
    durability asked for: FULL syncs the log at every commit, so a write acknowledged with a
    2xx survives a power cut; NORMAL survives a crash of the process but not of the machine."""
    if synchronous not in SQLITE_SYNCHRONOUS:
        raise ValueError(f"synchronous must be one of {SQLITE_SYNCHRONOUS}")
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
    cursor.execute(f"PRAGMA synchronous={synchronous}")
    cursor.close()


class DatabaseUnreachableError(Exception):
    """A connection could not be opened: the server is down, restarting, silent past the
    connect timeout, or refusing us. ``core.errors`` answers it 503 ``database_unavailable``
    with ``Retry-After`` (it is not an ``AppError`` here: the database layer does not know HTTP).
    """


def _connect_or_unavailable(
    dialect: Dialect, _record: ConnectionPoolEntry, cargs: Any, cparams: Any
) -> Any:
    """Open a connection. A server that is down, restarting or refusing us is one error,
    ``DatabaseUnreachableError``, whatever the driver raised (a bare ``OSError`` or
    ``TimeoutError`` would otherwise be a 500)."""
    try:
        return dialect.connect(*cargs, **cparams)
    except Exception as exc:
        raise DatabaseUnreachableError(type(exc).__name__) from exc


class Database:
    """Owns one engine and its session factory; one per process, shared by all requests.

    ``lock_timeout_seconds`` bounds how long a statement waits for a lock that another
    transaction holds: SQLite's busy timeout (the write lock), PostgreSQL's ``lock_timeout``
    (row and table locks). A request that runs out of it is answered 503 with ``Retry-After``
    rather than hanging or failing as a 500.

    ``connect_timeout_seconds`` bounds the wait for a connection, opening one or taking one from
    a full pool: a database that is down answers 503 within it, and the next request after it
    is back connects again (``pool_pre_ping`` drops the connections the restart broke).
    """

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int = 10,
        lock_timeout_seconds: float = DEFAULT_LOCK_TIMEOUT_SECONDS,
        connect_timeout_seconds: float = DEFAULT_CONNECT_TIMEOUT_SECONDS,
        sqlite_synchronous: str = "FULL",
    ) -> None:
        self.url = url
        timeout_ms = max(1, round(lock_timeout_seconds * 1000))
        # No bound parameters in logs or in error messages (which the error handlers log):
        # they are customers' personal data and credentials' hashes.
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": True, "hide_parameters": True}
        if not url.startswith("sqlite"):
            kwargs.update(
                pool_size=pool_size, max_overflow=pool_size, pool_timeout=connect_timeout_seconds
            )
        if make_url(url).get_driver_name() == "asyncpg":
            kwargs["connect_args"] = {
                # JIT compiles a statement's expressions to machine code: it pays for itself
                # on hours-long analytics, not on ours — compiling was a third of a statistic's
                # time over a million customers (docs/benchmarks.md), and nothing else gains.
                "server_settings": {"lock_timeout": str(timeout_ms), "jit": "off"},
                "timeout": connect_timeout_seconds,
            }
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        event.listen(self.engine.sync_engine, "do_connect", _connect_or_unavailable)
        if self.engine.dialect.name == "sqlite":
            pragmas = partial(_sqlite_pragmas, timeout_ms, sqlite_synchronous)
            event.listen(self.engine.sync_engine, "connect", pragmas)
        self.sessionmaker: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self.engine, expire_on_commit=False, autoflush=False
        )

    @classmethod
    def for_settings(cls, settings: Settings) -> Database:
        return cls(
            settings.database_url,
            echo=settings.database_echo,
            pool_size=settings.database_pool_size,
            lock_timeout_seconds=settings.database_lock_timeout_seconds,
            connect_timeout_seconds=settings.database_connect_timeout_seconds,
            sqlite_synchronous=settings.sqlite_synchronous,
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def dispose(self) -> None:
        await self.engine.dispose()
