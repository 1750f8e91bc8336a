"""What a backup needs from a database engine, and what both engines share."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from salescrm.backup.archive import ArchiveReader
from salescrm.backup.errors import BackupError
from salescrm.backup.manifest import Engine, Manifest

#: Rows every migrated database holds: configuration the migrations write (built-in roles, the
#: default pipeline and its stages, tiers, loss and pool release reasons, activity types, the
#: customer policy).
#: A database whose only rows are these counts as empty. Changing them takes a login, so a
#: database where someone did holds employees too. tests/core/test_backup.py fails when a
#: migration starts filling another table.
REFERENCE_TABLES = frozenset(
    {
        "activity_types",
        "approval_type_settings",
        "status_types",
        "customer_policies",
        "customer_tiers",
        "holidays",
        "journal_reminders",
        "lifecycle_rules",
        "loss_reasons",
        "pipeline_stages",
        "pipelines",
        "pool_release_reasons",
        "roles",
    }
)


@dataclass(frozen=True)
class Snapshot:
    """A consistent copy of the database, taken at one instant, and what it holds."""

    path: Path
    #: The program that wrote ``path`` and its version, for the manifest.
    tool: str
    revision: str
    tables: dict[str, int]
    #: Storage keys named by attachment rows whose content has not been purged.
    live_keys: frozenset[str]


class DatabaseBackend(Protocol):
    """One engine's way of taking, checking and loading a snapshot."""

    engine: Engine

    def check_tools(self, *, restoring: bool) -> None:
        """Fail now, naming what is missing, rather than half-way."""

    def snapshot(self, work: Path) -> Snapshot:
        """Copy the live database into ``work`` without stopping its writers."""

    def tables_with_rows(self, tables: Collection[str]) -> list[str]:
        """Which of ``tables`` exist and hold at least one row (none: an empty target)."""

    def load(self, reader: ArchiveReader, manifest: Manifest) -> None:
        """Replace the whole database by the archive's, in one step that either happens
        completely or not at all, after checking what was loaded against the manifest."""


def quote(name: str) -> str:
    """An identifier for SQL (names come from the catalogue or a validated manifest)."""
    return '"' + name.replace('"', '""') + '"'


def check_loaded(revision: str | None, tables: Mapping[str, int], manifest: Manifest) -> None:
    """The loaded database holds the schema revision and row counts the manifest promised."""
    if revision != manifest.schema_revision:
        raise BackupError(
            f"the archive's database is at schema revision {revision!r}, its manifest says "
            f"{manifest.schema_revision!r} (damaged archive?)"
        )
    differing = sorted(
        name
        for name in set(tables) | set(manifest.tables)
        if tables.get(name) != manifest.tables.get(name)
    )
    if differing:
        name = differing[0]
        raise BackupError(
            f"the archive's database does not hold what its manifest says: {name} has "
            f"{tables.get(name)} rows, the manifest {manifest.tables.get(name)}"
        )
