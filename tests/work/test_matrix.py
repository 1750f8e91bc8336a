"""Who sees and changes approval requests, rules and delegations.

A request and a delegation are their applicant's (the away approver's): the org chart decides,
as for any owned record; approvers see the requests they decide besides (tested in
test_approvals). Rules are configuration: read with approval:read, changed with
approval:configure.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.contract.matrix import PEOPLE, Org, PermissionMatrix
from tests.sales.support import ok
from tests.work.support import (
    APPROVALS,
    DELEGATIONS,
    RULES,
    SCHEDULES,
    STATUS_TYPES,
    STATUSES,
    status_type,
)


class TestApprovalMatrix(PermissionMatrix):
    path = APPROVALS
    resource = "approval"
    update_payload: ClassVar[dict[str, Any]] = {"title": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "type": "requirement",
            "owner_id": org.ids[owner],
            "form": {"subject": f"矩阵{owner}", "description": "矩阵"},
        }
        return str((await ok(await admin.post(APPROVALS, json=body), 201))["id"])


class TestDelegationMatrix(PermissionMatrix):
    path = DELEGATIONS
    resource = "approval_delegation"
    read_permission = "approval:read"
    write_permission = "approval:write"
    delete_permission = "approval:write"
    update_payload: ClassVar[dict[str, Any]] = {"reason": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "owner_id": org.ids[owner],
            "delegate_id": org.ids["admin"],
            "starts_at": "2026-12-20T00:00:00Z",
            "ends_at": "2026-12-27T00:00:00Z",
        }
        return str((await ok(await admin.post(DELEGATIONS, json=body), 201))["id"])


class TestApprovalRuleMatrix(PermissionMatrix):
    path = RULES
    resource = "approval_rule"
    owned = False
    read_permission = "approval:read"
    write_permission = "approval:configure"
    delete_permission = "approval:configure"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"name": f"矩阵{owner}", "type": "leave"}
        return str((await ok(await admin.post(RULES, json=body), 201))["id"])


class TestScheduleMatrix(PermissionMatrix):
    path = SCHEDULES
    resource = "schedule"
    update_payload: ClassVar[dict[str, Any]] = {"location": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "title": f"矩阵{owner}",
            "owner_id": org.ids[owner],
            "starts_at": "2026-12-20T01:00:00Z",
            "ends_at": "2026-12-20T02:00:00Z",
        }
        return str((await ok(await admin.post(SCHEDULES, json=body), 201))["id"])


class TestEmployeeStatusMatrix(PermissionMatrix):
    path = STATUSES
    resource = "employee_status"
    update_payload: ClassVar[dict[str, Any]] = {"note": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"type_id": await status_type(admin, "other"), "owner_id": org.ids[owner]}
        return str((await ok(await admin.post(STATUSES, json=body), 201))["id"])


class TestStatusTypeMatrix(PermissionMatrix):
    path = STATUS_TYPES
    resource = "status_type"
    owned = False
    read_permission = "employee_status:read"
    write_permission = "status_type:write"
    delete_permission = "status_type:write"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"code": f"mx-{owner.lower()}", "name": f"矩阵{owner}"}
        return str((await ok(await admin.post(STATUS_TYPES, json=body), 201))["id"])


class TestHolidayMatrix(PermissionMatrix):
    path = "/api/v1/holidays"
    resource = "holiday"
    owned = False
    read_permission = "attendance:read"
    write_permission = "attendance:configure"
    delete_permission = "attendance:configure"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}
    _days: ClassVar = {p: f"2031-01-{i + 1:02d}" for i, p in enumerate(PEOPLE)}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"day": self._days[owner], "kind": "holiday", "name": f"矩阵{owner}"}
        return str((await ok(await admin.post("/api/v1/holidays", json=body), 201))["id"])


class TestWorkRuleMatrix(PermissionMatrix):
    path = "/api/v1/work-rules"
    resource = "work_rule"
    owned = False
    read_permission = "attendance:read"
    write_permission = "attendance:configure"
    delete_permission = "attendance:configure"
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        department = await ok(
            await admin.post("/api/v1/departments", json={"name": f"矩阵考勤{owner}"}), 201
        )
        body = {"name": f"矩阵{owner}", "department_id": department["id"]}
        return str((await ok(await admin.post("/api/v1/work-rules", json=body), 201))["id"])


class TestJournalMatrix(PermissionMatrix):
    path = "/api/v1/journals"
    resource = "journal"
    update_payload: ClassVar[dict[str, Any]] = {"planned": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"owner_id": org.ids[owner], "period_start": "2026-11-20", "done": "matrix"}
        return str((await ok(await admin.post("/api/v1/journals", json=body), 201))["id"])


class TestJournalReminderMatrix(PermissionMatrix):
    path = "/api/v1/journal-reminders"
    resource = "journal_reminder"
    owned = False
    read_permission = "journal:read"
    write_permission = "journal:configure"
    delete_permission = "journal:configure"
    update_payload: ClassVar[dict[str, Any]] = {"daily_at": "19:00"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        department = await ok(
            await admin.post("/api/v1/departments", json={"name": f"矩阵日志{owner}"}), 201
        )
        body = {"department_id": department["id"]}
        return str((await ok(await admin.post("/api/v1/journal-reminders", json=body), 201))["id"])
