"""Who reads and changes territories, their members and rules: configuration, so the data
scope does not narrow it; territory:read to read, territory:write to change."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import (
    PEOPLE,
    VIEWERS,
    ChildMatrix,
    Org,
    PermissionMatrix,
    build_org,
    holds,
)
from tests.planning.territories.support import RULES, TERRITORIES, members, rule, territory
from tests.sales.support import ok


class TestTerritoryMatrix(PermissionMatrix):
    path = TERRITORIES
    resource = "territory"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await territory(admin, f"矩阵{owner}"))["id"])


class TestTerritoryRuleMatrix(PermissionMatrix):
    path = RULES
    resource = "territory_rule"
    owned = False
    read_permission = "territory:read"
    write_permission = "territory:write"
    delete_permission = "territory:delete"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        place = await territory(admin, f"矩阵规则{owner}")
        return str((await rule(admin, place["id"], name=f"矩阵{owner}"))["id"])


class TestTerritoryMemberMatrix(ChildMatrix):
    """A territory is not anyone's: every reader sees every territory's members."""

    covers = "/api/v1/territories/{parent_id}/members"
    resource = "territory"
    update_payload: ClassVar[dict[str, Any]] = {"note": "matrix"}

    async def create_child(self, admin: httpx.AsyncClient, org: Org, owner: str) -> tuple[str, str]:
        place = await territory(admin, f"矩阵成员{owner}")
        body = {"employee_id": org.ids[owner], "responsible": True}
        made = await ok(await admin.post(members(place["id"]), json=body), 201)
        return members(place["id"]), str(made["id"])

    async def test_children_follow_their_parent(
        self, app: Any, client: httpx.AsyncClient, db: TestDatabase
    ) -> None:
        org = await build_org(app, client, db, self.write_grants)
        children = {owner: await self.create_child(client, org, owner) for owner in PEOPLE}
        for viewer in VIEWERS:
            reads = holds(org, viewer, self.permission("read"))
            writes = holds(org, viewer, self.permission("write"))
            async with http_client(app, org.tokens[viewer]) as http:
                for owner, (collection, child_id) in children.items():
                    listed = await http.get(collection)
                    got = await http.get(f"{collection}/{child_id}")
                    changed = await http.patch(f"{collection}/{child_id}", json=self.update_payload)
                    if not reads:
                        assert (listed.status_code, got.status_code) == (403, 403), viewer
                        continue
                    assert listed.status_code == 200, (viewer, owner, listed.text)
                    assert got.status_code == 200, (viewer, owner, got.text)
                    assert [i["id"] for i in listed.json()["items"]] == [child_id]
                    assert changed.status_code == (200 if writes else 403), (viewer, owner)
