"""``salescrm backup FILE`` and ``salescrm restore FILE``: the steps, in the order that keeps
a failure harmless.

Backup: the database snapshot first, then the files directory. Attachment content is stored
before the row naming it commits and removed only after its purge commits, so every live row in
the snapshot has its content on disk when the files are read afterwards; content added later is
an orphan the sweep job removes. Restore: every refusal that can be decided from the manifest and
the target (engine, schema revision, a target holding data) before the archive is read through;
the whole archive checked against its checksums before anything is written; the files staged;
the database replaced in one transaction; only then the files swapped in and the schema upgraded.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from alembic.script import ScriptDirectory

from salescrm import __version__
from salescrm.backup.archive import ArchiveWriter, reading, writing
from salescrm.backup.content import StagedContent, stored_files
from salescrm.backup.database import REFERENCE_TABLES, DatabaseBackend
from salescrm.backup.errors import BackupError
from salescrm.backup.manifest import DATABASE_MEMBERS, FILES_PREFIX, Manifest, Member
from salescrm.backup.postgres import PostgresBackend
from salescrm.backup.sqlite import SqliteBackend
from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.migrate import alembic_config, upgrade
from salescrm.models import metadata


class Stopwatch:
    """Seconds per step, so a slow backup or restore says which step was slow."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.phases: dict[str, float] = {}

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - self.last
        self.last = now

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


@dataclass(frozen=True)
class Outcome:
    """What a backup or restore did, for its one-line summary."""

    action: str
    archive: Path
    manifest: Manifest
    seconds: float
    #: Seconds per step (backup: snapshot, database, files; restore: verify, files,
    #: database, upgrade).
    phases: dict[str, float] = field(default_factory=dict)
    upgraded_to: str | None = None

    def summary(self) -> str:
        manifest = self.manifest
        schema = f"schema {manifest.schema_revision}"
        if self.upgraded_to:
            schema += f", upgraded to {self.upgraded_to}"
        direction = "to" if self.action == "Backed up" else "from"
        return (
            f"{self.action} {len(manifest.tables)} tables ({manifest.rows:,} rows, {schema}) "
            f"and {len(manifest.files):,} files ({_size(manifest.file_bytes)}) {direction} "
            f"{self.archive} ({_size(self.archive.stat().st_size)}) in {self.seconds:.1f} s"
        )

    def warnings(self) -> list[str]:
        missing = self.manifest.missing_files
        if not missing:
            return []
        return [
            f"{len(missing)} attachment(s) the database names had no content in the files "
            f"directory (listed in the manifest's missing_files), first {missing[0]}"
        ]


def backend_for(settings: Settings) -> DatabaseBackend:
    if settings.is_sqlite:
        return SqliteBackend(settings.database_url, settings.database_lock_timeout_seconds)
    if settings.database_url.startswith("postgresql"):
        return PostgresBackend(settings.database_url, settings.pg_bin_dir)
    raise BackupError("only SQLite and PostgreSQL databases can be backed up")


def backup(settings: Settings, destination: Path) -> Outcome:
    """Write the database and the attachment content to the archive ``destination``."""
    watch = Stopwatch()
    backend = backend_for(settings)
    backend.check_tools(restoring=False)
    if not destination.parent.is_dir():
        raise BackupError(f"{destination.parent} is not a directory")
    work_dir = tempfile.TemporaryDirectory(prefix=".salescrm-backup-", dir=destination.parent)
    with work_dir as work, writing(destination) as archive:
        snapshot = backend.snapshot(Path(work))
        watch.lap("snapshot")
        database = archive.add_file(DATABASE_MEMBERS[backend.engine], snapshot.path)
        snapshot.path.unlink()
        watch.lap("database")
        files = _add_content(archive, Path(settings.files_dir))
        manifest = Manifest(
            engine=backend.engine,
            schema_revision=snapshot.revision,
            salescrm_version=__version__,
            created_at=utcnow(),
            database_tool=snapshot.tool,
            database=database,
            tables=snapshot.tables,
            files=files,
            missing_files=sorted(snapshot.live_keys - {_key(member) for member in files}),
        )
        archive.add_manifest(manifest)
    watch.lap("files")  # with the manifest and the archive's fsync
    return Outcome("Backed up", destination, manifest, watch.seconds, watch.phases)


def _add_content(archive: ArchiveWriter, root: Path) -> list[Member]:
    """Every stored file; one removed between listing and reading (purged) is left out."""
    members = []
    for key, path in stored_files(root):
        try:
            members.append(archive.add_file(FILES_PREFIX + key, path))
        except FileNotFoundError:
            continue
    return members


def _key(member: Member) -> str:
    return member.path.removeprefix(FILES_PREFIX)


def restore(settings: Settings, source: Path, *, force: bool = False) -> Outcome:
    """Replace the database and the attachment content by the archive's; refused, with
    nothing changed, for a damaged archive, another engine's, a newer schema's, or (without
    ``force``) a target that holds data."""
    watch = Stopwatch()
    backend = backend_for(settings)
    backend.check_tools(restoring=True)
    root = Path(settings.files_dir)
    with reading(source) as reader:
        manifest = reader.manifest()
        head = _check_compatible(manifest, backend.engine, settings.database_url)
        if not force:
            _refuse_unless_empty(backend, root)
        reader.verify(manifest)
        watch.lap("verify")
        content = StagedContent(root)
        try:
            content.unpack(reader, manifest)
            watch.lap("files")
            backend.load(reader, manifest)
            watch.lap("database")
        except BaseException:
            content.discard()
            raise
        content.swap_in()
        watch.lap("files")
    upgraded_to = None
    if manifest.schema_revision != head:
        upgrade(settings.database_url)
        upgraded_to = head
    watch.lap("upgrade")
    return Outcome("Restored", source, manifest, watch.seconds, watch.phases, upgraded_to)


def _check_compatible(manifest: Manifest, engine: str, url: str) -> str:
    """Refuse another engine's archive or a schema this code does not know; return the head
    revision this code migrates to."""
    if manifest.engine != engine:
        raise BackupError(
            f"the archive holds a {manifest.engine} database and SALESCRM_DATABASE_URL names a "
            f"{engine} one: restore it into a {manifest.engine} database"
        )
    script = ScriptDirectory.from_config(alembic_config(url))
    head = script.get_current_head() or ""
    known = {revision.revision for revision in script.walk_revisions()}
    if manifest.schema_revision not in known:
        raise BackupError(
            f"the archive's schema revision {manifest.schema_revision} is newer than this "
            f"salescrm knows (up to {head}): restore it with salescrm "
            f"{manifest.salescrm_version} or later"
        )
    return head


def _refuse_unless_empty(backend: DatabaseBackend, root: Path) -> None:
    """A restore replaces everything, so it needs ``--force`` where there is anything to lose:
    rows beyond the migrations' reference data, or stored attachment content."""
    application = {table.name for table in metadata.sorted_tables} - REFERENCE_TABLES
    holding = backend.tables_with_rows(application)
    if holding:
        raise BackupError(
            f"the database is not empty ({_some(holding)} hold rows): restoring replaces all "
            "of it; use --force to do so"
        )
    stored = stored_files(root)
    if stored:
        raise BackupError(
            f"{root} already holds {len(stored):,} attachment files: restoring replaces them; "
            "use --force to do so"
        )


def _some(names: Sequence[str]) -> str:
    shown = ", ".join(names[:3])
    return shown if len(names) <= 3 else f"{shown} and {len(names) - 3} more tables"


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} bytes"
    size, unit = count / 1000, "KB"
    for bigger in ("MB", "GB"):
        if size < 1000:
            break
        size, unit = size / 1000, bigger
    return f"{size:,.1f} {unit}"
