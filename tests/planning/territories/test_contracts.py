"""Territories, their members and the assignment rules join the CRUD contract."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import department, employee
from tests.planning.territories.support import RULES, TERRITORIES, members, territory


class TestTerritoryContract(CrudContract):
    path = TERRITORIES
    echo_fields: ClassVar = ("name", "code", "kind", "active", "description")
    update_payload: ClassVar[Any] = {"name": "华东大区(新)", "description": "改"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"name": ""}, "name"),
        ({"kind": "galaxy"}, "kind"),
        ({"code": "has space"}, "code"),
        ({"parent_id": UNKNOWN}, "parent_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "path")
    filter_cases: ClassVar[Any] = [
        ({"kind": "region"}, lambda t: t["kind"] == "region"),
        ({"active": "false"}, lambda t: not t["active"]),
    ]
    search_cases: ClassVar = [("T-AREA-3", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": f"区域{n}号",
            "code": f"T-AREA-{n}",
            "kind": "region" if n % 2 else "province",
            "active": n % 3 != 0,
            "description": f"第{n}个",
        }


class TestTerritoryMemberContract(CrudContract):
    covers = "/api/v1/territories/{parent_id}/members"
    people: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("employee_id", "responsible", "note")
    update_payload: ClassVar[Any] = {"responsible": False, "note": "改"}
    required_field = "responsible"
    invalid_payloads: ClassVar[Any] = [
        ({"employee_id": UNKNOWN}, "employee_id"),
        ({"note": "x" * 201}, "note"),
        ({"responsible": "yes"}, "responsible"),
    ]
    filter_cases: ClassVar[Any] = [
        ({"responsible": "true"}, lambda m: m["responsible"]),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            team = await department(http, "区域测试部", None)
            type(self).people = [
                (await employee(http, f"区域成员{n}", team["id"]))["id"] for n in range(8)
            ]
            parent = await territory(http, "成员区域")
            type(self).path = members(parent["id"])
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {"employee_id": self.people[n], "responsible": n % 2 == 1, "note": f"第{n}位"}


class TestTerritoryRuleContract(CrudContract):
    path = RULES
    places: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("name", "territory_id", "priority", "provinces", "cities", "active")
    update_payload: ClassVar[Any] = {"priority": 7, "cities": ["杭州市"]}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"territory_id": UNKNOWN}, "territory_id"),
        ({"priority": -1}, "priority"),
        ({"sizes": ["huge"]}, "sizes"),
        ({"provinces": [""]}, "provinces"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "priority", "name")
    filter_cases: ClassVar[Any] = [
        ({"active": "false"}, lambda r: not r["active"]),
    ]
    search_cases: ClassVar = [("规则三号", 3)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).places = [(await territory(http, f"规则区域{n}"))["id"] for n in range(2)]
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        digits = "零一二三四五六七八九"
        return {
            "name": f"规则{digits[n]}号",
            "territory_id": self.places[n % 2],
            "priority": n,
            "provinces": ["浙江省"],
            "cities": [f"城市{n}"],
            "sizes": ["large"],
            "tiers": ["a"],
            "active": n % 2 == 0,
        }
