"""Departments, positions, roles and employees join the generic CRUD contract.

Three of the four collections are not empty after the migrations and the test bed: the root
department, the eight built-in roles and the bootstrapped administrator are there in every test.
The contract expects a list to hold exactly what a test created, so those classes override the
``client`` fixture with one that narrows the collection's lists to the test's own records with a
real, documented filter (``parent_id`` = the root, ``builtin=false``, ``department_id`` = a
department made for the run); see ``support.narrowed_client``. That the unfiltered lists show
the baseline rows as well is checked at the end of this module.

Records that payloads refer to (the root department, a contract department, a position, a
manager) are only known per test and per engine, and ``make_payload`` has no fixture access:
the ``client`` fixture of each class stores them as class attributes before the test runs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import TestDatabase
from tests.contract.crud import CrudContract
from tests.org.support import (
    BUILTIN,
    DEPARTMENTS,
    EMPLOYEES,
    POSITIONS,
    ROLES,
    create,
    department,
    employee,
    mobile,
    narrowed_client,
)

DEPARTMENT_NAMES = [
    "华东大区",
    "华南大区",
    "Key Accounts",
    "渠道销售部",
    "Inside Sales",
    "售后服务部",
]
KINDS = ["region", "branch", "department", "team"]


class TestDepartmentContract(CrudContract):
    path = DEPARTMENTS
    root_id: ClassVar[str] = ""
    echo_fields: ClassVar = ("code", "name", "kind", "parent_id", "sort_order", "description")
    update_payload: ClassVar[Any] = {"name": "华北大区", "sort_order": 99, "description": "北方"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "has space"}, "code"),
        ({"code": ""}, "code"),
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"kind": "galaxy"}, "kind"),
        ({"sort_order": -1}, "sort_order"),
        ({"parent_id": "not-a-uuid"}, "parent_id"),
        ({"parent_id": "01890a5d-ac96-774b-bcce-b302099a8001"}, "parent_id"),
        ({"head_id": "01890a5d-ac96-774b-bcce-b302099a8002"}, "head_id"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "sort_order")
    filter_cases: ClassVar[Any] = [
        ({"kind": "region"}, lambda d: d["kind"] == "region"),
        ({"kind": "team"}, lambda d: d["kind"] == "team"),
    ]
    search_cases: ClassVar = [("华东", 1), ("key", 3), ("D-0005", 5), ("渠道", 4)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        type(self).root_id = db.root_department_id
        params = {"parent_id": db.root_department_id}
        async with narrowed_client(app, db.admin_token, self.path, params) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"D-{n:04d}",
            "name": DEPARTMENT_NAMES[(n - 1) % 6] + ("" if n <= 6 else f" {n}"),
            "kind": KINDS[(n - 1) % len(KINDS)],
            "parent_id": self.root_id,
            "sort_order": (n % 3) * 10,
            "description": f"部门 {n}",
        }


POSITION_NAMES = [
    "销售代表",
    "高级销售代表",
    "Sales Manager",
    "区域经理",
    "Key Account Lead",
    "总监",
]


class TestPositionContract(CrudContract):
    """Positions have no baseline rows: the plain administrator client serves."""

    path = POSITIONS
    echo_fields: ClassVar = ("name", "level", "description")
    update_payload: ClassVar[Any] = {"name": "首席销售官", "level": 12}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"level": 0}, "level"),
        ({"level": 21}, "level"),
        ({"level": "senior"}, "level"),
        ({"description": "x" * 2001}, "description"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "level")
    filter_cases: ClassVar[Any] = [
        ({"level": "2"}, lambda p: p["level"] == 2),
        ({"level": "1"}, lambda p: p["level"] == 1),
    ]
    search_cases: ClassVar = [("高级", 2), ("manager", 3), ("区域", 4)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "name": POSITION_NAMES[(n - 1) % 6] + ("" if n <= 6 else f" {n}"),
            "level": n % 3 + 1,
            "description": f"职位 {n}",
        }


ROLE_NAMES = ["区域经理", "Key Account Manager", "渠道专员", "报表查看", "Inside Sales", "培训"]
ROLE_PERMISSIONS = [
    ["product:read"],
    ["employee:read", "product:read"],
    ["department:read", "employee:read", "position:read"],
    [],
    ["product:read", "product:write"],
    ["audit:read"],
]


class TestRoleContract(CrudContract):
    path = ROLES
    echo_fields: ClassVar = ("code", "name", "description", "permissions", "data_scope")
    update_payload: ClassVar[Any] = {
        "name": "大客户经理",
        "permissions": ["employee:read", "product:read", "product:write"],
        "data_scope": "department",
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"code": "Has-Caps"}, "code"),
        ({"code": "x"}, "code"),
        ({"code": "1abc"}, "code"),
        ({"name": ""}, "name"),
        ({"permissions": ["no_such:thing"]}, "permissions"),
        ({"permissions": "product:read"}, "permissions"),
        ({"data_scope": "galaxy"}, "data_scope"),
        ({"builtin": True}, "builtin"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "code")
    filter_cases: ClassVar[Any] = [({"builtin": "false"}, lambda r: r["builtin"] is False)]
    search_cases: ClassVar = [("区域", 1), ("account", 2), ("role_5", 5)]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        params = {"builtin": "false"}
        async with narrowed_client(app, db.admin_token, self.path, params) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"role_{n}",
            "name": ROLE_NAMES[(n - 1) % 6] + ("" if n <= 6 else f" {n}"),
            "description": f"角色 {n}",
            "permissions": ROLE_PERMISSIONS[(n - 1) % 6],
            "data_scope": ["own", "subordinates", "department", "department_tree", "all"][n % 5],
        }


EMPLOYEE_NAMES = ["张伟", "李娜", "王芳", "Alice Chen", "刘洋", "Bob Li"]


class TestEmployeeContract(CrudContract):
    path = EMPLOYEES
    #: A department made for each test (the administrator lives in the root department).
    department_id: ClassVar[str] = ""
    position_id: ClassVar[str] = ""
    manager_id: ClassVar[str] = ""
    echo_fields: ClassVar = (
        "employee_no",
        "name",
        "gender",
        "email",
        "department_id",
        "manager_id",
        "hire_date",
        "employment_status",
        "is_sales",
    )
    update_payload: ClassVar[Any] = {
        "name": "张伟强",
        "email": "zhang.weiqiang@example.com",
        "is_sales": False,
        "gender": "other",
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"employee_no": "has space"}, "employee_no"),
        ({"name": ""}, "name"),
        ({"gender": "robot"}, "gender"),
        ({"mobile": "12345"}, "mobile"),
        ({"mobile": "not a phone"}, "mobile"),
        ({"email": "not-an-email"}, "email"),
        ({"department_id": "not-a-uuid"}, "department_id"),
        ({"department_id": "01890a5d-ac96-774b-bcce-b302099a8003"}, "department_id"),
        ({"position_id": "01890a5d-ac96-774b-bcce-b302099a8004"}, "position_id"),
        ({"manager_id": "01890a5d-ac96-774b-bcce-b302099a8005"}, "manager_id"),
        ({"employment_status": "fired"}, "employment_status"),
        ({"employment_status": "resigned"}, "employment_status"),
        ({"hire_date": "2024-02-30"}, "hire_date"),
        ({"role_ids": ["01890a5d-ac96-774b-bcce-b302099a8006"]}, "role_ids"),
        ({"account": {"username": "ab", "password": "long enough pw"}}, "account"),
        ({"account": {"username": "someone", "password": "short"}}, "account"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "employee_no")
    filter_cases: ClassVar[Any] = [
        ({"is_sales": "true"}, lambda e: e["is_sales"] is True),
        ({"employment_status": "probation"}, lambda e: e["employment_status"] == "probation"),
        (
            {"is_sales": "false", "employment_status": "active"},
            lambda e: e["is_sales"] is False and e["employment_status"] == "active",
        ),
    ]
    search_cases: ClassVar = [
        ("zhangwei", 1),
        ("zw", 1),
        ("张伟", 1),
        ("ln", 2),
        ("E0003", 3),
        ("alice", 4),
        ("13812340005", 5),
        ("e6@example", 6),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with narrowed_client(app, db.admin_token, self.path, {}) as admin:
            cls = type(self)
            cls.department_id = (await department(admin, "合同测试部", db.root_department_id))["id"]
            cls.position_id = (await create(admin, POSITIONS, {"name": "测试职位"}))["id"]
            cls.manager_id = (await employee(admin, "经理", db.root_department_id))["id"]
        params = {"department_id": self.department_id}
        async with narrowed_client(app, db.admin_token, self.path, params) as http:
            yield http

    def make_payload(self, n: int) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "employee_no": f"E{n:04d}",
            "name": EMPLOYEE_NAMES[(n - 1) % 6] + ("" if n <= 6 else f"{n}"),
            "gender": ["male", "female", "other", "unspecified"][n % 4],
            "mobile": mobile(n),
            "email": f"e{n}@example.com",
            "department_id": self.department_id,
            "manager_id": self.manager_id if n % 2 else None,
            "hire_date": f"2024-{n % 12 + 1:02d}-15",
            "employment_status": "probation" if n % 3 == 0 else "active",
            "is_sales": n % 2 == 1,
        }
        if n % 2 == 0:
            payload["position_id"] = self.position_id
        return payload


# ----- the baseline rows the narrowed contract clients leave out ---------------------------------
async def test_unfiltered_lists_show_the_baseline_and_new_records(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    roles = (await client.get(ROLES, params={"include_total": "true"})).json()
    assert roles["total"] == 8
    assert {r["code"] for r in roles["items"]} == set(BUILTIN)
    assert all(r["builtin"] for r in roles["items"])
    custom = await create(client, ROLES, {"code": "custom", "name": "自定义"})
    assert custom["builtin"] is False
    assert (await client.get(ROLES, params={"include_total": "true"})).json()["total"] == 9
    only_custom = (await client.get(ROLES, params={"builtin": "false"})).json()["items"]
    assert [r["id"] for r in only_custom] == [custom["id"]]

    departments = (await client.get(DEPARTMENTS)).json()["items"]
    assert [d["id"] for d in departments] == [db.root_department_id]
    child = await department(client, "子部门", db.root_department_id)
    ids = {d["id"] for d in (await client.get(DEPARTMENTS)).json()["items"]}
    assert ids == {db.root_department_id, child["id"]}

    staff = (await client.get(EMPLOYEES)).json()["items"]
    assert [e["id"] for e in staff] == [db.admin_id]
    assert staff[0]["account"]["username"] == "root.admin"
    assert [r["code"] for r in staff[0]["roles"]] == ["admin"]
    new = await employee(client, "新人", child["id"], mobile="138 1234 5678")
    assert new["mobile"] == "+8613812345678"
    listed = (await client.get(EMPLOYEES, params={"include_total": "true"})).json()
    assert listed["total"] == 2
    assert {e["id"] for e in listed["items"]} == {db.admin_id, new["id"]}
