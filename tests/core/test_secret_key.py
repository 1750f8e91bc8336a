"""The secret key (issue 12, item 7a): the published development value never signs anything; left
unset, a random secret is generated once and kept beside the data; ``serve`` refuses a known or
short secret on an address other than loopback."""

from __future__ import annotations

import stat
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from jose import jwt
from pydantic import ValidationError

from salescrm import cli
from salescrm.app import create_app
from salescrm.config import Environment, Settings
from salescrm.core.security.keys import PUBLISHED_SECRET_KEYS
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, make_settings

#: The value salescrm shipped as its default until issue 12; anyone can sign tokens with it.
PUBLISHED = "dev-only-insecure-secret-key-change-me"
SECRET_FILE = ".salescrm-secret"


def forged_token(real_token: str, key: str) -> str:
    """The claims of a real access token (a live session), signed again with ``key``."""
    claims = jwt.get_unverified_claims(real_token)
    now = int(time.time())
    token: str = jwt.encode({**claims, "iat": now, "exp": now + 600}, key, algorithm="HS256")
    return token


async def me(app: Any, token: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        return await http.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})


async def log_in(app: Any) -> str:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        response = await http.post(
            "/api/v1/auth/token", data={"username": ADMIN_USER, "password": ADMIN_PASSWORD}
        )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def unset_secret(db: TestDatabase, directory: Path) -> Settings:
    """The test database's settings as an installation that never set a secret would have
    them (the generated secret goes to ``directory``, on PostgreSQL too)."""
    return make_settings(db.url, secret_key=None, secret_file=str(directory / SECRET_FILE))


async def test_a_token_forged_with_the_published_key_is_401(
    db: TestDatabase, tmp_path: Path
) -> None:
    app = create_app(unset_secret(db, tmp_path), database=db.database)
    genuine = await log_in(app)
    assert (await me(app, genuine)).status_code == 200
    forged = await me(app, forged_token(genuine, PUBLISHED))
    assert forged.status_code == 401, forged.text
    assert "invalid_token" in forged.headers["www-authenticate"]


async def test_the_generated_secret_survives_a_restart(db: TestDatabase, tmp_path: Path) -> None:
    first = create_app(unset_secret(db, tmp_path), database=db.database)
    token = await log_in(first)
    path = tmp_path / SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = path.read_text().strip()
    assert len(secret) >= 43
    restarted = create_app(unset_secret(db, tmp_path), database=db.database)
    assert (await me(restarted, token)).status_code == 200
    assert path.read_text().strip() == secret
    elsewhere = create_app(unset_secret(db, tmp_path / "other"), database=db.database)
    assert (await me(elsewhere, token)).status_code == 401  # another installation


def test_the_secret_file_is_kept_beside_the_sqlite_database(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'salescrm.db'}"
    settings = Settings(database_url=url, secret_key=None)
    assert Path(settings.secret_path) == tmp_path / "data" / SECRET_FILE
    secret = settings.secret
    assert (tmp_path / "data" / SECRET_FILE).read_text().strip() == secret
    assert Settings(database_url=url, secret_key=None).secret == secret
    assert Settings(database_url=url, secret_key="e" * 40).secret == "e" * 40  # set wins


def test_building_the_app_for_its_spec_generates_no_secret(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'salescrm.db'}"
    assert create_app(Settings(database_url=url, secret_key=None)).openapi()["paths"]
    assert not (tmp_path / SECRET_FILE).exists()


@pytest.mark.parametrize("environment", list(Environment))
def test_the_published_key_is_refused_everywhere(environment: Environment) -> None:
    assert PUBLISHED in PUBLISHED_SECRET_KEYS
    with pytest.raises(ValidationError, match="published"):
        Settings(environment=environment, secret_key=PUBLISHED)


def test_production_on_postgresql_needs_a_secret() -> None:
    with pytest.raises(ValidationError, match="SALESCRM_SECRET_KEY"):
        Settings(
            environment=Environment.production,
            database_url="postgresql+asyncpg://u@h/db",
            secret_key=None,
        )


def serve(monkeypatch: pytest.MonkeyPatch, *args: str, **env: str) -> tuple[int, list[str]]:
    """``salescrm serve`` up to the point where it would start serving."""
    started: list[str] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **kw: started.append(kw["host"]))
    monkeypatch.setattr("salescrm.core.logging.configure_logging", lambda *a, **k: None)
    for name in ("SECRET_KEY", "SECRET_FILE", "ENVIRONMENT", "DATABASE_URL"):
        monkeypatch.delenv(f"SALESCRM_{name}", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    cli.get_settings.cache_clear()
    try:
        return cli.main(["serve", "--no-migrate", *args]), started
    finally:
        cli.get_settings.cache_clear()


@pytest.mark.parametrize(
    ("secret", "why"),
    [(PUBLISHED, "published"), ("short-but-set", "at least 32")],
)
def test_serve_refuses_a_known_or_short_secret_on_a_public_address(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], secret: str, why: str
) -> None:
    code, started = serve(monkeypatch, "--host", "0.0.0.0", SALESCRM_SECRET_KEY=secret)  # noqa: S104
    assert code != 0
    assert started == []
    assert why in capsys.readouterr().err


def test_serve_refuses_postgresql_without_a_secret_on_a_public_address(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # where a secret for PostgreSQL would otherwise be generated
    code, started = serve(
        monkeypatch, "--host", "192.0.2.10", SALESCRM_DATABASE_URL="postgresql+asyncpg://u@h/db"
    )
    assert (code, started) == (2, [])
    assert "SALESCRM_SECRET_KEY" in capsys.readouterr().err
    assert not (tmp_path / SECRET_FILE).exists()


def test_serve_accepts_a_generated_secret_anywhere_and_a_short_one_on_loopback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sqlite = f"sqlite+aiosqlite:///{tmp_path / 'salescrm.db'}"
    code, started = serve(
        monkeypatch,
        "--host",
        "0.0.0.0",  # noqa: S104
        SALESCRM_DATABASE_URL=sqlite,
    )
    assert (code, started) == (0, ["0.0.0.0"])  # noqa: S104
    assert (tmp_path / SECRET_FILE).exists()  # generated before serving
    code, started = serve(monkeypatch, "--host", "::1", SALESCRM_SECRET_KEY="short-but-set")
    assert (code, started) == (0, ["::1"])
