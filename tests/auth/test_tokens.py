"""Login, refresh rotation, logout, password change and the refusal of bad tokens (throttling:
``test_login_throttle.py``)."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
from jose import jwt

from salescrm.config import Settings
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_SECRET, TestDatabase, http_client

TOKEN = "/api/v1/auth/token"
ME = "/api/v1/auth/me"


async def log_in(
    anon: httpx.AsyncClient,
    username: str = ADMIN_USER,
    password: str = ADMIN_PASSWORD,
    **headers: str,
) -> httpx.Response:
    return await anon.post(
        TOKEN, data={"username": username, "password": password}, headers=headers
    )


async def tokens(anon: httpx.AsyncClient) -> dict[str, Any]:
    response = await log_in(anon)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_login_returns_tokens_and_me_describes_the_caller(
    anon: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    response = await log_in(anon, username=ADMIN_USER.upper())  # usernames are case-insensitive
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == settings.access_token_ttl_seconds
    assert Settings.model_fields["access_token_ttl_seconds"].default == 900
    assert body["access_token"] != body["refresh_token"]
    me = await anon.get(ME, headers=bearer(body["access_token"]))
    assert me.status_code == 200
    data = me.json()
    assert data["employee"]["id"] == db.admin_id
    assert data["employee"]["account"]["username"] == ADMIN_USER
    assert [r["code"] for r in data["employee"]["roles"]] == ["admin"]
    assert data["permissions"] == ["*"]
    assert data["data_scopes"] == ["all"]
    assert data["session_id"]


async def test_wrong_password_and_unknown_user_are_the_same_401(anon: httpx.AsyncClient) -> None:
    wrong = await log_in(anon, password="not the password")
    unknown = await log_in(anon, username="nobody.here")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.headers["www-authenticate"].startswith("Bearer")
    assert unknown.headers["www-authenticate"] == wrong.headers["www-authenticate"]
    strip = ("request_id",)
    assert {k: v for k, v in wrong.json().items() if k not in strip} == {
        k: v for k, v in unknown.json().items() if k not in strip
    }
    assert (await log_in(anon, username="", password="")).status_code == 422


async def test_failed_logins_are_recorded_and_visible(
    anon: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    await log_in(anon, password="bad", **{"User-Agent": "mobile-app/2.1"})
    await log_in(anon)
    events = (await client.get("/api/v1/login-events", params={"sort": "occurred_at"})).json()
    kinds = [(e["event"], e["username"]) for e in events["items"]]
    assert ("login_failed", ADMIN_USER) in kinds
    failed = next(e for e in events["items"] if e["event"] == "login_failed")
    assert failed["user_agent"] == "mobile-app/2.1"
    assert failed["ip"] == "127.0.0.1"
    only_failures = await client.get("/api/v1/login-events", params={"event": "login_failed"})
    assert {e["event"] for e in only_failures.json()["items"]} == {"login_failed"}


async def test_refresh_rotates_and_reuse_revokes_the_family(anon: httpx.AsyncClient) -> None:
    first = await tokens(anon)
    rotated = await anon.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await anon.get(ME, headers=bearer(second["access_token"]))).status_code == 200
    # The first refresh token comes back: treat it as stolen and end the whole session.
    replay = await anon.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert (await anon.get(ME, headers=bearer(second["access_token"]))).status_code == 401
    after = await anon.post("/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert after.status_code == 401
    garbage = await anon.post("/api/v1/auth/refresh", json={"refresh_token": "x.y.z"})
    assert garbage.status_code == 401


async def test_logout_stops_access_and_refresh_tokens_at_once(anon: httpx.AsyncClient) -> None:
    pair = await tokens(anon)
    other = await tokens(anon)
    out = await anon.post(
        "/api/v1/auth/logout",
        headers=bearer(pair["access_token"]),
        json={"refresh_token": pair["refresh_token"]},
    )
    assert out.status_code == 204
    assert (await anon.get(ME, headers=bearer(pair["access_token"]))).status_code == 401
    refresh = await anon.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert refresh.status_code == 401
    # Another session of the same person is untouched.
    assert (await anon.get(ME, headers=bearer(other["access_token"]))).status_code == 200
    bare = await anon.post("/api/v1/auth/logout", headers=bearer(other["access_token"]))
    assert bare.status_code == 204
    assert (await anon.get(ME, headers=bearer(other["access_token"]))).status_code == 401


async def test_bad_tokens_are_401(anon: httpx.AsyncClient) -> None:
    pair = await tokens(anon)
    claims = jwt.get_unverified_claims(pair["access_token"])
    now = int(time.time())

    def sign(payload: dict[str, Any], key: str = TEST_SECRET, alg: str = "HS256") -> str:
        token: str = jwt.encode(payload, key, algorithm=alg)
        return token

    header, body, signature = pair["access_token"].split(".")
    tampered_sig = f"{header}.{body}.{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BB'}"
    other_claims = jwt.get_unverified_claims(pair["refresh_token"])

    def b64(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    tampered_body = f"{header}.{b64({**claims, 'sub': other_claims['sub'][:-1] + '0'})}.{signature}"
    cases = {
        "expired": sign({**claims, "iat": now - 3600, "exp": now - 60}),
        "tampered signature": tampered_sig,
        "tampered payload": tampered_body,
        "alg none": f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}.",
        "wrong algorithm": sign(claims, alg="HS512"),
        "wrong key": sign(claims, key="another-secret-another-secret-another"),
        "missing jti": sign({k: v for k, v in claims.items() if k != "jti"}),
        "refresh as access": pair["refresh_token"],
        "not a jwt": "hello",
    }
    for name, token in cases.items():
        response = await anon.get(ME, headers=bearer(token))
        assert response.status_code == 401, name
        assert response.json()["code"] == "unauthorized", name
        assert "invalid_token" in response.headers["www-authenticate"], name
    access_as_refresh = await anon.post(
        "/api/v1/auth/refresh", json={"refresh_token": pair["access_token"]}
    )
    assert access_as_refresh.status_code == 401
    missing = await anon.get(ME)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    # The genuine token still works.
    assert (await anon.get(ME, headers=bearer(pair["access_token"]))).status_code == 200


async def test_token_of_a_deleted_employee_is_401(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    created = await client.post(
        "/api/v1/employees",
        json={
            "employee_no": "T-100",
            "name": "王芳",
            "department_id": db.root_department_id,
            "account": {"username": "wang.fang", "password": "wang-fang-pass"},
        },
    )
    assert created.status_code == 201, created.text
    async with http_client(app) as anon:
        token = (await log_in(anon, "wang.fang", "wang-fang-pass")).json()["access_token"]
        assert (await anon.get(ME, headers=bearer(token))).status_code == 200
        assert (await client.delete(f"/api/v1/employees/{created.json()['id']}")).status_code == 204
        assert (await anon.get(ME, headers=bearer(token))).status_code == 401
        assert (await log_in(anon, "wang.fang", "wang-fang-pass")).status_code == 401


async def test_password_change_ends_other_sessions(anon: httpx.AsyncClient) -> None:
    current = await tokens(anon)
    other = await tokens(anon)
    wrong = await anon.post(
        "/api/v1/auth/password",
        headers=bearer(current["access_token"]),
        json={"current_password": "nope", "new_password": "a brand new password"},
    )
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["loc"] == ["body", "current_password"]
    short = await anon.post(
        "/api/v1/auth/password",
        headers=bearer(current["access_token"]),
        json={"current_password": ADMIN_PASSWORD, "new_password": "short"},
    )
    assert short.status_code == 422
    changed = await anon.post(
        "/api/v1/auth/password",
        headers=bearer(current["access_token"]),
        json={"current_password": ADMIN_PASSWORD, "new_password": "a brand new password"},
    )
    assert changed.status_code == 204
    assert (await anon.get(ME, headers=bearer(current["access_token"]))).status_code == 200
    assert (await anon.get(ME, headers=bearer(other["access_token"]))).status_code == 401
    assert (await log_in(anon)).status_code == 401
    assert (await log_in(anon, password="a brand new password")).status_code == 200


async def test_an_employee_sees_only_their_own_login_events(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    created = await client.post(
        "/api/v1/employees",
        json={
            "employee_no": "T-200",
            "name": "李娜",
            "department_id": db.root_department_id,
            "account": {"username": "li.na", "password": "li-na-password"},
        },
    )
    assert created.status_code == 201, created.text
    async with http_client(app) as anon:
        await log_in(anon)  # the admin logs in too
        token = (await log_in(anon, "li.na", "li-na-password")).json()["access_token"]
        mine = (await anon.get("/api/v1/login-events", headers=bearer(token))).json()["items"]
    assert mine
    assert {e["employee_id"] for e in mine} == {created.json()["id"]}
    everyone = (await client.get("/api/v1/login-events")).json()["items"]
    assert {created.json()["id"], db.admin_id} <= {e["employee_id"] for e in everyone}


async def test_simultaneous_logins_all_succeed(anon: httpx.AsyncClient) -> None:
    """Phone and laptop at once: recording the login time must not make them conflict."""
    import asyncio

    responses = await asyncio.gather(*(log_in(anon) for _ in range(4)))
    assert [r.status_code for r in responses] == [200] * 4, [r.text for r in responses]
    tokens_ = {r.json()["access_token"] for r in responses}
    assert len(tokens_) == 4
