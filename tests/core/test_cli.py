"""The ``salescrm`` command, run as a user runs it (a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import TestDatabase


def run_cli(*args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if url:
        env["SALESCRM_DATABASE_URL"] = url
    return subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "salescrm.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_openapi_to_stdout() -> None:
    result = run_cli("openapi", "-o", "-")
    assert result.returncode == 0, result.stderr
    spec = json.loads(result.stdout)
    assert spec["info"]["title"] == "salescrm"
    assert "/api/v1/products" in spec["paths"]


def test_migrate_builds_an_empty_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    result = run_cli("migrate", url=url)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fresh.db").stat().st_size > 0
    again = run_cli("migrate", url=url)
    assert again.returncode == 0, again.stderr


async def test_seed_demo_is_repeatable(db: TestDatabase, client: httpx.AsyncClient) -> None:
    first = run_cli("seed-demo", url=db.url)
    assert first.returncode == 0, first.stderr
    assert "products: 20" in first.stdout
    second = run_cli("seed-demo", url=db.url)
    assert "products: 0" in second.stdout
    listed = (
        await client.get("/api/v1/products", params={"include_total": "true", "q": "销售管理"})
    ).json()
    assert listed["total"] == 2
    assert all("销售管理系统" in p["name"] for p in listed["items"])
