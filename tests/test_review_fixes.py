"""Authorization edges found in review: the audit trail, staff changes, managing people."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client, login
from tests.contract.matrix import Org, build_org

EMPLOYEES = "/api/v1/employees"


async def org_with(app: Any, client: httpx.AsyncClient, db: TestDatabase, writer: list[str]) -> Org:
    return await build_org(app, client, db, writer)


async def audit_ids(http: httpx.AsyncClient, record_id: str) -> list[str]:
    response = await http.get("/api/v1/audit-events", params={"record_id": record_id})
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


async def test_the_audit_trail_follows_the_data_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await org_with(app, client, db, ["employee:write"])
    product = (
        await client.post(
            "/api/v1/products", json={"code": "AU-1", "name": "审计", "list_price": "1"}
        )
    ).json()
    outsider = await audit_ids(client, org.ids["S"])
    assert outsider  # the administrator sees everything
    async with http_client(app, org.tokens["D"]) as director:  # sales_director: audit:read
        assert await audit_ids(director, org.ids["S"]) == []  # S is outside the Sales tree
        assert (await director.get(f"/api/v1/audit-events/{outsider[0]}")).status_code == 404
        assert await audit_ids(director, org.ids["R3"])  # inside the tree
        assert await audit_ids(director, product["id"])  # reference data
        everything = (await director.get("/api/v1/audit-events", params={"limit": 200})).json()
        resources = {e["resource"] for e in everything["items"]}
        assert "account" not in resources  # logins' history only for readers of everything
        assert "role" in resources
    async with http_client(app, org.tokens["M1"]) as manager:  # no audit:read at all
        assert (await manager.get("/api/v1/audit-events")).status_code == 403


async def test_staff_changes_are_rechecked_against_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await org_with(app, client, db, ["staff_change:write", "employee:write"])
    url = f"{EMPLOYEES}/{org.ids['R1']}/changes"
    async with http_client(app, org.tokens["M1"]) as m1:
        away = await m1.post(url, json={"kind": "transfer", "manager_id": org.ids["M2"]})
        assert away.status_code == 403, away.text
        within = await m1.post(url, json={"kind": "transfer", "manager_id": org.ids["V"]})
        assert within.status_code == 201, within.text
        tomorrow = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)).isoformat()
        later = await m1.post(
            url,
            json={"kind": "transfer", "manager_id": org.ids["M1"], "effective_date": tomorrow},
        )
        assert later.status_code == 403
        resign = await m1.post(
            f"{EMPLOYEES}/{org.ids['R2']}/changes",
            json={"kind": "resignation", "successor_id": org.ids["R3"]},
        )
        assert resign.status_code == 422
        assert resign.json()["errors"][0]["loc"] == ["body", "successor_id"]
    r1 = (await client.get(f"{EMPLOYEES}/{org.ids['R1']}")).json()
    assert r1["manager_id"] == org.ids["V"]
    r2 = (await client.get(f"{EMPLOYEES}/{org.ids['R2']}")).json()
    assert r2["employment_status"] == "active"


async def _role(client: httpx.AsyncClient, code: str, permissions: list[str], scope: str) -> str:
    response = await client.post(
        "/api/v1/roles",
        json={"code": code, "name": code, "permissions": permissions, "data_scope": scope},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _role_id(client: httpx.AsyncClient, code: str) -> str:
    items = (await client.get("/api/v1/roles", params={"q": code})).json()["items"]
    return next(r["id"] for r in items if r["code"] == code)


async def test_nobody_manages_someone_who_holds_more(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await org_with(app, client, db, ["employee:write"])
    # A team lead may manage logins, but one of the team holds HR (data scope: all).
    lead_role = await _role(
        client, "login_lead", ["employee:read", "employee:manage_account"], "subordinates"
    )
    hr_role = await _role_id(client, "hr")
    m1 = (await client.get(f"{EMPLOYEES}/{org.ids['M1']}")).json()
    await client.patch(
        f"{EMPLOYEES}/{org.ids['M1']}",
        json={"role_ids": [r["id"] for r in m1["roles"]] + [lead_role]},
    )
    await client.patch(f"{EMPLOYEES}/{org.ids['R1']}", json={"role_ids": [hr_role]})
    token = await login(app, "matrix.m1", "password-M1")
    async with http_client(app, token) as m1_client:
        takeover = await m1_client.put(
            f"{EMPLOYEES}/{org.ids['R1']}/account", json={"password": "taken-over-now"}
        )
        assert takeover.status_code == 403
        plain = await m1_client.put(
            f"{EMPLOYEES}/{org.ids['R2']}/account", json={"password": "reset-by-lead"}
        )
        assert plain.status_code == 200, plain.text
    # HR manages people, but never an administrator: no demotion, resignation or deletion.
    hr_user = await client.post(
        EMPLOYEES,
        json={
            "employee_no": "HR-9",
            "name": "人事",
            "department_id": db.root_department_id,
            "role_ids": [hr_role],
            "account": {"username": "hr.nine", "password": "hr-nine-password"},
        },
    )
    assert hr_user.status_code == 201
    async with http_client(app, await login(app, "hr.nine", "hr-nine-password")) as hr:
        admin_url = f"{EMPLOYEES}/{db.admin_id}"
        assert (await hr.patch(admin_url, json={"role_ids": []})).status_code == 403
        status = await hr.patch(admin_url, json={"employment_status": "resigned"})
        assert status.status_code == 403
        resign = await hr.post(
            f"{admin_url}/changes",
            json={"kind": "resignation", "successor_id": hr_user.json()["id"]},
        )
        assert resign.status_code == 403
        assert (await hr.delete(admin_url)).status_code == 403
    admin = (await client.get(f"{EMPLOYEES}/{db.admin_id}")).json()
    assert [r["code"] for r in admin["roles"]] == ["admin"]
    assert admin["employment_status"] == "active"


async def test_role_and_login_changes_give_the_employee_a_new_etag(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person = (
        await client.post(
            EMPLOYEES,
            json={"employee_no": "ET-1", "name": "标签", "department_id": db.root_department_id},
        )
    ).json()
    url = f"{EMPLOYEES}/{person['id']}"
    rep_role = await _role_id(client, "sales_rep")
    with_role = await client.patch(url, json={"role_ids": [rep_role]})
    assert with_role.json()["version"] == person["version"] + 1
    trail = await client.get("/api/v1/audit-events", params={"record_id": person["id"]})
    grants = [e["changes"] for e in trail.json()["items"] if "role_ids" in e["changes"]]
    assert grants == [{"role_ids": [[], [rep_role]]}]
    stale = await client.get(url, headers={"If-None-Match": f'"{person["version"]}"'})
    assert stale.status_code == 200
    login_added = await client.put(
        f"{url}/account", json={"username": "et.one", "password": "et-one-password"}
    )
    assert login_added.json()["version"] == with_role.json()["version"] + 1
    assert login_added.headers["etag"] == f'"{login_added.json()["version"]}"'


async def test_a_client_id_of_a_deleted_record_is_not_resurrected(
    client: httpx.AsyncClient,
) -> None:
    payload = {"id": "01890a5d-ac96-774b-bcce-b302099a8111", "code": "TD-1", "name": "墓碑"}
    created = await client.post("/api/v1/products", json={**payload, "list_price": "1"})
    assert created.status_code == 201
    assert (await client.delete(f"/api/v1/products/{payload['id']}")).status_code == 204
    again = await client.post("/api/v1/products", json={**payload, "list_price": "1"})
    assert again.status_code == 409
    assert (await client.get(f"/api/v1/products/{payload['id']}")).status_code == 404


async def test_shares_take_no_client_id(client: httpx.AsyncClient, db: TestDatabase) -> None:
    response = await client.post(
        "/api/v1/record-shares",
        json={
            "id": "01890a5d-ac96-774b-bcce-b302099a8222",
            "resource": "employee",
            "record_id": db.admin_id,
            "employee_id": db.admin_id,
        },
    )
    assert response.status_code == 422
    assert ["body", "id"] in [e["loc"] for e in response.json()["errors"]]


def test_seed_demo_refuses_production_without_force(tmp_path: Any) -> None:
    env = {
        **os.environ,
        "SALESCRM_ENVIRONMENT": "production",
        "SALESCRM_SECRET_KEY": "p" * 40,
        "SALESCRM_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'prod.db'}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "salescrm.cli", "seed-demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "refusing in production" in result.stderr
    assert not (tmp_path / "prod.db").exists()


async def test_read_only_collections_answer_404_for_unknown_ids(client: httpx.AsyncClient) -> None:
    missing = "01890a5d-ac96-774b-bcce-b302099a8333"
    for path in ("/api/v1/audit-events", "/api/v1/login-events"):
        response = await client.get(f"{path}/{missing}")
        assert response.status_code == 404, (path, response.text)
        assert response.json()["code"] == "not_found"
