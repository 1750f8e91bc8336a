"""Roles: built-ins stay, roles in use stay, permissions are known and never escalate."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.org.support import (
    BUILTIN,
    EMPLOYEES,
    ROLES,
    create,
    employee,
    error_locs,
    get,
    role_id,
    staff_member,
)


async def test_built_in_roles_cannot_be_deleted_or_recoded(client: httpx.AsyncClient) -> None:
    for code in BUILTIN:
        url = f"{ROLES}/{await role_id(client, code)}"
        before = await get(client, url)
        assert before["builtin"] is True
        deleted = await client.delete(url)
        assert deleted.status_code == 409, code
        assert deleted.json()["code"] == "conflict"
        recoded = await client.patch(url, json={"code": f"{code}_x"})
        assert recoded.status_code == 409, code
        assert await get(client, url) == before
    # Their name and permissions stay editable by someone holding everything.
    url = f"{ROLES}/{await role_id(client, 'analyst')}"
    renamed = await client.patch(url, json={"name": "分析师", "code": "analyst"})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["name"] == "分析师"
    assert renamed.json()["builtin"] is True
    assert (await client.get(ROLES, params={"builtin": "true", "include_total": "true"})).json()[
        "total"
    ] == len(BUILTIN)


async def test_a_role_in_use_cannot_be_deleted(client: httpx.AsyncClient, db: TestDatabase) -> None:
    role = await create(client, ROLES, {"code": "trainer", "name": "培训师"})
    holder = await employee(client, "持有者", db.root_department_id, role_ids=[role["id"]])
    assert [r["code"] for r in holder["roles"]] == ["trainer"]
    url = f"{ROLES}/{role['id']}"
    in_use = await client.delete(url)
    assert in_use.status_code == 409
    assert "1" in in_use.json()["detail"]
    assert (await client.get(url)).status_code == 200

    # A deleted holder does not count; once nobody holds it, it can go.
    assert (await client.delete(f"{EMPLOYEES}/{holder['id']}")).status_code == 204
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_a_role_given_up_by_its_holder_can_be_deleted(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    role = await create(client, ROLES, {"code": "temp_role", "name": "临时"})
    holder = await employee(client, "持有者", db.root_department_id, role_ids=[role["id"]])
    assert (await client.delete(f"{ROLES}/{role['id']}")).status_code == 409
    patched = await client.patch(f"{EMPLOYEES}/{holder['id']}", json={"role_ids": []})
    assert patched.status_code == 200
    assert (await client.delete(f"{ROLES}/{role['id']}")).status_code == 204
    # A deleted role cannot be handed out.
    refused = await client.patch(f"{EMPLOYEES}/{holder['id']}", json={"role_ids": [role["id"]]})
    assert refused.status_code == 422
    assert ["body", "role_ids", 0] in error_locs(refused)


async def test_unknown_permissions_are_422_naming_their_index(client: httpx.AsyncClient) -> None:
    body = {"code": "odd", "name": "奇怪", "permissions": ["product:read", "product:fly"]}
    response = await client.post(ROLES, json=body)
    assert response.status_code == 422
    assert ["body", "permissions", 1] in error_locs(response)
    assert (await client.get(ROLES, params={"q": "odd"})).json()["items"] == []

    role = await create(client, ROLES, {"code": "fine", "name": "正常", "permissions": []})
    url = f"{ROLES}/{role['id']}"
    patch = await client.patch(url, json={"permissions": ["audit:read", "x", "employee:read"]})
    assert patch.status_code == 422
    assert ["body", "permissions", 1] in error_locs(patch)
    nulled = await client.patch(url, json={"permissions": None})
    assert nulled.status_code == 422, nulled.text
    assert ["body", "permissions"] in error_locs(nulled)
    assert await get(client, url) == role


async def test_permissions_are_stored_sorted_and_unique(client: httpx.AsyncClient) -> None:
    role = await create(
        client,
        ROLES,
        {
            "code": "dupes",
            "name": "重复",
            "permissions": ["product:write", "product:read", "product:write"],
        },
    )
    assert role["permissions"] == ["product:read", "product:write"]
    assert role["data_scope"] == "own"


async def test_a_role_manager_cannot_create_or_widen_roles_beyond_their_own(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await create(
        client,
        ROLES,
        {
            "code": "role_admin",
            "name": "角色管理员",
            "permissions": ["role:read", "role:write", "product:read"],
            "data_scope": "all",
        },
    )
    _, token = await staff_member(
        app, client, "角色管理", db.root_department_id, username="role.admin", roles=("role_admin",)
    )
    admin_role = await role_id(client, "admin")
    async with http_client(app, token) as as_manager:
        for permissions in (["*"], ["product:read", "audit:read"]):
            response = await as_manager.post(
                ROLES, json={"code": "mine", "name": "我的", "permissions": permissions}
            )
            assert response.status_code == 403, permissions
            assert response.json()["code"] == "forbidden"
        within = await as_manager.post(
            ROLES, json={"code": "mine", "name": "我的", "permissions": ["product:read"]}
        )
        assert within.status_code == 201, within.text
        widened = await as_manager.patch(
            f"{ROLES}/{within.json()['id']}", json={"permissions": ["product:read", "*"]}
        )
        assert widened.status_code == 403
        # Editing a role one could not have granted is granting it again.
        renamed = await as_manager.patch(f"{ROLES}/{admin_role}", json={"name": "我的管理员"})
        assert renamed.status_code == 403
        assert (await as_manager.delete(f"{ROLES}/{within.json()['id']}")).status_code == 403
    assert (await get(client, f"{ROLES}/{within.json()['id']}"))["permissions"] == ["product:read"]
    assert (await get(client, f"{ROLES}/{admin_role}"))["name"] == "系统管理员"


async def test_hr_cannot_write_roles(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> None:
    _, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.roles", roles=("hr",)
    )
    async with http_client(app, token) as as_hr:
        listed = await as_hr.get(ROLES)
        assert listed.status_code == 200
        for permissions in (["*"], ["employee:read"]):
            response = await as_hr.post(
                ROLES, json={"code": "hr_made", "name": "x", "permissions": permissions}
            )
            assert response.status_code == 403
    assert (await client.get(ROLES, params={"q": "hr_made"})).json()["items"] == []


async def test_a_changed_role_changes_what_its_holders_may_do_at_once(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    role = await create(client, ROLES, {"code": "reader", "name": "读者", "data_scope": "all"})
    _, token = await staff_member(
        app, client, "读者", db.root_department_id, username="reader", roles=("reader",)
    )
    async with http_client(app, token) as as_reader:
        assert (await as_reader.get(EMPLOYEES)).status_code == 403
        granted = await client.patch(
            f"{ROLES}/{role['id']}", json={"permissions": ["employee:read"]}
        )
        assert granted.status_code == 200
        assert (await as_reader.get(EMPLOYEES)).status_code == 200


async def test_a_data_scope_wider_than_ones_own_cannot_be_granted(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """Seeing every row is held like a permission: nobody widens their own view."""
    permissions = ["employee:read", "employee:write", "employee:assign_roles", "role:read"]
    manager_role = await create(
        client,
        ROLES,
        {
            "code": "team_admin",
            "name": "团队管理员",
            "permissions": [*permissions, "role:write"],
            "data_scope": "subordinates",
        },
    )
    wide = await create(
        client,
        ROLES,
        {
            "code": "wide_reader",
            "name": "全员可见",
            "permissions": ["employee:read"],
            "data_scope": "all",
        },
    )
    stranger = await employee(client, "陌生人", db.root_department_id)
    me, token = await staff_member(
        app, client, "团队管理", db.root_department_id, username="team.admin", roles=("team_admin",)
    )
    report = await employee(client, "组员", db.root_department_id, manager_id=me["id"])
    async with http_client(app, token) as as_manager:
        assert (await as_manager.get(f"{EMPLOYEES}/{stranger['id']}")).status_code == 404
        widened = await as_manager.patch(
            f"{ROLES}/{manager_role['id']}", json={"data_scope": "all"}
        )
        assert widened.status_code == 403, widened.text
        created = await as_manager.post(
            ROLES,
            json={
                "code": "mine_all",
                "name": "x",
                "permissions": ["employee:read"],
                "data_scope": "all",
            },
        )
        assert created.status_code == 403
        granted = await as_manager.patch(
            f"{EMPLOYEES}/{report['id']}", json={"role_ids": [wide["id"]]}
        )
        assert granted.status_code == 403
        self_granted = await as_manager.patch(
            f"{EMPLOYEES}/{me['id']}", json={"role_ids": [manager_role["id"], wide["id"]]}
        )
        assert self_granted.status_code == 403
        assert (await as_manager.get(f"{EMPLOYEES}/{stranger['id']}")).status_code == 404
        # Within their own scope they may still create and hand out roles.
        narrow = await as_manager.post(
            ROLES,
            json={
                "code": "helper",
                "name": "助手",
                "permissions": ["employee:read"],
                "data_scope": "own",
            },
        )
        assert narrow.status_code == 201, narrow.text
        same = await as_manager.patch(
            f"{EMPLOYEES}/{report['id']}", json={"role_ids": [narrow.json()["id"]]}
        )
        assert same.status_code == 200, same.text
    assert (await get(client, f"{ROLES}/{manager_role['id']}"))["data_scope"] == "subordinates"
