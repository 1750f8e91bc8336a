"""The storage clean-up job: long-deleted attachments lose their content (and can no longer be
restored), content no attachment names goes once it is a day old, the rest stays."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.files.service import purge_files, sweep_orphan_files
from tests.conftest import TestDatabase, http_client, make_settings
from tests.customers.support import create_customer
from tests.files.support import FILES, PDF, png, uploaded


@pytest.fixture
def files_settings(db: TestDatabase, tmp_path: Path) -> Settings:
    return make_settings(db.url, files_dir=str(tmp_path / "files"), file_retention_days=30)


@pytest.fixture
async def admin(files_settings: Settings, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(files_settings, database=db.database)
    async with http_client(app, db.admin_token) as http:
        yield http


async def _run(job: Any, db: TestDatabase, settings: Settings, now: datetime) -> int:
    async def at(ctx: Ctx) -> int:
        return int(await job(ctx, now=now))

    return await run_once(Job(job.__name__, 3600, at), db.database, settings)


def _age(path: Path, days: float) -> None:
    moment = (utcnow() - timedelta(days=days)).timestamp()
    os.utime(path, (moment, moment))


def _plant(root: Path) -> tuple[Path, Path, Path]:
    """Age every stored content to two days; add a day-old orphan, a fresh one (an upload
    still committing) and the leftover of an interrupted write."""
    for path in root.glob("??/*"):
        _age(path, 2)
    orphan = root / "ab" / ("ab" + "0" * 30)
    fresh_orphan = root / "cd" / ("cd" + "1" * 30)
    stale_part = root / ".tmp" / "interrupted.part"
    for path, content in ((orphan, b"failed upload"), (fresh_orphan, b"new"), (stale_part, b"x")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    _age(orphan, 2)
    _age(stale_part, 2)
    return orphan, fresh_orphan, stale_part


def _contents(root: Path) -> set[str]:
    return {f"{p.parent.name}/{p.name}" for p in root.glob("??/*")}


async def test_long_deleted_content_and_orphans_are_removed(
    admin: httpx.AsyncClient, db: TestDatabase, files_settings: Settings
) -> None:
    root = Path(files_settings.files_dir)
    customer = await create_customer(admin, "清理附件客户")
    fields: dict[str, Any] = {"resource": "customer", "record_id": customer["id"]}
    kept = await uploaded(admin, png(), **fields, filename="kept.png")
    recent = await uploaded(admin, png(2, 1), **fields, filename="recent.png")
    old = await uploaded(admin, PDF, **fields, filename="old.pdf", content_type="application/pdf")
    for body in (recent, old):
        assert (await admin.delete(f"{FILES}/{body['id']}")).status_code == 204
    assert len(_contents(root)) == 3
    orphan, fresh_orphan, stale_part = _plant(root)

    # The sweep takes the day-old orphan and the interrupted write, not the fresh one.
    assert await _run(sweep_orphan_files, db, files_settings, utcnow()) == 1
    assert not orphan.exists()
    assert fresh_orphan.exists()
    assert not stale_part.exists()
    # Within the retention period the purge removes nothing.
    assert await _run(purge_files, db, files_settings, utcnow()) == 0
    assert len(_contents(root)) == 4

    # Past it, the deleted attachments' content goes; the live one stays.
    later = utcnow() + timedelta(days=31)
    assert await _run(purge_files, db, files_settings, later) == 2
    assert await _run(sweep_orphan_files, db, files_settings, later) == 1  # now a day old
    assert len(_contents(root)) == 1
    download = await admin.get(f"{FILES}/{kept['id']}/content")
    assert download.content == png()
    refused = await admin.post(f"{FILES}/{old['id']}/restore")
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "attachment_purged"
    assert await _run(purge_files, db, files_settings, later) == 0
