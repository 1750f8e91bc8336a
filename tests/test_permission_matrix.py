"""Resources of the foundation and of the organisation on the permission matrix."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.contract.matrix import Org, OwnedMatrix, PermissionMatrix


class TestEmployeeMatrix(OwnedMatrix):
    """An employee record is 'owned' by that employee: the org chart is the scope."""

    path = "/api/v1/employees"
    resource = "employee"
    update_payload: ClassVar[dict[str, Any]] = {"gender": "unspecified"}
    deletable = ("R1", "R3", "S")

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return org.ids[owner]


class TestProductMatrix(PermissionMatrix):
    path = "/api/v1/products"
    resource = "product"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(
            self.path, json={"code": f"MX-{owner}", "name": f"产品{owner}", "list_price": "100.00"}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestPositionMatrix(PermissionMatrix):
    path = "/api/v1/positions"
    resource = "position"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(self.path, json={"name": f"职位{owner}", "level": 3})
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestDepartmentMatrix(PermissionMatrix):
    path = "/api/v1/departments"
    resource = "department"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(
            self.path, json={"name": f"部门{owner}", "parent_id": org.departments["service"]}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestRoleMatrix(PermissionMatrix):
    path = "/api/v1/roles"
    resource = "role"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(
            self.path,
            json={
                "code": f"mx_{owner.lower()}",
                "name": f"角色{owner}",
                "permissions": ["product:read"],
            },
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])
