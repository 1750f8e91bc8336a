"""Every sales resource joins the generic CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import narrowed_client
from tests.sales import support
from tests.sales.support import (
    COMPETITORS,
    CONTRACTS,
    LOSS_REASONS,
    OPPORTUNITIES,
    PAYMENTS,
    PIPELINES,
)

UNKNOWN = "01890a5d-ac96-774b-bcce-b302099a8001"


def _stages(n: int) -> list[dict[str, Any]]:
    return [
        {"name": "接洽", "probability": 10 + n},
        {"name": "方案", "probability": 40, "forecast_category": "best_case"},
        {"name": "成交", "kind": "won"},
        {"name": "失败", "kind": "lost"},
    ]


class TestPipelineContract(CrudContract):
    """The seeded default pipeline is there in every test; lists narrow to non-default ones."""

    path = PIPELINES
    echo_fields: ClassVar = ("name", "description", "active")
    update_payload: ClassVar[Any] = {"description": "项目型", "active": False}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"stages": [{"name": "a"}, {"name": "b", "kind": "won"}]}, "stages"),
        (
            {"stages": [{"name": "a"}, {"name": "b", "kind": "won"}, {"name": "c", "kind": "won"}]},
            "stages",
        ),
        ({"stages": [{"name": "a", "probability": 101}, *_stages(1)[1:]]}, "stages"),
        ({"stages": [{"name": "a", "kind": "won", "probability": 50}, *_stages(1)[1:]]}, "stages"),
        ({"stages": [{"name": "接洽"}, *_stages(1)]}, "stages"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name")
    filter_cases: ClassVar[Any] = [({"active": "false"}, lambda p: not p["active"])]
    search_cases: ClassVar = [("项目流程3", 3), ("liuchengyi", 1)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"is_default": "false"}) as h:
            yield h

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"项目流程{n}" if n != 1 else "项目流程一",
            "description": f"流程 {n}",
            "active": n % 3 != 0,
            "stages": _stages(n),
        }


class TestLossReasonContract(CrudContract):
    """Seeded reasons stay out of the lists: narrowed to the codes the tests create."""

    path = LOSS_REASONS
    echo_fields: ClassVar = ("code", "name", "description", "position", "active")
    update_payload: ClassVar[Any] = {"name": "交付周期太长", "position": 99, "active": False}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "Has Space"}, "code"),
        ({"position": -1}, "position"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "position", "code")
    filter_cases: ClassVar[Any] = [({"active": "false"}, lambda r: not r["active"])]
    search_cases: ClassVar = [("t-reason-3", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "t-reason"}) as h:
            yield h

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"t-reason-{n}",
            "name": f"测试原因{n}",
            "description": "说明",
            "position": 100 + n,
            "active": n % 2 == 1,
        }


class TestCompetitorContract(CrudContract):
    path = COMPETITORS
    echo_fields: ClassVar = ("name", "website", "strengths", "price_positioning", "threat_level")
    update_payload: ClassVar[Any] = {"threat_level": "high", "weaknesses": "实施慢"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"threat_level": "extreme"}, "threat_level"),
        ({"price_positioning": "free"}, "price_positioning"),
        ({"website": "no spaces allowed here"}, "website"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name")
    filter_cases: ClassVar[Any] = [
        ({"threat_level": "high"}, lambda c: c["threat_level"] == "high"),
        ({"price_positioning": "budget"}, lambda c: c["price_positioning"] == "budget"),
    ]
    search_cases: ClassVar = [("销售易", 2), ("xsy", 2), ("erp", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        names = ["纷享销客", "销售易", "金蝶云ERP", "用友", "Salesforce", "悟空CRM"]
        return {
            "name": names[(n - 1) % len(names)] + ("" if n <= len(names) else str(n)),
            "website": f"https://c{n}.example.cn",
            "strengths": "渠道多",
            "price_positioning": "budget" if n % 2 else "premium",
            "threat_level": "high" if n % 3 == 0 else "medium",
        }


class TestOpportunityContract(CrudContract):
    path = OPPORTUNITIES
    customer_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = (
        "name",
        "type",
        "customer_id",
        "expected_close_date",
        "source",
        "amount",
        "currency",
    )
    update_payload: ClassVar[Any] = {"name": "华信 CRM 二期(扩容)", "next_step": "周五演示"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"probability": 101}, "probability"),
        ({"type": "lead"}, "type"),
        ({"expected_close_date": "soon"}, "expected_close_date"),
        ({"amount": "-1.00"}, "amount"),
        ({"amount": "1.001"}, "amount"),
        ({"currency": "cny"}, "currency"),
        ({"forecast_category": "closed"}, "forecast_category"),
        ({"source": "rumour"}, "source"),
        ({"stage_id": UNKNOWN}, "stage_id"),
        ({"pipeline_id": UNKNOWN}, "pipeline_id"),
        ({"customer_id": UNKNOWN}, "customer_id"),
        ({"contacts": [{"contact_id": UNKNOWN}]}, "contacts"),
        ({"owner_id": UNKNOWN}, "owner_id"),
    ]
    sort_fields: ClassVar = (
        "created_at",
        "updated_at",
        "name",
        "expected_close_date",
        "amount",
        "stage_entered_at",
    )
    filter_cases: ClassVar[Any] = [
        ({"type": "project"}, lambda o: o["type"] == "project"),
        ({"source": "referral"}, lambda o: o["source"] == "referral"),
        ({"expected_close_to": "2027-03-31"}, lambda o: o["expected_close_date"] <= "2027-03-31"),
        ({"amount_min": "30000"}, lambda o: float(o["amount"]) >= 30000),
        ({"status": "open", "type": "project"}, lambda o: o["type"] == "project"),
    ]
    search_cases: ClassVar = [("zhihuigongdi", 2), ("ERP", 3), ("二期", 1)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).customer_ids = [await support.customer(http, "商机测试客户")]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        names = ["华信 CRM 二期", "智慧工地平台", "ERP 升级", "数据中台", "门店收银", "呼叫中心"]
        return {
            "name": names[(n - 1) % len(names)] + ("" if n <= len(names) else f"{n}"),
            "type": "project" if n % 2 == 0 else "opportunity",
            "customer_id": self.customer_ids[0],
            "expected_close_date": f"2027-0{1 + n % 6}-15",
            "source": "referral" if n % 3 == 0 else "website",
            "amount": f"{n * 10000}.00",
            "currency": "CNY",
        }


class TestLineItemContract(CrudContract):
    """A deal's products: ``/opportunities/{id}/line-items``."""

    covers = "/api/v1/opportunities/{parent_id}/line-items"
    products: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("product_id", "quantity", "unit_price", "discount", "description")
    update_payload: ClassVar[Any] = {"quantity": "3", "discount": "5.00"}
    required_field = "quantity"
    invalid_payloads: ClassVar[Any] = [
        ({"quantity": "-1"}, "quantity"),
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "1.00001"}, "quantity"),
        ({"discount": "100.01"}, "discount"),
        ({"discount": "-1"}, "discount"),
        ({"unit_price": "-5.00"}, "unit_price"),
        ({"product_id": UNKNOWN}, "product_id"),
    ]
    filter_cases: ClassVar[Any] = []  # set with the products the fixture makes

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).products = [
                (await support.product(http))["id"],
                (await support.product(http))["id"],
            ]
            opportunity = await support.deal(http)
            type(self).path = support.line_items(opportunity["id"])
            type(self).filter_cases = [
                ({"product_id": self.products[0]}, lambda i: i["product_id"] == self.products[0])
            ]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "product_id": self.products[n % 2],
            "quantity": str(n),
            "unit_price": f"{100 * n}.00",
            "discount": f"{n}.00",
            "description": f"第{n}项",
        }


class TestDealCompetitorContract(CrudContract):
    """The competitors met on a deal: ``/opportunities/{id}/competitors``."""

    covers = "/api/v1/opportunities/{parent_id}/competitors"
    competitors: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("competitor_id", "offer", "price", "status", "our_strengths")
    update_payload: ClassVar[Any] = {"status": "eliminated", "price": "88000.00"}
    required_field = "status"
    invalid_payloads: ClassVar[Any] = [
        ({"price": "-1.00"}, "price"),
        ({"status": "winning"}, "status"),
        ({"competitor_id": UNKNOWN}, "competitor_id"),
    ]
    filter_cases: ClassVar[Any] = [
        ({"status": "eliminated"}, lambda e: e["status"] == "eliminated")
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).competitors = [await support.competitor(http) for _ in range(8)]
            opportunity = await support.deal(http)
            type(self).path = support.deal_competitors(opportunity["id"])
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "competitor_id": self.competitors[n],
            "offer": "标准版 + 三年维保",
            "price": f"{90000 + n}.00",
            "status": "eliminated" if n % 2 else "active",
            "our_strengths": "本地化服务",
        }


class TestContractContract(CrudContract):
    path = CONTRACTS
    opportunity_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("number", "sign_date", "title", "opportunity_id", "notes")
    update_payload: ClassVar[Any] = {"title": "华信 CRM 二期合同", "notes": "含培训"}
    required_field = "title"
    invalid_payloads: ClassVar[Any] = [
        ({"number": "has space"}, "number"),
        ({"sign_date": "today"}, "sign_date"),
        ({"payment_plan": [{"due_date": "2026-12-01", "amount": "1.00"}]}, "payment_plan"),
        ({"payment_plan": [{"due_date": "2026-12-01", "amount": "0"}]}, "payment_plan"),
        ({"opportunity_id": UNKNOWN}, "opportunity_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "sign_date", "amount", "number")
    filter_cases: ClassVar[Any] = [
        ({"signed_from": "2026-06-05"}, lambda c: c["sign_date"] >= "2026-06-05"),
        ({"signed_to": "2026-03-01"}, lambda c: c["sign_date"] <= "2026-03-01"),
        ({"outstanding": "true"}, lambda c: True),
        ({"overdue": "true"}, lambda c: True),
    ]
    search_cases: ClassVar = [("c-3", 3), ("华信", 1)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            deals = [
                await support.won_deal(http, amount="10000.00", name="华信 CRM 项目"),
                await support.won_deal(http, amount="25000.00", name="数据中台"),
            ]
            type(self).opportunity_ids = [d["id"] for d in deals]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "opportunity_id": self.opportunity_ids[0 if n == 1 else n % 2],
            "number": f"C-{n}",
            "sign_date": f"2026-0{1 + n}-0{n}",
            "notes": f"合同{n}",
            **({"title": "华信 CRM 合同"} if n == 1 else {"title": f"合同{n}"}),
        }


class TestPaymentContract(CrudContract):
    path = PAYMENTS
    contract_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("contract_id", "amount", "received_on", "method", "reference")
    update_payload: ClassVar[Any] = {"reference": "BANK-REF-99", "note": "更正"}
    required_field = "amount"
    invalid_payloads: ClassVar[Any] = [
        ({"amount": "0"}, "amount"),
        ({"amount": "-5.00"}, "amount"),
        ({"method": "bitcoin"}, "method"),
        ({"received_on": "yesterday"}, "received_on"),
        ({"contract_id": UNKNOWN}, "contract_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "received_on", "amount")
    filter_cases: ClassVar[Any] = [
        ({"method": "cash"}, lambda p: p["method"] == "cash"),
        ({"received_from": "2026-11-04"}, lambda p: p["received_on"] >= "2026-11-04"),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            opportunity = await support.won_deal(http, amount="1000000.00")
            type(self).contract_ids = [(await support.contract(http, opportunity["id"]))["id"]]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "contract_id": self.contract_ids[0],
            "amount": f"{n * 100}.00",
            "received_on": f"2026-11-0{n}",
            "method": "cash" if n % 3 == 0 else "bank_transfer",
            "reference": f"REF-{n}",
        }
