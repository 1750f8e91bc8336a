"""Activity resources on the permission matrix.

Activities have no owner: they follow their customer (and their deal). Tasks and visits are
owned — by the assignee and by the rep who visits — so the org chart decides, and shares widen
it. Activity types are reference data: read with activity:read, changed with
activity_type:write.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.activities import support
from tests.activities.support import ACTIVITIES, ACTIVITY_TYPES, TASKS, VISITS
from tests.contract.matrix import Org, OwnedMatrix, PermissionMatrix


async def _customer(admin: httpx.AsyncClient, org: Org, owner: str) -> str:
    return await support.customer(admin, f"矩阵客户{owner}", owner_id=org.ids[owner])


class TestActivityMatrix(PermissionMatrix):
    path = ACTIVITIES
    resource = "activity"
    update_payload: ClassVar[dict[str, Any]] = {"outcome": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        customer_id = await _customer(admin, org, owner)
        return str((await support.activity(admin, customer_id))["id"])


class TestTaskMatrix(OwnedMatrix):
    path = TASKS
    resource = "task"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await support.task(admin, owner_id=org.ids[owner]))["id"])


class TestVisitMatrix(OwnedMatrix):
    path = VISITS
    resource = "visit"
    update_payload: ClassVar[dict[str, Any]] = {"summary": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        customer_id = await _customer(admin, org, owner)
        return str((await support.visit(admin, customer_id, owner_id=org.ids[owner]))["id"])


class TestActivityTypeMatrix(PermissionMatrix):
    path = ACTIVITY_TYPES
    resource = "activity_type"
    owned = False
    read_permission = "activity:read"
    write_permission = "activity_type:write"
    delete_permission = "activity_type:write"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        payload = {"code": f"mx-{owner.lower()}", "name": f"类型{owner}"}
        return str((await support.ok(await admin.post(ACTIVITY_TYPES, json=payload), 201))["id"])
