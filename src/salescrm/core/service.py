"""The generic CRUD service: permission checks and business hooks around a repository.

Services never commit (the unit of work does); resources override the ``prepare_*`` hooks for
their own rules instead of re-writing the flow.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Collection, Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel

from salescrm.core import references
from salescrm.core.db.base import Owned, Record
from salescrm.core.errors import Forbidden, IdConflict, NotFound
from salescrm.core.etag import Expected
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult, ReadRepository, Repository
from salescrm.core.uow import Ctx
from salescrm.core.visibility import required_to_set

M = TypeVar("M")
R = TypeVar("R", bound=Record)
Out = TypeVar("Out", bound=BaseModel)


class ReadService(Generic[M]):
    repository: ClassVar[type[ReadRepository[Any]]]
    #: Permission prefix: ``product`` → ``product:read`` / ``product:write`` / ``product:delete``.
    permission: ClassVar[str]
    #: Actions whose permission is not ``<permission>:<action>``: reference data read by whoever
    #: reads what it describes (``{"read": "opportunity:read"}``), children changed with their
    #: parent's right, a configuration guarded by one permission for every change.
    permissions: ClassVar[Mapping[str, str]] = {}
    #: Who may call an operation, in words, where the service's own ``require`` or an
    #: overridden operation decides it otherwise than ``<permission>:<action>``: the CRUD
    #: factory publishes it in the operation's description instead (``{"list": "…"}``).
    access: ClassVar[Mapping[str, str]] = {}
    #: What the service's own rules answer besides the operation's generic statuses, and why:
    #: ``{"delete": {409: "409 `role_in_use` when employees hold it."}}``. The CRUD factory
    #: documents each status on the operation and puts the reason in its description, so a
    #: refusal a hook raises (a delete that would break something) is in the contract.
    refusals: ClassVar[Mapping[str, Mapping[int, str]]] = {}

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo: ReadRepository[M] = self.repository(ctx)

    def require(self, action: str) -> None:
        permission = self.permissions.get(action) or f"{self.permission}:{action}"
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def list(self, params: ListParams) -> PageResult[M]:
        self.require("read")
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> M:
        self.require("read")
        return await self.repo.get(record_id)

    async def present(
        self, schema: type[Out], records: Iterable[Any], expand: Collection[str] = ()
    ) -> builtins.list[Out]:
        """Records as ``schema`` shows them, each reference named beside its id and the
        expansions asked for embedded: one query per kind for the whole page
        (``core.references``)."""
        return await references.present(self.ctx, schema, records, expand)


class CrudService(ReadService[R]):
    repository: ClassVar[type[Repository[Any]]]

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.repo: Repository[R] = self.repository(ctx)

    def settable(self, payload: BaseModel) -> None:
        """Fields only some may see are set only by them (``restricted_input``): 403 naming the
        permission otherwise, before anything is read or written."""
        for permission in sorted(required_to_set(payload)):
            if not self.ctx.subject.can(permission):
                raise Forbidden("forbidden_action", permission=permission)

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
        self.settable(payload)
        values = payload.model_dump(exclude_unset=True)
        self._owner_rules(values)
        # A repeated create (a client-chosen id) returns the record before the rules run again:
        # an offline phone's retry must not fail because the catalogue changed since.
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return found, False
        values = await self.prepare_create(values)
        record, created = await self.repo.create(values)
        if created:
            await self.after_write(record)
        return record, created

    async def update(self, record_id: uuid.UUID, payload: BaseModel, expected: Expected) -> R:
        self.require("write")
        self.settable(payload)
        record = await self.repo.get_for_write(record_id)
        changes = payload.model_dump(exclude_unset=True)
        self._owner_rules(changes, record)
        changes = await self.prepare_update(record, changes)
        record = await self.repo.update(record, changes, expected)
        await self.after_write(record)
        return record

    async def delete(self, record_id: uuid.UUID, expected: Expected) -> None:
        self.require("delete")
        record = await self.repo.get_for_write(record_id)
        await self.prepare_delete(record)
        await self.repo.soft_delete(record, expected)
        await self.after_write(record)

    async def restore(self, record_id: uuid.UUID) -> R:
        self.require("delete")
        record = await self.repo.get_for_write(record_id, include_deleted=True)
        await self.prepare_restore(record)
        record = await self.repo.restore(record)
        await self.after_write(record)
        return record

    # ----- hooks ---------------------------------------------------------------------------
    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return values

    async def prepare_update(self, record: R, changes: dict[str, Any]) -> dict[str, Any]:
        return changes

    async def prepare_delete(self, record: R) -> None:
        """Refuse a delete that would break something (e.g. a department with employees)."""

    async def prepare_restore(self, record: R) -> None:
        """Refuse a restore that would break something (e.g. a customer merged away)."""

    async def after_write(self, record: R) -> None:
        """After a create, update, delete or restore went through, in the same transaction:
        keep what depends on the record right (a deal's totals from its line items)."""


class ChildCrudService(CrudService[R]):
    """The CRUD flow of a child collection (``/opportunities/{parent_id}/line-items``).

    Every operation is confined to one parent: listing needs the parent to be visible (404
    otherwise, as for the parent itself), a record of another parent is a 404, and a create
    fills in the parent. The repository's ``scope_via`` makes a child visible (and writable)
    exactly when its parent is, so the data scope needs nothing here.
    """

    #: The child's column naming its parent ("opportunity_id").
    parent_column: ClassVar[str]

    def __init__(self, ctx: Ctx, parent_id: uuid.UUID) -> None:
        super().__init__(ctx)
        self.parent_id = parent_id
        via = self.repo.scope_via
        if via is None or via[0] != self.parent_column:
            raise TypeError(f"{type(self).__name__}: the repository must follow its parent")
        self.parents: Repository[Any] = via[1](ctx)  # type: ignore[assignment]

    def _of_parent(self, record: R) -> R:
        if getattr(record, self.parent_column) != self.parent_id:
            raise NotFound(resource=self.repo.resource, id=str(record.id))
        return record

    async def list(self, params: ListParams) -> PageResult[R]:
        self.require("read")
        await self.parents.get(self.parent_id)
        column = getattr(self.repo.model, self.parent_column)
        return await self.repo.list(params, where=[column == self.parent_id])

    async def get(self, record_id: uuid.UUID) -> R:
        return self._of_parent(await super().get(record_id))

    async def create(self, payload: BaseModel) -> tuple[R, bool]:
        self.require("write")
        self.settable(payload)
        values = payload.model_dump(exclude_unset=True)
        values[self.parent_column] = self.parent_id
        await self.parents.get_for_write(self.parent_id)
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            if getattr(found, self.parent_column) != self.parent_id:
                raise IdConflict()  # the id is another parent's child: taken, like any other
            return found, False
        values = await self.prepare_create(values)
        record, created = await self.repo.create(values)
        if created:
            await self.after_write(record)
        return record, created

    async def update(self, record_id: uuid.UUID, payload: BaseModel, expected: Expected) -> R:
        self.require("write")
        self.settable(payload)
        record = self._of_parent(await self.repo.get_for_write(record_id))
        changes = await self.prepare_update(record, payload.model_dump(exclude_unset=True))
        record = await self.repo.update(record, changes, expected)
        await self.after_write(record)
        return record

    async def delete(self, record_id: uuid.UUID, expected: Expected) -> None:
        self.require("delete")
        record = self._of_parent(await self.repo.get_for_write(record_id))
        await self.prepare_delete(record)
        await self.repo.soft_delete(record, expected)
        await self.after_write(record)

    async def restore(self, record_id: uuid.UUID) -> R:
        self.require("delete")
        record = await self.repo.get_for_write(record_id, include_deleted=True)
        self._of_parent(record)
        await self.prepare_restore(record)
        record = await self.repo.restore(record)
        await self.after_write(record)
        return record
