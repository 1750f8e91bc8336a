"""Who sees and changes commission plans and statements.

Plans are configuration: read with commission_plan:read, changed with commission_plan:write.
A statement is its employee's: whoever may see the employee through their data scope sees it
(an employee their own, a manager their people's, finance and HR everyone's), and its lines
exactly when the statement; computing and approving are finance's functions.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import PEOPLE, VIEWERS, VISIBLE, Org, PermissionMatrix, build_org, holds
from tests.planning.commissions.support import (
    APPROVE,
    COMPUTE,
    PLANS,
    STATEMENTS,
    plan,
    statements,
)
from tests.sales.support import ok


class TestCommissionPlanMatrix(PermissionMatrix):
    path = PLANS
    resource = "commission_plan"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await plan(admin, f"矩阵方案{owner}"))["id"])


async def test_statements_and_lines_follow_the_employees_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["commission:read"])
    everyone = [org.departments["sales"], org.departments["service"]]
    made = await plan(client, "矩阵提成", department_ids=everyone)
    summary = await ok(
        await client.post(COMPUTE, json={"plan_id": made["id"], "period_start": "2027-01-01"})
    )
    assert summary["statements"] >= len(PEOPLE)
    by_employee = {s["employee_id"]: s["id"] for s in await statements(client, plan_id=made["id"])}
    records = {person: by_employee[org.ids[person]] for person in PEOPLE}
    owners = {record: person for person, record in records.items()}
    for viewer in VIEWERS:
        async with http_client(app, org.tokens[viewer]) as http:
            if not holds(org, viewer, "commission:read"):
                assert (await http.get(STATEMENTS)).status_code == 403, viewer
                continue
            seen = {owners[s["id"]] for s in await statements(http) if s["id"] in owners}
            assert seen == VISIBLE[viewer], (viewer, sorted(seen))
            for person, record in records.items():
                expected = 200 if person in VISIBLE[viewer] else 404
                got = await http.get(f"{STATEMENTS}/{record}")
                assert got.status_code == expected, (viewer, person, got.text)
                listed = await http.get(f"{STATEMENTS}/{record}/lines")
                assert listed.status_code == expected, (viewer, person, listed.text)
            # Computing and approving are finance's (and the administrator's) functions.
            body = {"plan_id": made["id"], "period_start": "2027-01-01"}
            if viewer != "admin":
                assert (await http.post(COMPUTE, json=body)).status_code == 403, viewer
                assert (await http.post(APPROVE, json=body)).status_code == 403, viewer
