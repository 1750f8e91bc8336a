"""The rules of dashboards, and rendering one: every widget's statistic run for the caller.

Saving checks each widget against its statistic (registered, its filters valid for that
statistic's parameters and honoured by it) so that a saved dashboard renders; rendering checks
again, since a statistic's rules may change after a dashboard was saved. A widget the caller
may not run, or whose filters no longer hold, renders as its problem, never as a failed page:
a director's home page must not vanish because one statistic needs a permission he lacks.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from pydantic import ValidationError
from sqlalchemy import select

from salescrm.analytics.dashboards import defaults
from salescrm.analytics.dashboards.models import Dashboard
from salescrm.analytics.dashboards.repository import MANAGE, DashboardRepository
from salescrm.analytics.dashboards.schemas import DashboardSource, WidgetError, WidgetPositionIn
from salescrm.analytics.filters import NARROWING
from salescrm.analytics.registry import STATISTICS
from salescrm.core import i18n
from salescrm.core.errors import AppError, Forbidden, ValidationFailed, problem_body
from salescrm.core.repository import check_live
from salescrm.core.service import CrudService
from salescrm.org.models import EmployeeRole, Role

i18n.register_names(
    {"dashboard": "看板"},
    {"widgets": "组件", "is_default": "默认首页", "role_id": "角色"},
)
i18n.register_messages(
    {
        "dashboard_statistic_gone": (
            "No statistic named {name} is available: remove the widget or choose another.",
            "没有名为 {name} 的统计:请删除该组件或改选其他统计。",
        ),
    }
)

#: Errors of a statistic's own parameter checks that keep their type (they are already
#: documented cross-field rules); every other invalid filter is a ``filter_invalid``.
_OWN_TYPES = frozenset({"range_reversed", "period_too_long", "too_many_buckets"})
_POSITION = WidgetPositionIn().model_dump()


def check_widgets(widgets: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The widgets as stored (filters normalised by their statistic), or one 422 naming every
    problem: a key used twice (``duplicate_key``), filters the statistic's parameters refuse
    (``filter_invalid``, or the period's own types) or a shared filter it does not honour
    (``filter_not_supported``)."""
    errors: list[dict[str, Any]] = []
    stored: list[dict[str, Any]] = []
    first: dict[str, int] = {}
    for index, widget in enumerate(widgets):
        loc: list[str | int] = ["body", "widgets", index]
        key = widget["key"]
        if key in first:
            errors.append(
                {
                    "loc": [*loc, "key"],
                    "msg": f"Widget {first[key]} already has the key {key}",
                    "type": "duplicate_key",
                }
            )
        first.setdefault(key, index)
        statistic = STATISTICS.get(widget["statistic"])
        if statistic is None:  # unregistered since the body was read: as the schema's check
            errors.append({"loc": [*loc, "statistic"], "msg": "No such statistic", "type": "enum"})
            continue
        try:
            params = statistic.params.model_validate(widget.get("filters") or {})
        except ValidationError as exc:
            errors.extend(
                {
                    "loc": [*loc, "filters", *exc_loc(error)],
                    "msg": error["msg"],
                    "type": error["type"] if error["type"] in _OWN_TYPES else "filter_invalid",
                }
                for error in exc.errors()
            )
            continue
        honoured = statistic.dimensions.supports()
        errors.extend(
            {
                "loc": [*loc, "filters", name],
                "msg": "This statistic cannot be filtered by this",
                "type": "filter_not_supported",
            }
            for name in NARROWING
            if getattr(params, name, None) is not None and name not in honoured
        )
        stored.append(
            {
                "key": key,
                "title": widget.get("title"),
                "statistic": statistic.name,
                "filters": params.used(),
                # The body is read with ``exclude_unset``: a position left out, or in part, is
                # completed with the defaults here.
                "position": {**_POSITION, **(widget.get("position") or {})},
            }
        )
    if errors:
        raise ValidationFailed.of(errors)
    return stored


def exc_loc(error: Mapping[str, Any]) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]


class DashboardService(CrudService[Dashboard]):
    repository = DashboardRepository
    permission = "dashboard"
    access: ClassVar = {
        "list": "Requires `dashboard:read`. Lists the caller's own personal dashboards and the "
        "dashboards of the roles they hold (of every role with `dashboard:manage`); another "
        "person's personal dashboard is never listed, whatever the caller's data scope.",
        "get": "Requires `dashboard:read`. 404 for another person's personal dashboard and for "
        "a role's the caller neither holds nor manages.",
        "create": "Requires `dashboard:write`; a role's dashboard (`role_id` set) also "
        "`dashboard:manage` (403). A personal dashboard belongs to its creator.",
        "update": "Requires `dashboard:write` on one's own personal dashboard; a role's "
        "dashboard needs `dashboard:manage` (403 for a holder of the role, who only sees it).",
        "delete": "Requires `dashboard:delete` on one's own personal dashboard; a role's "
        "dashboard needs `dashboard:manage` (403 for a holder of the role).",
        "restore": "As for delete. A restored home page stays the default only if no other "
        "dashboard of its owner (or role) became the default meanwhile.",
    }
    refusals: ClassVar = {
        "create": {
            422: "422 `duplicate_key` for a widget key used twice, `enum` for an unknown "
            "statistic, `filter_invalid` for filters the statistic's parameters refuse (or "
            "`range_reversed`, `period_too_long`, `too_many_buckets`), `filter_not_supported` "
            "for a shared filter the statistic does not honour; `not_found` for an unknown "
            "`role_id`.",
        },
        "update": {
            422: "422 for widgets as on create (`duplicate_key`, `filter_invalid`, "
            "`filter_not_supported`, …).",
        },
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        if values.get("role_id") is not None:
            self._manage()
            await check_live(self.ctx, values, [("role_id", Role, "role")])
        values["created_by_id"] = self.ctx.subject.id
        values["widgets"] = check_widgets(values.get("widgets") or [])
        if values.get("is_default"):
            await self._demote(values.get("role_id"), self.ctx.subject.id, None)
        return values

    async def prepare_update(self, record: Dashboard, changes: dict[str, Any]) -> dict[str, Any]:
        if changes.get("widgets") is not None:
            changes["widgets"] = check_widgets(changes["widgets"])
        if changes.get("is_default") and not record.is_default:
            await self._demote(record.role_id, record.created_by_id, record.id)
        return changes

    async def prepare_restore(self, record: Dashboard) -> None:
        if record.is_default and await self._default_of(
            record.role_id, record.created_by_id, record.id
        ):
            record.is_default = False

    def _manage(self) -> None:
        if not self.ctx.subject.can(MANAGE):
            raise Forbidden("forbidden_action", permission=MANAGE)

    def _same_home(
        self, role_id: uuid.UUID | None, owner: uuid.UUID | None, other_than: uuid.UUID | None
    ) -> Any:
        """The live default dashboards of a role (or of a person's own), but one."""
        stmt = select(Dashboard).where(
            Dashboard.is_default.is_(True), Dashboard.deleted_at.is_(None)
        )
        if role_id is None:
            stmt = stmt.where(Dashboard.role_id.is_(None), Dashboard.created_by_id == owner)
        else:
            stmt = stmt.where(Dashboard.role_id == role_id)
        return stmt if other_than is None else stmt.where(Dashboard.id != other_than)

    async def _default_of(
        self, role_id: uuid.UUID | None, owner: uuid.UUID | None, other_than: uuid.UUID
    ) -> bool:
        found = await self.ctx.session.scalar(
            self._same_home(role_id, owner, other_than).with_only_columns(Dashboard.id)
        )
        return found is not None

    async def _demote(
        self, role_id: uuid.UUID | None, owner: uuid.UUID | None, other_than: uuid.UUID | None
    ) -> None:
        """The previous home page of the same person (or role) stops being one: changed
        through the ORM, so that it is audited, versioned and published like any update."""
        for other in await self.ctx.session.scalars(self._same_home(role_id, owner, other_than)):
            other.is_default = False
        await self.repo.flush()

    # ----- rendering -------------------------------------------------------------------------
    async def render(self, record_id: uuid.UUID) -> dict[str, Any]:
        """A saved dashboard the caller may see, with every widget's result or problem."""
        record = await self.get(record_id)
        source = DashboardSource.personal if record.role_id is None else DashboardSource.role
        return await self._rendered(record, source)

    async def home(self) -> dict[str, Any]:
        """The caller's home page: their own default dashboard, else the default of the most
        senior of their roles that has one, else the built-in page of their most senior
        built-in role."""
        self.require("read")
        me = self.ctx.subject.id
        session = self.ctx.session
        own = None if me is None else await session.scalar(self._same_home(None, me, None))
        if own is not None:
            return await self._rendered(own, DashboardSource.personal)
        held = (
            select(Role.code, Role.builtin, Role.id)
            .join(EmployeeRole, EmployeeRole.role_id == Role.id)
            .where(EmployeeRole.employee_id == me, Role.deleted_at.is_(None))
        )
        roles = list(await session.execute(held))
        # The most senior built-in role first, then custom roles by code.
        rank = {
            row.id: (defaults.seniority(row.code if row.builtin else ""), row.code) for row in roles
        }
        candidates = list(
            await session.scalars(
                select(Dashboard).where(
                    Dashboard.role_id.in_(list(rank)),
                    Dashboard.is_default.is_(True),
                    Dashboard.deleted_at.is_(None),
                )
            )
        )
        if candidates:
            chosen = min(candidates, key=lambda d: rank[d.role_id] if d.role_id else (0, ""))
            return await self._rendered(chosen, DashboardSource.role)
        builtin = defaults.builtin_for(row.code for row in roles if row.builtin)
        widgets = [w.stored() for w in builtin.available()]
        return {
            "dashboard": {
                "id": None,
                "name": builtin.name,
                "source": DashboardSource.builtin,
                "builtin": builtin.kind,
            },
            "widgets": await self.run_widgets(widgets),
        }

    async def _rendered(self, record: Dashboard, source: DashboardSource) -> dict[str, Any]:
        return {
            "dashboard": {"id": record.id, "name": record.name, "source": source, "builtin": None},
            "widgets": await self.run_widgets(record.widgets),
        }

    async def run_widgets(self, widgets: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Each widget with its statistic's report for the caller (``result``) or the problem
        the statistic answered (``error``), in the dashboard's order."""
        rendered = []
        for widget in widgets:
            name = widget["statistic"]
            statistic = STATISTICS.get(name)
            result: Any = None
            error: WidgetError | None = None
            if statistic is None:
                error = WidgetError(
                    status=404,
                    code="statistic_not_found",
                    detail=i18n.message("dashboard_statistic_gone", name=name),
                )
            else:
                try:
                    params = statistic.params.model_validate(widget.get("filters") or {})
                    result = await statistic.run(self.ctx, params)
                except ValidationError as exc:
                    error = _problem(
                        ValidationFailed.of(
                            [
                                {
                                    "loc": ["filters", *exc_loc(e)],
                                    "msg": e["msg"],
                                    "type": e["type"],
                                }
                                for e in exc.errors()
                            ]
                        )
                    )
                except AppError as exc:
                    error = _problem(exc)
            rendered.append(
                {
                    "key": widget["key"],
                    "title": widget.get("title") or (statistic.title if statistic else name),
                    "statistic": name,
                    "filters": widget.get("filters") or {},
                    "position": widget["position"],
                    "result": result,
                    "error": error,
                }
            )
        return rendered


def _problem(exc: AppError) -> WidgetError:
    """The problem document the statistic alone would have answered, as a widget's error."""
    params: dict[str, object] = dict(exc.params)
    if exc.errors:
        params.setdefault("count", len(exc.errors))
    body = problem_body(
        None,
        status=exc.status,
        code=exc.code,
        detail_key=exc.detail_key,
        params=params,
        errors=exc.errors,
    )
    return WidgetError.model_validate(
        {k: body[k] for k in ("status", "code", "detail", "errors") if k in body}
    )
