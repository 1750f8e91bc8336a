"""SQLite: snapshots through SQLite's online backup API, and restores through it too.

The backup API copies the database as one read transaction (``pages=-1``: all pages in one
step), so it sees one instant; in WAL mode the server's writers go on meanwhile. Restoring uses
the same API the other way round: the staged file is copied into the live one as a single
write transaction of the target, through SQLite's own locking and WAL. Swapping files instead
would have to deal with a ``-wal`` file that still belongs to the old database (SQLite would
replay it over the new one) and with connections holding the old file open.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Collection
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from salescrm.backup.archive import ArchiveReader
from salescrm.backup.database import Snapshot, check_loaded, quote
from salescrm.backup.errors import BackupError
from salescrm.backup.manifest import Engine, Manifest


def database_path(url: str) -> Path:
    """The file of a SQLite URL; in-memory and URI databases cannot be backed up."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError(f"{url} is not a SQLite database file")
    return Path(database)


class SqliteBackend:
    engine: Engine = "sqlite"

    def __init__(self, url: str, lock_timeout_seconds: float) -> None:
        self.path = database_path(url)
        self.timeout = lock_timeout_seconds

    def check_tools(self, *, restoring: bool) -> None:
        """SQLite needs nothing beyond Python's own module."""

    def snapshot(self, work: Path) -> Snapshot:
        if not self.path.is_file():
            raise BackupError(f"there is no SQLite database at {self.path}")
        copy = work / "database.sqlite"
        try:
            with (
                closing(self._connect(self.path)) as source,
                closing(sqlite3.connect(copy)) as target,
            ):
                source.backup(target)
                # A file on its own: no -wal beside it to be forgotten.
                target.execute("PRAGMA journal_mode=DELETE")
                tables = _row_counts(target)
                revision = _revision(target, tables)
                keys = _live_keys(target, tables)
        except sqlite3.Error as exc:
            raise BackupError(f"could not copy {self.path}: {exc}") from exc
        if revision is None:
            raise BackupError(f"{self.path} has no schema revision: run salescrm migrate first")
        return Snapshot(copy, f"SQLite {sqlite3.sqlite_version}", revision, tables, keys)

    def tables_with_rows(self, tables: Collection[str]) -> list[str]:
        if not self.path.exists():
            return []
        try:
            with closing(self._connect(self.path, create=False)) as connection:
                present = set(_table_names(connection)) & set(tables)
                return sorted(
                    name
                    for name in present
                    if connection.execute(f"SELECT 1 FROM {quote(name)} LIMIT 1").fetchone()  # noqa: S608 - a catalogue name
                )
        except sqlite3.Error as exc:
            raise BackupError(f"could not read {self.path}: {exc}") from exc

    def load(self, reader: ArchiveReader, manifest: Manifest) -> None:
        staged = self.path.with_name(f".{self.path.name}.restore-{uuid.uuid4().hex}")
        existed = self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with staged.open("xb") as out:
                reader.copy(manifest.database, out)
            with closing(sqlite3.connect(staged)) as source:
                _check_staged(source, manifest)
                with closing(self._connect(self.path)) as target:
                    target.execute("PRAGMA journal_mode=WAL")
                    source.backup(target)
                    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            if not existed:
                _remove_database(self.path)
            raise BackupError(f"could not restore into {self.path}: {exc}") from exc
        except BaseException:
            if not existed:
                _remove_database(self.path)
            raise
        finally:
            _remove_database(staged)

    def _connect(self, path: Path, *, create: bool = True) -> sqlite3.Connection:
        """A connection that waits for the write lock as the server does. ``create=False``
        opens only an existing file (``mode=rw``), so looking never creates a database."""
        if create:
            return sqlite3.connect(path, timeout=self.timeout)
        uri = f"{path.resolve().as_uri()}?mode=rw"
        return sqlite3.connect(uri, timeout=self.timeout, uri=True)


def _check_staged(source: sqlite3.Connection, manifest: Manifest) -> None:
    """The archive's database is a sound SQLite file holding what the manifest says."""
    verdict = source.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise BackupError(f"the archive's database is damaged: {verdict}")
    tables = _row_counts(source)
    check_loaded(_revision(source, tables), tables, manifest)


def _table_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "ORDER BY name"
    )
    return [name for (name,) in rows]


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        name: connection.execute(f"SELECT count(*) FROM {quote(name)}").fetchone()[0]  # noqa: S608 - a catalogue name
        for name in _table_names(connection)
    }


def _revision(connection: sqlite3.Connection, tables: Collection[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _live_keys(connection: sqlite3.Connection, tables: Collection[str]) -> frozenset[str]:
    if "attachments" not in tables:
        return frozenset()
    rows = connection.execute("SELECT storage_key FROM attachments WHERE purged_at IS NULL")
    return frozenset(key for (key,) in rows)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
