"""Secrets never reach the log (issue 15, item 4): every record written while a user logs in
(and fails to), refreshes, changes a password, uses an API key and opens a calendar feed, at
DEBUG and with SQL echo on, holds none of the passwords, tokens or keys involved."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.core.logging import QUIET, JsonFormatter, configure_logging
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, http_client, make_settings


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


async def test_no_secret_is_logged(db: TestDatabase, caplog: pytest.LogCaptureFixture) -> None:
    settings = make_settings(db.url, database_echo=True)
    database = Database(db.url, echo=True)  # every statement logged, as a debugging operator may
    app: Any = create_app(settings, database=database)
    secrets: dict[str, str] = {"password": ADMIN_PASSWORD}
    new_password = "Another-secret-9f2c"
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, {n: logging.getLogger(n).level for n in QUIET})
    configure_logging("DEBUG")  # as ``salescrm serve`` with SALESCRM_LOG_LEVEL=DEBUG
    root.addHandler(caplog.handler)
    try:
        async with http_client(app) as anon:
            wrong = await anon.post(
                "/api/v1/auth/token",
                data={"username": ADMIN_USER, "password": "Wrong-secret-77aa"},
            )
            assert wrong.status_code == 401
            secrets["wrong password"] = "Wrong-secret-77aa"
            login = await anon.post(
                "/api/v1/auth/token", data={"username": ADMIN_USER, "password": ADMIN_PASSWORD}
            )
            assert login.status_code == 200, login.text
            tokens = login.json()
            secrets["access token"] = tokens["access_token"]
            secrets["refresh token"] = tokens["refresh_token"]
            refreshed = await anon.post(
                "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
            )
            assert refreshed.status_code == 200, refreshed.text
            secrets["refreshed access token"] = refreshed.json()["access_token"]
            secrets["refreshed refresh token"] = refreshed.json()["refresh_token"]
        async with http_client(app, secrets["refreshed access token"]) as admin:
            key = await admin.post(
                "/api/v1/api-keys", json={"name": "log probe", "permissions": ["product:read"]}
            )
            assert key.status_code == 201, key.text
            secrets["api key"] = key.json()["key"]
            # The part after the prefix (itself URL-safe base64, which may hold "_").
            secrets["api key secret"] = secrets["api key"].removeprefix(
                f"sck_{key.json()['prefix']}_"
            )
            assert len(secrets["api key secret"]) >= 40
            feed = await admin.post("/api/v1/calendar-feeds", json={})
            assert feed.status_code == 201, feed.text
            feed_path = _path(feed.json()["url"])
            secrets["calendar token"] = feed_path.rsplit("/", 1)[-1].removesuffix(".ics")
            changed = await admin.post(
                "/api/v1/auth/password",
                json={"current_password": ADMIN_PASSWORD, "new_password": new_password},
            )
            assert changed.status_code in (200, 204), changed.text
            secrets["new password"] = new_password
        async with http_client(app) as anon:
            used = await anon.get("/api/v1/products", headers={"X-API-Key": secrets["api key"]})
            assert used.status_code == 200, used.text
            opened = await anon.get(feed_path)
            assert opened.status_code == 200, opened.text
            reused = await anon.post(
                "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
            )
            assert reused.status_code == 401  # a reuse, logged as a security event
    finally:
        await database.dispose()
        root.handlers[:], level, quiet = saved
        root.setLevel(level)
        for name, was in quiet.items():
            logging.getLogger(name).setLevel(was)

    formatter = JsonFormatter()
    # Everything the server side wrote; httpx's lines are the test's own client.
    written = "\n".join(
        formatter.format(record)
        for record in caplog.records
        if not record.name.startswith(("httpx", "httpcore"))
    )
    assert "/api/v1/calendar/[redacted].ics" in written  # the feed's request is in the log
    assert "INSERT INTO" in written  # and so are the statements, echoed
    for what, secret in secrets.items():
        assert secret not in written, f"the {what} is in the log"
    # The key's secret part alone, and the tokens' signatures alone, are not there either.
    assert secrets["api key secret"] not in written
    for token in ("access token", "refresh token"):
        assert secrets[token].rsplit(".", 1)[-1] not in written


async def test_the_access_log_keeps_ordinary_paths(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="salescrm.access")
    await client.get("/api/v1/products", params={"q": "private search words"})
    lines = [r.getMessage() for r in caplog.records if r.name == "salescrm.access"]
    assert "GET /api/v1/products 200" in lines
    assert not any("private search words" in line for line in lines)  # no query strings
