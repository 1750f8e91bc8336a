"""Alembic environment: async engines for SQLite and PostgreSQL, batch mode for SQLite.

The URL is taken from ``config.attributes["url"]`` (set by ``salescrm migrate`` and the tests)
or else from the settings (``SALESCRM_DATABASE_URL``).
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from salescrm.config import get_settings
from salescrm.core.db.base import only_for
from salescrm.models import metadata

config = context.config
url = config.attributes.get("url") or get_settings().database_url


def _configure(connection: Connection | None = None) -> None:
    options = {
        "target_metadata": metadata,
        "compare_type": True,
        "render_as_batch": url.startswith("sqlite"),
        "include_object": only_for("sqlite" if url.startswith("sqlite") else "postgresql"),
    }
    if connection is None:
        context.configure(url=url, literal_binds=True, **options)
    else:
        context.configure(connection=connection, **options)


def _run_sync(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(url, poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_run_sync)
    await engine.dispose()


if context.is_offline_mode():
    _configure()
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
