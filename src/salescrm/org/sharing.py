"""Record sharing: one record, shared with one employee or department, to read or to change.

Contexts register the repositories of their shareable resources in ``SHAREABLE``; a share can
only be given by someone who may change the record, and it widens the grantee's data scope
through the same predicate every query uses (``core.permissions.scope``).
"""

from __future__ import annotations

import uuid
from typing import Any

from salescrm.core.errors import Forbidden, ValidationFailed
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult, Repository
from salescrm.core.uow import Ctx
from salescrm.org.models import RecordShare
from salescrm.org.repository import (
    DepartmentRepository,
    EmployeeRepository,
    RecordShareRepository,
)
from salescrm.org.schemas import RecordShareCreate

SHAREABLE: dict[str, type[Repository[Any]]] = {"employee": EmployeeRepository}


def register_shareable(resource: str, repository: type[Repository[Any]]) -> None:
    SHAREABLE[resource] = repository


class ShareService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = RecordShareRepository(ctx)

    def _target(self, resource: str) -> Repository[Any]:
        try:
            return SHAREABLE[resource](self.ctx)
        except KeyError:
            raise ValidationFailed.field(
                ["body", "resource"], f"Not shareable; one of: {', '.join(sorted(SHAREABLE))}"
            ) from None

    def require(self) -> None:
        if not self.ctx.subject.can("share:manage"):
            raise Forbidden("forbidden_action", permission="share:manage")

    async def create(self, payload: RecordShareCreate) -> tuple[RecordShare, bool]:
        self.require()
        target = self._target(payload.resource)
        await target.get_for_write(payload.record_id)
        if (payload.employee_id is None) == (payload.department_id is None):
            raise ValidationFailed.field(
                ["body", "employee_id"], "Give exactly one of employee_id and department_id"
            )
        if (
            payload.employee_id is not None
            and await EmployeeRepository(self.ctx).live(payload.employee_id) is None
        ):
            raise ValidationFailed.field(["body", "employee_id"], "No such employee", "not_found")
        if (
            payload.department_id is not None
            and await DepartmentRepository(self.ctx).live(payload.department_id) is None
        ):
            raise ValidationFailed.field(
                ["body", "department_id"], "No such department", "not_found"
            )
        existing = await self.repo.existing(
            payload.resource, payload.record_id, payload.employee_id, payload.department_id
        )
        if existing is not None:
            await self.repo.update(existing, {"access": payload.access.value}, None)
            return existing, False
        return await self.repo.create(payload.model_dump(exclude_unset=True))

    async def list(self, params: Any) -> PageResult[RecordShare]:
        await self._target(params.resource).get(params.record_id)
        return await self.repo.list(params)

    async def delete(self, share_id: uuid.UUID) -> None:
        self.require()
        share = await self.repo.get(share_id)
        await self._target(share.resource).get_for_write(share.record_id)
        await self.repo.soft_delete(share, None)


__all__ = ["SHAREABLE", "ListParams", "ShareService", "register_shareable"]
