"""Sales resources on the permission matrix.

Opportunities and contracts are owned: the org chart decides who sees whom, shares (deal-team
members) widen it. Payments have no owner: they follow their contract. Pipelines, loss reasons
and competitors are reference data: read by whoever reads deals, changed by function permission.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.contract.matrix import ChildMatrix, Org, OwnedMatrix, PermissionMatrix
from tests.sales import support
from tests.sales.support import (
    COMPETITORS,
    CONTRACTS,
    LOSS_REASONS,
    OPPORTUNITIES,
    PAYMENTS,
    PIPELINES,
)


async def _deal(admin: httpx.AsyncClient, org: Org, owner: str, **fields: Any) -> dict[str, Any]:
    customer_id = await support.customer(admin, f"矩阵客户{owner}")
    return await support.deal(
        admin, customer_id, name=f"矩阵商机{owner}", owner_id=org.ids[owner], **fields
    )


async def _contract(admin: httpx.AsyncClient, org: Org, owner: str) -> dict[str, Any]:
    deal = await _deal(admin, org, owner, amount="50000.00")
    await support.ok(await admin.post(f"{OPPORTUNITIES}/{deal['id']}/win", json={}))
    return await support.contract(admin, deal["id"], owner_id=org.ids[owner])


class TestOpportunityMatrix(OwnedMatrix):
    path = OPPORTUNITIES
    resource = "opportunity"
    update_payload: ClassVar[dict[str, Any]] = {"next_step": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await _deal(admin, org, owner))["id"])


class TestContractMatrix(OwnedMatrix):
    path = CONTRACTS
    resource = "contract"
    update_payload: ClassVar[dict[str, Any]] = {"notes": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await _contract(admin, org, owner))["id"])


class TestPaymentMatrix(PermissionMatrix):
    path = PAYMENTS
    resource = "payment"
    update_payload: ClassVar[dict[str, Any]] = {"note": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        contract = await _contract(admin, org, owner)
        payment = await support.ok(
            await admin.post(
                PAYMENTS,
                json={
                    "contract_id": contract["id"],
                    "amount": "100.00",
                    "received_on": "2026-11-02",
                },
            ),
            201,
        )
        return str(payment["id"])


class TestPipelineMatrix(PermissionMatrix):
    path = PIPELINES
    resource = "pipeline"
    owned = False
    read_permission = "opportunity:read"
    write_permission = "pipeline:write"
    delete_permission = "pipeline:write"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        payload = {
            "name": f"矩阵流程{owner}",
            "stages": [
                {"name": "开始"},
                {"name": "赢", "kind": "won"},
                {"name": "输", "kind": "lost"},
            ],
        }
        return str((await support.ok(await admin.post(PIPELINES, json=payload), 201))["id"])


class TestLossReasonMatrix(PermissionMatrix):
    path = LOSS_REASONS
    resource = "loss_reason"
    owned = False
    read_permission = "opportunity:read"
    write_permission = "pipeline:write"
    delete_permission = "pipeline:write"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        payload = {"code": f"mx-{owner.lower()}", "name": f"原因{owner}"}
        return str((await support.ok(await admin.post(LOSS_REASONS, json=payload), 201))["id"])


class TestCompetitorMatrix(PermissionMatrix):
    path = COMPETITORS
    resource = "competitor"
    owned = False
    update_payload: ClassVar[dict[str, Any]] = {"notes": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return await support.competitor(admin, f"矩阵竞品{owner}")


class TestLineItemMatrix(ChildMatrix):
    covers = "/api/v1/opportunities/{parent_id}/line-items"
    resource = "opportunity"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_child(self, admin: httpx.AsyncClient, org: Org, owner: str) -> tuple[str, str]:
        deal = await _deal(admin, org, owner)
        product = await support.product(admin)
        line = await support.add_line(admin, deal["id"], product["id"])
        return support.line_items(deal["id"]), str(line["id"])


class TestDealCompetitorMatrix(ChildMatrix):
    covers = "/api/v1/opportunities/{parent_id}/competitors"
    resource = "opportunity"
    update_payload: ClassVar[dict[str, Any]] = {"notes": "matrix"}

    async def create_child(self, admin: httpx.AsyncClient, org: Org, owner: str) -> tuple[str, str]:
        deal = await _deal(admin, org, owner)
        competitor_id = await support.competitor(admin)
        entry = await support.ok(
            await admin.post(
                support.deal_competitors(deal["id"]), json={"competitor_id": competitor_id}
            ),
            201,
        )
        return support.deal_competitors(deal["id"]), str(entry["id"])
