"""The ``salescrm`` command: serve, migrate, openapi, seed-demo."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path

from salescrm.config import get_settings

DEFAULT_SPEC = Path("openapi/openapi.json")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from salescrm.core.logging import configure_logging
    from salescrm.migrate import upgrade

    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    if not args.no_migrate:
        upgrade(settings.database_url)
    print(
        f"salescrm serving on http://{args.host}:{args.port} "
        f"(API docs: http://{args.host}:{args.port}/docs)",
        file=sys.stderr,
    )
    uvicorn.run(
        "salescrm.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=None,
        proxy_headers=True,
    )
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
    upgrade(settings.database_url)
    counts = asyncio.run(seed_demo(settings.database_url, seed=args.seed))
    for name, count in counts.items():
        print(f"{name}: {count}")
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

    seed = commands.add_parser("seed-demo", help="fill the database with zh-CN demo data")
    seed.add_argument("--seed", type=int, default=2026, help="random seed (repeatable data)")
    seed.set_defaults(func=_seed_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
