"""Headcount plans, requisitions, branches and partners join the CRUD contract and the
permission matrix."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.activities.support import UNKNOWN
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix
from tests.planning.organisation.support import (
    BRANCHES,
    DEPARTMENT_OF,
    HEADCOUNT,
    PARTNERS,
    REQUISITIONS,
    RootDepartment,
)
from tests.sales.support import ok


class TestHeadcountPlanContract(RootDepartment, CrudContract):
    path = HEADCOUNT
    echo_fields: ClassVar = ("planned", "period_start", "period_end", "note")
    update_payload: ClassVar[Any] = {"planned": 42, "note": "扩编"}
    required_field = "planned"
    invalid_payloads: ClassVar[Any] = [
        ({"planned": -1}, "planned"),
        ({"department_id": UNKNOWN}, "department_id"),
        ({"position_id": UNKNOWN}, "position_id"),
        ({"period_start": "2027-13-01"}, "period_start"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "period_start", "planned")
    filter_cases: ClassVar[Any] = [
        (
            {"active_on": "2027-03-15"},
            lambda p: p["period_start"] <= "2027-03-15" <= p["period_end"],
        ),
    ]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "department_id": self.department,
            "period_start": f"2027-{n % 12 + 1:02d}-01",
            "period_end": f"2027-{n % 12 + 1:02d}-28",
            "planned": n,
            "note": f"编制{n}",
        }


class TestRequisitionContract(RootDepartment, CrudContract):
    path = REQUISITIONS
    echo_fields: ClassVar = ("title", "count", "requirements", "reason")
    update_payload: ClassVar[Any] = {"count": 3, "reason": "业务扩张"}
    required_field = "department_id"
    invalid_payloads: ClassVar[Any] = [
        ({"count": 0}, "count"),
        ({"department_id": UNKNOWN}, "department_id"),
        ({"position_id": UNKNOWN}, "position_id"),
        ({"owner_id": UNKNOWN}, "owner_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "title")
    filter_cases: ClassVar[Any] = [({"status": "draft"}, lambda r: r["status"] == "draft")]
    search_cases: ClassVar = [("客户经理3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "department_id": self.department,
            "title": f"客户经理{n}",
            "count": n + 1,
            "requirements": "三年以上销售经验",
            "reason": "新区域",
        }


class TestBranchContract(CrudContract):
    path = BRANCHES
    echo_fields: ClassVar = ("name", "code", "city", "address", "opened_on", "active")
    update_payload: ClassVar[Any] = {"city": "宁波", "active": False}
    required_field = "code"
    invalid_payloads: ClassVar[Any] = [
        ({"name": ""}, "name"),
        ({"manager_id": UNKNOWN}, "manager_id"),
        ({"department_id": UNKNOWN}, "department_id"),
        ({"phone": "12"}, "phone"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "code")
    filter_cases: ClassVar[Any] = [({"active": "false"}, lambda b: b["active"] is False)]
    search_cases: ClassVar = [("分公司3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"分公司{n}",
            "code": f"BR-{n:03d}",
            "city": "杭州",
            "address": f"文三路{n}号",
            "opened_on": "2025-03-01",
            "active": n % 2 == 0,
        }


class TestPartnerContract(CrudContract):
    path = PARTNERS
    echo_fields: ClassVar = ("name", "kind", "contact_person", "email", "status")
    update_payload: ClassVar[Any] = {"status": "suspended", "note": "回款逾期"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"kind": "friend"}, "kind"),
        ({"email": "nope"}, "email"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"territory_ids": [UNKNOWN]}, "territory_ids"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name")
    filter_cases: ClassVar[Any] = [({"kind": "reseller"}, lambda p: p["kind"] == "reseller")]
    search_cases: ClassVar = [("云帆贸易3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"云帆贸易{n}",
            "kind": "reseller" if n % 2 else "distributor",
            "contact_person": "王经理",
            "email": f"p{n}@example.com",
            "agreement_start": "2027-01-01",
            "agreement_end": "2027-12-31",
            "status": "prospect" if n % 3 else "active",
        }


class TestHeadcountPlanMatrix(PermissionMatrix):
    """A plan is seen by whoever's department tree holds its department (or scope ``all``):
    each record is planned for its owner's department, so that equals the scopes' table."""

    path = HEADCOUNT
    resource = "headcount_plan"
    update_payload: ClassVar[dict[str, Any]] = {"note": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "department_id": org.departments[DEPARTMENT_OF[owner]],
            "period_start": "2027-01-01",
            "period_end": "2027-12-31",
            "planned": 3,
        }
        return str((await ok(await admin.post(HEADCOUNT, json=body), 201))["id"])


class TestRequisitionMatrix(PermissionMatrix):
    path = REQUISITIONS
    resource = "requisition"
    update_payload: ClassVar[dict[str, Any]] = {"reason": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "department_id": org.departments[DEPARTMENT_OF[owner]],
            "title": f"矩阵{owner}",
            "owner_id": org.ids[owner],
        }
        return str((await ok(await admin.post(REQUISITIONS, json=body), 201))["id"])


class TestBranchMatrix(PermissionMatrix):
    path = BRANCHES
    resource = "branch"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"city": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"name": f"矩阵{owner}", "code": f"MX-{owner}"}
        return str((await ok(await admin.post(BRANCHES, json=body), 201))["id"])


class TestPartnerMatrix(PermissionMatrix):
    path = PARTNERS
    resource = "partner"
    update_payload: ClassVar[dict[str, Any]] = {"note": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"name": f"矩阵{owner}", "owner_id": org.ids[owner]}
        return str((await ok(await admin.post(PARTNERS, json=body), 201))["id"])
