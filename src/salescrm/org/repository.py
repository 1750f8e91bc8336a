"""Organisation queries: the generic repository per resource, plus the hierarchy maintenance."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Select, delete, func, literal, select, update
from sqlalchemy.orm import selectinload

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Record
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
from salescrm.org.models import (
    Department,
    Employee,
    EmployeeRole,
    Position,
    RecordShare,
    Role,
    StaffChange,
)


async def _count(repo: Repository[Any], stmt: Any) -> int:
    return int(await repo.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


class DepartmentRepository(Repository[Department]):
    model = Department
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "sort_order": "sort_order",
    }
    default_sort = "sort_order"
    filters: ClassVar[dict[str, FilterOp]] = {
        "parent_id": eq(Department.parent_id),
        "kind": eq(Department.kind),
    }
    unique_fields = ("code",)
    search_columns = ("name", "code")

    async def live(self, department_id: uuid.UUID) -> Department | None:
        result: Department | None = await self.session.scalar(
            select(Department).where(
                Department.id == department_id, Department.deleted_at.is_(None)
            )
        )
        return result

    async def move_subtree(self, old_prefix: str, new_prefix: str) -> None:
        """Rewrite the paths below a moved department: one UPDATE for the whole subtree."""
        await self.session.execute(
            update(Department)
            .where(Department.path.like(f"{old_prefix}%"))
            .values(path=literal(new_prefix) + func.substr(Department.path, len(old_prefix) + 1))
            .execution_options(synchronize_session=False)
        )

    async def headed_by(self, employee_id: uuid.UUID) -> list[Department]:
        rows = await self.session.scalars(
            select(Department).where(
                Department.head_id == employee_id, Department.deleted_at.is_(None)
            )
        )
        return list(rows.all())

    async def live_children(self, department_id: uuid.UUID) -> int:
        return await _count(
            self,
            select(Department.id).where(
                Department.parent_id == department_id, Department.deleted_at.is_(None)
            ),
        )

    async def live_members(self, department_id: uuid.UUID) -> int:
        return await _count(
            self,
            select(Employee.id).where(
                Employee.department_id == department_id, Employee.deleted_at.is_(None)
            ),
        )


class PositionRepository(Repository[Position]):
    model = Position
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "level": "level",
    }
    default_sort = "level"
    filters: ClassVar[dict[str, FilterOp]] = {"level": eq(Position.level)}
    unique_fields = ("name",)
    search_columns = ("name",)

    async def live(self, position_id: uuid.UUID) -> Position | None:
        result: Position | None = await self.session.scalar(
            select(Position).where(Position.id == position_id, Position.deleted_at.is_(None))
        )
        return result

    async def holders(self, position_id: uuid.UUID) -> int:
        return await _count(
            self,
            select(Employee.id).where(
                Employee.position_id == position_id, Employee.deleted_at.is_(None)
            ),
        )


class RoleRepository(Repository[Role]):
    model = Role
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "code": "code"}
    default_sort = "code"
    filters: ClassVar[dict[str, FilterOp]] = {"builtin": eq(Role.builtin)}
    unique_fields = ("code",)
    search_columns = ("code", "name")

    async def live_by_ids(self, role_ids: Sequence[uuid.UUID]) -> list[Role]:
        if not role_ids:
            return []
        rows = await self.session.scalars(
            select(Role).where(Role.id.in_(list(role_ids)), Role.deleted_at.is_(None))
        )
        return list(rows.all())

    async def holders(self, role_id: uuid.UUID) -> int:
        return await _count(
            self,
            select(EmployeeRole.employee_id)
            .join(Employee, Employee.id == EmployeeRole.employee_id)
            .where(EmployeeRole.role_id == role_id, Employee.deleted_at.is_(None)),
        )


class EmployeeRepository(Repository[Employee]):
    model = Employee
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "employee_no": "employee_no",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "department_id": eq(Employee.department_id),
        "manager_id": eq(Employee.manager_id),
        "position_id": eq(Employee.position_id),
        "employment_status": eq(Employee.employment_status),
        "is_sales": eq(Employee.is_sales),
    }
    unique_fields = ("employee_no",)

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Employee.roles), selectinload(Employee.account))

    async def live(self, employee_id: uuid.UUID) -> Employee | None:
        """Any live employee, whatever the caller's scope (for references such as a manager)."""
        result: Employee | None = await self.session.scalar(
            select(Employee).where(Employee.id == employee_id, Employee.deleted_at.is_(None))
        )
        return result

    async def live_ids(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these ids are live employees, whatever the caller's scope (a custom
        field naming an employee)."""
        wanted = list(ids)
        if not wanted:
            return set()
        found = await self.session.scalars(
            select(Employee.id).where(Employee.id.in_(wanted), Employee.deleted_at.is_(None))
        )
        return set(found)

    async def current(self, employee_id: uuid.UUID) -> Employee | None:
        """A live employee who has not left (who may own records or join a deal team)."""
        employee = await self.live(employee_id)
        return None if employee is None or employee.employment_status == "resigned" else employee

    async def move_reports(self, old_prefix: str, new_prefix: str) -> None:
        """Rewrite the manager chains of everyone below a moved employee, in one UPDATE."""
        await self.session.execute(
            update(Employee)
            .where(Employee.manager_path.like(f"{old_prefix}%"))
            .values(
                manager_path=literal(new_prefix)
                + func.substr(Employee.manager_path, len(old_prefix) + 1)
            )
            .execution_options(synchronize_session=False)
        )

    async def direct_reports(
        self, employee_id: uuid.UUID, *, excluding: uuid.UUID | None = None
    ) -> list[Employee]:
        stmt = select(Employee).where(
            Employee.manager_id == employee_id, Employee.deleted_at.is_(None)
        )
        if excluding is not None:
            stmt = stmt.where(Employee.id != excluding)
        return list((await self.session.scalars(stmt)).all())

    async def role_ids(self, employee_id: uuid.UUID) -> list[uuid.UUID]:
        rows = await self.session.scalars(
            select(EmployeeRole.role_id).where(EmployeeRole.employee_id == employee_id)
        )
        return list(rows.all())

    async def set_roles(self, employee_id: uuid.UUID, role_ids: Sequence[uuid.UUID]) -> None:
        await self.session.execute(
            delete(EmployeeRole).where(EmployeeRole.employee_id == employee_id)
        )
        self.session.add_all(EmployeeRole(employee_id=employee_id, role_id=r) for r in role_ids)
        await self.session.flush()

    async def touch(self, employee: Employee) -> None:
        """A new version (and ETag) when something shown with the employee changed elsewhere
        (roles, login): clients holding the old ETag must not get 304 or overwrite it."""
        employee.updated_at = utcnow()
        await self.flush()

    async def reload(self, employee: Employee) -> Employee:
        """Load what the read schema shows after a write (relationships are lazy="raise")."""
        await self.session.refresh(employee, attribute_names=["roles", "account"])
        return employee


class StaffChangeRepository(Repository[StaffChange]):
    model = StaffChange

    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "effective_date": "effective_date",
    }
    default_sort = "-effective_date"
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": eq(StaffChange.kind),
        "status": eq(StaffChange.status),
    }

    async def due(self, today: date) -> list[StaffChange]:
        """Scheduled changes whose date has come, oldest first, locked for this run (other
        workers running the same job skip them on PostgreSQL)."""
        rows = await self.session.scalars(
            select(StaffChange)
            .where(
                StaffChange.status == "scheduled",
                StaffChange.effective_date <= today,
                StaffChange.deleted_at.is_(None),
            )
            .order_by(StaffChange.effective_date, StaffChange.created_at)
            .with_for_update(skip_locked=True)
        )
        return list(rows.all())


def _owned(model: type[Record], owner_id: uuid.UUID, *columns: Any) -> Select[Any]:
    """The live records of an ``Owned`` model that belong to one employee (for a hand-over),
    narrowed by the model's ``__handover_filter__`` (e.g. only open tasks) if it has one."""
    stmt = select(*(columns or (model,))).where(
        model.owner_id == owner_id,  # type: ignore[attr-defined]
        model.deleted_at.is_(None),
    )
    handover_filter = getattr(model, "__handover_filter__", None)
    return stmt if handover_filter is None else stmt.where(handover_filter())


async def owned_by(session: Any, model: type[Record], owner_id: uuid.UUID) -> list[Any]:
    """What a resignation hands over of ``model`` (``_owned``)."""
    return list((await session.scalars(_owned(model, owner_id))).all())


class RecordShareRepository(Repository[RecordShare]):
    model = RecordShare
    filters: ClassVar[dict[str, FilterOp]] = {
        "resource": eq(RecordShare.resource),
        "record_id": eq(RecordShare.record_id),
    }

    async def existing(
        self,
        resource: str,
        record_id: uuid.UUID,
        employee_id: uuid.UUID | None,
        department_id: uuid.UUID | None,
    ) -> RecordShare | None:
        result: RecordShare | None = await self.session.scalar(
            select(RecordShare).where(
                RecordShare.resource == resource,
                RecordShare.record_id == record_id,
                RecordShare.employee_id.is_(None)
                if employee_id is None
                else RecordShare.employee_id == employee_id,
                RecordShare.department_id.is_(None)
                if department_id is None
                else RecordShare.department_id == department_id,
                RecordShare.deleted_at.is_(None),
            )
        )
        return result


class HoldingsRepository:
    """The queries of a hand-over: what one employee owns and the shares they hold, across
    every context (records are found through their ``Owned`` models and ``references`` names,
    so this floor imports no context)."""

    def __init__(self, ctx: Any) -> None:
        self.session = ctx.session

    async def owned(self, model: type[Record], owner_id: uuid.UUID, *, lock: bool) -> list[Any]:
        """The employee's live records of ``model``, oldest first; locked for a hand-over."""
        stmt = _owned(model, owner_id).order_by(model.created_at, model.id)
        if lock:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())

    async def tally(
        self, model: type[Record], owner_id: uuid.UUID, limit: int
    ) -> tuple[int, list[uuid.UUID]]:
        """How many of ``model`` the employee owns, and the ids of the oldest ``limit``: a
        preview of a leaver with 10,000 customers loads 500 ids, not 10,000 records."""
        count = await self.session.scalar(_owned(model, owner_id, func.count()))
        first = await self.session.scalars(
            _owned(model, owner_id, model.id).order_by(model.created_at, model.id).limit(limit)
        )
        return int(count or 0), list(first.all())

    async def memberships(self, employee_id: uuid.UUID, *, lock: bool) -> list[RecordShare]:
        """The live shares held by the employee personally: collaborators, deal teams, shares."""
        stmt = (
            select(RecordShare)
            .where(RecordShare.employee_id == employee_id, RecordShare.deleted_at.is_(None))
            .order_by(RecordShare.resource, RecordShare.created_at, RecordShare.id)
        )
        if lock:
            stmt = stmt.with_for_update()
        return list((await self.session.scalars(stmt)).all())

    async def share_of(
        self, resource: str, record_id: uuid.UUID, employee_id: uuid.UUID
    ) -> RecordShare | None:
        result: RecordShare | None = await self.session.scalar(
            select(RecordShare).where(
                RecordShare.resource == resource,
                RecordShare.record_id == record_id,
                RecordShare.employee_id == employee_id,
                RecordShare.deleted_at.is_(None),
            )
        )
        return result

    async def shares_among(
        self, resource: str, record_ids: Sequence[uuid.UUID], employee_id: uuid.UUID
    ) -> list[RecordShare]:
        """The employee's live shares of any of these records (in chunks: thousands may move)."""
        found: list[RecordShare] = []
        for start in range(0, len(record_ids), 500):
            chunk = list(record_ids[start : start + 500])
            found.extend(
                await self.session.scalars(
                    select(RecordShare).where(
                        RecordShare.resource == resource,
                        RecordShare.record_id.in_(chunk),
                        RecordShare.employee_id == employee_id,
                        RecordShare.deleted_at.is_(None),
                    )
                )
            )
        return found

    async def owner_of(self, model: type[Record], record_id: uuid.UUID) -> uuid.UUID | None:
        owner: uuid.UUID | None = await self.session.scalar(
            select(model.owner_id).where(model.id == record_id)  # type: ignore[attr-defined]
        )
        return owner
