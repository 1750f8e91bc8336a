"""Budgets join the CRUD contract and the permission matrix: finance and directors see all,
a manager the budgets of their department tree (and those of the people in their scope)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix

BUDGETS = "/api/v1/budgets"


class TestBudgetContract(CrudContract):
    path = BUDGETS
    department_id: ClassVar[str] = ""
    echo_fields: ClassVar = ("name", "period_start", "period_end", "category", "amount")
    update_payload: ClassVar[Any] = {"amount": "8000.00", "alert_share": "90.00"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"name": ""}, "name"),
        ({"category": "food"}, "category"),
        ({"amount": "-5.00"}, "amount"),
        ({"alert_share": "101"}, "alert_share"),
        ({"currency": "yuan"}, "currency"),
        ({"period_start": "2027-13-01"}, "period_start"),
        ({"department_id": UNKNOWN}, "department_id"),
        ({"owner_id": UNKNOWN}, "owner_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "period_start")
    filter_cases: ClassVar[Any] = [
        ({"category": "travel"}, lambda b: b["category"] == "travel"),
        ({"currency": "USD"}, lambda b: b["currency"] == "USD"),
        (
            {"active_on": "2027-03-15"},
            lambda b: b["period_start"] <= "2027-03-15" <= b["period_end"],
        ),
    ]
    search_cases: ClassVar = [("市场预算4", 4)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        type(self).department_id = db.root_department_id
        async with http_client(app, db.admin_token) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"市场预算{n}",
            "department_id": self.department_id,
            "period_start": f"2027-{n % 12 + 1:02d}-01",
            "period_end": f"2027-{n % 12 + 1:02d}-28",
            "category": "travel" if n % 2 else "marketing",
            "amount": f"{1000 * n}.00",
            "currency": "USD" if n % 3 == 0 else "CNY",
        }


class TestBudgetMatrix(PermissionMatrix):
    """Each person's budget is for their own department: a manager's department tree then
    covers exactly the people of their team, a director's the whole sales department."""

    path = BUDGETS
    resource = "budget"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        person = (await admin.get(f"/api/v1/employees/{org.ids[owner]}")).json()
        body = {
            "name": f"矩阵{owner}",
            "department_id": person["department_id"],
            "period_start": "2027-01-01",
            "period_end": "2027-12-31",
            "category": "travel",
            "amount": "1000.00",
            "owner_id": org.ids[owner],
        }
        response = await admin.post(BUDGETS, json=body)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])
