"""``salescrm backup`` and ``salescrm restore`` on both engines: real data in through the API,
an archive out, restored into a second, empty database and files directory, and compared row
for row and byte for byte; archives that must be refused leave the target exactly as it was."""

from __future__ import annotations

import asyncio
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from salescrm.app import create_app
from salescrm.backup import BackupError, backup, restore
from salescrm.backup.commands import backend_for
from salescrm.backup.database import REFERENCE_TABLES
from salescrm.backup.manifest import DATABASE_MEMBERS
from salescrm.config import Settings
from salescrm.migrate import alembic_config, upgrade
from salescrm.models import metadata
from tests.conftest import (
    POSTGRES_ADMIN_URL,
    TestDatabase,
    _create_postgres_database,
    _drop_postgres_database,
    http_client,
    make_settings,
)
from tests.customers.support import CONTACTS, create_customer
from tests.files.support import FILES, PDF, png, uploaded

Rows = dict[str, list[dict[str, Any]]]


@dataclass
class Installation:
    """A database and its files directory, as ``salescrm`` sees them through its settings."""

    url: str
    files_dir: Path

    @property
    def settings(self) -> Settings:
        return make_settings(self.url, files_dir=str(self.files_dir))


@pytest.fixture
def source(db: TestDatabase, tmp_path: Path) -> Installation:
    return Installation(db.url, tmp_path / "source-files")


@pytest.fixture
async def admin(db: TestDatabase, source: Installation) -> AsyncIterator[httpx.AsyncClient]:
    """The administrator on an app whose attachments go to the source's files directory."""
    app = create_app(source.settings, database=db.database)
    async with http_client(app, db.admin_token) as http:
        yield http


async def new_database(engine_name: str, folder: Path) -> tuple[str, str | None]:
    """An empty database of the engine (its URL, and its name on PostgreSQL)."""
    if engine_name == "sqlite":
        return f"sqlite+aiosqlite:///{folder / 'target.db'}", None
    return await _create_postgres_database()


@pytest.fixture(scope="session")
async def migrated(
    engine_name: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[str, str | None]]:
    """One empty migrated database per engine, which each test's target is a copy of
    (migrating one per test would take seconds each)."""
    url, name = await new_database(engine_name, tmp_path_factory.mktemp("backup-template"))
    try:
        await asyncio.to_thread(upgrade, url)
        yield url, name
    finally:
        if name is not None:
            await _drop_postgres_database(name)


async def copy_of(migrated: tuple[str, str | None], folder: Path) -> tuple[str, str | None]:
    url, template = migrated
    if template is None:
        copy = folder / "target.db"
        await asyncio.to_thread(shutil.copyfile, make_url(url).database or "", copy)
        return f"sqlite+aiosqlite:///{copy}", None
    name = f"salescrm_test_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    await admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False), name


@pytest.fixture
async def target(migrated: tuple[str, str | None], tmp_path: Path) -> AsyncIterator[Installation]:
    """A second database, migrated and empty, with an empty files directory."""
    url, name = await copy_of(migrated, tmp_path)
    try:
        yield Installation(url, tmp_path / "target-files")
    finally:
        if name is not None:
            await _drop_postgres_database(name)


async def fill(http: httpx.AsyncClient) -> None:
    """A customer with a contact and three attachments, one of them deleted (its content stays
    in the store until it is purged, so it must be in the backup too)."""
    customer = await create_customer(http, "上海恒瑞精密机械有限公司")
    contact = await http.post(CONTACTS, json={"customer_id": customer["id"], "name": "赵磊"})
    assert contact.status_code == 201, contact.text
    target = {"resource": "customer", "record_id": customer["id"]}
    await uploaded(http, png(3, 2), **target, filename="logo.png")
    await uploaded(http, PDF, **target, filename="合同.pdf", content_type="application/pdf")
    deleted = await uploaded(http, png(5, 5), **target, filename="old.png")
    response = await http.delete(f"{FILES}/{deleted['id']}", headers={"If-Match": '"1"'})
    assert response.status_code == 204, response.text


async def table_rows(url: str) -> Rows:
    """Every row of every table the models know, and the schema revision, in key order."""
    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            rows: Rows = {}
            for table in metadata.sorted_tables:
                query = select(table).order_by(*table.primary_key.columns)
                rows[table.name] = [dict(r) for r in (await connection.execute(query)).mappings()]
            version = await connection.execute(text("SELECT version_num FROM alembic_version"))
            rows["alembic_version"] = [dict(r) for r in version.mappings()]
            return rows
    finally:
        await engine.dispose()


def stored(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its relative path, with its bytes."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def hidden(folder: Path) -> list[str]:
    """Dot-names in ``folder``: what a backup or restore leaves if it fails to clean up."""
    return (
        sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
        if folder.exists()
        else []
    )


async def state(installation: Installation) -> tuple[Rows, dict[str, bytes]]:
    return await table_rows(installation.url), stored(installation.files_dir)


async def assert_same(source: Installation, target: Installation) -> None:
    source_rows, source_files = await state(source)
    target_rows, target_files = await state(target)
    assert target_rows.keys() == source_rows.keys()
    for name, rows in source_rows.items():
        assert target_rows[name] == rows, name
    assert target_files == source_files


async def backup_to(installation: Installation, archive: Path) -> Any:
    return await asyncio.to_thread(backup, installation.settings, archive)


async def restore_from(installation: Installation, archive: Path, *, force: bool = False) -> Any:
    return await asyncio.to_thread(restore, installation.settings, archive, force=force)


def rewrite_manifest(archive: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of ``archive`` whose manifest ``change`` edited (everything else as it was)."""
    crafted = archive.with_name("crafted.tar")
    with tarfile.open(archive) as original, tarfile.open(crafted, "w") as out:
        for info in original.getmembers():
            data = original.extractfile(info)
            assert data is not None
            content = data.read()
            if info.name == "manifest.json":
                manifest = json.loads(content)
                change(manifest)
                content = json.dumps(manifest).encode()
                info.size = len(content)
            out.addfile(info, io.BytesIO(content))
    return crafted


# ----- the round trip --------------------------------------------------------------------------
async def test_a_backup_restores_every_row_and_every_file(
    admin: httpx.AsyncClient, source: Installation, target: Installation, tmp_path: Path
) -> None:
    await fill(admin)
    archive = tmp_path / "backup.tar"

    made = await backup_to(source, archive)

    assert archive.stat().st_mode & 0o077 == 0  # password hashes inside: the owner's only
    assert hidden(tmp_path) == []  # no temporary name left behind
    manifest = made.manifest
    assert manifest.engine == backend_for(source.settings).engine
    assert len(manifest.files) == 3  # the deleted attachment's content too
    assert manifest.missing_files == []
    assert manifest.tables["customers"] == 1
    assert manifest.tables["contacts"] == 1
    assert manifest.tables["attachments"] == 3
    assert "3 files" in made.summary()

    restored = await restore_from(target, archive)

    assert restored.upgraded_to is None
    await assert_same(source, target)
    assert hidden(tmp_path) == []  # the staged database is gone
    assert hidden(target.files_dir) == []  # and so are the staged files


async def test_a_freshly_migrated_database_counts_as_empty(target: Installation) -> None:
    """The migrations write only reference data; a new migration that fills another table
    must add it to REFERENCE_TABLES, or no fresh database could be restored into."""
    every = {table.name for table in metadata.sorted_tables}
    holding = await asyncio.to_thread(backend_for(target.settings).tables_with_rows, every)
    assert set(holding) <= REFERENCE_TABLES, sorted(set(holding) - REFERENCE_TABLES)


async def test_an_older_schema_is_restored_then_upgraded(
    engine_name: str, tmp_path: Path, target: Installation
) -> None:
    script = ScriptDirectory.from_config(alembic_config(target.url))
    head = script.get_current_head()
    assert head is not None
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    (tmp_path / "old").mkdir()
    url, name = await new_database(engine_name, tmp_path / "old")
    try:
        await asyncio.to_thread(upgrade, url, previous)
        old = Installation(url, tmp_path / "old-files")
        archive = tmp_path / "old.tar"
        made = await backup_to(old, archive)
        assert made.manifest.schema_revision == previous

        restored = await restore_from(target, archive)

        assert restored.upgraded_to == head
        assert f"upgraded to {head}" in restored.summary()
        assert (await table_rows(target.url))["alembic_version"] == [{"version_num": head}]
    finally:
        if name is not None:
            await _drop_postgres_database(name)


# ----- refusals: nothing changes ---------------------------------------------------------------
@pytest.fixture
async def archive(admin: httpx.AsyncClient, source: Installation, tmp_path: Path) -> Path:
    await fill(admin)
    path = tmp_path / "backup.tar"
    await backup_to(source, path)
    return path


async def assert_refused(target: Installation, archive: Path, match: str) -> None:
    """The restore fails with ``match`` and the target's rows and files are as they were."""
    before = await state(target)
    with pytest.raises(BackupError, match=match):
        await restore_from(target, archive, force=True)
    assert await state(target) == before
    assert hidden(target.files_dir) == []


async def test_a_truncated_or_damaged_archive_is_refused(
    archive: Path, target: Installation
) -> None:
    data = await asyncio.to_thread(archive.read_bytes)
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    manifest = members["manifest.json"]
    file = next(m for m in members.values() if m.name.startswith("files/"))
    cut = archive.with_name("cut.tar")
    # Cut in the database, in the manifest, and right before the manifest's header.
    for length in (len(data) // 2, manifest.offset_data + manifest.size // 2, manifest.offset):
        cut.write_bytes(data[:length])
        await assert_refused(target, cut, "incomplete|damaged|no manifest|not a salescrm backup")
    # One flipped byte in an attachment's content: the checksum catches it.
    offset = file.offset_data + file.size // 2
    damaged = bytearray(data)
    damaged[offset] ^= 0xFF
    cut.write_bytes(bytes(damaged))
    await assert_refused(target, cut, "does not match its checksum")


async def test_an_archive_of_the_other_engine_is_refused(
    archive: Path, target: Installation, engine_name: str
) -> None:
    other = "postgresql" if engine_name == "sqlite" else "sqlite"

    def swap(manifest: dict[str, Any]) -> None:
        manifest["engine"] = other
        manifest["database"]["path"] = DATABASE_MEMBERS[other]

    await assert_refused(target, rewrite_manifest(archive, swap), f"holds a {other} database")


async def test_an_archive_of_a_newer_schema_is_refused(archive: Path, target: Installation) -> None:
    def newer(manifest: dict[str, Any]) -> None:
        manifest["schema_revision"] = "9999"

    await assert_refused(target, rewrite_manifest(archive, newer), "9999 is newer than")


async def test_a_manifest_that_lies_about_the_rows_is_refused(
    archive: Path, target: Installation
) -> None:
    """Checked while the database is loaded, before it commits (PostgreSQL: in psql's
    transaction; SQLite: on the staged file)."""

    def more(manifest: dict[str, Any]) -> None:
        manifest["tables"]["customers"] += 1

    await assert_refused(target, rewrite_manifest(archive, more), "customers")


async def test_a_load_that_fails_half_way_changes_nothing(
    engine_name: str, archive: Path, target: Installation
) -> None:
    """psql stops at its first error (here: a role that does not own the schema); pg_restore,
    still writing, is stopped, COMMIT is never sent, and the error is psql's."""
    if engine_name != "postgresql":
        pytest.skip("PostgreSQL's load runs in psql")
    role = f"salescrm_test_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        url = make_url(target.url).set(username=role, password=None)
        weak = Installation(url.render_as_string(hide_password=False), target.files_dir)
        before = await state(target)
        with pytest.raises(BackupError, match=r"psql failed: .*must be owner of schema public"):
            await restore_from(weak, archive, force=True)
        assert await state(target) == before
        assert not target.files_dir.exists()
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP ROLE "{role}"'))
        await admin.dispose()


async def test_a_target_with_data_needs_force(
    archive: Path, source: Installation, target: Installation
) -> None:
    await restore_from(target, archive)
    # The target moves on: rows change and content is added.
    engine = create_async_engine(target.url, poolclass=NullPool)
    async with engine.begin() as connection:
        await connection.execute(text("DELETE FROM contacts"))
    await engine.dispose()
    extra = target.files_dir / "ab" / ("ab" + "0" * 30)
    extra.parent.mkdir(exist_ok=True)
    extra.write_bytes(b"uploaded since")

    before = await state(target)
    with pytest.raises(BackupError, match=r"not empty .*--force"):
        await restore_from(target, archive)
    assert await state(target) == before

    await restore_from(target, archive, force=True)
    await assert_same(source, target)
    assert not extra.exists()


async def test_files_alone_make_a_target_not_empty(archive: Path, target: Installation) -> None:
    extra = target.files_dir / "cd" / ("cd" + "1" * 30)
    extra.parent.mkdir(parents=True)
    extra.write_bytes(b"content")
    before = await state(target)
    with pytest.raises(BackupError, match="already holds 1 attachment files"):
        await restore_from(target, archive)
    assert await state(target) == before


# ----- while the server writes -----------------------------------------------------------------
async def test_a_backup_taken_while_the_app_writes_is_consistent(
    admin: httpx.AsyncClient, source: Installation, target: Installation, tmp_path: Path
) -> None:
    """On SQLite the online backup API copies one instant in WAL mode: writers are neither
    blocked nor half-copied (on PostgreSQL pg_dump's snapshot does the same)."""
    done = asyncio.Event()
    created = 0

    async def write() -> None:
        nonlocal created
        while not done.is_set():
            await create_customer(admin, f"并发写入公司{created:04d}")
            created += 1

    writer = asyncio.create_task(write())
    counts = []
    try:
        for round_ in range(4):
            made = await backup_to(source, tmp_path / f"busy-{round_}.tar")
            counts.append(made.manifest.tables["customers"])
            await asyncio.sleep(0.05)
    finally:
        done.set()
        await writer
    assert created > 0
    assert counts == sorted(counts)
    assert counts[-1] <= created
    # The last one restores, and what it holds is what its manifest counted.
    restored = await restore_from(target, tmp_path / "busy-3.tar")
    assert len((await table_rows(target.url))["customers"]) == restored.manifest.tables["customers"]


# ----- the command -----------------------------------------------------------------------------
def run_cli(*args: str, installation: Installation, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "SALESCRM_DATABASE_URL": installation.url,
        "SALESCRM_FILES_DIR": str(installation.files_dir),
        **env,
    }
    return subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "salescrm.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


async def test_the_commands_print_a_summary_and_refuse_in_one_line(
    admin: httpx.AsyncClient, source: Installation, target: Installation, tmp_path: Path
) -> None:
    await fill(admin)
    archive = tmp_path / "cli.tar"
    made = await asyncio.to_thread(run_cli, "backup", str(archive), installation=source)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Backed up ")
    assert "3 files" in made.stdout

    restored = await asyncio.to_thread(run_cli, "restore", str(archive), installation=target)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored ")
    await assert_same(source, target)

    again = await asyncio.to_thread(run_cli, "restore", str(archive), installation=target)
    assert again.returncode == 1
    assert again.stderr.startswith("salescrm restore: the database is not empty")
    assert again.stderr.count("\n") == 1  # one line, no traceback


async def test_a_missing_postgresql_tool_is_named(
    engine_name: str, source: Installation, tmp_path: Path
) -> None:
    if engine_name != "postgresql":
        pytest.skip("SQLite needs no external program")
    empty = tmp_path / "bin"
    empty.mkdir()
    archive = tmp_path / "never.tar"
    result = await asyncio.to_thread(
        run_cli, "backup", str(archive), installation=source, SALESCRM_PG_BIN_DIR=str(empty)
    )
    assert result.returncode == 1
    assert result.stderr.startswith("salescrm backup: pg_dump was not found in SALESCRM_PG_BIN_DIR")
    assert "Traceback" not in result.stderr
    assert hidden(tmp_path) == []
    assert not archive.exists()
