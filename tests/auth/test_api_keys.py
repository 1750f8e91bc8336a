"""API keys: shown once, stored hashed, a subset of the creator's permissions, revocable."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from salescrm.auth import service as auth_service
from tests.conftest import TestDatabase, http_client, login

PATH = "/api/v1/api-keys"
ME = "/api/v1/auth/me"
PRODUCTS = "/api/v1/products"
PASSWORD = "integration-pass-1"
SHOWN_FIELDS = {
    "id",
    "name",
    "prefix",
    "permissions",
    "expires_at",
    "last_used_at",
    "revoked_at",
    "created_at",
    "updated_at",
    "version",
    "employee_id",
}
PRODUCT = {"code": "K-0001", "name": "Key Widget", "list_price": "10.00", "currency": "CNY"}


def key_client(app: Any, key: str, *, header: str = "bearer") -> httpx.AsyncClient:
    """A client sending an API key as ``Authorization: Bearer`` or as ``X-API-Key``."""
    if header == "bearer":
        return http_client(app, key)
    client = http_client(app)
    client.headers["X-API-Key"] = key
    return client


async def create_key(
    client: httpx.AsyncClient, permissions: list[str], name: str = "ERP sync", **extra: Any
) -> dict[str, Any]:
    response = await client.post(PATH, json={"name": name, "permissions": permissions, **extra})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def role_id(client: httpx.AsyncClient, code: str) -> str:
    response = await client.get("/api/v1/roles", params={"q": code})
    assert response.status_code == 200, response.text
    (role,) = [r for r in response.json()["items"] if r["code"] == code]
    return str(role["id"])


async def employee_with_login(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, n: int, role_codes: list[str]
) -> tuple[str, httpx.AsyncClient]:
    """A new employee holding the given built-in roles, and a client logged in as them."""
    username = f"user{n}"
    response = await client.post(
        "/api/v1/employees",
        json={
            "employee_no": f"K{n:04d}",
            "name": f"Key User {n}",
            "department_id": db.root_department_id,
            "role_ids": [await role_id(client, code) for code in role_codes],
            "account": {"username": username, "password": PASSWORD},
        },
    )
    assert response.status_code == 201, response.text
    token = await login(app, username, PASSWORD)
    return str(response.json()["id"]), http_client(app, token)


async def me(app: Any, key: str, *, header: str = "bearer") -> httpx.Response:
    async with key_client(app, key, header=header) as http:
        return await http.get(ME)


# ----- create, shown once ----------------------------------------------------------------------
async def test_create_shows_the_key_once_and_never_again(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    response = await client.post(
        PATH, json={"name": "ERP sync", "permissions": ["product:read", "product:read"]}
    )
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    created = response.json()
    assert response.headers["location"] == f"{PATH}/{created['id']}"
    assert response.headers["etag"] == '"1"'
    key = created["key"]
    assert key.startswith(f"sck_{created['prefix']}_")
    assert len(created["prefix"]) == 8
    assert len(key) > 40
    assert set(created) == SHOWN_FIELDS | {"key"}
    assert created["permissions"] == ["product:read"]
    assert created["employee_id"] == db.admin_id
    assert created["revoked_at"] is None
    assert created["last_used_at"] is None
    assert created["expires_at"] is None

    got = await client.get(f"{PATH}/{created['id']}")
    assert got.status_code == 200
    assert got.headers["etag"] == '"1"'
    listed = await client.get(PATH)
    assert listed.status_code == 200
    (item,) = listed.json()["items"]
    for shown in (got.json(), item):
        assert set(shown) == SHOWN_FIELDS
        assert shown == {k: v for k, v in created.items() if k != "key"}
    key_hash = hashlib.sha256(key.encode()).hexdigest()
    secret = key.removeprefix(f"sck_{created['prefix']}_")
    assert len(secret) >= 40
    for text in (got.text, listed.text):
        assert secret not in text
        assert key_hash not in text

    # The audit trail records the creation without the secret or its hash.
    audit = await client.get(
        "/api/v1/audit-events", params={"resource": "api_key", "record_id": created["id"]}
    )
    assert audit.status_code == 200
    (entry,) = audit.json()["items"]
    assert entry["action"] == "create"
    assert entry["changes"]["prefix"] == [None, created["prefix"]]
    assert "key_hash" not in entry["changes"]
    assert secret not in audit.text
    assert key_hash not in audit.text


async def test_a_replayed_create_makes_nothing_and_does_not_store_the_key(
    app: Any, client: httpx.AsyncClient
) -> None:
    headers = {"Idempotency-Key": "create-key-1"}
    body = {"name": "replayed", "permissions": ["product:read"]}
    first = await client.post(PATH, json=body, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["key"]
    again = await client.post(PATH, json=body, headers=headers)
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    replayed = again.json()
    assert replayed["id"] == first.json()["id"]
    assert replayed["key"] is None
    assert replayed == {**first.json(), "key": None}
    listed = await client.get(PATH, params={"include_total": "true"})
    assert listed.json()["total"] == 1
    assert (await me(app, first.json()["key"])).status_code == 200


# ----- authentication ----------------------------------------------------------------------
@pytest.mark.parametrize("header", ["bearer", "x-api-key"])
async def test_a_key_authenticates_as_its_creator_with_the_granted_permissions(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, header: str
) -> None:
    created = await create_key(client, ["product:read", "employee:read"])
    response = await me(app, created["key"], header=header)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["employee"]["id"] == db.admin_id
    assert body["api_key_id"] == created["id"]
    assert body["session_id"] is None
    assert body["permissions"] == ["employee:read", "product:read"]
    assert body["data_scopes"] == ["all"]


async def test_a_product_read_key_lists_products_but_cannot_create_one(
    app: Any, client: httpx.AsyncClient
) -> None:
    assert (await client.post(PRODUCTS, json=PRODUCT)).status_code == 201
    created = await create_key(client, ["product:read"])
    async with key_client(app, created["key"], header="x-api-key") as http:
        listed = await http.get(PRODUCTS)
        assert listed.status_code == 200
        assert [p["code"] for p in listed.json()["items"]] == ["K-0001"]
        refused = await http.post(PRODUCTS, json={**PRODUCT, "code": "K-0002"})
        assert refused.status_code == 403
        assert refused.json()["code"] == "forbidden"
        assert "product:write" in refused.json()["detail"]
        assert (await http.get("/api/v1/employees")).status_code == 403
    assert (await client.get(PRODUCTS, params={"include_total": "true"})).json()["total"] == 1


async def test_a_key_cannot_create_keys_or_see_keys_without_api_key_manage(
    app: Any, client: httpx.AsyncClient
) -> None:
    manager_key = await create_key(client, ["api_key:manage", "product:read"])
    reader_key = await create_key(client, ["product:read"])
    async with key_client(app, manager_key["key"]) as http:
        response = await http.post(PATH, json={"name": "child", "permissions": ["product:read"]})
        assert response.status_code == 403
        assert response.json()["code"] == "forbidden"
        assert len((await http.get(PATH)).json()["items"]) == 2
    async with key_client(app, reader_key["key"]) as http:
        assert (await http.get(PATH)).status_code == 403
        assert (await http.get(f"{PATH}/{manager_key['id']}")).status_code == 403
        assert (await http.post(f"{PATH}/{manager_key['id']}/revoke")).status_code == 403
    assert (await client.get(PATH, params={"include_total": "true"})).json()["total"] == 2


@pytest.mark.parametrize(
    "credential",
    [
        "sck_",
        "sck_garbled",
        "sck_deadbeef_not-a-real-secret",  # unknown prefix
        "sck_@@@_###",
    ],
)
async def test_garbled_keys_and_unknown_prefixes_are_401(
    app: Any, client: httpx.AsyncClient, credential: str
) -> None:
    for header in ("bearer", "x-api-key"):
        response = await me(app, credential, header=header)
        assert response.status_code == 401, response.text
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert response.json()["code"] == "unauthorized"


async def test_a_known_prefix_with_a_wrong_secret_is_401(
    app: Any, client: httpx.AsyncClient
) -> None:
    created = await create_key(client, ["product:read"])
    forged = f"sck_{created['prefix']}_{'A' * 43}"
    response = await me(app, forged)
    assert response.status_code == 401
    assert "invalid_token" in response.headers["www-authenticate"]
    truncated = created["key"][:-1]
    assert (await me(app, truncated, header="x-api-key")).status_code == 401
    assert (await me(app, created["key"])).status_code == 200


async def test_an_expired_key_is_401(
    app: Any, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    expires = datetime.now(UTC) + timedelta(hours=1)
    created = await create_key(
        client, ["product:read"], expires_at=expires.isoformat().replace("+00:00", "Z")
    )
    assert abs(datetime.fromisoformat(created["expires_at"]) - expires) < timedelta(seconds=1)
    assert (await me(app, created["key"])).status_code == 200
    later = expires + timedelta(seconds=1)
    monkeypatch.setattr(auth_service, "utcnow", lambda: later)  # the clock passes expires_at
    response = await me(app, created["key"], header="x-api-key")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "expires_at",
    ["2001-01-01T00:00:00Z", "2999-01-01T00:00:00", "tomorrow"],
)
async def test_expiry_must_be_a_future_time_with_a_zone(
    client: httpx.AsyncClient, expires_at: str
) -> None:
    response = await client.post(
        PATH, json={"name": "x", "permissions": ["product:read"], "expires_at": expires_at}
    )
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "expires_at"]]
    assert (await client.get(PATH)).json()["items"] == []


async def test_last_used_at_is_set_after_use(app: Any, client: httpx.AsyncClient) -> None:
    created = await create_key(client, ["product:read"])
    assert created["last_used_at"] is None
    async with key_client(app, created["key"]) as http:
        assert (await http.get(PRODUCTS)).status_code == 200
    used = (await client.get(f"{PATH}/{created['id']}")).json()
    assert used["last_used_at"] is not None
    last_used = datetime.fromisoformat(used["last_used_at"])
    assert abs(datetime.now(UTC) - last_used) < timedelta(minutes=1)
    # Touching the last use is bookkeeping: it is not a change of the record.
    assert used["version"] == 1


# ----- validation and escalation -------------------------------------------------------------
@pytest.mark.parametrize(
    ("permissions", "loc"),
    [
        (["product:read", "nope:read"], ["body", "permissions", 1]),
        (["PRODUCT:READ"], ["body", "permissions", 0]),
        ([], ["body", "permissions"]),
        ([""], ["body", "permissions", 0]),
        ("product:read", ["body", "permissions"]),
    ],
)
async def test_unknown_or_missing_permissions_are_422(
    client: httpx.AsyncClient, permissions: Any, loc: list[Any]
) -> None:
    response = await client.post(PATH, json={"name": "bad", "permissions": permissions})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    assert loc in [e["loc"] for e in response.json()["errors"]]
    assert (await client.get(PATH)).json()["items"] == []


async def test_unknown_fields_and_missing_name_are_422(client: httpx.AsyncClient) -> None:
    for body, field in [
        ({"name": "x", "permissions": ["product:read"], "key_hash": "0" * 64}, "key_hash"),
        ({"name": "x", "permissions": ["product:read"], "employee_id": None}, "employee_id"),
        ({"permissions": ["product:read"]}, "name"),
        ({"name": "", "permissions": ["product:read"]}, "name"),
    ]:
        response = await client.post(PATH, json=body)
        assert response.status_code == 422, response.text
        assert ["body", field] in [e["loc"] for e in response.json()["errors"]]
    assert (await client.get(PATH)).json()["items"] == []


async def test_a_key_cannot_grant_what_its_creator_lacks(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    # A sales manager may manage API keys, but holds product:read only.
    manager_id, manager = await employee_with_login(app, client, db, 1, ["sales_manager"])
    async with manager:
        for permissions in (["product:write"], ["product:read", "product:write"], ["*"]):
            response = await manager.post(PATH, json={"name": "x", "permissions": permissions})
            assert response.status_code == 403, response.text
            assert response.json()["code"] == "forbidden"
            assert permissions[-1] in response.json()["detail"]
        assert (await manager.get(PATH)).json()["items"] == []
        created = await create_key(manager, ["product:read"])
        assert created["employee_id"] == manager_id
        body = (await me(app, created["key"])).json()
        assert body["permissions"] == ["product:read"]
        assert body["data_scopes"] == ["subordinates"]

    # A sales rep holds product:read but not api_key:manage: no keys at all.
    _, rep = await employee_with_login(app, client, db, 2, ["sales_rep"])
    async with rep:
        for permissions in (["product:write"], ["product:read"]):
            response = await rep.post(PATH, json={"name": "x", "permissions": permissions})
            assert response.status_code == 403, response.text
            assert "api_key:manage" in response.json()["detail"]
        assert (await rep.get(PATH)).json()["items"] == []


async def test_the_creators_later_loss_of_a_permission_limits_the_key(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    director_id, director = await employee_with_login(app, client, db, 3, ["sales_director"])
    async with director:
        created = await create_key(director, ["product:read", "product:write"])
    async with key_client(app, created["key"]) as http:
        assert (await http.get(ME)).json()["permissions"] == ["product:read", "product:write"]
        assert (await http.post(PRODUCTS, json=PRODUCT)).status_code == 201

    demoted = await client.patch(
        f"/api/v1/employees/{director_id}",
        json={"role_ids": [await role_id(client, "sales_manager")]},
    )
    assert demoted.status_code == 200, demoted.text

    async with key_client(app, created["key"], header="x-api-key") as http:
        assert (await http.get(ME)).json()["permissions"] == ["product:read"]
        refused = await http.post(PRODUCTS, json={**PRODUCT, "code": "K-0002"})
        assert refused.status_code == 403
        assert (await http.get(PRODUCTS)).status_code == 200
    # The key itself still shows what was granted.
    shown = (await client.get(f"{PATH}/{created['id']}")).json()
    assert shown["permissions"] == ["product:read", "product:write"]


# ----- revoke ----------------------------------------------------------------------------------
async def test_a_revoked_key_is_refused_at_once(app: Any, client: httpx.AsyncClient) -> None:
    created = await create_key(client, ["product:read"])
    other = await create_key(client, ["product:read"], name="other")
    async with key_client(app, created["key"]) as http:
        assert (await http.get(PRODUCTS)).status_code == 200

        response = await client.post(f"{PATH}/{created['id']}/revoke")
        assert response.status_code == 200, response.text
        revoked = response.json()
        assert revoked["revoked_at"] is not None
        assert revoked["version"] == 2
        assert response.headers["etag"] == '"2"'
        assert "key" not in revoked

        refused = await http.get(PRODUCTS)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert refused.json()["code"] == "unauthorized"
    assert (await me(app, created["key"], header="x-api-key")).status_code == 401
    assert (await me(app, other["key"])).status_code == 200

    again = await client.post(f"{PATH}/{created['id']}/revoke")
    assert again.status_code == 409
    assert again.json()["code"] == "conflict"
    zh = await client.post(f"{PATH}/{created['id']}/revoke", headers={"Accept-Language": "zh-CN"})
    assert zh.json()["detail"] == "该 API 密钥已被吊销。"

    live = (await client.get(PATH, params={"revoked": "false"})).json()["items"]
    assert [k["id"] for k in live] == [other["id"]]
    gone = (await client.get(PATH, params={"revoked": "true"})).json()["items"]
    assert [k["id"] for k in gone] == [created["id"]]


async def test_a_key_with_api_key_manage_may_revoke_itself(
    app: Any, client: httpx.AsyncClient
) -> None:
    created = await create_key(client, ["api_key:manage"])
    async with key_client(app, created["key"]) as http:
        assert (await http.post(f"{PATH}/{created['id']}/revoke")).status_code == 200
        assert (await http.get(PATH)).status_code == 401


async def test_only_the_creator_or_an_administrator_may_revoke(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    _, manager = await employee_with_login(app, client, db, 4, ["sales_manager"])
    _, peer = await employee_with_login(app, client, db, 5, ["sales_manager"])
    auditor_role = await client.post(
        "/api/v1/roles",
        json={
            "code": "security_auditor",
            "name": "安全审计",
            "permissions": ["security:read", "api_key:manage"],
            "data_scope": "all",
        },
    )
    assert auditor_role.status_code == 201, auditor_role.text
    _, auditor = await employee_with_login(app, client, db, 6, ["security_auditor"])
    async with manager, peer, auditor:
        mine = await create_key(manager, ["product:read"])
        url = f"{PATH}/{mine['id']}"
        # Another employee does not even see it.
        assert (await peer.get(url)).status_code == 404
        assert (await peer.post(f"{url}/revoke")).status_code == 404
        assert (await peer.get(PATH)).json()["items"] == []
        # security:read sees every key but may not revoke another's.
        assert (await auditor.get(url)).status_code == 200
        assert [k["id"] for k in (await auditor.get(PATH)).json()["items"]] == [mine["id"]]
        refused = await auditor.post(f"{url}/revoke")
        assert refused.status_code == 403
        assert refused.json()["code"] == "forbidden"
        assert (await manager.get(url)).json()["revoked_at"] is None
        # The administrator may.
        assert (await client.post(f"{url}/revoke")).status_code == 200
        assert (await me(app, mine["key"])).status_code == 401

        own = await create_key(manager, ["product:read"], name="second")
        response = await manager.post(f"{PATH}/{own['id']}/revoke")
        assert response.status_code == 200
        assert response.json()["revoked_at"] is not None


async def test_revoking_an_unknown_key_is_404(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{PATH}/0190a0b0-0000-7000-8000-000000000000/revoke")
    assert response.status_code == 404
    assert (await client.get(f"{PATH}/not-a-uuid")).status_code == 422


# ----- lists -----------------------------------------------------------------------------------
async def test_list_pages_without_gaps_or_repeats_and_filters_by_creator(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    names = [f"sync-{n:02d}" for n in range(7)]
    for name in names:
        await create_key(client, ["product:read"], name=name)
    manager_id, manager = await employee_with_login(app, client, db, 7, ["sales_manager"])
    async with manager:
        theirs = await create_key(manager, ["product:read"], name="sync-99")
        listed = (await manager.get(PATH)).json()["items"]
        assert [k["id"] for k in listed] == [theirs["id"]]

    for sort in ("name", "-name", "created_at", "-created_at", "-updated_at"):
        seen: list[dict[str, Any]] = []
        cursor = None
        for _ in range(10):
            params = {"limit": "3", "sort": sort, **({"cursor": cursor} if cursor else {})}
            response = await client.get(PATH, params=params)
            assert response.status_code == 200, response.text
            page = response.json()
            assert len(page["items"]) <= 3
            assert all("key" not in item for item in page["items"])
            seen.extend(page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == 8
        assert len({k["id"] for k in seen}) == 8
        if sort.endswith("name"):
            expected = sorted([*names, "sync-99"], reverse=sort.startswith("-"))
            assert [k["name"] for k in seen] == expected

    total = await client.get(PATH, params={"include_total": "true", "employee_id": manager_id})
    assert total.json()["total"] == 1
    assert total.json()["items"][0]["id"] == theirs["id"]
    found = (await client.get(PATH, params={"q": "SYNC-0"})).json()["items"]
    assert sorted(k["name"] for k in found) == names
    bad = await client.get(PATH, params={"limit": "201"})
    assert bad.status_code == 422
    assert (await client.get(PATH, params={"cursor": "forged"})).status_code == 422


async def test_what_a_key_does_is_audited_as_that_key(app: Any, client: httpx.AsyncClient) -> None:
    created = await create_key(client, ["product:write", "product:read"])
    async with key_client(app, created["key"]) as http:
        product = await http.post(PRODUCTS, json=PRODUCT)
        assert product.status_code == 201, product.text
    trail = await client.get("/api/v1/audit-events", params={"record_id": product.json()["id"]})
    (entry,) = trail.json()["items"]
    assert entry["actor_type"] == "api_key"
    assert entry["actor_id"] == created["id"]
