"""Customers, contacts and tiers join the generic CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.customers.support import CONTACTS, CUSTOMERS, TIERS, credit_code, mobile
from tests.org.support import narrowed_client

CUSTOMER_NAMES = [
    "上海华信科技有限公司",
    "Acme Trading Ltd",
    "北京张伟商贸有限公司",
    "深圳李娜电子有限公司",
    "Globex Corporation",
    "杭州云栖软件有限公司",
]


class TestCustomerContract(CrudContract):
    path = CUSTOMERS
    echo_fields: ClassVar = ("name", "kind", "credit_code", "industry", "tier", "stage", "tags")
    update_payload: ClassVar[Any] = {
        "name": "上海华信数码有限公司",
        "tier": "A",
        "stage": "active",
        "tags": ["重点", "华东"],
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"credit_code": "91310000MA0000005F"}, "credit_code"),  # wrong check character
        ({"credit_code": "91310000MA000000"}, "credit_code"),
        ({"phones": ["12345"]}, "phones"),
        ({"phones": ["not a phone"]}, "phones"),
        ({"stage": "dormant"}, "stage"),
        ({"kind": "robot"}, "kind"),
        ({"size": "huge"}, "size"),
        ({"email": "nobody"}, "email"),
        ({"latitude": 91, "longitude": 10}, "latitude"),
        ({"tags": ["a|b"]}, "tags"),
        ({"name": ""}, "name"),
        ({"owner_id": "nope"}, "owner_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "stage_changed_at")
    filter_cases: ClassVar[Any] = [
        ({"tier": "B"}, lambda c: c["tier"] == "B"),
        ({"stage": "active"}, lambda c: c["stage"] == "active"),
        ({"kind": "individual"}, lambda c: c["kind"] == "individual"),
        ({"tag": "华东"}, lambda c: "华东" in c["tags"]),
        ({"tier": "B", "stage": "active"}, lambda c: c["tier"] == "B" and c["stage"] == "active"),
        ({"industry": "软件"}, lambda c: c["industry"] == "软件"),
    ]
    search_cases: ClassVar = [
        ("zhangwei", 3),
        ("bjzw", 3),
        ("李娜", 4),
        ("acme", 2),
        ("139 0000 0005", 5),
        ("+8613900000006", 6),
    ]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": CUSTOMER_NAMES[(n - 1) % len(CUSTOMER_NAMES)]
            + ("" if n <= len(CUSTOMER_NAMES) else f"{n}号"),
            "kind": "individual" if n % 3 == 0 else "company",
            "credit_code": credit_code(n),
            "industry": "软件" if n % 2 else "制造",
            "tier": "B" if n % 2 else "C",
            "stage": "active" if n % 3 else "prospect",
            "tags": ["华东"] if n % 2 else ["华南"],
            "phones": [mobile(n)],
        }


class TestContactContract(CrudContract):
    path = CONTACTS
    customer_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("customer_id", "name", "title", "email", "buying_role", "birthday")
    update_payload: ClassVar[Any] = {"title": "采购总监", "buying_role": "influencer"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"mobile": "12345"}, "mobile"),
        ({"mobile": "010-65529988"}, "mobile"),  # a landline is not a mobile
        ({"phone": "abc"}, "phone"),
        ({"buying_role": "boss"}, "buying_role"),
        ({"birthday": "2999-01-01"}, "birthday"),
        ({"email": "x@"}, "email"),
        ({"customer_id": "01890a5d-ac96-774b-bcce-b302099a8001"}, "customer_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name")
    filter_cases: ClassVar[Any] = [
        ({"buying_role": "decision_maker"}, lambda c: c["buying_role"] == "decision_maker"),
    ]
    search_cases: ClassVar = [("zhangwei", 1), ("zw", 1), ("138 0000 0002", 2), ("wx_3", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            response = await http.post(CUSTOMERS, json={"name": "联系人测试客户"})
            assert response.status_code == 201, response.text
            type(self).customer_ids = [response.json()["id"]]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        names = ["张伟", "王芳", "Li Na", "赵磊", "Chen Jing", "刘洋"]
        return {
            "customer_id": self.customer_ids[0],
            "name": names[(n - 1) % len(names)] + ("" if n <= len(names) else str(n)),
            "title": "经理",
            "mobile": f"138{n:08d}",
            "email": f"contact{n}@example.cn",
            "wechat": f"wx_{n}",
            "birthday": f"198{n % 10}-0{1 + n % 9}-15",
            "buying_role": "decision_maker" if n % 2 else "user",
        }


class TestTierContract(CrudContract):
    """The four seeded tiers are there in every test; lists narrow to ``q=T-``."""

    path = TIERS
    echo_fields: ClassVar = ("code", "name", "rank", "max_per_owner", "pool_return_days")
    update_payload: ClassVar[Any] = {"name": "战略客户", "rank": 9, "pool_return_days": 60}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "has space"}, "code"),
        ({"rank": 0}, "rank"),
        ({"max_per_owner": -1}, "max_per_owner"),
        ({"pool_return_days": 0}, "pool_return_days"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "rank", "code")
    search_cases: ClassVar = [("T-3", 3), ("战略", 2)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "T-"}) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"T-{n}",
            "name": ["钻石", "战略", "普通", "潜力", "沉睡", "合作"][(n - 1) % 6] + f"{n}",
            "rank": 10 + n,
            "max_per_owner": 100 * n,
            "pool_return_days": 10 * n,
        }


class TestCustomerPoolContract(CrudContract):
    """Pools of their own; lists narrow to ``q=池-`` (other tests make pools too)."""

    path = "/api/v1/customer-pools"
    echo_fields: ClassVar = ("name", "region", "open_to_all", "return_days", "daily_claim_limit")
    update_payload: ClassVar[Any] = {
        "name": "池-华东大客户",
        "mask_contacts": False,
        "return_days": 45,
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"return_days": 0}, "return_days"),
        ({"daily_claim_limit": -1}, "daily_claim_limit"),
        ({"claim_cooldown_days": 366}, "claim_cooldown_days"),
        ({"member_ids": ["not-a-uuid"]}, "member_ids"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name")
    filter_cases: ClassVar = [({"open_to_all": "true"}, lambda r: r["open_to_all"] is True)]
    search_cases: ClassVar = [("池-3", 3), ("华南", 2)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "池-"}) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"池-{n}",
            "region": ["华东", "华南", "华北"][(n - 1) % 3] + f"{n}",
            "open_to_all": n % 2 == 0,
            "return_days": 10 * n,
            "daily_claim_limit": n,
        }


class TestReleaseReasonContract(CrudContract):
    """The seven seeded reasons are there in every test; lists narrow to ``q=rr_``."""

    path = "/api/v1/pool-release-reasons"
    echo_fields: ClassVar = ("code", "name", "name_en", "position", "active")
    update_payload: ClassVar[Any] = {"name": "价格原因", "position": 5, "active": False}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "Has Space"}, "code"),
        ({"position": -1}, "position"),
        ({"name": ""}, "name"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "position", "code")
    filter_cases: ClassVar = [({"active": "false"}, lambda r: r["active"] is False)]
    search_cases: ClassVar = [("rr_3", 3), ("人员", 2)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {"q": "rr_"}) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"rr_{n}",
            "name": ["预算冻结", "人员变动", "预算削减"][(n - 1) % 3] + f"{n}",
            "name_en": f"Reason {n}",
            "position": 200 + n,
            "active": n % 3 != 0,
        }
