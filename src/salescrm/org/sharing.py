"""Record sharing: one record, shared with one employee or department, to read or to change.

Contexts register the repositories of their shareable resources in ``SHAREABLE``; a share can
only be given by someone who may change the record, and it widens the grantee's data scope
through the same predicate every query uses (``core.permissions.scope``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Record
from salescrm.core.errors import Forbidden, NotFound, ValidationFailed, unknown_reference
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult, Repository
from salescrm.core.uow import Ctx
from salescrm.org.models import RecordShare
from salescrm.org.repository import (
    DepartmentRepository,
    EmployeeRepository,
    HoldingsRepository,
    RecordShareRepository,
)
from salescrm.org.schemas import MembershipMove, MembershipOutcome, RecordShareCreate

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
        await target.referenced(payload.record_id, ["body", "record_id"], write=True)
        if (payload.employee_id is None) == (payload.department_id is None):
            raise ValidationFailed.field(
                ["body", "employee_id"], "Give exactly one of employee_id and department_id"
            )
        if (
            payload.employee_id is not None
            and await EmployeeRepository(self.ctx).live(payload.employee_id) is None
        ):
            raise unknown_reference(["body", "employee_id"], "employee")
        if (
            payload.department_id is not None
            and await DepartmentRepository(self.ctx).live(payload.department_id) is None
        ):
            raise unknown_reference(["body", "department_id"], "department")
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


class RecordMembers:
    """Employees besides the owner who see (or also change) one record: a customer's
    collaborators (协作人), a deal's team (销售团队).

    Members are record shares of the record, with an optional ``role`` (售前, 技术支持 …), so
    the scope predicate that serves every query lets them in without more code. Listing them
    needs the right to see the record; adding, changing and removing them needs
    ``manage_permission`` and the right to change it (so a read-only member cannot add others).
    """

    resource: ClassVar[str]
    repository: ClassVar[type[Repository[Any]]]
    read_permission: ClassVar[str]
    manage_permission: ClassVar[str]
    #: What a member is called in errors ("collaborator", "team_member").
    noun: ClassVar[str] = "member"

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.records = self.repository(ctx)
        self.shares = RecordShareRepository(ctx)

    def _require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def list(self, record_id: uuid.UUID, params: ListParams) -> PageResult[RecordShare]:
        self._require(self.read_permission)
        await self.records.get(record_id)
        return await self.shares.list(
            params,
            where=[
                RecordShare.resource == self.resource,
                RecordShare.record_id == record_id,
                RecordShare.employee_id.is_not(None),
            ],
        )

    async def put(
        self, record_id: uuid.UUID, employee_id: uuid.UUID, access: str, role: str | None = None
    ) -> tuple[RecordShare, bool]:
        self._require(self.manage_permission)
        record = await self.records.get_for_write(record_id)
        await self.records.lock(record)  # two PUTs for one record queue
        if await EmployeeRepository(self.ctx).current(employee_id) is None:
            raise ValidationFailed.field(["path", "employee_id"], "No such employee", "not_found")
        if employee_id == getattr(record, "owner_id", None):
            raise ValidationFailed.field(
                ["path", "employee_id"], "The owner is not a member", "is_owner"
            )
        existing = await self.shares.existing(self.resource, record_id, employee_id, None)
        if existing is not None:
            changes = {"access": access, "role": role}
            changed = {k: v for k, v in changes.items() if getattr(existing, k) != v}
            if changed:
                await self.shares.update(existing, changed, None)
            return existing, False
        return await self.shares.create(
            {
                "resource": self.resource,
                "record_id": record_id,
                "employee_id": employee_id,
                "access": access,
                "role": role,
            }
        )

    async def delete(self, record_id: uuid.UUID, employee_id: uuid.UUID) -> None:
        self._require(self.manage_permission)
        record = await self.records.get_for_write(record_id)
        await self.records.lock(record)
        existing = await self.shares.existing(self.resource, record_id, employee_id, None)
        if existing is None:
            raise NotFound(resource=self.noun, id=str(employee_id))
        await self.shares.soft_delete(existing, None)


async def hand_over_memberships(
    ctx: Ctx,
    employee_id: uuid.UUID,
    successor_id: uuid.UUID | None,
    owned: Mapping[str, type[Record]],
    *,
    dry_run: bool,
) -> list[MembershipMove]:
    """An employee's personal shares (collaborators, deal-team seats, plain shares) go to the
    successor: moved, merged into the successor's own share of the same record (the wider
    access and a role kept), or dropped where the successor owns the record (the owner is not
    a member). ``owned`` maps resources to their ``Owned`` models, to find a record's owner."""
    if successor_id is None:
        return []
    holdings = HoldingsRepository(ctx)
    result = []
    for share in await holdings.memberships(employee_id, lock=not dry_run):
        model = owned.get(share.resource)
        owner = None if model is None else await holdings.owner_of(model, share.record_id)
        theirs = await holdings.share_of(share.resource, share.record_id, successor_id)
        if owner == successor_id:
            outcome = MembershipOutcome.dropped
        elif theirs is not None:
            outcome = MembershipOutcome.merged
        else:
            outcome = MembershipOutcome.moved
        result.append(
            MembershipMove(
                share_id=share.id,
                resource=share.resource,
                record_id=share.record_id,
                successor_id=successor_id,
                outcome=outcome,
            )
        )
        if dry_run:
            continue
        if outcome is MembershipOutcome.moved:
            share.employee_id = successor_id
            continue
        if theirs is not None and outcome is MembershipOutcome.merged:
            if share.access == "write":
                theirs.access = "write"
            if theirs.role is None and share.role is not None:
                theirs.role = share.role
        share.deleted_at = utcnow()
        await ctx.session.flush()  # one live share per record and grantee, in every order
    return result


__all__ = [
    "SHAREABLE",
    "ListParams",
    "RecordMembers",
    "ShareService",
    "hand_over_memberships",
    "register_shareable",
]
