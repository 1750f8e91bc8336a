"""Collaborators (协作人): employees besides the owner who see a customer, or also change it.

They are record shares of the customer (``org.sharing``), so the same scope predicate that
serves every query lets them in; managing them needs the right to change the customer rather
than ``share:manage``.
"""

from __future__ import annotations

import uuid

from salescrm.core.errors import Forbidden, NotFound, ValidationFailed
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult
from salescrm.core.uow import Ctx
from salescrm.customers.repository import CustomerRepository
from salescrm.org.models import RecordShare
from salescrm.org.repository import EmployeeRepository, RecordShareRepository


class CollaboratorService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = CustomerRepository(ctx)
        self.shares = RecordShareRepository(ctx)

    def _require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def list(self, customer_id: uuid.UUID, params: ListParams) -> PageResult[RecordShare]:
        self._require("customer:read")
        await self.customers.get(customer_id)
        return await self.shares.list(
            params,
            where=[
                RecordShare.resource == "customer",
                RecordShare.record_id == customer_id,
                RecordShare.employee_id.is_not(None),
            ],
        )

    async def put(
        self, customer_id: uuid.UUID, employee_id: uuid.UUID, access: str
    ) -> tuple[RecordShare, bool]:
        self._require("customer:write")
        customer = await self.customers.get_for_write(customer_id)
        await self.customers.lock(customer)  # two PUTs for one customer queue
        employee = await EmployeeRepository(self.ctx).live(employee_id)
        if employee is None or employee.employment_status == "resigned":
            raise ValidationFailed.field(["path", "employee_id"], "No such employee", "not_found")
        if employee_id == customer.owner_id:
            raise ValidationFailed.field(
                ["path", "employee_id"], "The owner is not a collaborator", "is_owner"
            )
        existing = await self.shares.existing("customer", customer_id, employee_id, None)
        if existing is not None:
            if existing.access != access:
                await self.shares.update(existing, {"access": access}, None)
            return existing, False
        return await self.shares.create(
            {
                "resource": "customer",
                "record_id": customer_id,
                "employee_id": employee_id,
                "access": access,
            }
        )

    async def delete(self, customer_id: uuid.UUID, employee_id: uuid.UUID) -> None:
        self._require("customer:write")
        customer = await self.customers.get_for_write(customer_id)
        await self.customers.lock(customer)
        existing = await self.shares.existing("customer", customer_id, employee_id, None)
        if existing is None:
            raise NotFound(resource="collaborator", id=str(employee_id))
        await self.shares.soft_delete(existing, None)
