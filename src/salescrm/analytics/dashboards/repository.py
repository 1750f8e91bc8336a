"""Every query of dashboards, starting from what the caller may see.

Not the data scope: a dashboard is a preference, not a business record, and another person's
is private whatever one's scope (an administrator's too). A personal dashboard is its owner's
alone; a role's is seen by the holders of the role, and seen and changed by whoever holds
``dashboard:manage`` (who defines them for every role)."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, and_, false, or_, select

from salescrm.analytics.dashboards.models import Dashboard
from salescrm.analytics.dashboards.schemas import DashboardKind
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
from salescrm.org.models import EmployeeRole

MANAGE = "dashboard:manage"


def _kind(kind: DashboardKind) -> ColumnElement[bool]:
    if kind is DashboardKind.personal:
        return Dashboard.role_id.is_(None)
    return Dashboard.role_id.is_not(None)


class DashboardRepository(Repository[Dashboard]):
    model = Dashboard
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "name": "name"}
    default_sort = "name"
    search_columns = ("name",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": _kind,
        "role_id": eq(Dashboard.role_id),
        "is_default": eq(Dashboard.is_default),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """The caller's own personal dashboards, and the roles' ones they hold (to read) or
        manage (to read and change)."""
        subject = self.ctx.subject
        if subject.id is None:
            return stmt.where(false())
        branches: list[ColumnElement[bool]] = [
            and_(Dashboard.role_id.is_(None), Dashboard.created_by_id == subject.id)
        ]
        if subject.can(MANAGE):
            branches.append(Dashboard.role_id.is_not(None))
        elif not write:
            held = select(EmployeeRole.role_id).where(EmployeeRole.employee_id == subject.id)
            branches.append(Dashboard.role_id.in_(held))
        return stmt.where(or_(*branches))
