"""The generic CRUD service: permission checks and business hooks around a repository.

Services never commit (the unit of work does); resources override the ``prepare_*`` hooks for
their own rules instead of re-writing the flow.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel

from salescrm.core.db.base import Owned, Record
from salescrm.core.errors import Forbidden
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult, ReadRepository, Repository
from salescrm.core.uow import Ctx

M = TypeVar("M")
R = TypeVar("R", bound=Record)


class ReadService(Generic[M]):
    repository: ClassVar[type[ReadRepository[Any]]]
    #: Permission prefix: ``product`` → ``product:read`` / ``product:write`` / ``product:delete``.
    permission: ClassVar[str]

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo: ReadRepository[M] = self.repository(ctx)

    def require(self, action: str) -> None:
        permission = f"{self.permission}:{action}"
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def list(self, params: ListParams) -> PageResult[M]:
        self.require("read")
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> M:
        self.require("read")
        return await self.repo.get(record_id)


class CrudService(ReadService[R]):
    repository: ClassVar[type[Repository[Any]]]

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.repo: Repository[R] = self.repository(ctx)

    def _owner_rules(self, values: dict[str, Any], record: Any = None) -> None:
        """Owned records start with the caller as owner; giving one to someone else, to nobody,
        or taking one over (even an ownerless one) needs ``<resource>:assign`` on top of
        ``write``. ``record`` is the record being updated (None on create)."""
        if not issubclass(self.repo.model, Owned):
            return
        if record is None:
            values.setdefault("owner_id", self.ctx.subject.id)
            if values["owner_id"] != self.ctx.subject.id or values["owner_id"] is None:
                self.require("assign")
        elif "owner_id" in values and values["owner_id"] != record.owner_id:
            self.require("assign")

    async def create(self, payload: BaseModel) -> tuple[R, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        self._owner_rules(values)
        values = await self.prepare_create(values)
        return await self.repo.create(values)

    async def update(self, record_id: uuid.UUID, payload: BaseModel, expected: int | None) -> R:
        self.require("write")
        record = await self.repo.get_for_write(record_id)
        changes = payload.model_dump(exclude_unset=True)
        self._owner_rules(changes, record)
        changes = await self.prepare_update(record, changes)
        return await self.repo.update(record, changes, expected)

    async def delete(self, record_id: uuid.UUID, expected: int | None) -> None:
        self.require("delete")
        record = await self.repo.get_for_write(record_id)
        await self.prepare_delete(record)
        await self.repo.soft_delete(record, expected)

    async def restore(self, record_id: uuid.UUID) -> R:
        self.require("delete")
        record = await self.repo.get_for_write(record_id, include_deleted=True)
        await self.prepare_restore(record)
        return await self.repo.restore(record)

    # ----- hooks ---------------------------------------------------------------------------
    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return values

    async def prepare_update(self, record: R, changes: dict[str, Any]) -> dict[str, Any]:
        return changes

    async def prepare_delete(self, record: R) -> None:
        """Refuse a delete that would break something (e.g. a department with employees)."""

    async def prepare_restore(self, record: R) -> None:
        """Refuse a restore that would break something (e.g. a customer merged away)."""
