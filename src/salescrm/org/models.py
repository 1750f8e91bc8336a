"""Organisation tables.

Both hierarchies are stored as materialized paths of ancestor ids (``/<hex>/<hex>/``), so "every
department under mine" and "everyone who reports to me, transitively" are one indexed LIKE on
a prefix, usable inside any scope predicate without recursion.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, ColumnElement, ForeignKey, Index, String, Text, and_, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salescrm.core.db.base import Base, Record
from salescrm.core.db.transitions import declare, to
from salescrm.core.search import Searchable

if TYPE_CHECKING:
    from salescrm.auth.models import Account

LIVE = text("deleted_at IS NULL")


def path_of(ancestor_path: str, record_id: uuid.UUID) -> str:
    """The path of a child of ``record_id`` (whose own path is ``ancestor_path``)."""
    return f"{ancestor_path}{record_id.hex}/"


def path_ids(path: str) -> list[uuid.UUID]:
    """The ancestor ids a path holds, the top first."""
    return [uuid.UUID(part) for part in path.strip("/").split("/") if part]


def under(column: Any, prefix: str) -> ColumnElement[bool]:
    """Every path that starts with ``prefix`` (which ends in "/"), as an index range scan.

    ``'/'`` is followed by ``'0'`` in byte order, so the subtree is ``[prefix, prefix'0')``.
    The columns compare bytewise on both engines (see ``PATH``), unlike ``LIKE 'x%'`` which
    cannot use a plain index under PostgreSQL's default collation, nor SQLite's NOCASE LIKE.
    """
    return and_(column >= prefix, column < prefix[:-1] + "0")


#: A materialized path: bytewise comparison (PostgreSQL's "C" collation; SQLite's default).
PATH = String(1200).with_variant(String(1200, collation="C"), "postgresql")


class Department(Record):
    __tablename__ = "departments"
    __resource__ = "department"
    __table_args__ = (
        Index(
            "uq_departments_code_live",
            "code",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_departments_path", "path"),
        Index("ix_departments_parent_id", "parent_id"),
    )

    code: Mapped[str | None] = mapped_column(String(50), default=None)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="department")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"), default=None)
    #: Ancestor ids from the root, excluding this department ("/" for a root).
    path: Mapped[str] = mapped_column(PATH, default="/")
    #: The department head; an employee id, checked by the service (no FK: the two tables
    #: reference each other).
    head_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    sort_order: Mapped[int] = mapped_column(default=0)
    description: Mapped[str | None] = mapped_column(Text, default=None)


class Position(Record):
    __tablename__ = "positions"
    __resource__ = "position"
    __table_args__ = (
        Index(
            "uq_positions_name_live", "name", unique=True, sqlite_where=LIVE, postgresql_where=LIVE
        ),
    )

    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(default=1)
    description: Mapped[str | None] = mapped_column(Text, default=None)


class Employee(Record, Searchable):
    __tablename__ = "employees"
    __resource__ = "employee"
    __search_fields__ = ("name", "employee_no", "mobile", "email")
    #: Data scopes treat an employee record as owned by that employee.
    __scope_column__: ClassVar[str] = "id"
    __table_args__ = (
        Index(
            "uq_employees_employee_no_live",
            "employee_no",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_employees_manager_path", "manager_path"),
        Index("ix_employees_department_id", "department_id"),
        Index("ix_employees_manager_id", "manager_id"),
        Index("ix_employees_created_at", "created_at"),
        Index("ix_employees_updated_at", "updated_at"),
        Index("ix_employees_name", "name"),
    )

    employee_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str | None] = mapped_column(String(12), default=None)
    mobile: Mapped[str | None] = mapped_column(String(32), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"))
    position_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("positions.id"), default=None)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    #: Ancestor (manager chain) ids from the top, excluding this employee.
    manager_path: Mapped[str] = mapped_column(PATH, default="/")
    hire_date: Mapped[date | None] = mapped_column(default=None)
    employment_status: Mapped[str] = mapped_column(String(20), default="active")
    is_sales: Mapped[bool] = mapped_column(default=False)
    resigned_on: Mapped[date | None] = mapped_column(default=None)

    roles: Mapped[list[Role]] = relationship(
        secondary="employee_roles", lazy="raise", viewonly=True, order_by="Role.code"
    )
    account: Mapped[Account | None] = relationship(
        "Account", lazy="raise", viewonly=True, uselist=False
    )


class Role(Record):
    __tablename__ = "roles"
    __resource__ = "role"
    __table_args__ = (
        Index("uq_roles_code_live", "code", unique=True, sqlite_where=LIVE, postgresql_where=LIVE),
    )

    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    permissions: Mapped[list[str]] = mapped_column(JSON, default=list)
    data_scope: Mapped[str] = mapped_column(String(20), default="own")
    builtin: Mapped[bool] = mapped_column(default=False)


class EmployeeRole(Base):
    """Which roles an employee holds (changes are audited on the employee by the service)."""

    __tablename__ = "employee_roles"

    employee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("roles.id"), primary_key=True, index=True)


class RecordShare(Record):
    """One record shared with one employee or one department, for reading or writing."""

    __tablename__ = "record_shares"
    __resource__ = "record_share"
    __table_args__ = (
        Index("ix_record_shares_employee", "resource", "employee_id", "record_id"),
        Index("ix_record_shares_department", "resource", "department_id", "record_id"),
        Index("ix_record_shares_record", "resource", "record_id"),
        # One live share per record and grantee (added by the customers migration).
        *(
            Index(
                f"uq_record_shares_{grantee}_live",
                "resource",
                "record_id",
                f"{grantee}_id",
                unique=True,
                sqlite_where=text(f"deleted_at IS NULL AND {grantee}_id IS NOT NULL"),
                postgresql_where=text(f"deleted_at IS NULL AND {grantee}_id IS NOT NULL"),
            )
            for grantee in ("employee", "department")
        ),
    )

    resource: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    access: Mapped[str] = mapped_column(String(10), default="read")
    #: The grantee's part on the record, for members of a deal team ("售前工程师").
    role: Mapped[str | None] = mapped_column(String(50), default=None)


class StaffChange(Record):
    """An effective-dated change to an employee: transfer, promotion, status, resignation."""

    __tablename__ = "staff_changes"
    __resource__ = "staff_change"
    __events__ = declare(status=to({"applied": "applied", "cancelled": "cancelled"}))
    #: Visible to whoever may see the employee it concerns.
    __scope_column__: ClassVar[str] = "employee_id"
    __table_args__ = (
        Index("ix_staff_changes_employee", "employee_id", "effective_date"),
        Index("ix_staff_changes_due", "status", "effective_date"),
    )

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    kind: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    #: The fields this change sets, e.g. {"department_id": "...", "manager_id": "..."}.
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: What the employee had before the change was applied (same keys).
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    successor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    #: For a resignation: how many records of each resource were handed over.
    handover: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    applied_at: Mapped[datetime | None] = mapped_column(default=None)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
