"""Every approval resource joins the generic CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import employee, narrowed_client
from tests.work.support import (
    APPROVALS,
    DELEGATIONS,
    RULES,
    SCHEDULES,
    STATUS_TYPES,
    STATUSES,
    status_type,
)


class TestApprovalContract(CrudContract):
    """The administrator applies (nobody above them: each request waits for the
    administrators); requirements and expenses, so that no periods overlap."""

    path = APPROVALS
    echo_fields: ClassVar = ("type", "title")
    update_payload: ClassVar[Any] = {"title": "改过的标题"}
    required_field = "title"
    invalid_payloads: ClassVar[Any] = [
        ({"type": "vacation"}, "type"),
        ({"title": "x" * 201}, "title"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"form": {"subject": "", "description": "x"}}, "form"),
        (
            {
                "type": "leave",
                "form": {
                    "leave_kind": "sick",
                    "starts_at": "2026-12-03T00:00:00Z",
                    "ends_at": "2026-12-02T00:00:00Z",
                    "reason": "病",
                },
            },
            "form",
        ),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "submitted_at")
    filter_cases: ClassVar[Any] = [
        ({"type": "expense"}, lambda a: a["type"] == "expense"),
        ({"status": "pending"}, lambda a: a["status"] == "pending"),
        ({"mine": "true"}, lambda a: True),
    ]
    search_cases: ClassVar = [("需求五号", 5)]

    def make_payload(self, n: int) -> dict[str, Any]:
        if n % 2:
            names = {5: "五号"}
            return {
                "type": "requirement",
                "title": f"需求{names.get(n, n)}",
                "form": {"subject": f"需求{n}", "description": "客户要求"},
            }
        return {
            "type": "expense",
            "title": f"报销{n}",
            "form": {
                "category": "travel",
                "amount": f"{100 * n}.00",
                "spent_on": f"2026-11-{n:02d}",
                "description": "差旅",
            },
        }


class TestApprovalRuleContract(CrudContract):
    path = RULES
    echo_fields: ClassVar = ("name", "type", "min_amount", "levels")
    update_payload: ClassVar[Any] = {"levels": 5, "active": False}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"levels": 0}, "levels"),
        ({"type": "holiday"}, "type"),
        ({"min_amount": "-1.00"}, "min_amount"),
        ({"approver_id": UNKNOWN, "mode": "named"}, "approver_id"),
        ({"mode": "sometimes"}, "mode"),
    ]
    filter_cases: ClassVar[Any] = [
        ({"type": "leave"}, lambda r: r["type"] == "leave"),
        ({"active": "false"}, lambda r: not r["active"]),
    ]
    search_cases: ClassVar = [("规则3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"规则{n}",
            "type": "leave" if n % 2 else "expense",
            "min_amount": f"{1000 * n}.00",
            "levels": 1 + n % 3,
            "active": n % 4 != 0,
        }


class TestDelegationContract(CrudContract):
    path = DELEGATIONS
    delegate: ClassVar[str] = ""
    echo_fields: ClassVar = ("starts_at", "ends_at", "reason", "types")
    update_payload: ClassVar[Any] = {"reason": "年假", "types": ["leave"]}
    required_field = "starts_at"
    invalid_payloads: ClassVar[Any] = [
        ({"delegate_id": UNKNOWN}, "delegate_id"),
        ({"types": ["holiday"]}, "types"),
        ({"starts_at": "2026-12-01"}, "starts_at"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "starts_at")
    filter_cases: ClassVar[Any] = [
        (
            {"active_at": "2026-12-03T12:00:00Z"},
            lambda d: d["starts_at"] <= "2026-12-03T12" < d["ends_at"],
        ),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            record = await employee(http, "代理审批人", db.root_department_id)
            type(self).delegate = str(record["id"])
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "delegate_id": self.delegate,
            "starts_at": f"2026-12-{n:02d}T00:00:00Z",
            "ends_at": f"2026-12-{n:02d}T23:00:00Z",
            "types": ["leave", "expense"] if n % 2 else [],
            "reason": f"出差{n}",
        }


class TestScheduleContract(CrudContract):
    path = SCHEDULES
    echo_fields: ClassVar = ("title", "kind", "starts_at", "ends_at", "location")
    update_payload: ClassVar[Any] = {"title": "改期后的会", "location": "二号会议室"}
    required_field = "title"
    invalid_payloads: ClassVar[Any] = [
        ({"kind": "party"}, "kind"),
        ({"starts_at": "2026-12-01T09:00:00"}, "starts_at"),
        ({"attendee_ids": [UNKNOWN]}, "attendee_ids"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"customer_id": UNKNOWN}, "customer_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "starts_at")
    filter_cases: ClassVar[Any] = [
        ({"kind": "visit"}, lambda e: e["kind"] == "visit"),
        (
            {"ends_after": "2026-12-03T00:00:00Z", "starts_before": "2026-12-05T00:00:00Z"},
            lambda e: e["ends_at"] > "2026-12-03" and e["starts_at"] < "2026-12-05",
        ),
    ]
    search_cases: ClassVar = [("周例会4", 4)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "title": f"周例会{n}",
            "kind": "visit" if n % 2 else "meeting",
            "starts_at": f"2026-12-{n:02d}T01:00:00Z",
            "ends_at": f"2026-12-{n:02d}T02:30:00Z",
            "location": f"{n}号会议室",
        }


class TestStatusTypeContract(CrudContract):
    """Seeded types stay out of the lists: narrowed to the codes the tests create."""

    path = STATUS_TYPES
    echo_fields: ClassVar = ("code", "name", "color", "position", "active")
    update_payload: ClassVar[Any] = {"name": "陪同考察", "position": 99}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "Has Space"}, "code"),
        ({"color": "red"}, "color"),
        ({"position": -1}, "position"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "position", "code")
    filter_cases: ClassVar[Any] = [({"active": "false"}, lambda t: not t["active"])]
    search_cases: ClassVar = [("t-status-3", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "t-status"}) as h:
            yield h

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"t-status-{n}",
            "name": f"状态{n}",
            "color": f"#00000{n % 10}",
            "position": 100 + n,
            "active": n % 2 == 1,
        }


class TestEmployeeStatusContract(CrudContract):
    path = STATUSES
    type_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("starts_at", "ends_at", "note")
    update_payload: ClassVar[Any] = {"note": "客户临时改期"}
    required_field = "starts_at"
    invalid_payloads: ClassVar[Any] = [
        ({"type_id": UNKNOWN}, "type_id"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"starts_at": "today"}, "starts_at"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "starts_at")
    filter_cases: ClassVar[Any] = [
        (
            {"active_at": "2026-12-02T03:00:00Z"},
            lambda s: s["starts_at"] <= "2026-12-02T03" < (s["ends_at"] or "9"),
        ),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).type_ids = [await status_type(http, "studying")]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "type_id": self.type_ids[0],
            "starts_at": f"2026-12-{n:02d}T01:00:00Z",
            "ends_at": f"2026-12-{n:02d}T09:00:00Z",
            "note": f"培训第{n}天",
        }


class TestHolidayContract(CrudContract):
    """The seeded calendar (2024 onwards) stays out: the tests' days are in 2030."""

    path = "/api/v1/holidays"
    echo_fields: ClassVar = ("day", "kind", "name")
    update_payload: ClassVar[Any] = {"name": "改名的节日", "kind": "workday"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"kind": "party"}, "kind"),
        ({"day": "2030-02-30"}, "day"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "day")
    filter_cases: ClassVar[Any] = [({"kind": "workday"}, lambda h: h["kind"] == "workday")]
    search_cases: ClassVar = [("测试节3", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"year": "2030"}) as h:
            yield h

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "day": f"2030-03-{n:02d}",
            "kind": "workday" if n % 3 == 0 else "holiday",
            "name": f"测试节{n}",
        }


class TestWorkRuleContract(CrudContract):
    path = "/api/v1/work-rules"
    echo_fields: ClassVar = ("name", "start_time", "end_time", "grace_minutes", "workdays")
    update_payload: ClassVar[Any] = {"grace_minutes": 15, "flexible_minutes": 30}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"start_time": "25:00"}, "start_time"),
        ({"workdays": [8]}, "workdays"),
        ({"department_id": UNKNOWN}, "department_id"),
        ({"grace_minutes": -1}, "grace_minutes"),
    ]
    search_cases: ClassVar = [("考勤规则3", 3)]

    async def department(self, client: httpx.AsyncClient, n: int) -> str:
        created = await client.post("/api/v1/departments", json={"name": f"考勤部门{n}"})
        assert created.status_code == 201, created.text
        return str(created.json()["id"])

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"考勤规则{n}",
            "start_time": f"0{n % 10}:30",
            "end_time": "18:30",
            "grace_minutes": n,
            "workdays": [1, 2, 3, 4, 5, 6] if n % 2 else [1, 2, 3, 4, 5],
        }

    async def create(self, client: httpx.AsyncClient, n: int, **extra: Any) -> dict[str, Any]:
        """Each rule for a department of its own (one rule per department)."""
        extra.setdefault("department_id", await self.department(client, n))
        return await super().create(client, n, **extra)


class TestJournalContract(CrudContract):
    """The period never changes: a ``null`` for it is refused as a field updates do not take."""

    path = "/api/v1/journals"
    echo_fields: ClassVar = ("period", "done", "planned", "problems", "help_needed")
    update_payload: ClassVar[Any] = {"planned": "明天拜访两家", "problems": "报价偏高"}
    required_field = "period"
    invalid_payloads: ClassVar[Any] = [
        ({"period": "hourly"}, "period"),
        ({"period_start": "2026-13-01"}, "period_start"),
        ({"owner_id": UNKNOWN}, "owner_id"),
        ({"done": "x" * 10_001}, "done"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "period_start")
    filter_cases: ClassVar[Any] = [
        ({"period": "weekly"}, lambda j: j["period"] == "weekly"),
        ({"period_from": "2026-11-03"}, lambda j: j["period_start"] >= "2026-11-03"),
    ]
    search_cases: ClassVar = [("拜访客户4", 4)]

    def make_payload(self, n: int) -> dict[str, Any]:
        weekly = n % 3 == 0
        start = (
            date(2025, 1, 6) + timedelta(weeks=n)
            if weekly
            else date(2026, 11, 1) + timedelta(days=n - 1)
        )
        return {
            "period": "weekly" if weekly else "daily",
            "period_start": start.isoformat(),
            "done": f"拜访客户{n}家",
            "planned": "跟进报价",
            "problems": "无",
            "help_needed": "无",
        }


class TestJournalReminderContract(CrudContract):
    path = "/api/v1/journal-reminders"
    echo_fields: ClassVar = ("daily_at", "weekly_day", "enabled")
    update_payload: ClassVar[Any] = {"daily_at": "17:30", "enabled": False}
    required_field = "enabled"
    invalid_payloads: ClassVar[Any] = [
        ({"daily_at": "7pm"}, "daily_at"),
        ({"weekly_day": 0}, "weekly_day"),
        ({"department_id": UNKNOWN}, "department_id"),
    ]
    filter_cases: ClassVar[Any] = []

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        """The seeded company default stays out: the tests' rules are per department."""
        async with http_client(app, db.admin_token) as http:
            default = await http.get(self.path)
            for rule in default.json()["items"]:
                assert (await http.delete(f"{self.path}/{rule['id']}")).status_code == 204
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {"daily_at": f"1{n % 10}:00", "weekly_day": 1 + n % 7, "enabled": n % 2 == 1}

    async def create(self, client: httpx.AsyncClient, n: int, **extra: Any) -> dict[str, Any]:
        """Each rule for a department of its own (one rule per department)."""
        if "department_id" not in extra:
            created = await client.post("/api/v1/departments", json={"name": f"日志部门{n}"})
            extra["department_id"] = created.json()["id"]
        return await super().create(client, n, **extra)
