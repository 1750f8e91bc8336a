"""Customers, contacts and tiers on the permission matrix.

Customers are owned: the org chart decides who sees whom, shares (collaborators) widen it.
Contacts have no owner: they follow their customer, read and write alike. Tiers are reference
data that everyone who sees customers reads and only policy holders change.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.contract.matrix import ActionMatrix, Org, OwnedMatrix, PermissionMatrix
from tests.customers.support import CONTACTS, CUSTOMERS, TIERS


async def _customer(admin: httpx.AsyncClient, org: Org, owner: str, kind: str = "company") -> str:
    response = await admin.post(
        CUSTOMERS, json={"name": f"矩阵客户{owner}", "owner_id": org.ids[owner], "kind": kind}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


class TestCustomerMatrix(OwnedMatrix):
    path = CUSTOMERS
    resource = "customer"
    update_payload: ClassVar[dict[str, Any]] = {"remarks": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return await _customer(admin, org, owner)


class TestContactMatrix(PermissionMatrix):
    path = CONTACTS
    resource = "contact"
    update_payload: ClassVar[dict[str, Any]] = {"notes": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        customer_id = await _customer(admin, org, owner)
        response = await admin.post(
            CONTACTS, json={"customer_id": customer_id, "name": f"联系人{owner}"}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestTierMatrix(PermissionMatrix):
    path = TIERS
    resource = "customer_tier"
    owned = False
    read_permission = "customer:read"
    write_permission = "customer_policy:write"
    delete_permission = "customer_policy:write"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(TIERS, json={"code": f"MX-{owner}", "name": f"等级{owner}"})
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestCustomerAnonymiseMatrix(ActionMatrix):
    """Anonymising an individual customer: its own permission, the customer's scope."""

    collection = CUSTOMERS
    action = "anonymise"
    permission = "customer:anonymise"

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return await _customer(admin, org, owner, kind="individual")


class TestContactAnonymiseMatrix(ActionMatrix):
    """Anonymising a contact: the same permission, its customer's scope."""

    collection = CONTACTS
    action = "anonymise"
    permission = "customer:anonymise"

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        customer_id = await _customer(admin, org, owner)
        response = await admin.post(
            CONTACTS, json={"customer_id": customer_id, "name": f"联系人{owner}"}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestCustomerPoolMatrix(PermissionMatrix):
    path = "/api/v1/customer-pools"
    resource = "customer_pool"
    owned = False
    read_permission = "customer:claim"
    write_permission = "customer_policy:write"
    delete_permission = "customer_policy:write"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        # Open to all: the matrix checks functions; membership is test_pool_rules.py's.
        body = {"name": f"矩阵公海{owner}", "open_to_all": True}
        response = await admin.post(self.path, json=body)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


class TestReleaseReasonMatrix(PermissionMatrix):
    path = "/api/v1/pool-release-reasons"
    resource = "pool_release_reason"
    owned = False
    read_permission = "customer:read"
    write_permission = "customer_policy:write"
    delete_permission = "customer_policy:write"
    update_payload: ClassVar[dict[str, Any]] = {"name": "矩阵原因"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        response = await admin.post(self.path, json={"code": f"mx_{owner.lower()}", "name": "原因"})
        assert response.status_code == 201, response.text
        return str(response.json()["id"])
