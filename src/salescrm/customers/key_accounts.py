"""Key accounts (大客户): screening rules, the candidate list, marking, and account plans.

**Screening.** The customer policy holds ``key_account_rules``:
``{"match": "all"|"any", "conditions": [{"metric", "op", "value"}]}``. Each metric is a SQL
expression over ``Customer`` with a value type, kept in a registry, so the candidate list is one
scoped, keyset-paginated query whatever the rules say. Metrics available here:

=============== ========= =========================================================
metric          type      meaning
=============== ========= =========================================================
strategic       bool      the customer's strategic flag
annual_revenue  decimal   the customer's own yearly turnover, as far as known
tier_rank       int       the rank of the customer's tier (1 is the most valuable)
contact_count   int       live contacts of the customer
size            string    company size (micro … enterprise)
stage           string    life-cycle stage (prospect … churned)
=============== ========= =========================================================

Other contexts add their own metrics with ``register_metric`` at import time (sales adds
``revenue_12m`` and ``deal_count_12m`` from contracts and payments); the policy accepts any
registered name, and ``validate_rules`` checks a rule set against the registry. Operators are
``eq ne gt gte lt lte in``; booleans take ``eq``/``ne``, strings ``eq``/``ne``/``in``. A
customer without a value for a metric (no tier, unknown revenue) does not satisfy a condition
on it. An empty rule set selects nobody.

**Marking.** ``mark-key-account`` / ``unmark-key-account`` need ``key_account:manage`` and the
right to change the customer, take a reason, and leave an event on the customer's timeline.
Unmarking closes the account's active plan.

**Plans.** ``/api/v1/key-account-plans``: goals, the assigned team and the next review, one
live plan per key account. Whoever sees the customer sees its plan (``customer:read``); keeping
plans needs ``key_account:manage`` and the right to change the customer.
"""

from __future__ import annotations

import operator
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, SQLColumnExpression, and_, false, func, or_, select
from sqlalchemy.exc import IntegrityError

from salescrm.core import geo, i18n
from salescrm.core.clock import utcnow
from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.db.types import MONEY_COLUMN_MAX, quantize_money
from salescrm.core.errors import (
    Conflict,
    Forbidden,
    ValidationFailed,
    error_responses,
    unknown_reference,
)
from salescrm.core.etag import etag
from salescrm.core.filtering import FilterOp
from salescrm.core.geo import CoordSystem
from salescrm.core.jobs import Job
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams, page_of, sort_enum
from salescrm.core.references import present, present_one
from salescrm.core.repository import PageResult, ReadRepository
from salescrm.core.schemas import (
    NO_NUL_PATTERN,
    CreateModel,
    Day,
    MoneyOut,
    NonNegativeMoney,
    RecordOut,
    RequestModel,
    decimal_pattern,
)
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import (
    CompanySize,
    Contact,
    Customer,
    CustomerTier,
    KeyAccountPlan,
    Stage,
)
from salescrm.customers.repository import (
    CustomerEventRepository,
    CustomerRepository,
    KeyAccountPlanRepository,
    PolicyRepository,
)
from salescrm.org.repository import EmployeeRepository
from salescrm.platform.audit import register_scoped_audit

i18n.register_names({"key_account_plan": "大客户计划"}, {"review_date": "复盘日期"})
i18n.register_details(
    {
        "already_key_account": (
            "The customer is already a key account.",
            "该客户已经是大客户。",
        ),
        "not_key_account": (
            "The customer is not a key account.",
            "该客户不是大客户。",
        ),
        "key_account_rules_invalid": (
            "The key-account rules of the customer policy are invalid ({count} problem(s)); "
            "fix them with PATCH /api/v1/customer-policy.",
            "客户信息规范中的大客户筛选规则无效({count} 处),"
            "请通过 PATCH /api/v1/customer-policy 修正。",
        ),
    }
)

# ----- the metric registry -------------------------------------------------------------------
ValueType = Literal["bool", "int", "decimal", "string"]
Op = Literal["eq", "ne", "gt", "gte", "lt", "lte", "in"]

_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}
_OPS_BY_TYPE: dict[str, frozenset[str]] = {
    "bool": frozenset({"eq", "ne"}),
    "int": frozenset({*_COMPARE, "in"}),
    "decimal": frozenset({*_COMPARE, "in"}),
    "string": frozenset({"eq", "ne", "in"}),
}
#: The most values an ``in`` condition may list.
MAX_IN_VALUES = 50

ExprFactory = Callable[[], SQLColumnExpression[Any]]


@dataclass(frozen=True)
class MetricDef:
    name: str
    #: Builds the metric as a SQL expression over ``Customer`` (a column or a correlated
    #: scalar sub-query), once per query.
    expression: ExprFactory
    value_type: ValueType
    description: str
    #: For string metrics: the allowed values (None: any string).
    choices: tuple[str, ...] | None = None


METRICS: dict[str, MetricDef] = {}


def register_metric(
    name: str,
    expr_factory: ExprFactory,
    value_type: ValueType,
    description: str,
    *,
    choices: Sequence[str] | None = None,
) -> None:
    """Make a screening metric available to the key-account rules.

    ``expr_factory`` returns a SQL expression correlated to ``Customer`` (for example
    ``select(func.sum(Payment.amount)).where(Payment.customer_id == Customer.id, ...)
    .scalar_subquery()``); it is called each time the candidate list is built, so it may use
    the current time.
    """
    if name in METRICS:
        raise ValueError(f"key-account metric {name!r} registered twice")
    if value_type not in _OPS_BY_TYPE:
        raise ValueError(f"unknown metric value type {value_type!r}")
    METRICS[name] = MetricDef(
        name, expr_factory, value_type, description, tuple(choices) if choices else None
    )


#: The largest integer a condition compares with (the server refuses |n| >= 2^31).
_INT_MAX = 2**31 - 1
#: The largest decimal a condition takes as a JSON number: past 2^53 a number is not exact in
#: JSON (a larger one is sent as text, exact to the cent).
_NUMBER_MAX = 9 * 10**15
#: A decimal written as text: no exponent, no spaces, within MONEY_COLUMN_MAX.
_DECIMAL_TEXT = re.compile(decimal_pattern(len(str(int(MONEY_COLUMN_MAX))), 2, "-"))


def _scalar_schema(metric: MetricDef) -> dict[str, Any]:
    if metric.value_type == "bool":
        return {"type": "boolean"}
    if metric.value_type == "int":
        return {"type": "integer", "minimum": -_INT_MAX, "maximum": _INT_MAX}
    if metric.value_type == "decimal":
        return {
            "anyOf": [
                {"type": "number", "minimum": -_NUMBER_MAX, "maximum": _NUMBER_MAX},
                {"type": "string", "pattern": _DECIMAL_TEXT.pattern},
            ]
        }
    if metric.choices is not None:
        return {"type": "string", "enum": list(metric.choices)}
    return {"type": "string", "minLength": 1, "pattern": NO_NUL_PATTERN}


def condition_variants() -> list[dict[str, Any]]:
    """One JSON-schema branch per metric and kind of operator (a comparison takes one value,
    ``in`` a list of 1 to ``MAX_IN_VALUES``): what ``_check`` accepts, stated."""
    variants: list[dict[str, Any]] = []
    for name, metric in sorted(METRICS.items()):
        scalar = _scalar_schema(metric)
        ops = sorted(_OPS_BY_TYPE[metric.value_type] - {"in"})
        shapes: list[tuple[dict[str, Any], dict[str, Any]]] = [
            ({"type": "string", "enum": ops}, scalar)
        ]
        if "in" in _OPS_BY_TYPE[metric.value_type]:
            listed = {"type": "array", "items": scalar, "minItems": 1, "maxItems": MAX_IN_VALUES}
            shapes.append(({"type": "string", "const": "in"}, listed))
        for op, value in shapes:
            variants.append(
                {
                    "type": "object",
                    "properties": {
                        "metric": {"type": "string", "const": name},
                        "op": op,
                        "value": value,
                    },
                    "required": ["metric", "op", "value"],
                }
            )
    return variants


def _tier_rank() -> SQLColumnExpression[Any]:
    return (
        select(CustomerTier.rank)
        .where(CustomerTier.code == Customer.tier, CustomerTier.deleted_at.is_(None))
        .correlate(Customer)
        .scalar_subquery()
    )


def _contact_count() -> SQLColumnExpression[Any]:
    return (
        select(func.count(Contact.id))
        .where(Contact.customer_id == Customer.id, Contact.deleted_at.is_(None))
        .correlate(Customer)
        .scalar_subquery()
    )


register_metric("strategic", lambda: Customer.strategic, "bool", "The strategic flag")
register_metric(
    "annual_revenue",
    lambda: Customer.annual_revenue,
    "decimal",
    "The customer's own yearly turnover, as far as known",
)
register_metric("tier_rank", _tier_rank, "int", "Rank of the customer's tier (1 is the best)")
register_metric("contact_count", _contact_count, "int", "Number of live contacts")
register_metric(
    "size", lambda: Customer.size, "string", "Company size", choices=[s.value for s in CompanySize]
)
register_metric(
    "stage", lambda: Customer.stage, "string", "Life-cycle stage", choices=[s.value for s in Stage]
)


# ----- rule validation and the SQL predicate -------------------------------------------------
class _BadValue(ValueError):
    pass


def _scalar(metric: MetricDef, raw: Any) -> Any:
    """One comparison value, converted to the metric's Python type (or ``_BadValue``)."""
    kind = metric.value_type
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _BadValue("Must be true or false")
        return raw
    if kind == "int":
        # JSON Schema counts 5.0 as an integer, and so does the contract: read it as 5.
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise _BadValue("Must be an integer")
        if abs(raw) >= 2**31:
            raise _BadValue("Must lie between -2147483647 and 2147483647")
        return raw
    if kind == "decimal":
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise _BadValue("Must be a number")
        if isinstance(raw, str) and not _DECIMAL_TEXT.fullmatch(raw):
            raise _BadValue("Must be a number, or a decimal such as 1200000.00 as text")
        if not isinstance(raw, str) and abs(raw) > _NUMBER_MAX:
            raise _BadValue(f"A JSON number is exact up to {_NUMBER_MAX}; send more as text")
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            raise _BadValue("Must be a number") from None
        if not value.is_finite() or abs(value) > MONEY_COLUMN_MAX:
            # A bound any amount column can be compared with (sums of many records pass
            # MONEY_MAX, so that is not the limit here).
            raise _BadValue(f"Must be a finite number within ±{MONEY_COLUMN_MAX}")
        return value
    if not isinstance(raw, str) or not raw:
        raise _BadValue("Must be a non-empty string")
    if metric.choices is not None and raw not in metric.choices:
        raise _BadValue(f"Must be one of: {', '.join(metric.choices)}")
    return raw


def _value(metric: MetricDef, op: str, raw: Any) -> Any:
    if op != "in":
        return _scalar(metric, raw)
    if not isinstance(raw, list) or not raw or len(raw) > MAX_IN_VALUES:
        raise _BadValue(f"'in' takes a list of 1 to {MAX_IN_VALUES} values")
    return [_scalar(metric, item) for item in raw]


def _check(rules: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[tuple[str, str, Any]]]:
    """The problems of a rule set (relative locations) and its parsed conditions."""
    errors: list[dict[str, Any]] = []
    parsed: list[tuple[str, str, Any]] = []
    if rules.get("match", "all") not in ("all", "any"):
        errors.append({"loc": ["match"], "msg": "Must be 'all' or 'any'", "type": "literal_error"})
    conditions = rules.get("conditions") or []
    if not isinstance(conditions, list):
        return [*errors, {"loc": ["conditions"], "msg": "Must be a list", "type": "list_type"}], []
    for i, condition in enumerate(conditions):
        loc: list[str | int] = ["conditions", i]
        if not isinstance(condition, Mapping):
            errors.append({"loc": loc, "msg": "Must be an object", "type": "dict_type"})
            continue
        name, op = condition.get("metric"), condition.get("op")
        metric = METRICS.get(name) if isinstance(name, str) else None
        if metric is None:
            known = ", ".join(sorted(METRICS))
            errors.append(
                {
                    "loc": [*loc, "metric"],
                    "msg": f"Unknown metric; one of: {known}",
                    "type": "unknown_metric",
                }
            )
            continue
        allowed = _OPS_BY_TYPE[metric.value_type]
        if not isinstance(op, str) or op not in allowed:
            errors.append(
                {
                    "loc": [*loc, "op"],
                    "msg": f"A {metric.value_type} metric takes one of: "
                    + ", ".join(sorted(allowed)),
                    "type": "bad_operator",
                }
            )
            continue
        try:
            parsed.append((metric.name, op, _value(metric, op, condition.get("value"))))
        except _BadValue as exc:
            errors.append({"loc": [*loc, "value"], "msg": str(exc), "type": "value_error"})
    return errors, parsed


def validate_rules(rules: Mapping[str, Any]) -> None:
    """422 naming ``["body", "key_account_rules", "conditions", i, "metric"|"op"|"value"]`` for
    an unknown metric, an operator the metric's type does not take, or a value of the wrong
    type (the policy service calls this before storing the rules)."""
    errors, _ = _check(rules)
    if errors:
        raise ValidationFailed.of(
            [{**e, "loc": ["body", "key_account_rules", *e["loc"]]} for e in errors]
        )


def rules_predicate(rules: Mapping[str, Any]) -> ColumnElement[bool]:
    """The rule set as one SQL predicate over ``Customer``; nothing matches an empty set.

    Rules stored before a metric was withdrawn (or before validation existed) are a 409 that
    points at the policy, not a silent "everyone" or "no one".
    """
    errors, parsed = _check(rules)
    if errors:
        raise Conflict(
            "key_account_rules_invalid",
            errors=[{**e, "loc": ["policy", "key_account_rules", *e["loc"]]} for e in errors],
            count=len(errors),
        )
    if not parsed:
        return false()
    clauses: list[ColumnElement[bool]] = []
    for name, op, value in parsed:
        expression: Any = METRICS[name].expression()
        clauses.append(expression.in_(value) if op == "in" else _COMPARE[op](expression, value))
    return or_(*clauses) if rules.get("match") == "any" else and_(*clauses)


# ----- candidates, marking -------------------------------------------------------------------
class CandidateRepository(ReadRepository[Customer]):
    """Customers in the caller's scope (the customer scope, shares included)."""

    model = Customer
    sort_fields: ClassVar = CustomerRepository.sort_fields
    filters: ClassVar[dict[str, FilterOp]] = {
        k: v
        for k, v in CustomerRepository.filters.items()
        if k in {"owner_id", "tier", "stage", "industry", "region", "city", "tag"}
    }

    async def candidates(
        self, params: ListParams, rules: Mapping[str, Any]
    ) -> PageResult[Customer]:
        """Customers the rules select that are not key accounts yet, one page."""
        return await self.list(
            params, where=[Customer.key_account.is_(False), rules_predicate(rules)]
        )


class KeyAccountService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = CustomerRepository(ctx)
        self.events = CustomerEventRepository(ctx)

    def _require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def candidates(self, params: ListParams) -> PageResult[Customer]:
        self._require("customer:read")
        policy = await PolicyRepository(self.ctx).current()
        return await CandidateRepository(self.ctx).candidates(
            params, policy.key_account_rules or {}
        )

    async def mark(self, customer_id: uuid.UUID, reason: str) -> Customer:
        self._require("key_account:manage")
        customer = await self.customers.get_for_write(customer_id)
        await self.customers.lock(customer)
        if customer.key_account:
            raise Conflict("already_key_account")
        customer = await self.customers.update(
            customer, {"key_account": True, "key_account_since": utcnow()}, None
        )
        self.events.add(customer.id, "key_account_marked", to_value="true", reason=reason)
        await self.customers.flush()
        return customer

    async def unmark(self, customer_id: uuid.UUID, reason: str) -> Customer:
        self._require("key_account:manage")
        customer = await self.customers.get_for_write(customer_id)
        await self.customers.lock(customer)
        if not customer.key_account:
            raise Conflict("not_key_account")
        since = customer.key_account_since
        customer = await self.customers.update(
            customer, {"key_account": False, "key_account_since": None}, None
        )
        closed = await PlanRepository(self.ctx).close_active(customer.id)
        self.events.add(
            customer.id,
            "key_account_unmarked",
            from_value="true",
            to_value="false",
            reason=reason,
            details={
                "key_account_since": since.isoformat() if since else None,
                "closed_plans": [str(plan_id) for plan_id in closed],
            },
        )
        await self.customers.flush()
        return customer


# ----- plans ---------------------------------------------------------------------------------
class PlanStatus(StrEnum):
    active = "active"
    closed = "closed"


i18n.register_enum(
    PlanStatus,
    {
        "active": ("Active", "进行中"),
        "closed": ("Closed", "已关闭"),
    },
)


class PlanRepository(KeyAccountPlanRepository):
    def _violated_field(self, exc: IntegrityError) -> str | None:
        """PostgreSQL names the index (``uq_key_account_plans_customer_live``), not the
        column: one live plan per customer is a duplicate ``customer_id``."""
        if "uq_key_account_plans_customer_live" in str(exc.orig):
            return "customer_id"
        return super()._violated_field(exc)

    async def close_active(self, customer_id: uuid.UUID) -> list[uuid.UUID]:
        """Close the customer's active plans (on the loaded rows, so the audit sees it)."""
        plans = await self.session.scalars(
            select(KeyAccountPlan).where(
                KeyAccountPlan.customer_id == customer_id,
                KeyAccountPlan.status == PlanStatus.active.value,
                KeyAccountPlan.deleted_at.is_(None),
            )
        )
        closed = []
        for plan in plans:
            plan.status = PlanStatus.closed.value
            closed.append(plan.id)
        await self.flush()
        return closed


Description = Annotated[str, Field(min_length=1, max_length=500)]
Role = Annotated[str, Field(min_length=1, max_length=50, examples=["客户经理"])]
Notes = Annotated[str, Field(max_length=5000)]


class Goal(RequestModel):
    description: Description
    target_amount: NonNegativeMoney | None = None
    due_date: date | None = None


class TeamMember(RequestModel):
    employee_id: uuid.UUID
    role: Role


Goals = Annotated[list[Goal], Field(max_length=20)]
Team = Annotated[
    list[TeamMember],
    Field(max_length=30, description="Each employee once; every one a current employee."),
]


class PlanCreate(CreateModel):
    customer_id: uuid.UUID = Field(description="A key account the caller may change.")
    goals: Goals = Field(default_factory=list)
    team: Team = Field(default_factory=list)
    review_date: date = Field(description="When the plan is next reviewed.")
    status: PlanStatus = PlanStatus.active
    notes: Notes | None = None


class PlanUpdate(RequestModel):
    goals: Goals | None = None
    team: Team | None = None
    review_date: date | None = None
    status: PlanStatus | None = None
    notes: Notes | None = None


class GoalOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    description: str
    target_amount: MoneyOut | None = None
    due_date: date | None = None


class TeamMemberOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    employee_id: uuid.UUID
    role: str


class PlanOut(RecordOut):
    customer_id: uuid.UUID
    goals: list[GoalOut]
    team: list[TeamMemberOut]
    review_date: date
    status: PlanStatus
    notes: str | None


class PlanListParams(ListParams):
    customer_id: uuid.UUID | None = None
    status: PlanStatus | None = None
    review_before: Day | None = Field(None, description="Reviews due on or before this date.")


class KeyAccountPlanService(CrudService[KeyAccountPlan]):
    repository = PlanRepository
    permission = "key_account"

    #: Whoever sees the customer sees its plan; keeping plans is ``key_account:manage``.
    permissions: ClassVar = {
        "read": "customer:read",
        "write": "key_account:manage",
        "delete": "key_account:manage",
    }
    refusals: ClassVar = {"restore": {409: "409 when the customer is no longer a key account."}}

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        # A customer the caller may change (``KeyAccountPlanRepository.links``).
        customer: Customer = (await self.repo.check_links(values)).parents["customer_id"]
        if not customer.key_account:
            raise ValidationFailed.field(
                ["body", "customer_id"], "The customer is not a key account", "not_key_account"
            )
        return await self._stored(values)

    async def prepare_update(
        self, record: KeyAccountPlan, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._stored(changes)

    async def prepare_restore(self, record: KeyAccountPlan) -> None:
        """A deleted plan comes back only while its customer is still a key account."""
        customer = await CustomerRepository(self.ctx).find_writable(record.customer_id)
        if customer is None or not customer.key_account:
            raise Conflict("not_key_account")

    async def _stored(self, values: dict[str, Any]) -> dict[str, Any]:
        """Goals and team as JSON (money as a two-place string), the team checked."""
        if values.get("goals") is not None:
            values["goals"] = [_goal_json(goal) for goal in values["goals"]]
        if values.get("team") is not None:
            await self._check_team(values["team"])
            values["team"] = [
                {"employee_id": str(m["employee_id"]), "role": m["role"]} for m in values["team"]
            ]
        if isinstance(values.get("status"), PlanStatus):
            values["status"] = values["status"].value
        return values

    async def _check_team(self, team: list[dict[str, Any]]) -> None:
        employees = EmployeeRepository(self.ctx)
        errors: list[Mapping[str, Any]] = []
        seen: set[uuid.UUID] = set()
        for i, member in enumerate(team):
            loc: list[str | int] = ["body", "team", i, "employee_id"]
            employee_id = member["employee_id"]
            if employee_id in seen:
                errors.append({"loc": loc, "msg": "Listed twice", "type": "duplicate"})
            elif await employees.live(employee_id) is None:
                errors.extend(unknown_reference(loc, "employee").errors)
            seen.add(employee_id)
        if errors:
            raise ValidationFailed.of(errors)


def _goal_json(goal: Mapping[str, Any]) -> dict[str, Any]:
    amount = goal.get("target_amount")
    due = goal.get("due_date")
    return {
        "description": goal["description"],
        "target_amount": None if amount is None else f"{quantize_money(amount):.2f}",
        "due_date": None if due is None else due.isoformat(),
    }


# ----- HTTP ----------------------------------------------------------------------------------
register_scoped_audit("key_account_plan", KeyAccountPlanRepository)

CtxDep = Annotated[Ctx, Depends(get_ctx)]


class CandidateListParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="Candidates of one owner.")
    tier: schemas.TierCode | None = None
    stage: Stage | None = None
    industry: schemas.Text100 | None = None
    region: schemas.Text100 | None = None
    city: schemas.Text50 | None = None
    tag: schemas.Tag | None = None
    coord_system: CoordSystem = Field(geo.DEFAULT, description=geo.ANSWER_DESCRIPTION)


class KeyAccountReason(RequestModel):
    reason: schemas.Reason = Field(description="Why; kept on the customer's timeline.")


actions = APIRouter(tags=["customers"], route_class=UnitOfWorkRoute)


@actions.get(
    "/key-account-candidates",
    name="key_account_candidates_list",
    summary="Customers in your scope that the key-account rules select and are not yet "
    "key accounts",
    description="Requires `customer:read`. 409 when the stored key-account rules are invalid "
    "(a metric withdrawn since; `errors` names each): fix them in the customer policy.",
    response_model=page_of(schemas.CustomerOut),
    responses=error_responses(401, 403, 409, 422),
)
@sort_enum(CandidateRepository)
async def list_candidates(
    ctx: CtxDep,
    params: Annotated[CandidateListParams, Query()],
) -> Any:
    geo.answer_system.set(params.coord_system)
    page = await KeyAccountService(ctx).candidates(params)
    items = await present(ctx, schemas.CustomerOut, page.items)
    return {"items": items, "next_cursor": page.next_cursor, "total": page.total}


async def _customer_out(customer: Customer, response: Response, ctx: Ctx) -> schemas.CustomerOut:
    response.headers["ETag"] = etag(customer.version)
    return await present_one(ctx, schemas.CustomerOut, customer)


@actions.post(
    "/customers/{record_id}/mark-key-account",
    name="customers_mark_key_account",
    summary="Mark a customer as a key account (大客户), with a reason",
    description="Requires `key_account:manage` and the right to change the customer (404 "
    "outside the caller's data scope). 409 when it is a key account already.",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 404, 409, 415, 422),
    },
)
async def mark_key_account(
    record_id: IdPath, payload: KeyAccountReason, response: Response, ctx: CtxDep
) -> Any:
    customer = await KeyAccountService(ctx).mark(record_id, payload.reason)
    return await _customer_out(customer, response, ctx)


@actions.post(
    "/customers/{record_id}/unmark-key-account",
    name="customers_unmark_key_account",
    summary="No longer treat a customer as a key account, with a reason (closes its plan)",
    description="Requires `key_account:manage` and the right to change the customer (404 "
    "outside the caller's data scope). 409 when it is not a key account.",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 404, 409, 415, 422),
    },
)
async def unmark_key_account(
    record_id: IdPath, payload: KeyAccountReason, response: Response, ctx: CtxDep
) -> Any:
    customer = await KeyAccountService(ctx).unmark(record_id, payload.reason)
    return await _customer_out(customer, response, ctx)


plans = crud_router(
    CrudSpec(
        path="/key-account-plans",
        name="key_account_plans",
        tag="customers",
        singular="key-account plan",
        service=KeyAccountPlanService,
        read_schema=PlanOut,
        create_schema=PlanCreate,
        update_schema=PlanUpdate,
        list_params=PlanListParams,
    )
)

routers: list[APIRouter] = [actions, plans]
JOBS: list[Job] = []
