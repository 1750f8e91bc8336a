"""PostgreSQL: ``pg_dump`` for the snapshot, ``pg_restore`` and ``psql`` to load it.

The backup opens a repeatable-read transaction, exports its snapshot and hands it to
``pg_dump --snapshot``: the dump, the row counts and the list of live attachment keys in the
manifest all describe the same instant, while the server keeps writing.

The restore is one transaction of ``psql``: the ``public`` schema is dropped and recreated
(keeping its owner and grants), ``pg_restore``'s script is streamed in, the row counts and schema
revision are compared with the manifest, and only then is ``COMMIT`` sent. A failure anywhere
(a tool, a checksum, a count) means psql never sees ``COMMIT`` and the server rolls everything
back. Dropping the schema, rather than ``pg_restore --clean``, also removes the tables of a newer
schema when an older archive is restored, so the migrations can then run from its revision.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import IO

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import NullPool

from salescrm.backup.archive import CHUNK_BYTES, ArchiveReader
from salescrm.backup.database import Snapshot, quote
from salescrm.backup.errors import BackupError
from salescrm.backup.manifest import Engine, Manifest, Member

#: Where to find pg_dump, pg_restore and psql when PATH does not hold the right version.
PG_BIN_DIR = "SALESCRM_PG_BIN_DIR"
_SSL_MODES = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}

#: Before the dump's script, in the restore's transaction: an empty ``public`` schema with the
#: owner and grants the old one had (PostgreSQL 15 gives it to ``pg_database_owner``).
_REPLACE_PUBLIC = b"""\
SET client_min_messages = warning;
BEGIN;
DO $replace$
DECLARE
    previous_owner regrole;
    previous_acl aclitem[];
    item record;
BEGIN
    -- Index builds are most of a large restore: give them memory, unless the server has more.
    IF pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes('512MB') THEN
        PERFORM set_config('maintenance_work_mem', '512MB', true);
    END IF;
    SELECT nspowner::regrole, nspacl INTO previous_owner, previous_acl
        FROM pg_catalog.pg_namespace WHERE nspname = 'public';
    DROP SCHEMA IF EXISTS public CASCADE;
    CREATE SCHEMA public;
    IF previous_owner IS NOT NULL THEN
        EXECUTE format('ALTER SCHEMA public OWNER TO %s', previous_owner);
    END IF;
    FOR item IN SELECT grantee, privilege_type FROM aclexplode(previous_acl)
                WHERE grantee <> previous_owner LOOP
        EXECUTE format('GRANT %s ON SCHEMA public TO %s', item.privilege_type,
            CASE WHEN item.grantee = 0 THEN 'PUBLIC' ELSE item.grantee::regrole::text END);
    END LOOP;
END
$replace$;
"""


def find_tool(name: str, folder: str | None = None) -> str:
    """The path of a PostgreSQL client program, from ``folder`` (``SALESCRM_PG_BIN_DIR``) or
    PATH."""
    found = shutil.which(name, path=folder or None)
    if found is None:
        where = f"in {PG_BIN_DIR} ({folder})" if folder else "on PATH"
        raise BackupError(
            f"{name} was not found {where}: install the PostgreSQL client programs of the "
            f"server's major version or newer, or set {PG_BIN_DIR} to their directory"
        )
    return found


def libpq_environment(url: str) -> dict[str, str]:
    """The connection of a SQLAlchemy URL as libpq variables: the password travels in the
    environment, not on a command line that every user of the machine can list."""
    parsed = make_url(url)
    query_host = parsed.query.get("host")
    ssl = parsed.query.get("sslmode") or parsed.query.get("ssl")
    values = {
        "PGHOST": parsed.host or (query_host if isinstance(query_host, str) else None),
        "PGPORT": str(parsed.port) if parsed.port else None,
        "PGUSER": parsed.username,
        "PGPASSWORD": parsed.password,
        "PGDATABASE": parsed.database,
        "PGSSLMODE": ssl if isinstance(ssl, str) and ssl in _SSL_MODES else None,
        "PGAPPNAME": "salescrm backup",
    }
    return {**os.environ, **{name: value for name, value in values.items() if value}}


class PostgresBackend:
    engine: Engine = "postgresql"

    def __init__(self, url: str, bin_dir: str | None = None) -> None:
        self.url = url
        self.bin_dir = bin_dir
        self.environment = libpq_environment(url)

    def tool(self, name: str) -> str:
        return find_tool(name, self.bin_dir)

    def check_tools(self, *, restoring: bool) -> None:
        for name in ("pg_restore", "psql") if restoring else ("pg_dump",):
            self.tool(name)

    def snapshot(self, work: Path) -> Snapshot:
        return asyncio.run(self._snapshot(work / "database.pgdump"))

    def tables_with_rows(self, tables: Collection[str]) -> list[str]:
        return asyncio.run(self._tables_with_rows(tables))

    def load(self, reader: ArchiveReader, manifest: Manifest) -> None:
        with tempfile.TemporaryFile() as restore_log, tempfile.TemporaryFile() as psql_log:
            _Load(self, reader, manifest, restore_log, psql_log).run()

    async def _snapshot(self, path: Path) -> Snapshot:
        engine = create_async_engine(self.url, poolclass=NullPool)
        try:
            async with engine.connect() as connection:
                await connection.execution_options(isolation_level="REPEATABLE READ")
                await connection.execute(text("SET TRANSACTION READ ONLY"))
                exported = await connection.scalar(text("SELECT pg_export_snapshot()"))
                tables = await _row_counts(connection)
                revision = await _revision(connection, tables)
                keys = await _live_keys(connection, tables)
                # The exporting transaction stays open until pg_dump has taken its snapshot.
                await asyncio.to_thread(self._dump, str(exported), path)
        except (OSError, SQLAlchemyError) as exc:
            raise BackupError(f"could not read the database: {_first_line(exc)}") from exc
        finally:
            await engine.dispose()
        if revision is None:
            raise BackupError("the database has no schema revision: run salescrm migrate first")
        return Snapshot(path, self._version("pg_dump"), revision, tables, keys)

    def _dump(self, snapshot: str, path: Path) -> None:
        self._run(
            "pg_dump",
            "--format=custom",
            # Level 1: at 1,000,000 customers a third of the time of the default level (6) for
            # a fifth more bytes, and the snapshot transaction is held open for less long.
            "--compress=1",
            f"--snapshot={snapshot}",
            "--lock-wait-timeout=60s",
            "--no-sync",
            f"--file={path}",
        )

    async def _tables_with_rows(self, tables: Collection[str]) -> list[str]:
        engine = create_async_engine(self.url, poolclass=NullPool)
        try:
            async with engine.connect() as connection:
                present = set(await _table_names(connection)) & set(tables)
                found = []
                for name in sorted(present):
                    query = text(f"SELECT EXISTS (SELECT 1 FROM public.{quote(name)})")  # noqa: S608 - a catalogue name
                    if await connection.scalar(query):
                        found.append(name)
                return found
        except (OSError, SQLAlchemyError) as exc:
            raise BackupError(f"could not read the database: {_first_line(exc)}") from exc
        finally:
            await engine.dispose()

    def _version(self, tool: str) -> str:
        return self._run(tool, "--version").splitlines()[0].strip()

    def _run(self, tool: str, *arguments: str) -> str:
        result = subprocess.run(  # noqa: S603 - a PostgreSQL program with our own arguments
            [self.tool(tool), *arguments],
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"{tool} failed: {_last_line(result.stderr)}")
        return result.stdout


class _Load:
    """``pg_restore`` reads the dump from the archive (a thread feeds it, checking the
    checksum on the way) and writes its script, which is copied into ``psql`` between the
    schema's replacement and the checks; ``COMMIT`` goes last, only if all went well."""

    def __init__(
        self,
        backend: PostgresBackend,
        reader: ArchiveReader,
        manifest: Manifest,
        restore_log: IO[bytes],
        psql_log: IO[bytes],
    ) -> None:
        self.reader = reader
        self.manifest = manifest
        self.logs = (restore_log, psql_log)
        environment = backend.environment
        restore = [backend.tool("pg_restore"), "--no-owner", "--no-acl", "--file=-"]
        psql = [backend.tool("psql"), "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--file=-"]
        self.pg_restore = _start(restore, environment, stdout=subprocess.PIPE, stderr=restore_log)
        self.psql = _start(psql, environment, stdout=subprocess.DEVNULL, stderr=psql_log)
        self.feed_error: BaseException | None = None
        self.feeder = threading.Thread(target=self._feed, args=(manifest.database,), daemon=True)

    def run(self) -> None:
        script, psql = self.pg_restore.stdout, self.psql.stdin
        assert script is not None  # noqa: S101 - asked for
        assert psql is not None  # noqa: S101 - asked for
        self.feeder.start()
        committing = False
        try:
            psql.write(_REPLACE_PUBLIC)
            shutil.copyfileobj(script, psql, CHUNK_BYTES)
            self.feeder.join()
            if self.pg_restore.wait() == 0 and self.feed_error is None:
                psql.write(_check_sql(self.manifest) + b"ANALYZE;\nCOMMIT;\n")
                committing = True
        except BrokenPipeError:
            pass  # psql stopped at an error, which its log tells
        finally:
            _close(psql)
            self.psql.wait()
            stopped_by_us = self.pg_restore.poll() is None
            if stopped_by_us:
                self.pg_restore.kill()
            self.pg_restore.wait()
            self.feeder.join()
        # ON_ERROR_STOP: psql exits 0 only if every statement, COMMIT included, succeeded.
        if not (committing and self.psql.returncode == 0):
            self._raise_failure(stopped_by_us)

    def _feed(self, member: Member) -> None:
        source = self.pg_restore.stdin
        assert source is not None  # noqa: S101 - asked for
        try:
            self.reader.copy(member, source)
        except BaseException as exc:  # reported by run(), which then sends no COMMIT
            self.feed_error = exc
        finally:
            _close(source)

    def _raise_failure(self, stopped_by_us: bool) -> None:
        """What went wrong first, as the operator's one line: a damaged dump, then pg_restore's
        own failure (not the one of being stopped because psql had failed), then psql's."""
        if isinstance(self.feed_error, BackupError):
            raise self.feed_error
        if self.pg_restore.returncode != 0 and not stopped_by_us:
            raise BackupError(f"pg_restore failed: {_log_line(self.logs[0])}; nothing was changed")
        if self.psql.returncode != 0:
            raise BackupError(f"psql failed: {_log_line(self.logs[1])}; nothing was changed")
        why = self.feed_error or "the script ended early"
        raise BackupError(f"the restore did not complete ({why}); nothing was changed")


def _start(
    command: Sequence[str], environment: dict[str, str], *, stdout: int, stderr: IO[bytes]
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - a PostgreSQL program with our own arguments
        command, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr, env=environment
    )


def _close(stream: IO[bytes]) -> None:
    with contextlib.suppress(BrokenPipeError):
        stream.close()


def _check_sql(manifest: Manifest) -> bytes:
    """A block that fails the transaction unless the loaded rows are the manifest's (table
    names are plain identifiers, checked with the manifest; the revision a known one)."""
    lines = ["DO $check$", "DECLARE found bigint;", "BEGIN"]
    for name, rows in sorted(manifest.tables.items()):
        lines += [
            f"SELECT count(*) INTO found FROM public.{quote(name)};",  # noqa: S608
            f"IF found <> {rows:d} THEN RAISE EXCEPTION "
            f"'restored table % holds % rows, the archive''s manifest %', "
            f"{_literal(name)}, found, {rows:d}; END IF;",
        ]
    revision = _literal(manifest.schema_revision)
    lines += [
        f"IF (SELECT max(version_num) FROM public.alembic_version) IS DISTINCT FROM {revision} "  # noqa: S608
        f"THEN RAISE EXCEPTION 'restored schema revision is not %', {revision}; END IF;",
        "END",
        "$check$;",
        "",
    ]
    return "\n".join(lines).encode()


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


async def _table_names(connection: AsyncConnection) -> list[str]:
    rows = await connection.scalars(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    )
    return list(rows)


async def _row_counts(connection: AsyncConnection) -> dict[str, int]:
    counts = {}
    for name in await _table_names(connection):
        query = text(f"SELECT count(*) FROM public.{quote(name)}")  # noqa: S608 - a catalogue name
        counts[name] = int(await connection.scalar(query) or 0)
    return counts


async def _revision(connection: AsyncConnection, tables: Collection[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    value = await connection.scalar(text("SELECT max(version_num) FROM public.alembic_version"))
    return None if value is None else str(value)


async def _live_keys(connection: AsyncConnection, tables: Collection[str]) -> frozenset[str]:
    if "attachments" not in tables:
        return frozenset()
    rows = await connection.scalars(
        text("SELECT storage_key FROM public.attachments WHERE purged_at IS NULL")
    )
    return frozenset(rows)


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return lines[-1] if lines else "no message"


def _log_line(log: IO[bytes]) -> str:
    """The error a tool wrote: its first ``ERROR``/``error`` line, else its last line."""
    log.seek(0)
    output = log.read().decode(errors="replace")
    errors = [line.strip() for line in output.splitlines() if "error" in line.lower()]
    return errors[0] if errors else _last_line(output)
