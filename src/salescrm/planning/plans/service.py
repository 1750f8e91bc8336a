"""The rules of strategies, plans and targets: allocation, roll-up, the balance check,
approval, revisions and coverage."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from typing import Any, ClassVar

from salescrm.catalog.models import Product
from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.ids import new_id
from salescrm.core.permissions.subject import SYSTEM
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.org.models import Department, Employee
from salescrm.planning.plans import schemas
from salescrm.planning.plans.models import (
    LEVEL_RANK,
    WHOLE_METRICS,
    SalesPlan,
    SalesPlanStatus,
    SalesStrategy,
    SalesTarget,
    TargetChangeAction,
)
from salescrm.planning.plans.repository import (
    PlanningRefs,
    SalesPlanRepository,
    SalesStrategyRepository,
    SalesTargetRepository,
)
from salescrm.planning.territories.models import Territory
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.work.approval_types import CannotApply, TypeRules, register
from salescrm.work.approvals import ApprovalService
from salescrm.work.forms import SalesPlanForm
from salescrm.work.models import ApprovalRequest
from salescrm.work.schemas import ApprovalCreate

CENT = Decimal("0.01")
ONE = Decimal("1")

i18n.register_titles(
    {
        "plan_locked": ("Plan locked", "计划已锁定"),
        "plan_not_draft": ("Plan not a draft", "计划不是草稿"),
        "plan_not_approved": ("Plan not approved", "计划未批准"),
        "targets_unbalanced": ("Targets do not add up", "目标分解不平衡"),
        "target_has_children": ("Target has parts", "目标已分解"),
    }
)
i18n.register_details(
    {
        "plan_locked": (
            "The plan is {status}: its targets cannot change. Open a new revision "
            "(POST /sales-plans/{{id}}/revisions) once it is approved.",
            "该计划状态为「{status}」,目标不能修改;批准后请先开启新版本。",
        ),
        "plan_not_draft": (
            "The plan is {status}; only a draft is submitted.",
            "该计划状态为「{status}」,只能提交草稿。",
        ),
        "plan_not_approved": (
            "The plan is {status}; a new revision opens from an approved one.",
            "该计划状态为「{status}」,只有已批准的计划可以开启新版本。",
        ),
        "targets_unbalanced": (
            "The parts of target {parent_id} add up to {children_total}, not its {value}.",
            "目标 {parent_id} 的下级合计为 {children_total},不等于其 {value}。",
        ),
        "target_has_children": (
            "The target is split into parts: delete them first.",
            "该目标已分解到下级,请先删除下级目标。",
        ),
    }
)
i18n.register_messages(
    {
        "notification.sales_target": (
            "Your targets in {plan} (revision {revision}) are approved",
            "您在「{plan}」(第 {revision} 版)中的目标已批准",
        ),
    }
)


class PlanLocked(Conflict):
    code = detail_key = "plan_locked"


class PlanNotDraft(Conflict):
    code = detail_key = "plan_not_draft"


class PlanNotApproved(Conflict):
    code = detail_key = "plan_not_approved"


class TargetsUnbalanced(Conflict):
    code = detail_key = "targets_unbalanced"


class TargetHasChildren(Conflict):
    code = detail_key = "target_has_children"


def _status(plan: SalesPlan) -> str:
    return i18n.label("SalesPlanStatus", plan.status)


def _editable(plan: SalesPlan) -> None:
    if plan.status != SalesPlanStatus.draft.value:
        raise PlanLocked(status=_status(plan))


def subject_key(
    metric: str, level: str, subject: uuid.UUID | None, product_line: str | None
) -> str:
    return f"{metric}|{level}|{subject or ''}|{product_line or ''}"


def _subject(values: Mapping[str, Any]) -> uuid.UUID | None:
    level = values["level"]
    column = _SUBJECT_COLUMN.get(level)
    return None if column is None else values.get(column)


_SUBJECT_COLUMN = {
    "territory": "territory_id",
    "department": "department_id",
    "team": "department_id",
    "employee": "employee_id",
}
_SUBJECT_MODEL: dict[str, Any] = {
    "territory_id": Territory,
    "department_id": Department,
    "employee_id": Employee,
}


def _fields(child: schemas.AllocationChild) -> dict[str, Any]:
    """What ``_check_subject`` and ``_subject`` read of a child (not its subtree)."""
    return {
        "level": child.level.value,
        "territory_id": child.territory_id,
        "department_id": child.department_id,
        "employee_id": child.employee_id,
    }


def _check_subject(values: Mapping[str, Any], loc: Sequence[str | int]) -> None:
    """The level names exactly its own subject: a 422 naming the field otherwise."""
    wanted = _SUBJECT_COLUMN.get(values["level"])
    for column in ("territory_id", "department_id", "employee_id"):
        given = values.get(column) is not None
        if column == wanted and not given:
            raise ValidationFailed.field(
                [*loc, column], f"A {values['level']} target names its {column}", "subject_required"
            )
        if column != wanted and given:
            raise ValidationFailed.field(
                [*loc, column],
                f"A {values['level']} target does not name a {column}",
                "subject_not_allowed",
            )


def _whole(metric: str, value: Decimal | None, loc: Sequence[str | int]) -> None:
    if value is not None and metric in WHOLE_METRICS and value != value.to_integral_value():
        raise ValidationFailed.field(loc, f"{metric} is counted in whole units", "whole_units")


def split(total: Decimal, weights: Sequence[Decimal], unit: Decimal) -> list[Decimal]:
    """``total`` in parts proportional to ``weights``, in ``unit`` steps, adding up exactly:
    each part rounded down, the units left over going to the largest remainders (the earlier
    part first on a tie)."""
    whole = sum(weights, Decimal(0))
    if whole <= 0:
        raise ValueError("weights add up to nothing")
    units = (total / unit).to_integral_value(rounding=ROUND_FLOOR)
    exact = [units * w / whole for w in weights]
    floors = [e.to_integral_value(rounding=ROUND_FLOOR) for e in exact]
    left = int(units - sum(floors, Decimal(0)))
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [(f * unit).quantize(CENT) for f in floors]


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


# ----- strategies ------------------------------------------------------------------------------
class SalesStrategyService(CrudService[SalesStrategy]):
    repository = SalesStrategyRepository
    permission = "sales_strategy"
    #: Who answers for a strategy is any employee, named by whoever may write it.
    permissions: ClassVar = {"assign": "sales_strategy:write"}
    refusals: ClassVar = {
        "create": {422: "422 `range_reversed` when the period ends before it starts."},
        "update": {422: "422 `range_reversed` when the period ends before it starts."},
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(
        self, record: SalesStrategy, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(
        self, values: dict[str, Any], record: SalesStrategy | None
    ) -> dict[str, Any]:
        _period_of(values, record)
        refs = PlanningRefs(self.ctx.session)
        owner = values.get("owner_id")
        if owner is not None and not await refs.live(Employee, [owner]):
            raise unknown_reference(["body", "owner_id"], "employee")
        products = values.get("products")
        if products:
            wanted = {p["product_id"] for p in products if p.get("product_id")}
            live = await refs.live(Product, wanted)
            for i, product in enumerate(products):
                if product.get("product_id") and product["product_id"] not in live:
                    raise unknown_reference(["body", "products", i, "product_id"], "product")
            values["products"] = [
                {
                    "product_id": str(p["product_id"]) if p.get("product_id") else None,
                    "product_line": p.get("product_line"),
                    "stage": str(p["stage"]),
                    "note": p.get("note"),
                }
                for p in products
            ]
        return values


def _period_of(values: Mapping[str, Any], record: Any) -> None:
    """An update's period against the record's other end: 422 ``range_reversed``."""
    if record is None:
        return
    start = values.get("period_start") or record.period_start
    end = values.get("period_end") or record.period_end
    if end < start:
        field_name = "period_end" if "period_end" in values else "period_start"
        raise ValidationFailed.field(
            ["body", field_name], "period_end is before period_start", "range_reversed"
        )


# ----- plans -----------------------------------------------------------------------------------
class SalesPlanService(CrudService[SalesPlan]):
    repository = SalesPlanRepository
    permission = "sales_plan"
    #: Who answers for a plan is any employee, named by whoever may write it.
    permissions: ClassVar = {"assign": "sales_plan:write"}
    refusals: ClassVar = {
        "create": {422: "422 `range_reversed` when the period ends before it starts."},
        "update": {
            409: "409 `plan_locked` while the plan awaits approval or is approved (open a "
            "new revision first).",
            422: "422 `range_reversed` when the period ends before it starts.",
        },
        "delete": {409: "409 `plan_locked` for a plan awaiting approval or approved."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.plans: SalesPlanRepository = self.repo  # type: ignore[assignment]
        self.targets = SalesTargetRepository(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        values.update(status=SalesPlanStatus.draft.value, revision=1)
        return await self._checked(values)

    async def prepare_update(self, record: SalesPlan, changes: dict[str, Any]) -> dict[str, Any]:
        await sync_status(self.ctx, record)
        _editable(record)
        _period_of(changes, record)
        return await self._checked(changes)

    async def prepare_delete(self, record: SalesPlan) -> None:
        await sync_status(self.ctx, record)
        _editable(record)

    async def _checked(self, values: dict[str, Any]) -> dict[str, Any]:
        refs = PlanningRefs(self.ctx.session)
        owner = values.get("owner_id")
        if owner is not None and not await refs.live(Employee, [owner]):
            raise unknown_reference(["body", "owner_id"], "employee")
        if values.get("strategy_id") is not None:
            await SalesStrategyRepository(self.ctx).referenced(
                values["strategy_id"], ["body", "strategy_id"]
            )
        return values

    async def writable(self, plan_id: uuid.UUID) -> SalesPlan:
        self.require("write")
        plan = await self.plans.get_for_write(plan_id)
        await sync_status(self.ctx, plan)
        return plan

    # ----- actions -----------------------------------------------------------------------------
    async def submit(
        self, plan_id: uuid.UUID, payload: schemas.SubmitIn, expected: Expected
    ) -> SalesPlan:
        """The plan's current revision to the approval chain (a ``sales_plan`` request)."""
        plan = await self.writable(plan_id)
        await self.plans.check_current(plan, expected)
        await self.plans.lock(plan)
        if plan.status != SalesPlanStatus.draft.value:
            raise PlanNotDraft(status=_status(plan))
        body: dict[str, Any] = {"type": "sales_plan", "form": {"plan_id": str(plan.id)}}
        if payload.title is not None:
            body["title"] = payload.title
        # The new request makes the plan pending (``follow_plan``), as one sent to /approvals.
        await ApprovalService(self.ctx).create(ApprovalCreate.model_validate(body))
        await self.plans.flush()
        return plan

    async def open_revision(
        self, plan_id: uuid.UUID, payload: schemas.RevisionIn, expected: Expected
    ) -> SalesPlan:
        plan = await self.writable(plan_id)
        await self.plans.check_current(plan, expected)
        if plan.status != SalesPlanStatus.approved.value:
            raise PlanNotApproved(status=_status(plan))
        plan.revision += 1
        plan.status = SalesPlanStatus.draft.value
        plan.approval_id = None
        plan.approved_at = None
        plan.updated_at = utcnow()
        await self.plans.flush()
        return plan

    async def check(self, plan_id: uuid.UUID) -> schemas.PlanBalanceOut:
        self.require("read")
        plan = await self.plans.get(plan_id)
        warnings = await warnings_of(self.targets, plan.id)
        return schemas.PlanBalanceOut(balanced=not warnings, warnings=warnings)

    async def roll_up(self, plan_id: uuid.UUID) -> schemas.RollUpOut:
        """Every parent the caller may change becomes the sum of its children, deepest first."""
        plan = await self.writable(plan_id)
        await self.plans.lock(plan)
        await sync_status(self.ctx, plan)
        _editable(plan)
        parents = await self.targets.parents_by_depth(plan.id)
        writable = set(
            await self.ctx.session.scalars(
                self.targets.writable()
                .with_only_columns(SalesTarget.id)
                .order_by(None)
                .where(SalesTarget.plan_id == plan.id)
            )
        )
        by_depth: dict[int, list[uuid.UUID]] = {}
        for depth, tid in parents:
            if tid in writable:
                by_depth.setdefault(depth, []).append(tid)
        updated = 0
        now = utcnow()
        for depth in sorted(by_depth, reverse=True):
            ids = by_depth[depth]
            totals = await self.targets.totals_of(ids)
            current = await self.targets.values_of(ids)
            changed = {tid: total for tid, total in totals.items() if current[tid] != total}
            changes = [
                _change(plan, tid, TargetChangeAction.changed, self.ctx, now, current[tid], v)
                for tid, v in changed.items()
            ]
            await self.targets.set_values(changed, changes)
            updated += len(changed)
        warnings = await warnings_of(self.targets, plan.id)
        return schemas.RollUpOut(updated=updated, warnings=warnings)

    async def history(
        self, plan_id: uuid.UUID, params: schemas.HistoryParams
    ) -> builtins.list[schemas.TargetChangeOut]:
        self.require("read")
        plan = await self.plans.get(plan_id)
        rows = await self.targets.history(plan.id, params.revision, params.target_id, params.limit)
        return [
            schemas.TargetChangeOut(
                id=change.id,
                target_id=change.target_id,
                revision=change.revision,
                action=change.action,
                actor_id=change.actor_id,
                at=change.at,
                from_value=change.from_value,
                to_value=change.to_value,
                level=target.level,
                metric=target.metric,
                employee_id=target.employee_id,
                department_id=target.department_id,
                territory_id=target.territory_id,
                product_line=target.product_line,
            )
            for change, target in rows
        ]

    async def coverage(self, plan_id: uuid.UUID) -> schemas.CoverageOut:
        """Territories of the plan without a responsible person; salespeople of its
        departments and territories without a number for each of its metrics."""
        self.require("read")
        plan = await self.plans.get(plan_id)
        refs = PlanningRefs(self.ctx.session)
        metrics = await self.targets.plan_metrics(plan.id)
        territories = await self.targets.plan_subjects(plan.id, SalesTarget.territory_id)
        departments = await self.targets.plan_subjects(plan.id, SalesTarget.department_id)
        unstaffed = await refs.territories_without_responsible(territories)
        people = await refs.salespeople(departments, territories)
        numbers: dict[uuid.UUID, set[str]] = {}
        for employee_id, metric in await self.targets.employee_targets(plan.id):
            numbers.setdefault(employee_id, set()).add(metric)
        missing = []
        for employee_id in people:
            lacking = [m for m in metrics if m not in numbers.get(employee_id, set())]
            if lacking:
                missing.append(schemas.MissingNumber(employee_id=employee_id, metrics=lacking))
        return schemas.CoverageOut(
            complete=not unstaffed and not missing,
            metrics=metrics,
            territories_without_responsible=[
                schemas.UnstaffedTerritory(territory_id=t) for t in unstaffed
            ],
            employees_missing=missing,
        )


async def sync_status(ctx: Ctx, plan: SalesPlan) -> None:
    """A plan awaiting approval whose request is gone is a draft again (``follow_plan`` keeps
    the status in step with the request otherwise)."""
    if plan.status != SalesPlanStatus.pending.value or plan.approval_id is None:
        return
    request = await ctx.session.get(ApprovalRequest, plan.approval_id)
    if request is None or request.status in ("rejected", "withdrawn", "returned"):
        plan.status = SalesPlanStatus.draft.value


async def warnings_of(
    targets: SalesTargetRepository, plan_id: uuid.UUID
) -> list[schemas.BalanceWarning]:
    """The plan's parents (those the caller may read) whose children do not add up."""
    rows = await targets.imbalances(plan_id)
    readable = await targets.readable_among(pid for pid, *_ in rows)
    return [
        schemas.BalanceWarning(
            parent_id=pid,
            level=level,
            metric=metric,
            value=value,
            children_total=total,
        )
        for pid, level, metric, value, total in rows
        if pid in readable
    ]


def _change(
    plan: SalesPlan,
    target_id: uuid.UUID,
    action: TargetChangeAction,
    ctx: Ctx,
    at: Any,
    from_value: Decimal | None,
    to_value: Decimal | None,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "plan_id": plan.id,
        "target_id": target_id,
        "revision": plan.revision,
        "action": action.value,
        "actor_id": ctx.subject.id,
        "at": at,
        "from_value": from_value,
        "to_value": to_value,
    }


async def refuse_excess(
    targets: SalesTargetRepository, plan: SalesPlan, parent_ids: Sequence[uuid.UUID]
) -> None:
    """Under ``check_mode`` refuse: children exceeding one of these parents is a 409 naming
    the parent and the sums (less than the parent is a plan still being split)."""
    if plan.check_mode != "refuse" or not parent_ids:
        return
    for pid, _level, _metric, value, total in await targets.imbalances(
        plan.id, parent_ids=parent_ids
    ):
        if total > value:
            raise TargetsUnbalanced(
                parent_id=str(pid),
                value=f"{value:.2f}",
                children_total=f"{total:.2f}",
                extensions={
                    "parent_id": str(pid),
                    "value": f"{value:.2f}",
                    "children_total": f"{total:.2f}",
                },
            )


# ----- targets ---------------------------------------------------------------------------------
@dataclass
class _Node:
    """A target an allocation splits: an existing one, or one this request creates."""

    id: uuid.UUID
    level: str
    depth: int
    value: Decimal
    product_line: str | None
    children: list[schemas.AllocationChild]
    loc: list[str | int]
    existing: dict[str, tuple[uuid.UUID, Decimal]] = field(default_factory=dict)


class SalesTargetService(CrudService[SalesTarget]):
    repository = SalesTargetRepository
    permission = "sales_plan"
    #: An owner is set by the rules below, not by ``:assign`` (which no role holds).
    permissions: ClassVar = {"assign": "sales_plan:write"}
    access: ClassVar = {
        "list": "Requires `sales_plan:read`. Lists the targets in the caller's data scope: "
        "an employee's own targets, a manager's people's, a director's department tree; "
        "roles with the `all` scope (finance, analysts) every target.",
    }
    refusals: ClassVar = {
        "create": {
            409: "409 `plan_locked` when the plan awaits approval or is approved; 409 "
            "`targets_unbalanced` when, under the plan's check mode `refuse`, the parent's "
            "children would exceed it.",
            422: "422 when `value` is negative (or not whole for counted metrics), the level "
            "does not name its own subject, or the parent is of another plan or metric or "
            "not above the level.",
        },
        "update": {
            409: "409 `plan_locked` when the plan awaits approval or is approved (open a new "
            "revision); 409 `targets_unbalanced` under `refuse`.",
            422: "422 when `value` is negative or not whole for counted metrics.",
        },
        "delete": {
            409: "409 `plan_locked` when the plan is not a draft; 409 `target_has_children` "
            "when it has live parts."
        },
        "restore": {409: "409 `plan_locked` when the plan is not a draft."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.targets: SalesTargetRepository = self.repo  # type: ignore[assignment]
        self.plans = SalesPlanRepository(ctx)
        self.refs = PlanningRefs(ctx.session)
        #: An allocation's owner of the targets above the employee level it creates.
        self._default: uuid.UUID | None = None

    def _owner_rules(self, values: dict[str, Any], record: Any = None) -> None:
        """Owners follow the level (``_owner``), checked in the hooks."""

    async def _plan(self, plan_id: uuid.UUID, loc: Sequence[str | int] | None = None) -> SalesPlan:
        if loc is None:
            plan = await self.plans.get(plan_id)
        else:
            plan = await self.plans.referenced(plan_id, loc)
        await sync_status(self.ctx, plan)
        return plan

    async def _owner(
        self, values: dict[str, Any], plan: SalesPlan, level: str, loc: Sequence[str | int]
    ) -> None:
        if level == "employee":
            given = values.get("owner_id")
            if given is not None and given != values.get("employee_id"):
                raise ValidationFailed.field(
                    [*loc, "owner_id"], "An employee's target is the employee's", "owner_fixed"
                )
            values["owner_id"] = values["employee_id"]
            return
        if values.get("owner_id") is None:
            values["owner_id"] = await self._default_owner(plan)
        elif not await self.refs.in_scope(self.ctx.subject, [values["owner_id"]]):
            raise unknown_reference([*loc, "owner_id"], "employee")

    async def _default_owner(self, plan: SalesPlan) -> uuid.UUID | None:
        """The plan's owner when the caller's scope covers them, else the caller: a target
        its writer could not see afterwards is never made by default."""
        owner = plan.owner_id
        if owner is not None and await self.refs.in_scope(self.ctx.subject, [owner]):
            return owner
        return self.ctx.subject.id

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        body = ["body"]
        plan = await self._plan(values["plan_id"], [*body, "plan_id"])
        _editable(plan)
        _check_subject(values, body)
        subject = _subject(values)
        column = _SUBJECT_COLUMN.get(values["level"])
        if column is not None and not await self._exists(column, [subject]):  # type: ignore[list-item]
            raise unknown_reference([*body, column], column.removesuffix("_id"))
        _whole(values["metric"], values.get("value"), [*body, "value"])
        values["depth"] = 0
        if values.get("parent_id") is not None:
            parent = await self.targets.referenced(
                values["parent_id"], [*body, "parent_id"], write=True
            )
            self._under(parent, plan, values, [*body, "parent_id"])
            values["depth"] = parent.depth + 1
            if values.get("product_line") is None:
                values["product_line"] = parent.product_line
        await self._owner(values, plan, values["level"], body)
        values["subject_key"] = subject_key(
            values["metric"], values["level"], subject, values.get("product_line")
        )
        values.setdefault("id", new_id())
        return values

    @staticmethod
    def _under(
        parent: SalesTarget, plan: SalesPlan, values: Mapping[str, Any], loc: list[str | int]
    ) -> None:
        if parent.plan_id != plan.id or parent.metric != values["metric"]:
            raise ValidationFailed.field(
                loc, "The parent is a target of the same plan and metric", "parent_mismatch"
            )
        if LEVEL_RANK[parent.level] >= LEVEL_RANK[values["level"]]:
            raise ValidationFailed.field(
                loc, f"A {values['level']} target is not below a {parent.level}", "level_order"
            )
        line = values.get("product_line")
        if parent.product_line is not None and line is not None and line != parent.product_line:
            raise ValidationFailed.field(
                [*loc[:-1], "product_line"], "The parent's product line", "parent_mismatch"
            )

    async def create(self, payload: Any) -> tuple[SalesTarget, bool]:
        record, created = await super().create(payload)
        if created:
            plan = await self._plan(record.plan_id)
            self.targets.log(
                _change(plan, record.id, TargetChangeAction.created, self.ctx, utcnow(),
                        None, record.value)
            )  # fmt: skip
            await self.targets.flush()
            if record.parent_id is not None:
                await refuse_excess(self.targets, plan, [record.parent_id])
        return record, created

    async def prepare_update(self, record: SalesTarget, changes: dict[str, Any]) -> dict[str, Any]:
        plan = await self._plan(record.plan_id)
        _editable(plan)
        _whole(record.metric, changes.get("value"), ["body", "value"])
        if "owner_id" in changes:
            values = {**changes, "employee_id": record.employee_id}
            await self._owner(values, plan, record.level, ["body"])
            changes["owner_id"] = values["owner_id"]
        self._before: Decimal | None = record.value
        return changes

    async def update(self, record_id: uuid.UUID, payload: Any, expected: Expected) -> SalesTarget:
        self._before = None
        record = await super().update(record_id, payload, expected)
        if self._before is not None and self._before != record.value:
            plan = await self._plan(record.plan_id)
            self.targets.log(
                _change(plan, record.id, TargetChangeAction.changed, self.ctx, utcnow(),
                        self._before, record.value)
            )  # fmt: skip
            await self.targets.flush()
            parents = [record.id, *([record.parent_id] if record.parent_id else [])]
            await refuse_excess(self.targets, plan, parents)
        return record

    async def prepare_delete(self, record: SalesTarget) -> None:
        plan = await self._plan(record.plan_id)
        _editable(plan)
        if await self.targets.has_children(record.id):
            raise TargetHasChildren()
        self.targets.log(
            _change(plan, record.id, TargetChangeAction.deleted, self.ctx, utcnow(),
                    record.value, None)
        )  # fmt: skip

    async def prepare_restore(self, record: SalesTarget) -> None:
        plan = await self._plan(record.plan_id)
        _editable(plan)
        self.targets.log(
            _change(plan, record.id, TargetChangeAction.restored, self.ctx, utcnow(),
                    None, record.value)
        )  # fmt: skip

    async def restore(self, record_id: uuid.UUID) -> SalesTarget:
        record = await super().restore(record_id)
        if record.parent_id is not None:
            await refuse_excess(self.targets, await self._plan(record.plan_id), [record.parent_id])
        return record

    # ----- allocation --------------------------------------------------------------------------
    async def allocate(
        self, parent_id: uuid.UUID, payload: schemas.AllocationIn
    ) -> schemas.AllocationOut:
        """Split a target among its children (and theirs) in one request: evenly, by weights,
        by last year's share or by hand; children named again are updated, new ones created."""
        self.require("write")
        parent = await self.targets.get_for_write(parent_id)
        plan = await self._plan(parent.plan_id)
        await self.plans.lock(plan)
        await sync_status(self.ctx, plan)
        _editable(plan)
        root = _Node(
            parent.id, parent.level, parent.depth, parent.value, parent.product_line,
            payload.children, ["body", "children"],
        )  # fmt: skip
        levels = self._levels(root)
        await self._check_subjects(levels)
        self._default = await self._default_owner(plan)
        now = utcnow()
        request_id = str(self.ctx.session.info.get("request_id") or f"allocate:{parent.id}")
        inserts: list[dict[str, Any]] = []
        updates: dict[uuid.UUID, Decimal] = {}
        changes: list[dict[str, Any]] = []
        update_changes: list[dict[str, Any]] = []
        frontier = [root]
        touched: list[uuid.UUID] = []
        while frontier:
            existing = await self.targets.children_of_many([n.id for n in frontier])
            following: list[_Node] = []
            values_by_node = await self._values(frontier, payload, plan, parent.metric)
            for node in frontier:
                touched.append(node.id)
                for i, (child, value) in enumerate(
                    zip(node.children, values_by_node[node.id], strict=True)
                ):
                    loc = [*node.loc, i]
                    line = child.product_line or node.product_line
                    column = _SUBJECT_COLUMN.get(child.level)
                    subject = None if column is None else getattr(child, column)
                    key = subject_key(parent.metric, child.level, subject, line)
                    found = existing.get((node.id, key))
                    if found is not None:
                        child_id, old = found
                        if old != value:
                            updates[child_id] = value
                            update_changes.append(
                                _change(plan, child_id, TargetChangeAction.changed, self.ctx,
                                        now, old, value)
                            )  # fmt: skip
                    else:
                        child_id = new_id()
                        owner = self._allocated_owner(child, plan, loc)
                        inserts.append(
                            self._row(child, child_id, node, plan, parent.metric, value, line,
                                      key, owner, now)
                        )  # fmt: skip
                        changes.append(
                            _change(plan, child_id, TargetChangeAction.created, self.ctx, now,
                                    None, value)
                        )  # fmt: skip
                    if child.children:
                        following.append(
                            _Node(child_id, child.level, node.depth + 1, value, line,
                                  child.children, [*loc, "children"])
                        )  # fmt: skip
            frontier = following
        await self.targets.set_values(updates, update_changes, request_id)
        await self.targets.insert_bulk(inserts, changes, request_id)
        await refuse_excess(self.targets, plan, touched)
        warnings = await warnings_of(self.targets, plan.id)
        out = (await self.present(schemas.SalesTargetOut, [parent]))[0]
        return schemas.AllocationOut(
            parent=out, created=len(inserts), updated=len(updates), warnings=warnings
        )

    def _allocated_owner(
        self, child: schemas.AllocationChild, plan: SalesPlan, loc: list[str | int]
    ) -> uuid.UUID | None:
        """As ``_owner``, for a child whose owner was checked with its subjects."""
        if child.level == "employee":
            if child.owner_id is not None and child.owner_id != child.employee_id:
                raise ValidationFailed.field(
                    [*loc, "owner_id"], "An employee's target is the employee's", "owner_fixed"
                )
            return child.employee_id
        return child.owner_id or self._default

    def _levels(self, root: _Node) -> list[list[tuple[schemas.AllocationChild, list[Any], str]]]:
        """Every child of the request, level by level, checked for its shape: the level below
        its parent's, its own subject named, each subject once under one parent."""
        out: list[list[tuple[schemas.AllocationChild, list[Any], str]]] = []
        frontier: list[tuple[str, list[schemas.AllocationChild], list[Any]]] = [
            (str(root.level), root.children, root.loc)
        ]
        while frontier:
            row: list[tuple[schemas.AllocationChild, list[Any], str]] = []
            following = []
            for level, children, loc in frontier:
                seen: set[tuple[Any, ...]] = set()
                for i, child in enumerate(children):
                    here = [*loc, i]
                    if LEVEL_RANK[child.level] <= LEVEL_RANK[level]:
                        raise ValidationFailed.field(
                            [*here, "level"], f"Not a level below {level}", "level_order"
                        )
                    _check_subject(_fields(child), here)
                    subject = (child.level, child.territory_id, child.department_id,
                               child.employee_id, child.product_line)  # fmt: skip
                    if subject in seen:
                        raise ValidationFailed.field(
                            here, "The same subject twice under one parent", "duplicate_subject"
                        )
                    seen.add(subject)
                    row.append((child, here, level))
                    if child.children:
                        following.append((child.level.value, child.children, [*here, "children"]))
            out.append(row)
            frontier = following
        return out

    async def _check_subjects(
        self, levels: list[list[tuple[schemas.AllocationChild, list[Any], str]]]
    ) -> None:
        """Every territory, department and employee named exists: one query per kind."""
        for column in _SUBJECT_MODEL:
            named = [
                (getattr(c, column), loc) for row in levels for c, loc, _ in row
                if getattr(c, column) is not None
            ]  # fmt: skip
            live = await self._exists(column, (i for i, _ in named))
            for subject, loc in named:
                if subject not in live:
                    raise unknown_reference([*loc, column], column.removesuffix("_id"))
        owners = [
            (c.owner_id, loc) for row in levels for c, loc, _ in row if c.owner_id is not None
        ]
        if owners:
            covered = await self.refs.in_scope(self.ctx.subject, (i for i, _ in owners))
            for owner, loc in owners:
                if owner not in covered:
                    raise unknown_reference([*loc, "owner_id"], "employee")

    async def _exists(self, column: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which subjects exist; employees only those in the caller's data scope (an
        employee's target is theirs: a caller sets only targets they could see)."""
        if column == "employee_id":
            return await self.refs.in_scope(self.ctx.subject, ids)
        return await self.refs.live(_SUBJECT_MODEL[column], ids)

    async def _values(
        self,
        nodes: list[_Node],
        payload: schemas.AllocationIn,
        plan: SalesPlan,
        metric: str,
    ) -> dict[uuid.UUID, list[Decimal]]:
        """Each node's children's values by the request's method."""
        unit = ONE if metric in WHOLE_METRICS else CENT
        method = payload.method.value
        history: dict[uuid.UUID, Decimal] = {}
        if method == "last_year":
            history = await self._last_year(nodes, plan, payload.basis.value == "payments")
        out: dict[uuid.UUID, list[Decimal]] = {}
        for node in nodes:
            children = node.children
            if method == "manual":
                values = []
                for i, child in enumerate(children):
                    if child.value is None:
                        raise ValidationFailed.field(
                            [*node.loc, i, "value"], "Method manual needs a value", "value_required"
                        )
                    _whole(metric, child.value, [*node.loc, i, "value"])
                    values.append(child.value)
                out[node.id] = values
                continue
            if method == "even":
                weights = [ONE] * len(children)
            elif method == "weights":
                weights = []
                for i, child in enumerate(children):
                    if child.weight is None:
                        raise ValidationFailed.field(
                            [*node.loc, i, "weight"],
                            "Method weights needs a weight",
                            "weight_required",
                        )
                    weights.append(child.weight)
            else:
                weights = [
                    history.get(_subject(_fields(c)) or uuid.UUID(int=0), Decimal(0))
                    for c in children
                ]
            if sum(weights, Decimal(0)) <= 0:
                raise ValidationFailed.field(
                    node.loc,
                    "The weights add up to nothing"
                    if method == "weights"
                    else "None of them signed or collected anything in the period a year before",
                    "no_weights",
                )
            out[node.id] = split(node.value, weights, unit)
        return out

    async def _last_year(
        self, nodes: list[_Node], plan: SalesPlan, payments: bool
    ) -> dict[uuid.UUID, Decimal]:
        start, end = _year_before(plan.period_start), _year_before(plan.period_end)
        children = [c for node in nodes for c in node.children]
        employees = [c.employee_id for c in children if c.employee_id is not None]
        departments = [c.department_id for c in children if c.department_id is not None]
        territories = [c.territory_id for c in children if c.territory_id is not None]
        found: dict[uuid.UUID, Decimal] = {}
        found.update(await self.refs.employee_history(employees, start, end, payments))
        found.update(await self.refs.department_history(departments, start, end, payments))
        found.update(await self.refs.territory_history(territories, start, end, payments))
        return found

    @staticmethod
    def _row(
        child: schemas.AllocationChild,
        child_id: uuid.UUID,
        node: _Node,
        plan: SalesPlan,
        metric: str,
        value: Decimal,
        line: str | None,
        key: str,
        owner_id: uuid.UUID | None,
        now: Any,
    ) -> dict[str, Any]:
        return {
            "id": child_id,
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "deleted_at": None,
            "owner_id": owner_id,
            "plan_id": plan.id,
            "parent_id": node.id,
            "level": child.level.value,
            "depth": node.depth + 1,
            "territory_id": child.territory_id,
            "department_id": child.department_id,
            "employee_id": child.employee_id,
            "product_line": line,
            "metric": metric,
            "value": value,
            "weight": child.weight,
            "note": None,
            "subject_key": key,
        }


# ----- the approval type -----------------------------------------------------------------------
async def check_plan(
    ctx: Ctx, form: SalesPlanForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    """A draft plan (or the one this request already holds) the applicant may change."""
    loc = ["body", "form", "plan_id"]
    if not ctx.subject.can("sales_plan:write"):
        raise Forbidden("forbidden_action", permission="sales_plan:write")
    plan = await SalesPlanRepository(ctx).referenced(form.plan_id, loc, write=True)
    await sync_status(ctx, plan)
    held = exclude is not None and plan.approval_id == exclude
    if plan.status != SalesPlanStatus.draft.value and not held:
        raise PlanNotDraft(status=_status(plan))
    if plan.check_mode == "refuse":
        rows = await SalesTargetRepository(ctx).imbalances(plan.id)
        if rows:
            pid, _level, _metric, value, total = rows[0]
            raise TargetsUnbalanced(
                parent_id=str(pid),
                value=f"{value:.2f}",
                children_total=f"{total:.2f}",
                extensions={
                    "parent_id": str(pid),
                    "value": f"{value:.2f}",
                    "children_total": f"{total:.2f}",
                },
            )


async def apply_plan(ctx: Ctx, request: ApprovalRequest, form: SalesPlanForm) -> None:
    """Approved: the plan's revision is locked and its employees are told their numbers."""
    system = Ctx(session=ctx.session, subject=SYSTEM, settings=ctx.settings)
    plan = await SalesPlanRepository(system).find(form.plan_id)
    if plan is None:
        raise CannotApply(reason="the plan was deleted")
    if plan.approval_id not in (None, request.id) or plan.status == SalesPlanStatus.approved.value:
        raise CannotApply(reason="the plan was submitted again or changed since")
    plan.status = SalesPlanStatus.approved.value
    plan.approval_id = request.id
    plan.approved_at = utcnow()
    plan.updated_at = plan.approved_at
    targets = SalesTargetRepository(system)
    people = sorted({e for e, _ in await targets.employee_targets(plan.id)})
    for employee_id in people:
        notify(
            system,
            employee_id,
            NotificationKind.sales_target,
            "notification.sales_target",
            {"plan": plan.name, "revision": plan.revision},
            resource="sales_plan",
            record_id=plan.id,
        )
    await SalesPlanRepository(system).flush()


async def follow_plan(ctx: Ctx, request: ApprovalRequest, form: SalesPlanForm) -> None:
    """The plan follows its request: pending while it waits (however it was submitted, here
    or through ``POST /approvals``), a draft again once rejected, returned or withdrawn."""
    plan = await ctx.session.get(SalesPlan, form.plan_id)
    if plan is None or plan.status == SalesPlanStatus.approved.value:
        return
    if request.status == "pending":
        plan.status, plan.approval_id = SalesPlanStatus.pending.value, request.id
    elif plan.approval_id == request.id:
        plan.status = SalesPlanStatus.draft.value
    else:
        return
    plan.updated_at = utcnow()


register("sales_plan", TypeRules(check=check_plan, effect=apply_plan, follow=follow_plan))
