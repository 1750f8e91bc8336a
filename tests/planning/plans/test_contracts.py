"""Strategies, plans and targets join the CRUD contract and the permission matrix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix
from tests.planning.plans.support import PLANS, STRATEGIES, TARGETS, plan
from tests.sales.support import ok


class TestSalesStrategyContract(CrudContract):
    path = STRATEGIES
    echo_fields: ClassVar = ("name", "period_start", "period_end", "target_markets", "segments")
    update_payload: ClassVar[Any] = {"segments": ["中小企业"], "resources": "新增 5 名销售"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"name": ""}, "name"),
        ({"period_start": "2027-13-01"}, "period_start"),
        ({"products": [{"product_line": "传感器", "stage": "youth"}]}, "products"),
        ({"products": [{"product_id": UNKNOWN, "stage": "growth"}]}, "products"),
        ({"owner_id": UNKNOWN}, "owner_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "period_start")
    filter_cases: ClassVar[Any] = [
        (
            {"active_on": "2027-03-01"},
            lambda s: s["period_start"] <= "2027-03-01" <= s["period_end"],
        ),
    ]
    search_cases: ClassVar = [("华东扩张3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"华东扩张{n}",
            "period_start": f"{2026 + n % 2}-01-01",
            "period_end": f"{2026 + n % 2}-12-31",
            "target_markets": ["华东", "华南"],
            "segments": ["制造业"],
            "products": [{"product_line": "工业传感器", "stage": "growth"}],
            "competitive_situation": "两家外资品牌占六成份额",
        }


class TestSalesPlanContract(CrudContract):
    path = PLANS
    echo_fields: ClassVar = ("name", "period_kind", "period_start", "period_end", "check_mode")
    update_payload: ClassVar[Any] = {"name": "改过的计划", "check_mode": "refuse"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"period_kind": "week"}, "period_kind"),
        ({"check_mode": "ignore"}, "check_mode"),
        ({"strategy_id": UNKNOWN}, "strategy_id"),
        ({"currency": "yuan"}, "currency"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "period_start")
    filter_cases: ClassVar[Any] = [
        ({"period_kind": "month"}, lambda p: p["period_kind"] == "month"),
        ({"status": "draft"}, lambda p: p["status"] == "draft"),
        ({"period_from": "2027-03-01"}, lambda p: p["period_start"] >= "2027-03-01"),
    ]
    search_cases: ClassVar = [("月度计划4", 4)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"月度计划{n}",
            "period_kind": "month" if n % 2 else "quarter",
            "period_start": f"2027-{n:02d}-01",
            "period_end": f"2027-{n:02d}-28",
            "check_mode": "warn",
        }


class TestSalesTargetContract(CrudContract):
    """Company-level numbers of one plan, one per product line."""

    path = TARGETS
    plan_id: ClassVar[str] = ""
    echo_fields: ClassVar = ("plan_id", "level", "metric", "value", "product_line")
    update_payload: ClassVar[Any] = {"value": "123.45", "note": "调高"}
    required_field = "value"
    invalid_payloads: ClassVar[Any] = [
        ({"value": "-1.00"}, "value"),
        ({"metric": "profit"}, "metric"),
        ({"level": "planet"}, "level"),
        ({"plan_id": UNKNOWN}, "plan_id"),
        ({"employee_id": UNKNOWN}, "employee_id"),
        ({"metric": "visits", "value": "2.50"}, "value"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "value", "level")
    filter_cases: ClassVar[Any] = [
        ({"metric": "visits"}, lambda t: t["metric"] == "visits"),
        ({"level": "company"}, lambda t: t["level"] == "company"),
    ]
    search_cases: ClassVar = [("产品线5", 5)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).plan_id = str((await plan(http))["id"])
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "level": "company",
            "metric": "visits" if n % 3 == 0 else "sales_amount",
            "product_line": f"产品线{n}",
            "value": f"{100 * n}.00",
        }


class TestSalesStrategyMatrix(PermissionMatrix):
    path = STRATEGIES
    resource = "sales_strategy"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {"name": f"矩阵{owner}", "period_start": "2027-01-01", "period_end": "2027-12-31"}
        return str((await ok(await admin.post(STRATEGIES, json=body), 201))["id"])


class TestSalesPlanMatrix(PermissionMatrix):
    """Plans are read by whoever holds sales_plan:read (the numbers are in the targets)."""

    path = PLANS
    resource = "sales_plan"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"name": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await plan(admin, f"矩阵{owner}", owner_id=org.ids[owner]))["id"])


class TestSalesTargetMatrix(PermissionMatrix):
    """An employee's target is theirs: the data scope decides who sees and changes it."""

    path = TARGETS
    resource = "sales_target"
    read_permission = "sales_plan:read"
    write_permission = "sales_plan:write"
    delete_permission = "sales_plan:delete"
    update_payload: ClassVar[dict[str, Any]] = {"value": "200.00"}
    plans: ClassVar[dict[int, str]] = {}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        key = id(org)
        if key not in self.plans:
            self.plans[key] = str((await plan(admin, "矩阵计划"))["id"])
        body = {
            "plan_id": self.plans[key],
            "level": "employee",
            "employee_id": org.ids[owner],
            "metric": "sales_amount",
            "value": "100.00",
        }
        return str((await ok(await admin.post(TARGETS, json=body), 201))["id"])
