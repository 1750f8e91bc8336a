"""What a backup archive says about itself: ``manifest.json``, the archive's last member.

The manifest is read from a file that may come from anywhere, so it is validated as strictly as
a request body: member paths must be the database's fixed name or a storage key under
``files/`` (nothing can point outside the staging directory), table names must be plain
identifiers (they are quoted into the row-count check), checksums must look like SHA-256.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from salescrm.backup.errors import BackupError

FORMAT: Final = "salescrm-backup"
#: Bumped when an older salescrm could no longer read what this one writes.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES_PREFIX = "files/"
#: The database's member, by engine: SQLite's own file, or pg_dump's custom format.
DATABASE_MEMBERS = {"sqlite": "database.sqlite", "postgresql": "database.pgdump"}

Engine = Literal["sqlite", "postgresql"]
TableName = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]{0,62}$")]
MemberPath = Annotated[
    str,
    StringConstraints(
        pattern=r"^(database\.sqlite|database\.pgdump|files/[0-9a-f]{2}/[0-9a-f]{32})$"
    ),
]


class Member(BaseModel):
    """One member of the archive besides the manifest: where, how large, its SHA-256."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: MemberPath
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    """Everything a restore checks before it changes anything."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["salescrm-backup"] = FORMAT
    format_version: int = FORMAT_VERSION
    engine: Engine
    #: The Alembic revision the database was at (``alembic_version``).
    schema_revision: str = Field(min_length=1, max_length=64)
    salescrm_version: str
    created_at: AwareDatetime
    #: The tool that wrote the database member (``pg_dump (PostgreSQL) 15.20``, ``SQLite 3.40.1``).
    database_tool: str
    database: Member
    #: Rows per table in the database's snapshot, alembic_version and the task queue's included.
    tables: dict[TableName, Annotated[int, Field(ge=0)]]
    files: list[Member]
    #: Storage keys that live attachment rows name but the files directory did not hold.
    missing_files: list[str] = Field(default_factory=list)

    @property
    def members(self) -> list[Member]:
        return [self.database, *self.files]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    @property
    def file_bytes(self) -> int:
        return sum(member.size for member in self.files)

    def to_json(self) -> bytes:
        return (self.model_dump_json(indent=2) + "\n").encode()


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest, or a ``BackupError`` that says why not. The format and its version are
    checked first, so a newer salescrm's archive is named as such, not as a malformed one."""
    try:
        data: Any = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BackupError("the archive's manifest is not valid JSON (damaged archive?)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError("not a salescrm backup archive (its manifest names another format)")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupError(
            f"the archive is in backup format {version!r}, newer than this salescrm reads "
            f"({FORMAT_VERSION}): restore it with the salescrm version that wrote it"
        )
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BackupError(
            f"the archive's manifest is malformed at {where}: {first['msg']}"
        ) from None
    expected = DATABASE_MEMBERS[manifest.engine]
    if manifest.database.path != expected:
        raise BackupError(f"the archive's database member must be {expected}")
    if any(not member.path.startswith(FILES_PREFIX) for member in manifest.files):
        raise BackupError("the archive's manifest lists a file outside files/")
    return manifest
