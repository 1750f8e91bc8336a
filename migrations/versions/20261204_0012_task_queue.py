"""task queue: procrastinate's schema (version 3.10.0), on PostgreSQL only

Background work runs as procrastinate tasks (``core.queue``). On PostgreSQL its jobs, periodic
defers, events and workers live in these tables, created from the schema file procrastinate
3.10.0 ships, kept verbatim beside the migrations so that this revision builds the same schema
whatever version is installed later. Moving to a newer procrastinate is a new revision that
applies the migration files procrastinate publishes for the versions in between. SQLite keeps
its queue in memory (the same tasks, run inside the server), so there is nothing to create.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 19:05:00.000000+00:00
"""

from collections.abc import Sequence
from pathlib import Path

from alembic import op
from sqlalchemy.util import await_

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = Path(__file__).parent.parent / "sql" / "procrastinate-3.10.0.sql"

DROP = """
DROP TABLE IF EXISTS procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs,
    procrastinate_workers CASCADE;
DO $$
DECLARE item record;
BEGIN
    FOR item IN SELECT oid::regprocedure AS signature FROM pg_proc
                WHERE proname LIKE 'procrastinate\\_%' LOOP
        EXECUTE 'DROP FUNCTION ' || item.signature || ' CASCADE';
    END LOOP;
END;
$$;
DROP TYPE IF EXISTS procrastinate_job_to_defer_v1, procrastinate_job_event_type,
    procrastinate_job_status CASCADE;
"""


def _script(sql: str) -> None:
    """Run a multi-statement script (functions with ``$$`` bodies) as one simple query on the
    migration's own connection and transaction: asyncpg's prepared statements take one
    statement each, and splitting PL/pgSQL by hand is how scripts get broken."""
    driver = op.get_bind().connection.driver_connection
    if driver is None:
        raise RuntimeError("no database connection to run the task queue's schema on")
    await_(driver.execute(sql))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _script(SCHEMA.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _script(DROP)
