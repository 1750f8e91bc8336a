"""Migrations build the schema the models describe, on both engines, with one head."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from salescrm.core.db.base import only_for
from salescrm.migrate import alembic_config
from salescrm.models import metadata
from tests.conftest import TestDatabase


def _diff(connection: Connection) -> list[object]:
    options = {"compare_type": True, "include_object": only_for(connection.dialect.name)}
    context = MigrationContext.configure(connection, opts=options)
    return list(compare_metadata(context, metadata))


async def test_models_and_migrations_agree(db: TestDatabase) -> None:
    async with db.database.engine.connect() as connection:
        assert await connection.run_sync(_diff) == []


def test_one_head_and_dated_file_names() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert revision.path is not None
        name = revision.path.rsplit("/", 1)[-1]
        assert name[:8].isdigit(), name
        assert name[8] == "_", name
