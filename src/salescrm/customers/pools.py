"""Several public pools (公海), their members and rules, release reasons, and pool statistics.

A company keeps pools per department or region (``/customer-pools``); a customer whose
``pool_id`` is null is in the default pool, which every claimer sees and the policy governs.
A named pool's members are its department's employees (and those of the departments below
it), the employees it lists, or everyone with ``open_to_all``; a caller whose data scope is
the whole company, or who may change the policy, sees every pool. A pool's rule left null is
the policy's: contact masking until a claim, the cooldown before whoever released a customer
may claim it again, the daily claim limit, the return period.

Where a customer goes when released or returned: the pool the release names, else its own
pool, else the pool of its region, else the pool of the former owner's department (the
nearest above them), else the default pool.

Another context may keep customers out of the automatic return (an open deal, a contract in
progress) with ``register_return_blocker``, and say what counts as a claimed customer's
conversion (a won deal, a signed contract) with ``register_conversion``: the customers
context names neither deals nor contracts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import ColumnElement, Date, Select, and_, cast, func, or_, select

from salescrm.core import clock, i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    error_responses,
    unknown_reference,
)
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, present, ref, register_kind
from salescrm.core.repository import PageResult
from salescrm.core.schemas import PeriodDay, QueryModel, check_period
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import (
    NO_KEY,
    Customer,
    CustomerEvent,
    CustomerPool,
    PoolDayCount,
    PoolReleaseReason,
)
from salescrm.customers.pool_counts import CONVERTED
from salescrm.customers.repository import (
    CustomerPoolRepository,
    PolicyRepository,
    ReleaseReasonRepository,
)
from salescrm.org.models import path_ids
from salescrm.platform.audit import register_reference_audit

i18n.register_details(
    {
        "pool_in_use": (
            "Pool {name} holds or governs customers; move them to another pool first.",
            "公海「{name}」中仍有客户(或客户归属于它);请先将其移至其他公海。",
        ),
        "claim_cooldown": (
            "You gave this customer back to the pool; you may claim it again from {available_at}.",
            "您刚将该客户退回公海;{available_at} 之后才能再次认领。",
        ),
        "claim_daily_limit": (
            "You have claimed {claimed} customer(s) from this pool today, the most allowed per "
            "day ({limit}); claim again from {available_at}.",
            "您今天已从该公海认领 {claimed} 个客户,达到每日上限 {limit} 个;"
            "请于 {available_at} 之后再认领。",
        ),
    }
)
i18n.register_titles(
    {
        "pool_in_use": ("Pool in use", "公海正在使用"),
        "claim_cooldown": ("Claim cooldown", "认领冷却期"),
        "claim_daily_limit": ("Daily claim limit reached", "已达每日认领上限"),
    }
)


class PoolInUse(Conflict):
    code = detail_key = "pool_in_use"


class ClaimCooldown(Conflict):
    """409 with ``available_at`` and Retry-After: the previous owner waits before reclaiming."""

    code = detail_key = "claim_cooldown"


class ClaimDailyLimit(Conflict):
    """409 with ``available_at`` (the next business day) and Retry-After."""

    code = detail_key = "claim_daily_limit"


# ----- what other contexts add -------------------------------------------------------------
#: Each gives a predicate on ``Customer`` true when the customer must not return on its own.
ReturnBlocker = Callable[[], ColumnElement[bool]]
_blockers: dict[str, ReturnBlocker] = {}


def register_return_blocker(name: str, blocker: ReturnBlocker) -> None:
    _blockers[name] = blocker


def return_blocked() -> ColumnElement[bool] | None:
    """True for a customer the automatic return must leave with its owner (None: no rule)."""
    clauses = [blocker() for _, blocker in sorted(_blockers.items())]
    return or_(*clauses) if clauses else None


# ----- members and rules -------------------------------------------------------------------
@dataclass(frozen=True)
class PoolRules:
    """The rules that apply in one pool (the policy's where the pool leaves its own null)."""

    pool_id: uuid.UUID | None
    mask_contacts: bool
    cooldown_days: int
    daily_limit: int | None


class PoolDirectory:
    """Which pools the caller belongs to, each pool's rules, and where a customer goes.

    Pools are a handful per company: they are read whole, once per request."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = CustomerPoolRepository(ctx)
        self._pools: dict[uuid.UUID, CustomerPool] | None = None
        self._visible: frozenset[uuid.UUID] | None = None
        self._visible_known = False
        #: Each former owner's departments, asked once per run however many customers go.
        self._departments: dict[uuid.UUID, list[uuid.UUID]] = {}

    async def pools(self) -> dict[uuid.UUID, CustomerPool]:
        if self._pools is None:
            self._pools = {pool.id: pool for pool in await self.repo.live()}
        return self._pools

    def sees_all(self) -> bool:
        subject = self.ctx.subject
        return subject.sees_everything or subject.can("customer_policy:write")

    async def visible_ids(self) -> frozenset[uuid.UUID] | None:
        """The named pools the caller is a member of (None: every pool)."""
        if not self._visible_known:
            self._visible = await self._members_of()
            self._visible_known = True
        return self._visible

    async def sees(self, pool_id: uuid.UUID | None) -> bool:
        """Whether the caller is a member of the pool (everyone is of the default one)."""
        visible = await self.visible_ids()
        return pool_id is None or visible is None or pool_id in visible

    async def member_pool(self, pool_id: uuid.UUID, loc: list[str | int]) -> CustomerPool:
        """A live pool a request names that the caller is a member of, or 422 naming the
        field (the same for a pool that does not exist: it tells nothing of others')."""
        pool = (await self.pools()).get(pool_id)
        if pool is None or not await self.sees(pool_id):
            raise unknown_reference(loc, "customer pool")
        return pool

    async def _members_of(self) -> frozenset[uuid.UUID] | None:
        if self.sees_all():
            return None
        subject = self.ctx.subject
        chain = set(path_ids(subject.department_path))
        if subject.department_id is not None:
            chain.add(subject.department_id)
        me = str(subject.id) if subject.id is not None else None
        return frozenset(
            pool.id
            for pool in (await self.pools()).values()
            if pool.open_to_all
            or (pool.department_id is not None and pool.department_id in chain)
            or (me is not None and me in pool.member_ids)
        )

    async def rules(self, pool_id: uuid.UUID | None) -> PoolRules:
        policy = await PolicyRepository(self.ctx).current()
        pool = (await self.pools()).get(pool_id) if pool_id is not None else None
        if pool is None:
            return PoolRules(
                None,
                policy.pool_masks_contacts,
                policy.claim_cooldown_days,
                policy.daily_claim_limit,
            )
        return PoolRules(
            pool.id,
            policy.pool_masks_contacts if pool.mask_contacts is None else pool.mask_contacts,
            (
                policy.claim_cooldown_days
                if pool.claim_cooldown_days is None
                else pool.claim_cooldown_days
            ),
            policy.daily_claim_limit if pool.daily_claim_limit is None else pool.daily_claim_limit,
        )

    async def destination(self, customer: Customer, former: uuid.UUID | None) -> uuid.UUID | None:
        """Where a released or returned customer goes (module docstring): None is the
        default pool."""
        pools = await self.pools()
        if customer.pool_id is not None and customer.pool_id in pools:
            return customer.pool_id
        if customer.region:
            for pool in pools.values():
                if pool.region == customer.region:
                    return pool.id
        if former is None:
            return None
        by_department = {p.department_id: p.id for p in pools.values() if p.department_id}
        if not by_department:
            return None
        if former not in self._departments:
            self._departments[former] = await self.repo.departments_of(former)
        for department_id in reversed(self._departments[former]):
            if department_id in by_department:
                return by_department[department_id]
        return None


# ----- masking -----------------------------------------------------------------------------
MASK = "****"


def mask_phone(number: str) -> str:
    """``+8613812345678`` → ``+86138****5678``: enough to tell two numbers apart, not to
    call."""
    digits = number.split(";", 1)[0]
    if len(digits) <= 7:
        return MASK
    return f"{digits[: len(digits) - 8]}{MASK}{digits[-4:]}"


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else MASK


def mask_text(text: str | None, keep: int = 6) -> str | None:
    """The first characters of a street address (the district), the rest hidden."""
    if not text:
        return text
    return f"{text[:keep]}{MASK}" if len(text) > keep else MASK


def masked_customer(out: schemas.CustomerOut) -> schemas.CustomerOut:
    return out.model_copy(
        update={
            "phones": [mask_phone(p) for p in out.phones],
            "email": mask_email(out.email) if out.email else None,
            "address": mask_text(out.address),
            "remarks": None,
            "contacts_masked": True,
        }
    )


def masked_contact(out: schemas.ContactOut) -> schemas.ContactOut:
    return out.model_copy(
        update={
            "mobile": mask_phone(out.mobile) if out.mobile else None,
            "phone": mask_phone(out.phone) if out.phone else None,
            "phone_extension": None,
            "email": mask_email(out.email) if out.email else None,
            "wechat": f"{out.wechat[:1]}***" if out.wechat else None,
            "birthday": None,
            "notes": None,
        }
    )


async def present_masked(
    ctx: Ctx, outs: list[schemas.CustomerOut], directory: PoolDirectory
) -> list[schemas.CustomerOut]:
    """Pool customers as a claimer sees them: masked where their pool's rule says so."""
    rules: dict[uuid.UUID | None, bool] = {}
    shown = []
    for out in outs:
        if out.pool_id not in rules:
            rules[out.pool_id] = (await directory.rules(out.pool_id)).mask_contacts
        shown.append(masked_customer(out) if rules[out.pool_id] else out)
    return shown


# ----- the pool and reason resources -------------------------------------------------------
class CustomerPoolService(CrudService[CustomerPool]):
    repository = CustomerPoolRepository
    permission = "customer_policy"
    #: Claimers read the pools (to choose one); changing them is policy.
    permissions: ClassVar = {"read": "customer:claim", "delete": "customer_policy:write"}
    access: ClassVar[Mapping[str, str]] = {
        "list": "Requires `customer:claim`; lists the pools the caller is a member of (every "
        "pool for the `all` scope or `customer_policy:write`).",
        "get": "Requires `customer:claim`; 404 for a pool the caller is not a member of.",
    }
    refusals: ClassVar = {
        "delete": {409: "409 `pool_in_use` while customers are in the pool or belong to it."}
    }

    async def list(self, params: ListParams) -> PageResult[CustomerPool]:
        """A claimer lists the pools they are a member of (a release names one of them)."""
        self.require("read")
        visible = await PoolDirectory(self.ctx).visible_ids()
        where = [] if visible is None else [CustomerPool.id.in_(visible)]
        return await self.repo.list(params, where=where)

    async def get(self, record_id: uuid.UUID) -> CustomerPool:
        record = await super().get(record_id)
        if not await PoolDirectory(self.ctx).sees(record.id):
            raise NotFound(resource="customer_pool", id=str(record_id))
        return record

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._references(values)

    async def prepare_update(self, record: CustomerPool, changes: dict[str, Any]) -> dict[str, Any]:
        return await self._references(changes)

    async def _references(self, values: dict[str, Any]) -> dict[str, Any]:
        if values.get("department_id") is not None and not await self.pools.department_exists(
            values["department_id"]
        ):
            raise unknown_reference(["body", "department_id"], "department")
        if values.get("member_ids") is not None:
            wanted = list(dict.fromkeys(values["member_ids"]))
            found = await self.pools.current_employees(wanted)
            for index, employee_id in enumerate(values["member_ids"]):
                if employee_id not in found:
                    raise unknown_reference(["body", "member_ids", index], "current employee")
            values["member_ids"] = [str(employee_id) for employee_id in wanted]
        return values

    async def prepare_delete(self, record: CustomerPool) -> None:
        if await self.pools.in_use(record.id):
            raise PoolInUse(name=record.name)

    @property
    def pools(self) -> CustomerPoolRepository:
        repo: CustomerPoolRepository = self.repo  # type: ignore[assignment]
        return repo


class ReleaseReasonService(CrudService[PoolReleaseReason]):
    repository = ReleaseReasonRepository
    permission = "customer_policy"
    #: Whoever sees customers reads the reasons (to release, to read a timeline).
    permissions: ClassVar = {"read": "customer:read", "delete": "customer_policy:write"}


# ----- statistics --------------------------------------------------------------------------
class Bucket(StrEnum):
    day = "day"
    week = "week"
    month = "month"


i18n.register_enum(Bucket, {"day": ("Day", "日"), "week": ("Week", "周"), "month": ("Month", "月")})

#: The event kinds statistics count, by the name of their column.
COUNTED = {
    "claimed": "claims",
    "released": "releases",
    "returned_to_pool": "returns",
    CONVERTED: "conversions",
}


class PoolStatisticsParams(QueryModel):
    start_date: PeriodDay | None = Field(
        None,
        description="First day counted (business time zone); default: 29 days before end_date.",
    )
    end_date: PeriodDay | None = Field(None, description="Last day counted; default: today.")
    bucket: Bucket = Field(Bucket.month, description="Periods of the rows.")
    pool_id: uuid.UUID | None = Field(None, description="One named pool only.")
    default_pool: bool | None = Field(None, description="true: the default pool only.")

    @model_validator(mode="after")
    def _period(self) -> PoolStatisticsParams:
        """The defaults filled in (as of today where the business is), then checked."""
        self.end_date = self.end_date or clock.today()
        self.start_date = self.start_date or (self.end_date - timedelta(days=29))
        check_period(self.start_date, self.end_date, ("start_date", "end_date"), max_years=2)
        return self

    def period(self) -> tuple[date, date]:
        """The checked period, first and last day (the validator filled in the defaults)."""
        end = self.end_date or clock.today()
        return self.start_date or end - timedelta(days=29), end


class PoolCounts(BaseModel):
    claims: int = Field(0, description="Customers claimed from the pool.")
    releases: int = Field(0, description="Customers released to it by hand.")
    returns: int = Field(0, description="Customers the return rule gave back to it.")
    conversions: int = Field(
        0,
        description="Claims in the period whose customer then had a deal won or a contract "
        "signed (counted in the claim's period).",
    )


class PoolPeriodRow(PoolCounts):
    pool_id: uuid.UUID | None = Field(description="Null: the default pool.")
    pool: Ref | None = ref("customer_pool")
    period_start: date = Field(description="The first day of the period (business time zone).")


class PoolTotalRow(PoolCounts):
    pool_id: uuid.UUID | None = Field(description="Null: the default pool.")
    pool: Ref | None = ref("customer_pool")


class ReleaseReasonRow(BaseModel):
    pool_id: uuid.UUID | None = Field(description="Null: the default pool.")
    pool: Ref | None = ref("customer_pool")
    release_reason_id: uuid.UUID | None = Field(description="Null: released without one.")
    release_reason: Ref | None = ref("pool_release_reason")
    releases: int


class PoolStatistics(BaseModel):
    start_date: date
    end_date: date
    bucket: Bucket
    time_zone: str = Field(description="The business time zone the days are in.")
    rows: list[PoolPeriodRow] = Field(description="Per pool and period, periods with events.")
    totals: list[PoolTotalRow] = Field(description="Per pool over the whole period.")
    release_reasons: list[ReleaseReasonRow] = Field(description="Releases per pool and reason.")


class PoolEventRepository:
    """Pool statistics from the day counters (``customer_pool_days``, kept by
    ``customers.pool_counts``): a few rows per pool and day, whatever the number of events;
    and one employee's claims today, from the events."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.session = ctx.session

    def _days(self, start: date, end: date, pools: ColumnElement[bool] | None) -> Select[Any]:
        stmt = select().where(PoolDayCount.day >= start, PoolDayCount.day <= end)
        return stmt if pools is None else stmt.where(pools)

    def _period(self, bucket: Bucket) -> Any:
        """The first day of a counter's period, in SQL: a year by month is 6 pools x 4 kinds
        x 12 rows to send, not 8,760 days."""
        day = PoolDayCount.day
        if bucket is Bucket.day:
            return day
        if self.session.get_bind().dialect.name == "postgresql":
            return cast(func.date_trunc(bucket.value, day), Date)
        # SQLite: 'weekday 0' is the next Sunday (or the day itself), six days on is Monday.
        shift = ("start of month",) if bucket is Bucket.month else ("weekday 0", "-6 days")
        return func.date(day, *shift)

    async def counts(
        self, start: date, end: date, pools: ColumnElement[bool] | None, bucket: Bucket
    ) -> list[tuple[uuid.UUID | None, str, date, int]]:
        """``(pool, kind, period, count)``: claims, releases, returns and conversions."""
        period = self._period(bucket)
        total = func.sum(PoolDayCount.count)
        stmt = (
            self._days(start, end, pools)
            .add_columns(PoolDayCount.pool_key, PoolDayCount.kind, period, total)
            .group_by(PoolDayCount.pool_key, PoolDayCount.kind, period)
        )
        rows = await self.session.execute(stmt)
        return [(_pool(p), k, _as_date(d), int(n)) for p, k, d, n in rows]

    async def reasons(
        self, start: date, end: date, pools: ColumnElement[bool] | None
    ) -> list[tuple[uuid.UUID | None, uuid.UUID | None, int]]:
        total = func.sum(PoolDayCount.count)
        stmt = (
            self._days(start, end, pools)
            .add_columns(PoolDayCount.pool_key, PoolDayCount.reason_key, total)
            .where(PoolDayCount.kind == "released")
            .group_by(PoolDayCount.pool_key, PoolDayCount.reason_key)
        )
        return [(_pool(p), _pool(r), int(n)) for p, r, n in await self.session.execute(stmt)]

    async def claims_today(
        self, employee_id: uuid.UUID, pool_id: uuid.UUID | None, since: datetime
    ) -> int:
        """Claims by one employee from one pool since ``since`` (``ix_customer_events_actor``)."""
        stmt = select(func.count()).where(
            CustomerEvent.actor_id == employee_id,
            CustomerEvent.kind == "claimed",
            CustomerEvent.created_at >= since,
            (
                CustomerEvent.pool_id.is_(None)
                if pool_id is None
                else CustomerEvent.pool_id == pool_id
            ),
        )
        return int(await self.session.scalar(stmt) or 0)


def _pool(key: uuid.UUID) -> uuid.UUID | None:
    """A counter's key as the API names it: the default pool (or no reason) is null."""
    return None if key == NO_KEY else key


def _as_date(value: Any) -> date:
    """SQLite's ``date()`` answers text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


class PoolStatisticsService:
    """Claims, releases, returns and conversions per pool and period (members' pools only)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.directory = PoolDirectory(ctx)
        self.events = PoolEventRepository(ctx)

    async def statistics(self, params: PoolStatisticsParams) -> PoolStatistics:
        if not self.ctx.subject.can("customer:assign"):
            raise Forbidden("forbidden_action", permission="customer:assign")
        start_day, end_day = params.period()
        pools = await self._pools(params)
        table: dict[tuple[uuid.UUID | None, date], PoolCounts] = {}
        totals: dict[uuid.UUID | None, PoolCounts] = {}
        counted = await self.events.counts(start_day, end_day, pools, params.bucket)
        for pool_id, kind, period, count in counted:
            if kind not in COUNTED:
                continue
            for counts in (
                table.setdefault((pool_id, period), PoolCounts()),
                totals.setdefault(pool_id, PoolCounts()),
            ):
                setattr(counts, COUNTED[kind], getattr(counts, COUNTED[kind]) + count)
        order = _pool_order(await self.directory.pools())
        rows = [
            PoolPeriodRow(pool_id=pool_id, period_start=period, **counts.model_dump())
            for (pool_id, period), counts in sorted(
                table.items(), key=lambda item: (order(item[0][0]), item[0][1])
            )
        ]
        total_rows = [
            PoolTotalRow(pool_id=pool_id, **counts.model_dump())
            for pool_id, counts in sorted(totals.items(), key=lambda item: order(item[0]))
        ]
        reasons = [
            ReleaseReasonRow(pool_id=pool_id, release_reason_id=reason_id, releases=count)
            for pool_id, reason_id, count in sorted(
                await self.events.reasons(start_day, end_day, pools),
                key=lambda row: (order(row[0]), -row[2], str(row[1])),
            )
        ]
        # Rows are plain models: ``present`` names their pools and reasons in one go each.
        return PoolStatistics(
            start_date=start_day,
            end_date=end_day,
            bucket=params.bucket,
            time_zone=clock.business_zone_name(),
            rows=await present(self.ctx, PoolPeriodRow, rows),
            totals=await present(self.ctx, PoolTotalRow, total_rows),
            release_reasons=await present(self.ctx, ReleaseReasonRow, reasons),
        )

    async def _pools(self, params: PoolStatisticsParams) -> ColumnElement[bool] | None:
        """The counters of the pools asked for, among those the caller may see."""
        visible = await self.directory.visible_ids()
        key = PoolDayCount.pool_key
        clauses: list[ColumnElement[bool]] = []
        if params.pool_id is not None:
            await self.directory.member_pool(params.pool_id, ["query", "pool_id"])
            clauses.append(key == params.pool_id)
        elif params.default_pool:
            clauses.append(key == NO_KEY)
        elif params.default_pool is False:
            clauses.append(key != NO_KEY)
        if visible is not None:
            clauses.append(key.in_([NO_KEY, *visible]))
        return and_(*clauses) if clauses else None


def _pool_order(pools: Mapping[uuid.UUID, CustomerPool]) -> Callable[[uuid.UUID | None], str]:
    """The default pool first, then the named pools by name (deleted ones by id, last)."""

    def key(pool_id: uuid.UUID | None) -> str:
        if pool_id is None:
            return ""
        pool = pools.get(pool_id)
        return f"1{pool.name}" if pool is not None else f"2{pool_id}"

    return key


# ----- routes ------------------------------------------------------------------------------
i18n.register_names(
    {"customer_pool": "公海", "pool_release_reason": "退回公海原因"},
    {"pool_id": "公海", "member_ids": "成员", "open_to_all": "对所有人开放"},
)
# A pool's or a reason's name beside any record the caller sees: both are the company's
# reference data (docs/permissions.md#names-beside-ids).
register_kind("customer_pool", CustomerPool)
register_kind("pool_release_reason", PoolReleaseReason)
register_reference_audit("customer_pool", "pool_release_reason")

statistics_router = APIRouter(
    prefix="/customer-pools", tags=["customers"], route_class=UnitOfWorkRoute
)


@statistics_router.get(
    "/statistics",
    name="customer_pools_statistics",
    summary="Claims, releases, returns and conversions per pool and period, releases by reason",
    description="Requires `customer:assign` (managers). Counts the default pool and the "
    "pools the caller is a member of (every pool for a company-wide scope). Days are in the "
    "business time zone; the period is at most two years (422 `period_too_long`, "
    "`range_reversed`). 422 when `pool_id` is not a pool the caller may see.",
    response_model=PoolStatistics,
    responses=error_responses(401, 403, 422),
)
async def pool_statistics(
    ctx: Annotated[Ctx, Depends(get_ctx)], params: Annotated[PoolStatisticsParams, Query()]
) -> PoolStatistics:
    return await PoolStatisticsService(ctx).statistics(params)


pools_router = crud_router(
    CrudSpec(
        path="/customer-pools",
        name="customer_pools",
        tag="customers",
        singular="customer pool",
        service=CustomerPoolService,
        read_schema=schemas.CustomerPoolOut,
        create_schema=schemas.CustomerPoolCreate,
        update_schema=schemas.CustomerPoolUpdate,
        list_params=schemas.CustomerPoolListParams,
    )
)
reasons_router = crud_router(
    CrudSpec(
        path="/pool-release-reasons",
        name="pool_release_reasons",
        tag="customers",
        singular="pool release reason",
        service=ReleaseReasonService,
        read_schema=schemas.ReleaseReasonOut,
        create_schema=schemas.ReleaseReasonCreate,
        update_schema=schemas.ReleaseReasonUpdate,
        list_params=schemas.ReleaseReasonListParams,
    )
)
#: ``/customer-pools/statistics`` before ``/customer-pools/{id}``.
routers: list[APIRouter] = [statistics_router, pools_router, reasons_router]
