"""The ``salescrm`` command: serve, migrate, create-admin, openapi, backup, restore, seed-demo."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from salescrm.config import Environment, Settings, get_settings
from salescrm.core.security.passwords import MIN_PASSWORD_LENGTH

if TYPE_CHECKING:
    from salescrm.org.bootstrap import Admin

DEFAULT_SPEC = Path("openapi/openapi.json")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from salescrm.core.logging import configure_logging
    from salescrm.migrate import upgrade

    settings = get_settings()
    refusal = settings.refusal_to_serve(args.host)
    if refusal:
        print(f"Refusing to serve on {args.host}: {refusal}.", file=sys.stderr)
        return 2
    try:
        _ = settings.secret  # a generated one now, before any worker starts
    except (OSError, ValueError) as exc:
        print(f"No secret key: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, json_lines=settings.log_json)
    if not args.no_migrate:
        upgrade(settings.database_url)
        admin = asyncio.run(_first_admin(settings))
        if admin is not None:
            print(
                "\nEmpty database: created the first administrator.\n"
                f"  username: {admin.username}\n  password: {admin.password}\n"
                "Log in with POST /api/v1/auth/token (or 'Authorize' at /docs) and change the "
                "password with POST /api/v1/auth/password.\n",
                file=sys.stderr,
            )
    print(
        f"salescrm serving on http://{args.host}:{args.port} "
        f"(API docs: http://{args.host}:{args.port}/docs)",
        file=sys.stderr,
    )
    uvicorn.run(**serve_options(args))
    return 0


def serve_options(args: argparse.Namespace) -> dict[str, Any]:
    """uvicorn's settings for ``serve``. No ``server: uvicorn`` header: naming the server and
    its version only helps whoever looks for a known hole in it."""
    return {
        "app": "salescrm.app:create_app",
        "factory": True,
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
        "log_config": None,
        # X-Forwarded-For is read by the app, from SALESCRM_TRUSTED_PROXIES only; uvicorn's own
        # reading would trust 127.0.0.1 (FORWARDED_ALLOW_IPS) before the app sees the request.
        "proxy_headers": False,
        "server_header": False,
        # The app logs every request itself, without the query string and with secret URLs
        # redacted (``core.middleware``); uvicorn's own line would repeat both.
        "access_log": False,
    }


async def _first_admin(settings: Settings) -> Admin | None:
    """On a database without any login, create ``admin`` with a random password."""
    from salescrm.core.db.engine import Database
    from salescrm.org.bootstrap import create_admin, has_accounts

    database = Database.for_settings(settings)
    try:
        async with database.sessionmaker() as session:
            session.info["actor"] = ("system", None)
            if await has_accounts(session):
                return None
            admin = await create_admin(session, settings, username="admin")
            await session.commit()
            return admin
    finally:
        await database.dispose()


def _create_admin(args: argparse.Namespace) -> int:
    from salescrm.core.db.engine import Database
    from salescrm.migrate import upgrade
    from salescrm.org.bootstrap import create_admin

    settings = get_settings()
    upgrade(settings.database_url)
    password = args.password or os.environ.get("SALESCRM_ADMIN_PASSWORD")
    if not password:
        password = getpass.getpass("Password for the new administrator: ")
    if len(password) < MIN_PASSWORD_LENGTH:
        print(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.", file=sys.stderr)
        return 2

    async def run() -> None:
        database = Database.for_settings(settings)
        try:
            async with database.sessionmaker() as session:
                session.info["actor"] = ("system", None)
                await create_admin(session, settings, username=args.username, password=password)
                await session.commit()
        finally:
            await database.dispose()

    try:
        asyncio.run(run())
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Administrator {args.username.lower()} created.")
    return 0


def _run_job(args: argparse.Namespace) -> int:
    from salescrm.core.db.engine import Database
    from salescrm.core.jobs import run_once
    from salescrm.jobs import JOBS

    jobs = {job.name: job for job in JOBS}
    if args.name not in jobs:
        print(f"unknown job; one of: {', '.join(sorted(jobs))}", file=sys.stderr)
        return 2
    settings = get_settings()

    async def run() -> int:
        database = Database.for_settings(settings)
        try:
            return await run_once(jobs[args.name], database, settings)
        finally:
            await database.dispose()

    print(f"{args.name}: {asyncio.run(run())} item(s)")
    return 0


def _worker(args: argparse.Namespace) -> int:
    from salescrm.core.db.engine import Database
    from salescrm.core.logging import configure_logging
    from salescrm.core.queue import Worker
    from salescrm.jobs import JOBS

    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    if not settings.database_url.startswith("postgresql"):
        print(
            "salescrm worker takes tasks from PostgreSQL; on SQLite the server runs them itself "
            "(SALESCRM_JOBS_ENABLED=true).",
            file=sys.stderr,
        )
        return 2
    if args.concurrency:
        settings = settings.model_copy(update={"worker_concurrency": args.concurrency})
    if not args.no_migrate:
        from salescrm.migrate import upgrade

        upgrade(settings.database_url)

    async def run() -> None:
        database = Database.for_settings(settings)
        try:
            await Worker(JOBS, database, settings).run_forever()
        finally:
            await database.dispose()

    asyncio.run(run())
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from salescrm.migrate import upgrade

    upgrade(get_settings().database_url, args.revision)
    return 0


def _openapi(args: argparse.Namespace) -> int:
    from salescrm.app import create_app
    from salescrm.core.openapi import render

    text = render(create_app())
    if args.output == "-":
        sys.stdout.write(text)
    else:
        path = Path(args.output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return 0


def _seed_demo(args: argparse.Namespace) -> int:
    from salescrm.demo import seed_demo
    from salescrm.migrate import upgrade

    settings = get_settings()
    if settings.environment is Environment.production and not args.force:
        print(
            "seed-demo creates logins with a published password; refusing in production "
            "(--force to do it anyway).",
            file=sys.stderr,
        )
        return 2
    upgrade(settings.database_url)
    counts = asyncio.run(seed_demo(settings.database_url, seed=args.seed))
    for name, count in counts.items():
        print(f"{name}: {count}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from salescrm.backup import BackupError, backup

    try:
        outcome = backup(get_settings(), Path(args.file))
    except BackupError as exc:
        print(f"salescrm backup: {exc}", file=sys.stderr)
        return 1
    for warning in outcome.warnings():
        print(f"salescrm backup: warning: {warning}", file=sys.stderr)
    print(outcome.summary())
    return 0


def _restore(args: argparse.Namespace) -> int:
    from salescrm.backup import BackupError, restore

    try:
        outcome = restore(get_settings(), Path(args.file), force=args.force)
    except BackupError as exc:
        print(f"salescrm restore: {exc}", file=sys.stderr)
        return 1
    print(outcome.summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salescrm", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate the database, then serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-migrate", action="store_true", help="skip the migration step")
    serve.set_defaults(func=_serve)

    migrate = commands.add_parser("migrate", help="upgrade the database schema")
    migrate.add_argument("revision", nargs="?", default="head")
    migrate.set_defaults(func=_migrate)

    openapi = commands.add_parser("openapi", help="write the OpenAPI spec")
    openapi.add_argument("--output", "-o", default=str(DEFAULT_SPEC), help="file, or - for stdout")
    openapi.set_defaults(func=_openapi)

    admin = commands.add_parser("create-admin", help="create an administrator login")
    admin.add_argument("--username", required=True)
    admin.add_argument(
        "--password", help="default: $SALESCRM_ADMIN_PASSWORD, else asked interactively"
    )
    admin.set_defaults(func=_create_admin)

    job = commands.add_parser("run-job", help="run one periodic job now (for cron)")
    job.add_argument("name")
    job.set_defaults(func=_run_job)

    worker = commands.add_parser(
        "worker", help="run background tasks from the PostgreSQL task queue until stopped"
    )
    worker.add_argument(
        "--concurrency", type=int, help="tasks at once (SALESCRM_WORKER_CONCURRENCY)"
    )
    worker.add_argument("--no-migrate", action="store_true", help="skip the migration step")
    worker.set_defaults(func=_worker)

    backup = commands.add_parser(
        "backup", help="write the database and the attachment content to one archive file"
    )
    backup.add_argument("file", help="the archive to write (replaced only once it is complete)")
    backup.set_defaults(func=_backup)

    restore = commands.add_parser(
        "restore", help="replace the database and the attachment content by an archive's"
    )
    restore.add_argument("file", help="an archive written by salescrm backup")
    restore.add_argument(
        "--force", action="store_true", help="replace a database or files that hold data"
    )
    restore.set_defaults(func=_restore)

    seed = commands.add_parser("seed-demo", help="fill the database with zh-CN demo data")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (repeatable data)")
    seed.add_argument("--force", action="store_true", help="seed even in production")
    seed.set_defaults(func=_seed_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except ValidationError as exc:
        if exc.title != "Settings":
            raise
        print(f"Invalid settings: {exc}", file=sys.stderr)  # which, without a traceback
        return 2
    return result


if __name__ == "__main__":
    raise SystemExit(main())
