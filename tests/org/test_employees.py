"""Employees: reporting chains without cycles, logins, role grants without escalation."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, http_client, login
from tests.org.support import (
    AUDIT,
    DEPARTMENTS,
    EMPLOYEES,
    OTHER_PASSWORD,
    PASSWORD,
    POSITIONS,
    ROLES,
    create,
    department,
    employee,
    error_locs,
    get,
    login_status,
    mobile,
    role_id,
    staff_member,
    token_status,
)

MISSING = "01890a5d-ac96-774b-bcce-b302099a8777"


async def _chain(client: httpx.AsyncClient, department_id: str) -> list[dict[str, Any]]:
    """A manages B manages C."""
    a = await employee(client, "甲", department_id)
    b = await employee(client, "乙", department_id, manager_id=a["id"])
    c = await employee(client, "丙", department_id, manager_id=b["id"])
    return [a, b, c]


# ----- reporting chains ----------------------------------------------------------------------
async def test_nobody_manages_themselves_directly_or_through_a_chain(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    a, b, c = await _chain(client, db.root_department_id)
    url = f"{EMPLOYEES}/{a['id']}"
    for manager in (a, b, c):
        response = await client.patch(url, json={"manager_id": manager["id"]})
        assert response.status_code == 422, (manager["name"], response.text)
        assert ["body", "manager_id"] in error_locs(response)
    middle = await client.patch(f"{EMPLOYEES}/{b['id']}", json={"manager_id": c["id"]})
    assert middle.status_code == 422
    assert ["body", "manager_id"] in error_locs(middle)
    assert await get(client, url) == a
    assert (await get(client, f"{EMPLOYEES}/{b['id']}"))["manager_id"] == a["id"]
    # Nothing half-done was recorded either.
    changes = (await client.get(f"{url}/changes")).json()["items"]
    assert changes == []


async def test_a_new_manager_takes_the_whole_chain_along(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    a, b, c = await _chain(client, db.root_department_id)
    lead, token = await staff_member(
        app, client, "组长", db.root_department_id, username="lead", roles=("sales_manager",)
    )
    async with http_client(app, token) as as_lead:
        assert (await as_lead.get(f"{EMPLOYEES}/{c['id']}")).status_code == 404
        moved = await client.patch(f"{EMPLOYEES}/{b['id']}", json={"manager_id": lead["id"]})
        assert moved.status_code == 200, moved.text
        # subordinates scope is transitive: C reports to B who now reports to the lead.
        assert (await as_lead.get(f"{EMPLOYEES}/{c['id']}")).status_code == 200
        assert (await as_lead.get(f"{EMPLOYEES}/{a['id']}")).status_code == 404
        listed = {e["id"] for e in (await as_lead.get(EMPLOYEES)).json()["items"]}
        assert listed == {lead["id"], b["id"], c["id"]}
        # The old top of the chain may now report to C: B's branch left it.
        assert (
            await client.patch(f"{EMPLOYEES}/{a['id']}", json={"manager_id": c["id"]})
        ).status_code == 200
        assert (await as_lead.get(f"{EMPLOYEES}/{a['id']}")).status_code == 200
    by_manager = await client.get(EMPLOYEES, params={"manager_id": lead["id"]})
    assert [e["id"] for e in by_manager.json()["items"]] == [b["id"]]


async def test_unknown_references_are_422_naming_the_field(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    closed = await department(client, "已撤销", db.root_department_id)
    assert (await client.delete(f"{DEPARTMENTS}/{closed['id']}")).status_code == 204
    base = {"employee_no": "REF1", "name": "引用", "department_id": db.root_department_id}
    cases = [
        ({"department_id": MISSING}, "department_id"),
        ({"department_id": closed["id"]}, "department_id"),
        ({"position_id": MISSING}, "position_id"),
        ({"manager_id": MISSING}, "manager_id"),
        ({"role_ids": [MISSING]}, "role_ids"),
    ]
    for override, field in cases:
        response = await client.post(EMPLOYEES, json={**base, **override})
        assert response.status_code == 422, (override, response.text)
        assert any(loc[:2] == ["body", field] for loc in error_locs(response)), override
    listed = (await client.get(EMPLOYEES, params={"include_total": "true"})).json()
    assert listed["total"] == 1  # the administrator alone

    someone = await employee(client, "某人", db.root_department_id)
    url = f"{EMPLOYEES}/{someone['id']}"
    for override, field in [*cases, ({"department_id": None}, "department_id")]:
        response = await client.patch(url, json=override)
        assert response.status_code == 422, (override, response.text)
        assert any(loc[:2] == ["body", field] for loc in error_locs(response)), override
    assert await get(client, url) == someone


async def test_references_resolve_and_filter(client: httpx.AsyncClient, db: TestDatabase) -> None:
    position = await create(client, POSITIONS, {"name": "销售经理", "level": 5})
    manager = await employee(client, "王经理", db.root_department_id, is_sales=True)
    rep = await employee(
        client,
        "李销售",
        db.root_department_id,
        position_id=position["id"],
        manager_id=manager["id"],
        mobile=mobile(42),
        is_sales=True,
        hire_date="2025-03-01",
        employment_status="probation",
    )
    assert rep["position_id"] == position["id"]
    assert rep["manager_id"] == manager["id"]
    assert rep["mobile"] == "+8613812340042"
    assert rep["account"] is None
    by_position = await client.get(EMPLOYEES, params={"position_id": position["id"]})
    assert [e["id"] for e in by_position.json()["items"]] == [rep["id"]]
    by_status = await client.get(EMPLOYEES, params={"employment_status": "probation"})
    assert [e["id"] for e in by_status.json()["items"]] == [rep["id"]]
    found = await client.get(EMPLOYEES, params={"q": "13812340042"})
    assert [e["id"] for e in found.json()["items"]] == [rep["id"]]
    # A position held by someone cannot be deleted.
    assert (await client.delete(f"{POSITIONS}/{position['id']}")).status_code == 409


async def test_duplicate_employee_no_is_409(client: httpx.AsyncClient, db: TestDatabase) -> None:
    first = await employee(client, "一号", db.root_department_id, employee_no="DUP-1")
    response = await client.post(
        EMPLOYEES,
        json={"employee_no": "DUP-1", "name": "二号", "department_id": db.root_department_id},
    )
    assert response.status_code == 409
    assert response.json()["code"] == "duplicate"
    assert response.json()["field"] == "employee_no"
    other = await employee(client, "三号", db.root_department_id)
    renamed = await client.patch(f"{EMPLOYEES}/{other['id']}", json={"employee_no": "DUP-1"})
    assert renamed.status_code == 409
    assert renamed.json()["field"] == "employee_no"
    assert (await client.delete(f"{EMPLOYEES}/{first['id']}")).status_code == 204
    again = await client.patch(f"{EMPLOYEES}/{other['id']}", json={"employee_no": "DUP-1"})
    assert again.status_code == 200


# ----- logins --------------------------------------------------------------------------------
async def test_an_account_given_at_create_can_log_in(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    created = await employee(
        client,
        "陈登录",
        db.root_department_id,
        account={"username": "Chen.Login", "password": PASSWORD},
    )
    assert created["account"]["username"] == "chen.login"
    assert created["account"]["enabled"] is True
    assert "password" not in str(created["account"]).replace("password_changed_at", "")
    token = await login(app, "chen.login", PASSWORD)
    async with http_client(app, token) as http:
        me = await http.get("/api/v1/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["employee"]["id"] == created["id"]
    assert me.json()["employee"]["name"] == "陈登录"
    assert me.json()["permissions"] == []
    assert me.json()["data_scopes"] == ["own"]
    assert await login_status(app, "chen.login", "wrong password here") == 401


async def test_a_disabled_account_cannot_log_in(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    created = await employee(
        client,
        "停用",
        db.root_department_id,
        account={"username": "disabled.one", "password": PASSWORD, "enabled": False},
    )
    assert created["account"]["enabled"] is False
    assert await login_status(app, "disabled.one", PASSWORD) == 401


async def test_a_taken_username_is_409_and_creates_nothing(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await employee(
        client, "先来", db.root_department_id, account={"username": "taken", "password": PASSWORD}
    )
    for username in ("taken", "TAKEN", ADMIN_USER):
        response = await client.post(
            EMPLOYEES,
            json={
                "employee_no": "LATE1",
                "name": "后到",
                "department_id": db.root_department_id,
                "account": {"username": username, "password": PASSWORD},
            },
        )
        assert response.status_code == 409, (username, response.text)
        assert response.json()["field"] == "username"
    listed = (await client.get(EMPLOYEES, params={"q": "LATE1"})).json()["items"]
    assert listed == []

    other = await employee(client, "另一位", db.root_department_id)
    url = f"{EMPLOYEES}/{other['id']}/account"
    clash = await client.put(url, json={"username": "taken", "password": PASSWORD})
    assert clash.status_code == 409
    assert clash.json()["field"] == "username"
    assert (await get(client, f"{EMPLOYEES}/{other['id']}"))["account"] is None


async def test_disabling_an_account_refuses_its_token_at_once(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person, token = await staff_member(
        app, client, "马停用", db.root_department_id, username="ma.ting", roles=("sales_rep",)
    )
    assert await token_status(app, token) == 200
    url = f"{EMPLOYEES}/{person['id']}/account"
    disabled = await client.put(url, json={"enabled": False})
    assert disabled.status_code == 200, disabled.text
    assert disabled.json()["account"]["enabled"] is False
    assert disabled.headers["etag"] == f'"{disabled.json()["version"]}"'
    assert await token_status(app, token) == 401
    assert await login_status(app, "ma.ting", PASSWORD) == 401

    enabled = await client.put(url, json={"enabled": True})
    assert enabled.status_code == 200
    assert await token_status(app, token) == 401  # ended sessions stay ended
    assert await token_status(app, await login(app, "ma.ting", PASSWORD)) == 200


async def test_a_password_reset_ends_sessions_and_replaces_the_password(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person, token = await staff_member(app, client, "牛重置", db.root_department_id, username="niu")
    url = f"{EMPLOYEES}/{person['id']}/account"
    reset = await client.put(url, json={"password": OTHER_PASSWORD})
    assert reset.status_code == 200, reset.text
    assert reset.json()["account"]["password_changed_at"] is not None
    assert await token_status(app, token) == 401
    assert await login_status(app, "niu", PASSWORD) == 401
    assert await token_status(app, await login(app, "niu", OTHER_PASSWORD)) == 200

    short = await client.put(url, json={"password": "short"})
    assert short.status_code == 422
    assert ["body", "password"] in error_locs(short)


async def test_a_login_can_be_added_and_renamed_later(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person = await employee(client, "杨后补", db.root_department_id)
    url = f"{EMPLOYEES}/{person['id']}/account"
    incomplete = await client.put(url, json={"username": "yang"})
    assert incomplete.status_code == 422
    assert ["body", "username"] in error_locs(incomplete)
    added = await client.put(url, json={"username": "yang", "password": PASSWORD})
    assert added.status_code == 200, added.text
    assert added.json()["account"]["username"] == "yang"
    token = await login(app, "yang", PASSWORD)
    renamed = await client.put(url, json={"username": "yang.new"})
    assert renamed.status_code == 200
    assert await login_status(app, "yang", PASSWORD) == 401
    assert await token_status(app, await login(app, "yang.new", PASSWORD)) == 200
    assert await token_status(app, token) == 200
    assert (await client.put(f"{EMPLOYEES}/{MISSING}/account", json={})).status_code == 404


# ----- roles ---------------------------------------------------------------------------------
async def _viewer_role(client: httpx.AsyncClient) -> str:
    """A custom role within what the built-in HR role holds."""
    permissions = ["department:read", "employee:read", "position:read"]
    body = {"code": "org_viewer", "name": "组织查看", "permissions": permissions}
    return (await create(client, ROLES, body))["id"]


async def test_role_ids_show_as_roles_and_grant_permissions(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person, token = await staff_member(
        app, client, "何角色", db.root_department_id, username="he.role"
    )
    assert person["roles"] == []
    rep, analyst = await role_id(client, "sales_rep"), await role_id(client, "analyst")
    url = f"{EMPLOYEES}/{person['id']}"
    response = await client.patch(url, json={"role_ids": [rep, analyst, rep]})
    assert response.status_code == 200, response.text
    assert [(r["code"], r["id"]) for r in response.json()["roles"]] == [
        ("analyst", analyst),
        ("sales_rep", rep),
    ]
    assert (await get(client, url))["roles"] == response.json()["roles"]
    async with http_client(app, token) as http:
        me = (await http.get("/api/v1/auth/me")).json()
    assert "audit:read" in me["permissions"]
    assert "share:manage" in me["permissions"]
    assert set(me["data_scopes"]) == {"all", "own"}

    trail = await client.get(AUDIT, params={"record_id": person["id"], "limit": 200})
    grants = [e["changes"]["role_ids"] for e in trail.json()["items"] if "role_ids" in e["changes"]]
    assert grants == [[[], sorted([rep, analyst])]]

    cleared = await client.patch(url, json={"role_ids": []})
    assert cleared.json()["roles"] == []
    async with http_client(app, token) as http:
        assert (await http.get("/api/v1/auth/me")).json()["permissions"] == []


async def test_hr_assigns_roles_but_never_administrator_power_or_to_itself(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    _, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.user", roles=("hr",)
    )
    admin_role, viewer_role = await role_id(client, "admin"), await _viewer_role(client)
    target = await employee(client, "普通员工", db.root_department_id)
    url = f"{EMPLOYEES}/{target['id']}"
    async with http_client(app, token) as as_hr:
        escalation = await as_hr.patch(url, json={"role_ids": [admin_role]})
        assert escalation.status_code == 403, escalation.text
        assert escalation.json()["code"] == "forbidden"
        assert "*" in escalation.json()["detail"]
        hired = await as_hr.post(
            EMPLOYEES,
            json={
                "employee_no": "HR-NEW",
                "name": "新管理员",
                "department_id": db.root_department_id,
                "role_ids": [admin_role],
            },
        )
        assert hired.status_code == 403
        assert (await client.get(EMPLOYEES, params={"q": "HR-NEW"})).json()["items"] == []
        # HR may not make themselves an administrator either, nor write roles at all.
        me = (await as_hr.get("/api/v1/auth/me")).json()["employee"]
        self_grant = await as_hr.patch(f"{EMPLOYEES}/{me['id']}", json={"role_ids": [admin_role]})
        assert self_grant.status_code == 403
        role = await as_hr.post(ROLES, json={"code": "hr_admin", "name": "x", "permissions": ["*"]})
        assert role.status_code == 403
        # Existing non-administrator roles are HR's to assign, even with permissions HR lacks.
        rep_role = await role_id(client, "sales_rep")
        sales = await as_hr.patch(url, json={"role_ids": [rep_role]})
        assert sales.status_code == 200, sales.text
        assert [r["code"] for r in sales.json()["roles"]] == ["sales_rep"]
        own = await as_hr.patch(f"{EMPLOYEES}/{me['id']}", json={"role_ids": [rep_role]})
        assert own.status_code == 403  # never to oneself
        granted = await as_hr.patch(url, json={"role_ids": [viewer_role]})
        assert granted.status_code == 200, granted.text
        assert [r["code"] for r in granted.json()["roles"]] == ["org_viewer"]
    assert (await get(client, url))["roles"] == granted.json()["roles"]
    assert [r["code"] for r in (await get(client, f"{EMPLOYEES}/{me['id']}"))["roles"]] == ["hr"]
    assert (await client.get(ROLES, params={"q": "hr_admin"})).json()["items"] == []


async def test_hr_manages_logins_but_not_the_administrators(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """Resetting the administrator's password would make HR the administrator."""
    _, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.user", roles=("hr",)
    )
    await _viewer_role(client)
    peer, _ = await staff_member(
        app, client, "查看者", db.root_department_id, username="viewer", roles=("org_viewer",)
    )
    async with http_client(app, token) as as_hr:
        for payload in ({"password": OTHER_PASSWORD}, {"username": "admin2"}, {"enabled": False}):
            response = await as_hr.put(f"{EMPLOYEES}/{db.admin_id}/account", json=payload)
            assert response.status_code == 403, (payload, response.text)
        assert await login_status(app, ADMIN_USER, ADMIN_PASSWORD) == 200
        assert await token_status(app, db.admin_token) == 200
        # Every other login is HR's to manage, including those of sales staff whose
        # permissions HR does not share (only administrators' logins are reserved).
        reset = await as_hr.put(
            f"{EMPLOYEES}/{peer['id']}/account", json={"password": OTHER_PASSWORD}
        )
        assert reset.status_code == 200, reset.text
        rep, _ = await staff_member(
            app, client, "销售", db.root_department_id, username="rep.x", roles=("sales_rep",)
        )
        rep_reset = await as_hr.put(
            f"{EMPLOYEES}/{rep['id']}/account", json={"password": OTHER_PASSWORD}
        )
        assert rep_reset.status_code == 200, rep_reset.text
    assert await login_status(app, "viewer", OTHER_PASSWORD) == 200
    assert await login_status(app, "rep.x", OTHER_PASSWORD) == 200


async def test_hr_cannot_change_an_administrator(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """Issue 12 item 7g: only administrators manage administrators. HR may not change an
    administrator's e-mail (where password resets go), department or manager, delete, restore
    or disable them, reset their password, or record a staff change for them."""
    _, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.user", roles=("hr",)
    )
    elsewhere = await department(client, "别处", db.root_department_id)
    boss = await employee(client, "上级", db.root_department_id)
    second = await employee(
        client,
        "副管理员",
        db.root_department_id,
        role_ids=[await role_id(client, "admin")],
        account={"username": "admin.two", "password": PASSWORD},
    )
    gone = await employee(
        client, "已删管理员", db.root_department_id, role_ids=[await role_id(client, "admin")]
    )
    assert (await client.delete(f"{EMPLOYEES}/{gone['id']}")).status_code == 204
    plain = await employee(client, "普通员工", db.root_department_id)
    scheduled = await create(
        client,
        f"{EMPLOYEES}/{second['id']}/changes",
        {"kind": "transfer", "department_id": elsewhere["id"], "effective_date": "2099-01-01"},
    )
    async with http_client(app, token) as as_hr:
        cancel = await as_hr.post(
            f"{EMPLOYEES}/{second['id']}/changes/{scheduled['id']}/cancel", json={}
        )
        assert cancel.status_code == 403, cancel.text
        assert cancel.json()["code"] == "administrator_protected"
        for target in (db.admin_id, second["id"]):
            url = f"{EMPLOYEES}/{target}"
            before = await get(client, url)
            attempts = [
                await as_hr.patch(url, json={"email": "hr@evil.example"}),
                await as_hr.patch(url, json={"department_id": elsewhere["id"]}),
                await as_hr.patch(url, json={"manager_id": boss["id"]}),
                await as_hr.patch(url, json={"name": "改名"}),
                await as_hr.delete(url),
                await as_hr.put(f"{url}/account", json={"enabled": False}),
                await as_hr.put(f"{url}/account", json={"password": OTHER_PASSWORD}),
                await as_hr.post(
                    f"{url}/changes", json={"kind": "transfer", "department_id": elsewhere["id"]}
                ),
                await as_hr.post(
                    f"{url}/changes",
                    json={"kind": "status_change", "employment_status": "on_leave"},
                ),
            ]
            for response in attempts:
                assert response.status_code == 403, (response.request.url, response.text)
                assert response.json()["code"] == "administrator_protected", response.text
            assert await get(client, url) == before
            changes = (await client.get(f"{url}/changes")).json()["items"]
            assert [c["status"] for c in changes] == (
                ["scheduled"] if target == second["id"] else []
            )
        restored = await as_hr.post(f"{EMPLOYEES}/{gone['id']}/restore")
        assert restored.status_code == 403, restored.text
        assert restored.json()["code"] == "administrator_protected"
        # Everyone else stays HR's to manage.
        ordinary = await as_hr.patch(
            f"{EMPLOYEES}/{plain['id']}", json={"email": "plain@example.com"}
        )
        assert ordinary.status_code == 200, ordinary.text
    assert await login_status(app, "admin.two", PASSWORD) == 200
    # An administrator manages administrators.
    moved = await client.patch(f"{EMPLOYEES}/{second['id']}", json={"manager_id": boss["id"]})
    assert moved.status_code == 200, moved.text


async def test_without_the_right_an_employee_cannot_give_roles_or_logins(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    writer_role = await create(
        client,
        ROLES,
        {
            "code": "clerk",
            "name": "文员",
            "permissions": ["employee:read", "employee:write", "department:read"],
            "data_scope": "all",
        },
    )
    assert writer_role["permissions"] == ["department:read", "employee:read", "employee:write"]
    _, token = await staff_member(
        app, client, "文员", db.root_department_id, username="clerk", roles=("clerk",)
    )
    base = {"employee_no": "C-1", "name": "新人", "department_id": db.root_department_id}
    async with http_client(app, token) as as_clerk:
        plain = await as_clerk.post(EMPLOYEES, json=base)
        assert plain.status_code == 201, plain.text
        with_roles = await as_clerk.post(
            EMPLOYEES,
            json={**base, "employee_no": "C-2", "role_ids": [await role_id(client, "sales_rep")]},
        )
        assert with_roles.status_code == 403
        with_login = await as_clerk.post(
            EMPLOYEES,
            json={
                **base,
                "employee_no": "C-3",
                "account": {"username": "clerk3", "password": PASSWORD},
            },
        )
        assert with_login.status_code == 403
        account = await as_clerk.put(
            f"{EMPLOYEES}/{plain.json()['id']}/account",
            json={"username": "clerk1", "password": PASSWORD},
        )
        assert account.status_code == 403
        assert (await as_clerk.delete(f"{EMPLOYEES}/{plain.json()['id']}")).status_code == 403
    numbers = {e["employee_no"] for e in (await client.get(EMPLOYEES)).json()["items"]}
    assert "C-1" in numbers
    assert not numbers & {"C-2", "C-3"}


# ----- leaving -------------------------------------------------------------------------------
async def test_resigned_by_patch_ends_sessions_and_is_recorded(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person, token = await staff_member(
        app, client, "林离职", db.root_department_id, username="lin", roles=("sales_rep",)
    )
    url = f"{EMPLOYEES}/{person['id']}"
    response = await client.patch(url, json={"employment_status": "resigned"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["employment_status"] == "resigned"
    assert body["version"] == person["version"] + 1
    assert body["resigned_on"] is not None
    assert body["account"]["enabled"] is False
    assert await token_status(app, token) == 401
    assert await login_status(app, "lin", PASSWORD) == 401
    changes = (await client.get(f"{url}/changes")).json()["items"]
    assert len(changes) == 1
    change = changes[0]
    assert change["kind"] == "resignation"
    assert change["status"] == "applied"
    assert change["changes"] == {"employment_status": "resigned"}
    assert change["previous"] == {"employment_status": "active"}
    assert change["effective_date"] == body["resigned_on"]
    assert change["recorded_by"] == db.admin_id


async def test_an_employee_with_direct_reports_cannot_be_deleted(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    a, b, c = await _chain(client, db.root_department_id)
    for boss in (a, b):
        response = await client.delete(f"{EMPLOYEES}/{boss['id']}")
        assert response.status_code == 409
        assert response.json()["code"] == "conflict"
    assert (await client.delete(f"{EMPLOYEES}/{c['id']}")).status_code == 204
    assert (await client.delete(f"{EMPLOYEES}/{b['id']}")).status_code == 204
    assert (await client.delete(f"{EMPLOYEES}/{a['id']}")).status_code == 204


async def test_deleting_an_employee_ends_their_sessions(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person, token = await staff_member(
        app, client, "丁删除", db.root_department_id, username="ding", roles=("sales_rep",)
    )
    assert await token_status(app, token) == 200
    assert (await client.delete(f"{EMPLOYEES}/{person['id']}")).status_code == 204
    assert await token_status(app, token) == 401
    assert await login_status(app, "ding", PASSWORD) == 401
    restored = await client.post(f"{EMPLOYEES}/{person['id']}/restore")
    assert restored.status_code == 200, restored.text
    assert restored.json()["account"]["username"] == "ding"
    assert await token_status(app, token) == 401  # a restore opens no old session
    assert await login_status(app, "ding", PASSWORD) == 200


async def test_a_department_head_cannot_be_deleted_before_a_new_head_is_named(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    head = await employee(client, "部门负责人", db.root_department_id)
    department = await create(
        client,
        "/api/v1/departments",
        {"name": "市场部", "parent_id": db.root_department_id, "head_id": head["id"]},
    )
    refused = await client.delete(f"{EMPLOYEES}/{head['id']}")
    assert refused.status_code == 409
    assert refused.json()["code"] == "conflict"
    assert (await client.get(f"{EMPLOYEES}/{head['id']}")).status_code == 200
    cleared = await client.patch(f"/api/v1/departments/{department['id']}", json={"head_id": None})
    assert cleared.status_code == 200
    assert (await client.delete(f"{EMPLOYEES}/{head['id']}")).status_code == 204


async def test_role_ids_null_is_422_not_ignored(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person = await employee(client, "某人", db.root_department_id)
    response = await client.patch(f"{EMPLOYEES}/{person['id']}", json={"role_ids": None})
    assert response.status_code == 422
    assert ["body", "role_ids"] in error_locs(response)
