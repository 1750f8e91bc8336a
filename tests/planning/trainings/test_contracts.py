"""Training plans, sessions and attendees join the CRUD contract and the permission matrix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import ChildMatrix, Org, PermissionMatrix
from tests.org.support import department, employee
from tests.planning.trainings.support import PLANS, SESSIONS, attendees, session, training_plan
from tests.sales.support import ok


class TestTrainingPlanContract(CrudContract):
    path = PLANS
    echo_fields: ClassVar = ("title", "kind", "period_start", "period_end", "objective")
    update_payload: ClassVar[Any] = {"objective": "人人过考核", "kind": "service"}
    required_field = "title"
    invalid_payloads: ClassVar[Any] = [
        ({"title": ""}, "title"),
        ({"kind": "cooking"}, "kind"),
        ({"period_start": "2027-13-01"}, "period_start"),
        ({"sales_plan_id": UNKNOWN}, "sales_plan_id"),
        ({"sales_strategy_id": UNKNOWN}, "sales_strategy_id"),
        ({"owner_id": UNKNOWN}, "owner_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "title", "period_start")
    filter_cases: ClassVar[Any] = [
        ({"kind": "onboarding"}, lambda p: p["kind"] == "onboarding"),
        (
            {"active_on": "2027-03-15"},
            lambda p: p["period_start"] <= "2027-03-15" <= p["period_end"],
        ),
    ]
    search_cases: ClassVar = [("季度培训3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "title": f"季度培训{n}",
            "objective": "提升成交率",
            "kind": "onboarding" if n % 2 else "sales",
            "period_start": f"2027-{n % 12 + 1:02d}-01",
            "period_end": f"2027-{n % 12 + 1:02d}-28",
        }


class TestTrainingSessionContract(CrudContract):
    path = SESSIONS
    echo_fields: ClassVar = ("topic", "starts_at", "ends_at", "place", "trainer_name")
    update_payload: ClassVar[Any] = {"place": "线上", "trainer_name": "李老师"}
    required_field = "topic"
    invalid_payloads: ClassVar[Any] = [
        ({"topic": ""}, "topic"),
        ({"plan_id": UNKNOWN}, "plan_id"),
        ({"trainer_id": UNKNOWN, "trainer_name": None}, "trainer_id"),
        ({"starts_at": "2027-02-01"}, "starts_at"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "starts_at", "topic")
    filter_cases: ClassVar[Any] = [
        (
            {"starts_from": "2027-06-01T00:00:00Z"},
            lambda s: s["starts_at"] >= "2027-06-01T00:00:00Z",
        ),
    ]
    search_cases: ClassVar = [("话术演练2", 2)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "topic": f"话术演练{n}",
            "starts_at": f"2027-{n % 12 + 1:02d}-10T01:00:00Z",
            "ends_at": f"2027-{n % 12 + 1:02d}-10T03:00:00Z",
            "place": f"{n}号会议室",
            "trainer_name": "外部讲师",
        }


class TestTrainingAttendeeContract(CrudContract):
    covers = "/api/v1/training-sessions/{parent_id}/attendees"
    people: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("employee_id", "status", "score", "result")
    update_payload: ClassVar[Any] = {"status": "attended", "score": 88, "comment": "好"}
    required_field = "status"
    invalid_payloads: ClassVar[Any] = [
        ({"employee_id": UNKNOWN}, "employee_id"),
        ({"score": 101}, "score"),
        ({"status": "maybe"}, "status"),
    ]
    filter_cases: ClassVar[Any] = [
        ({"status": "attended"}, lambda a: a["status"] == "attended"),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            team = await department(http, "培训测试部", None)
            type(self).people = [
                (await employee(http, f"学员{n}", team["id"]))["id"] for n in range(8)
            ]
            parent = await session(http, "学员场次")
            type(self).path = attendees(parent["id"])
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        attended = n % 2 == 1
        return {
            "employee_id": self.people[n],
            "status": "attended" if attended else "invited",
            "score": 60 + n if attended else None,
            "result": "通过" if attended else None,
        }


class TestTrainingPlanMatrix(PermissionMatrix):
    path = PLANS
    resource = "training"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await training_plan(admin, f"矩阵{owner}", owner_id=org.ids[owner]))["id"])


class TestTrainingSessionMatrix(PermissionMatrix):
    path = SESSIONS
    resource = "training"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await session(admin, f"矩阵{owner}", owner_id=org.ids[owner]))["id"])


class TestTrainingAttendeeMatrix(ChildMatrix):
    """A session's attendees follow the session; each person attends their own session, so
    attending widens nobody's view here."""

    covers = "/api/v1/training-sessions/{parent_id}/attendees"
    resource = "training"
    update_payload: ClassVar[dict[str, Any]] = {"comment": "matrix"}

    async def create_child(self, admin: httpx.AsyncClient, org: Org, owner: str) -> tuple[str, str]:
        parent = await session(admin, f"矩阵学员{owner}", owner_id=org.ids[owner])
        made = await ok(
            await admin.post(attendees(parent["id"]), json={"employee_id": org.ids[owner]}), 201
        )
        return attendees(parent["id"]), str(made["id"])
