"""Every activity resource joins the generic CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import ACTIVITIES, ACTIVITY_TYPES, TASKS, UNKNOWN, VISITS
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import narrowed_client
from tests.sales import support


class TestActivityTypeContract(CrudContract):
    """Seeded types stay out of the lists: narrowed to the codes the tests create."""

    path = ACTIVITY_TYPES
    echo_fields: ClassVar = ("code", "name", "position", "on_calendar", "active")
    update_payload: ClassVar[Any] = {"name": "上门服务", "position": 99, "on_calendar": True}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "Has Space"}, "code"),
        ({"position": -1}, "position"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "position", "code")
    filter_cases: ClassVar[Any] = [
        ({"active": "false"}, lambda t: not t["active"]),
        ({"on_calendar": "true"}, lambda t: t["on_calendar"]),
    ]
    search_cases: ClassVar = [("t-type-3", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "t-type"}) as h:
            yield h

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"t-type-{n}",
            "name": f"测试类型{n}",
            "position": 100 + n,
            "on_calendar": n % 3 == 0,
            "active": n % 2 == 1,
        }


class TestActivityContract(CrudContract):
    path = ACTIVITIES
    customer_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = (
        "type",
        "channel",
        "direction",
        "subject",
        "occurred_at",
        "duration_minutes",
        "customer_id",
    )
    update_payload: ClassVar[Any] = {"subject": "电话确认方案", "outcome": "客户同意演示"}
    required_field = "subject"
    invalid_payloads: ClassVar[Any] = [
        ({"type": "telepathy"}, "type"),
        ({"type": "Not A Code"}, "type"),
        ({"direction": "sideways"}, "direction"),
        ({"duration_minutes": 1441}, "duration_minutes"),
        ({"occurred_at": "2026-11-01T09:00:00"}, "occurred_at"),
        ({"employee_ids": [UNKNOWN, UNKNOWN]}, "employee_ids"),
        ({"employee_ids": [UNKNOWN]}, "employee_ids"),
        ({"contact_id": UNKNOWN}, "contact_id"),
        ({"contact_ids": [UNKNOWN]}, "contact_ids"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "occurred_at")
    filter_cases: ClassVar[Any] = [
        ({"type": "meeting"}, lambda a: a["type"] == "meeting"),
        ({"occurred_from": "2026-11-05T00:00:00Z"}, lambda a: a["occurred_at"] >= "2026-11-05"),
    ]
    search_cases: ClassVar = [("二期需求", 2), ("报价", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).customer_ids = [await support.customer(http, "活动测试客户")]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        subjects = {2: "沟通二期需求", 3: "发送报价"}
        return {
            "type": "meeting" if n % 2 == 0 else "call",
            "channel": "phone" if n % 2 else "in_person",
            "direction": "outbound",
            "subject": subjects.get(n, f"第{n}次沟通"),
            "occurred_at": f"2026-11-{n:02d}T03:00:00Z",
            "duration_minutes": 10 * n,
            "customer_id": self.customer_ids[0],
        }


class TestTaskContract(CrudContract):
    path = TASKS
    echo_fields: ClassVar = ("subject", "description", "due_at", "priority", "remind_at")
    update_payload: ClassVar[Any] = {"status": "in_progress", "priority": "urgent"}
    required_field = "subject"
    invalid_payloads: ClassVar[Any] = [
        ({"priority": "asap"}, "priority"),
        ({"due_at": "2026-12-01T09:00:00"}, "due_at"),
        ({"status": "done"}, "status"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"subject": "x" * 201}, "subject"),
    ]
    filter_cases: ClassVar[Any] = [
        ({"priority": "high"}, lambda t: t["priority"] == "high"),
        ({"overdue": "true"}, lambda t: t["overdue"]),
        ({"overdue": "false"}, lambda t: not t["overdue"]),
        ({"due_to": "2026-01-05T00:00:00Z"}, lambda t: t["due_at"] <= "2026-01-05"),
    ]
    search_cases: ClassVar = [("报价单3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        year = 2026 if n % 2 else 2099  # odd ones are overdue
        return {
            "subject": f"准备报价单{n}",
            "description": "含实施费用",
            "due_at": f"{year}-01-{n:02d}T01:00:00Z",
            "priority": "high" if n % 3 == 0 else "normal",
            "remind_at": f"{year}-01-{n:02d}T00:30:00Z",
        }


class TestVisitContract(CrudContract):
    path = VISITS
    customer_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("purpose", "planned_at", "planned_minutes", "customer_id")
    update_payload: ClassVar[Any] = {"purpose": "回访满意度", "planned_minutes": 90}
    required_field = "purpose"
    invalid_payloads: ClassVar[Any] = [
        ({"planned_at": "tomorrow"}, "planned_at"),
        ({"planned_minutes": -1}, "planned_minutes"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"contact_id": UNKNOWN}, "contact_id"),
        ({"status": "completed"}, "status"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "planned_at")
    filter_cases: ClassVar[Any] = [
        ({"status": "planned"}, lambda v: v["status"] == "planned"),
        ({"planned_to": "2026-12-03T00:00:00Z"}, lambda v: v["planned_at"] <= "2026-12-03"),
    ]
    search_cases: ClassVar = [("演示4", 4)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).customer_ids = [await support.customer(http, "拜访测试客户")]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "customer_id": self.customer_ids[0],
            "purpose": f"上门演示{n}",
            "planned_at": f"2026-12-{n:02d}T02:00:00Z",
            "planned_minutes": 30 + n,
        }
