"""Measure: ``salescrm backup`` and ``salescrm restore`` (issue 15), on either engine.

Demo data (the default): a fresh database (PostgreSQL, dropped at the end; ``--sqlite`` for a
temporary file), migrated and filled by ``salescrm seed-demo``'s code (``salescrm.demo``: 41
employees, 3,000 customers, their deals and 8,735 activities), plus ``--files`` attachment files
of ``--file-kb`` random (incompressible) bytes written straight into the store. ``--reuse-url``
measures an existing PostgreSQL database instead, read only (the 1,000,000 customers that
``customers_scale.py --keep`` leaves); its files directory is ``--files-dir`` (none by default).

Each of ``--rounds`` rounds calls what the commands call, in-process (the command's own start-up,
1-3 s of imports, is not counted): ``backup`` to an archive, ``restore`` into a new, empty,
migrated database and files directory, then ``restore --force`` over that now-full target; the
target is dropped after the round. Prints the archive's size and each step's seconds with its
phases; writes ``bench/results/backup_restore-<engine>-<label>.json``.

    .venv/bin/python bench/backup_restore.py                      # PostgreSQL, demo data
    .venv/bin/python bench/backup_restore.py --sqlite
    .venv/bin/python bench/backup_restore.py --rounds 1 --reuse-url postgresql+asyncpg://…/<db>
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from import_customers import DEFAULT_POSTGRES, RESULTS, create_postgres, drop_postgres
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.backup import Outcome, backup, restore
from salescrm.config import Settings
from salescrm.demo import seed_demo
from salescrm.files.storage import LocalDiskStorage, new_key
from salescrm.migrate import upgrade


@contextmanager
def database(args: argparse.Namespace, folder: Path, name: str) -> Iterator[str]:
    """A new, empty database (its URL), gone afterwards."""
    if args.sqlite:
        yield f"sqlite+aiosqlite:///{folder / f'{name}.db'}"
        return
    url, pg_name = asyncio.run(create_postgres(args.postgres_url))
    try:
        yield url
    finally:
        asyncio.run(drop_postgres(args.postgres_url, pg_name))


def settings(url: str, files_dir: Path) -> Settings:
    return Settings(database_url=url, files_dir=str(files_dir))


def write_files(root: Path, count: int, kilobytes: int) -> None:
    """``count`` files of random bytes under generated keys, as uploads leave them."""
    store = LocalDiskStorage(root)
    for _ in range(count):
        path = store.path(new_key())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(kilobytes * 1024))


def figures(outcome: Outcome) -> dict[str, Any]:
    return {
        "seconds": round(outcome.seconds, 2),
        "phases": {name: round(value, 2) for name, value in outcome.phases.items()},
    }


def measure_round(args: argparse.Namespace, source: Settings, work: Path, n: int) -> dict[str, Any]:
    archive = work / f"backup-{n}.tar"
    made = backup(source, archive)
    result: dict[str, Any] = {
        "archive_bytes": archive.stat().st_size,
        "tables": len(made.manifest.tables),
        "rows": made.manifest.rows,
        "files": len(made.manifest.files),
        "file_bytes": made.manifest.file_bytes,
        "backup": figures(made),
    }
    with database(args, work, f"target-{n}") as url:
        upgrade(url)
        target = settings(url, work / f"target-files-{n}")
        result["restore"] = figures(restore(target, archive))
        result["restore_force"] = figures(restore(target, archive, force=True))
    archive.unlink()
    shutil.rmtree(work / f"target-files-{n}", ignore_errors=True)
    return result


def server_version(url: str) -> str:
    async def ask() -> str:
        engine = create_async_engine(url, poolclass=NullPool)
        try:
            async with engine.connect() as connection:
                if engine.dialect.name == "postgresql":
                    return str(await connection.scalar(text("SHOW server_version")))
                return "SQLite " + str(await connection.scalar(text("SELECT sqlite_version()")))
        finally:
            await engine.dispose()

    return asyncio.run(ask())


def tool_version() -> str:
    found = shutil.which("pg_dump", path=os.environ.get("SALESCRM_PG_BIN_DIR") or None)
    if found is None:
        return "pg_dump not found"
    return subprocess.run(  # noqa: S603 - the PostgreSQL program the backup uses
        [found, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    files_dir = Path(args.files_dir) if args.files_dir else work / "source-files"
    if args.reuse_url:
        rounds = [
            measure_round(args, settings(args.reuse_url, files_dir), work, n)
            for n in range(args.rounds)
        ]
        label, version = "reused", server_version(args.reuse_url)
    else:
        with database(args, work, "source") as url:
            upgrade(url)
            seeded = asyncio.run(seed_demo(url, seed=2026))
            print(f"seeded the demo data: {seeded}")
            write_files(files_dir, args.files, args.file_kb)
            source = settings(url, files_dir)
            rounds = [measure_round(args, source, work, n) for n in range(args.rounds)]
            label = f"demo-{args.files}files" if args.files else "demo"
            version = server_version(url)
    return {
        "engine": "sqlite" if args.sqlite else "postgresql",
        "label": label,
        "server_version": version,
        "pg_dump": None if args.sqlite else tool_version(),
        "rounds": rounds,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def print_report(report: dict[str, Any]) -> None:
    print(
        f"\nbackup_restore on {report['server_version']} ({report['label']} data), "
        f"{report['cpus']} CPU(s), load average {report['load_average'][0]} before / "
        f"{report['load_average'][1]} after"
    )
    first = report["rounds"][0]
    print(
        f"{first['tables']} tables, {first['rows']:,} rows, {first['files']:,} files "
        f"({first['file_bytes']:,} bytes)\n"
    )
    print(f"{'round':>5} {'archive MB':>11} {'backup s':>9} {'restore s':>10} {'--force s':>10}")
    for n, row in enumerate(report["rounds"]):
        print(
            f"{n:>5} {row['archive_bytes'] / 1e6:>11.1f} {row['backup']['seconds']:>9.2f} "
            f"{row['restore']['seconds']:>10.2f} {row['restore_force']['seconds']:>10.2f}"
        )
    for step in ("backup", "restore", "restore_force"):
        phases = ", ".join(f"{k} {v:.2f}" for k, v in report["rounds"][-1][step]["phases"].items())
        print(f"  {step} phases (last round, s): {phases}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file instead")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--reuse-url", help="measure this PostgreSQL database (read only)")
    parser.add_argument("--files-dir", help="its attachment content (with --reuse-url)")
    parser.add_argument("--files", type=int, default=0, help="attachment files to add (demo)")
    parser.add_argument("--file-kb", type=int, default=256, help="size of each (demo)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work-dir", help="where archives and SQLite files go (default: tmp)")
    args = parser.parse_args()
    if args.reuse_url and args.sqlite:
        parser.error("--reuse-url is a PostgreSQL database")
    work = Path(tempfile.mkdtemp(prefix="salescrm-bench-backup-", dir=args.work_dir))
    try:
        report = run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"backup_restore-{report['engine']}-{report['label']}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(RESULTS.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
