"""Departments: a tree whose moves carry the whole subtree, and deletes that never orphan."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.org.support import (
    DEPARTMENTS,
    EMPLOYEES,
    department,
    employee,
    error_locs,
    get,
    staff_member,
)


async def _children(client: httpx.AsyncClient, parent_id: str) -> set[str]:
    response = await client.get(DEPARTMENTS, params={"parent_id": parent_id, "limit": 200})
    assert response.status_code == 200, response.text
    return {d["id"] for d in response.json()["items"]}


async def _tree(client: httpx.AsyncClient, root: str) -> dict[str, Any]:
    """sales ─ east (director's) ; ops ─ field ─ crew (where ``worker`` is)."""
    east = await department(client, "华东大区", root, kind="region")
    ops = await department(client, "运营中心", root)
    field = await department(client, "外勤部", ops["id"])
    crew = await department(client, "一组", field["id"], kind="team")
    worker = await employee(client, "赵六", crew["id"])
    return {"east": east, "ops": ops, "field": field, "crew": crew, "worker": worker}


async def test_a_move_carries_the_subtree_into_the_new_data_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tree = await _tree(client, db.root_department_id)
    director, token = await staff_member(
        app, client, "钱总监", tree["east"]["id"], username="director", roles=("sales_director",)
    )
    worker_url = f"{EMPLOYEES}/{tree['worker']['id']}"
    async with http_client(app, token) as as_director:
        # department_tree scope: only the director's department and what lies below it.
        assert (await as_director.get(worker_url)).status_code == 404
        visible = {e["id"] for e in (await as_director.get(EMPLOYEES)).json()["items"]}
        assert visible == {director["id"]}

        moved = await client.patch(
            f"{DEPARTMENTS}/{tree['ops']['id']}", json={"parent_id": tree["east"]["id"]}
        )
        assert moved.status_code == 200, moved.text
        assert moved.json()["parent_id"] == tree["east"]["id"]
        assert moved.json()["version"] == tree["ops"]["version"] + 1

        # The worker sits two levels below the moved department: only a rewritten subtree
        # puts them inside the director's department tree.
        assert (await as_director.get(worker_url)).status_code == 200
        visible = {e["id"] for e in (await as_director.get(EMPLOYEES)).json()["items"]}
        assert visible == {director["id"], tree["worker"]["id"]}

        # The shape below the moved department is unchanged.
        assert await _children(client, tree["east"]["id"]) == {tree["ops"]["id"]}
        assert await _children(client, tree["ops"]["id"]) == {tree["field"]["id"]}
        assert await _children(client, tree["field"]["id"]) == {tree["crew"]["id"]}
        assert tree["ops"]["id"] not in await _children(client, db.root_department_id)

        # Moving it to the top of the tree takes the subtree out of the director's scope again.
        top = await client.patch(f"{DEPARTMENTS}/{tree['ops']['id']}", json={"parent_id": None})
        assert top.status_code == 200, top.text
        assert top.json()["parent_id"] is None
        assert (await as_director.get(worker_url)).status_code == 404


async def test_a_grandchild_moved_alone_leaves_its_old_branch(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tree = await _tree(client, db.root_department_id)
    _, token = await staff_member(
        app, client, "孙总监", tree["ops"]["id"], username="ops.director", roles=("sales_director",)
    )
    worker_url = f"{EMPLOYEES}/{tree['worker']['id']}"
    async with http_client(app, token) as as_director:
        assert (await as_director.get(worker_url)).status_code == 200
        moved = await client.patch(
            f"{DEPARTMENTS}/{tree['crew']['id']}", json={"parent_id": tree["east"]["id"]}
        )
        assert moved.status_code == 200, moved.text
        assert (await as_director.get(worker_url)).status_code == 404
    assert await _children(client, tree["field"]["id"]) == set()
    assert await _children(client, tree["east"]["id"]) == {tree["crew"]["id"]}


async def test_moving_under_itself_or_a_descendant_is_422(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tree = await _tree(client, db.root_department_id)
    url = f"{DEPARTMENTS}/{tree['ops']['id']}"
    for target in ("ops", "field", "crew"):
        response = await client.patch(url, json={"parent_id": tree[target]["id"]})
        assert response.status_code == 422, (target, response.text)
        assert ["body", "parent_id"] in error_locs(response), target
    # The company root cannot go under one of its own departments either.
    root = await client.patch(
        f"{DEPARTMENTS}/{db.root_department_id}", json={"parent_id": tree["crew"]["id"]}
    )
    assert root.status_code == 422
    assert ["body", "parent_id"] in error_locs(root)
    assert (await get(client, url)) == tree["ops"]
    assert await _children(client, tree["ops"]["id"]) == {tree["field"]["id"]}


async def test_a_missing_or_deleted_parent_is_422(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    gone = await department(client, "撤销部门", db.root_department_id)
    assert (await client.delete(f"{DEPARTMENTS}/{gone['id']}")).status_code == 204
    for parent in (gone["id"], "01890a5d-ac96-774b-bcce-b302099a8fff"):
        created = await client.post(DEPARTMENTS, json={"name": "新部门", "parent_id": parent})
        assert created.status_code == 422
        assert ["body", "parent_id"] in error_locs(created)
    kept = await department(client, "保留部门", db.root_department_id)
    moved = await client.patch(f"{DEPARTMENTS}/{kept['id']}", json={"parent_id": gone["id"]})
    assert moved.status_code == 422
    assert ["body", "parent_id"] in error_locs(moved)


async def test_a_department_with_employees_or_sub_departments_cannot_be_deleted(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tree = await _tree(client, db.root_department_id)
    crew_url = f"{DEPARTMENTS}/{tree['crew']['id']}"
    staffed = await client.delete(crew_url)
    assert staffed.status_code == 409
    assert staffed.json()["code"] == "conflict"
    assert "1" in staffed.json()["detail"]
    for parent in ("ops", "field"):
        nested = await client.delete(f"{DEPARTMENTS}/{tree[parent]['id']}")
        assert nested.status_code == 409, parent
    assert (await client.get(crew_url)).status_code == 200

    # Transfer the worker out and the branch can be removed bottom-up.
    transferred = await client.patch(
        f"{EMPLOYEES}/{tree['worker']['id']}", json={"department_id": tree["east"]["id"]}
    )
    assert transferred.status_code == 200, transferred.text
    assert (await client.delete(f"{DEPARTMENTS}/{tree['ops']['id']}")).status_code == 409
    for name in ("crew", "field", "ops"):
        assert (await client.delete(f"{DEPARTMENTS}/{tree[name]['id']}")).status_code == 204


async def test_a_deleted_employee_no_longer_blocks_a_delete(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    team = await department(client, "临时组", db.root_department_id)
    member = await employee(client, "周七", team["id"])
    assert (await client.delete(f"{DEPARTMENTS}/{team['id']}")).status_code == 409
    assert (await client.delete(f"{EMPLOYEES}/{member['id']}")).status_code == 204
    assert (await client.delete(f"{DEPARTMENTS}/{team['id']}")).status_code == 204


async def test_the_head_must_be_a_live_employee(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    other = await department(client, "其他", db.root_department_id)
    for head in (other["id"], "01890a5d-ac96-774b-bcce-b302099a8abc"):
        response = await client.post(DEPARTMENTS, json={"name": "华西", "head_id": head})
        assert response.status_code == 422, response.text
        assert ["body", "head_id"] in error_locs(response)
    headed = await department(client, "华西", db.root_department_id, head_id=db.admin_id)
    assert headed["head_id"] == db.admin_id

    url = f"{DEPARTMENTS}/{headed['id']}"
    refused = await client.patch(url, json={"head_id": other["id"]})
    assert refused.status_code == 422
    assert ["body", "head_id"] in error_locs(refused)
    leaver = await employee(client, "吴八", other["id"])
    assert (await client.delete(f"{EMPLOYEES}/{leaver['id']}")).status_code == 204
    deleted_head = await client.patch(url, json={"head_id": leaver["id"]})
    assert deleted_head.status_code == 422
    assert (await get(client, url))["head_id"] == db.admin_id

    newcomer = await employee(client, "郑九", headed["id"])
    changed = await client.patch(url, json={"head_id": newcomer["id"]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["head_id"] == newcomer["id"]
    cleared = await client.patch(url, json={"head_id": None})
    assert cleared.status_code == 200
    assert cleared.json()["head_id"] is None


async def test_a_duplicate_code_is_409_naming_the_field(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await department(client, "北区", db.root_department_id, code="NORTH")
    response = await client.post(DEPARTMENTS, json={"name": "北区二", "code": "NORTH"})
    assert response.status_code == 409
    assert response.json()["field"] == "code"
