"""Every approval resource joins the generic CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import employee
from tests.work.support import APPROVALS, DELEGATIONS, RULES


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
