"""The public pool (公海): claims, releases, ownership transfers and the return-to-pool rule.

A customer without an owner is in the pool. Whoever holds ``customer:claim`` sees the whole pool
(``/customer-pool``) and claims from it, within the policy's cap on how many customers one
employee may own and the cap of the customer's tier. An owner (or anyone who may change the
customer) releases it back with a reason. ``customer:assign`` moves customers to another
employee in bulk, every one of them audited.

The ``return_idle_customers`` job gives back to the pool every customer whose owner has recorded
no follow-up for N days (N from the customer's tier, else from the policy; key accounts are
exempt if the policy says so), after warning the owner ``pool_warning_days`` before.

Decisions:

- A customer's clock is ``max(owned_since, last_follow_up_at)``; a claim, a transfer and a
  follow-up restart it (an owned customer without ``owned_since`` counts from its creation).
- Caps apply to claims only: a transfer is a manager's decision and may exceed them.
- A transfer must leave every customer within what the caller may change (as ``PATCH owner_id``
  does): a manager moves customers inside their own scope, an administrator anywhere.
- Collaborators (record shares) stay when a customer is released or returned: they keep their
  access and the next owner decides whether to keep them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Response
from pydantic import AfterValidator, BaseModel, Field, create_model
from sqlalchemy import ColumnElement, and_, func, or_, select

from salescrm.core import geo, i18n
from salescrm.core.clock import utcnow
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, IdPath, crud_router
from salescrm.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    error_responses,
    unknown_reference,
)
from salescrm.core.etag import etag
from salescrm.core.jobs import Job
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams
from salescrm.core.references import present_one
from salescrm.core.repository import PageResult
from salescrm.core.schemas import RequestModel
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, begin_write, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import Customer, CustomerPolicy, CustomerTier
from salescrm.customers.repository import (
    CustomerEventRepository,
    CustomerRepository,
    PolicyRepository,
    PoolRepository,
    TierRepository,
)
from salescrm.org.models import Employee
from salescrm.org.repository import EmployeeRepository
from salescrm.platform.notifications import NotificationKind, notify

CtxDep = Annotated[Ctx, Depends(get_ctx)]

#: Customers the return rule handles per query, and per run (the rest waits for the next run).
BATCH_SIZE = 200
MAX_PER_RUN = 10_000

i18n.register_details(
    {
        "already_owned": (
            "This customer has an owner; only customers in the public pool can be claimed.",
            "该客户已有负责人,只能认领公海中的客户。",
        ),
        "claim_cap_reached": (
            "You own {owned} customer(s), the most one employee may own ({cap}); "
            "release one before claiming another.",
            "您已拥有 {owned} 个客户,达到每人上限 {cap} 个;请先释放客户再认领。",
        ),
        "claim_tier_cap_reached": (
            "You own {owned} customer(s) of tier {tier}, the most one employee may own of "
            "that tier ({cap}).",
            "您已拥有 {owned} 个 {tier} 级客户,达到该等级每人上限 {cap} 个。",
        ),
        "not_owned": (
            "This customer has no owner; it is already in the public pool.",
            "该客户没有负责人,已在公海中。",
        ),
    }
)
# The problem type of the cap (``/errors/claim_cap_reached``) needs a title like every code.
i18n.register_titles({"claim_cap_reached": ("Claim limit reached", "已达认领上限")})
i18n.register_messages(
    {
        "notification.customer_pool_warning": (
            "Customer {customer} returns to the public pool on {due_date}",
            "客户「{customer}」将于 {due_date} 退回公海",
        ),
        "notification.customer_pool_warning.body": (
            "No follow-up recorded for {days} days returns a customer to the public pool. "
            "Record a follow-up before {due_at} UTC to keep it.",
            "连续 {days} 天没有跟进记录的客户将退回公海。"
            "请在 {due_at}(UTC)之前记录跟进以保留该客户。",
        ),
        "notification.customer_returned_to_pool": (
            "Customer {customer} returned to the public pool",
            "客户「{customer}」已退回公海",
        ),
        "notification.customer_returned_to_pool.body": (
            "No follow-up for {days} days: the customer is in the public pool now.",
            "{days} 天未跟进:该客户现已退回公海。",
        ),
        "notification.customer_transferred": (
            "Customer {customer} was transferred to you",
            "客户「{customer}」已转交给您",
        ),
        "notification.customers_transferred": (
            "{count} customers were transferred to you",
            "{count} 个客户已转交给您",
        ),
        "notification.transfer_reason": ("Reason: {reason}", "原因:{reason}"),
    }
)


class ClaimCapReached(Conflict):
    """409: a claim would take the caller beyond the policy's or the tier's cap."""

    code, detail_key = "claim_cap_reached", "claim_cap_reached"


# ----- schemas -------------------------------------------------------------------------------
#: The customer list filters, less ``owner_id`` (nobody owns a pool customer).
_POOL_FILTERS: dict[str, Any] = {
    name: (field.annotation, field)
    for name, field in schemas.CustomerListParams.model_fields.items()
    if name not in ListParams.model_fields and name != "owner_id"
}
PoolListParams = create_model(
    "PoolListParams",
    __base__=ListParams,
    __doc__="Filters of the public pool: those of the customer list, less the owner.",
    **_POOL_FILTERS,
)


def _distinct(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    if len(set(ids)) != len(ids):
        raise ValueError("Each customer may be named once")
    return ids


class ReleaseRequest(RequestModel):
    reason: schemas.Reason = Field(
        description="Why the customer goes back to the pool; kept in its timeline.",
        examples=["客户暂无采购计划"],
    )


class TransferRequest(RequestModel):
    customer_ids: Annotated[
        list[uuid.UUID], Field(min_length=1, max_length=500), AfterValidator(_distinct)
    ] = Field(description="1 to 500 customers, each named once; all move or none.")
    to_employee_id: uuid.UUID = Field(description="The new owner: a current employee.")
    reason: schemas.Reason | None = Field(None, description="Kept in each customer's timeline.")


class TransferResult(BaseModel):
    transferred: int = Field(description="How many customers changed owner.")
    customer_ids: list[uuid.UUID] = Field(
        description="The customers that changed owner (those the new owner already had are "
        "left as they were)."
    )


# ----- repository ----------------------------------------------------------------------------
def _clock_before(moment: datetime) -> ColumnElement[bool]:
    """Owned, and neither claimed (or created) nor followed up since ``moment``."""
    return and_(
        or_(
            Customer.owned_since < moment,
            and_(Customer.owned_since.is_(None), Customer.created_at < moment),
        ),
        or_(Customer.last_follow_up_at.is_(None), Customer.last_follow_up_at < moment),
    )


class OwnershipRepository(CustomerRepository):
    """The row locks and queries of claims, transfers and the return rule.

    ``FOR UPDATE`` is PostgreSQL's; SQLite has no row locks and needs none, as its writers are
    serialized by the write lock each transaction takes first.
    """

    async def lock_employee(self, employee_id: uuid.UUID) -> None:
        """Queue one employee's concurrent claims, so that two cannot both pass the cap.

        ``FOR NO KEY UPDATE`` does not block rows that merely reference the employee.
        """
        await self.session.execute(
            select(Employee.id).where(Employee.id == employee_id).with_for_update(key_share=True)
        )

    async def live_locked(self, record_id: uuid.UUID) -> Customer | None:
        """A live customer whoever owns it, locked and freshly read."""
        stmt = (
            select(Customer)
            .where(Customer.id == record_id, Customer.deleted_at.is_(None))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        result: Customer | None = await self.session.scalar(stmt)
        return result

    async def writable_locked(self, ids: Sequence[uuid.UUID]) -> list[Customer]:
        """The customers among ``ids`` the caller may give away (their own scope: a share
        does not count), locked in id order."""
        stmt = (
            self.writable(shares=False)
            .where(Customer.id.in_(list(ids)))
            .order_by(Customer.id)
            .with_for_update(of=Customer)
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(stmt)).all())

    async def count_writable(self, ids: Sequence[uuid.UUID]) -> int:
        stmt = (
            self.writable(shares=False)
            .where(Customer.id.in_(list(ids)))
            .with_only_columns(Customer.id)
        )
        return int(
            await self.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        )

    async def idle(
        self,
        group: ColumnElement[bool],
        since: datetime,
        *,
        exempt_key_accounts: bool,
        unwarned_only: bool,
        limit: int,
    ) -> list[Customer]:
        """Owned customers of one tier group whose clock stopped before ``since``, locked;
        rows another worker holds are skipped (it handles them)."""
        stmt = select(Customer).where(
            Customer.owner_id.is_not(None),
            Customer.deleted_at.is_(None),
            group,
            _clock_before(since),
        )
        if exempt_key_accounts:
            stmt = stmt.where(Customer.key_account.is_(False))
        if unwarned_only:
            stmt = stmt.where(Customer.pool_warned_at.is_(None))
        stmt = (
            stmt.order_by(Customer.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(stmt)).all())


# ----- services ------------------------------------------------------------------------------
class PoolService(ReadService[Customer]):
    """The pool's list and reads, and claims; all need ``customer:claim``."""

    repository = PoolRepository
    permission = "customer"
    access: ClassVar[Mapping[str, str]] = {
        "list": "Requires the permission `customer:claim`.",
        "get": "Requires the permission `customer:claim`.",
    }

    async def list(self, params: ListParams) -> PageResult[Customer]:
        self.require("claim")
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> Customer:
        self.require("claim")
        return await self.repo.get(record_id)

    async def claim(self, record_id: uuid.UUID) -> Customer:
        self.require("claim")
        me = self.ctx.subject.id
        if me is None:  # only an employee (or their API key) can own customers
            raise Forbidden("forbidden_action", permission="customer:claim")
        owners = OwnershipRepository(self.ctx)
        await owners.lock_employee(me)
        customer = await owners.live_locked(record_id)
        if customer is None:
            raise NotFound(resource="customer", id=str(record_id))
        if customer.owner_id is not None:
            # The issue asks for a 409 here, also when someone just claimed it first; that
            # confirms only that an (unguessable) id exists, and nothing of its content.
            raise Conflict("already_owned", extensions={"owned_by_you": customer.owner_id == me})
        await self._check_caps(owners, me, customer.tier)
        customer.owner_id = me
        customer.owned_since = utcnow()
        customer.pool_warned_at = None
        CustomerEventRepository(self.ctx).add(customer.id, "claimed", to_value=me)
        await owners.flush()
        return customer

    async def _check_caps(
        self, owners: OwnershipRepository, me: uuid.UUID, tier_code: str | None
    ) -> None:
        policy = await PolicyRepository(self.ctx).current()
        cap = policy.max_customers_per_owner
        if cap is not None:
            owned = await owners.count_owned(me)
            if owned >= cap:
                raise ClaimCapReached(
                    "claim_cap_reached",
                    cap=cap,
                    owned=owned,
                    extensions={"cap": cap, "owned": owned, "tier": None},
                )
        if tier_code is None:
            return
        tier = await TierRepository(self.ctx).by_code(tier_code)
        if tier is None or tier.max_per_owner is None:
            return
        owned = await owners.count_owned(me, tier=tier_code)
        if owned >= tier.max_per_owner:
            raise ClaimCapReached(
                "claim_tier_cap_reached",
                cap=tier.max_per_owner,
                owned=owned,
                tier=tier_code,
                extensions={"cap": tier.max_per_owner, "owned": owned, "tier": tier_code},
            )


class OwnershipService:
    """Releases to the pool and transfers to another employee."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.owners = OwnershipRepository(ctx)
        self.events = CustomerEventRepository(ctx)

    def require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def release(self, record_id: uuid.UUID, reason: str) -> Customer:
        self.require("customer:write")
        # Lock first, so that the scope check sees the row as it stays until the commit.
        await self.owners.live_locked(record_id)
        customer = await self.owners.get_for_write(record_id)
        await self.owners.ensure_owner_scope(customer)
        if customer.owner_id is None:
            raise Conflict("not_owned")
        former = customer.owner_id
        customer.owner_id = None
        customer.owned_since = None
        customer.pool_warned_at = None
        self.events.add(customer.id, "released", from_value=former, reason=reason)
        await self.owners.flush()
        return customer

    async def transfer(self, payload: TransferRequest) -> list[uuid.UUID]:
        self.require("customer:write")
        self.require("customer:assign")
        target = await EmployeeRepository(self.ctx).live(payload.to_employee_id)
        if target is None or target.employment_status == "resigned":
            raise unknown_reference(["body", "to_employee_id"], "current employee")
        ids = payload.customer_ids
        found = {c.id: c for c in await self.owners.writable_locked(ids)}
        for index, record_id in enumerate(ids):
            if record_id not in found:
                # 422 unseen, 403 read-only:
                await self.owners.referenced(record_id, ["body", "customer_ids", index], write=True)
                raise Forbidden("ownership_outside_scope")  # changeable through a share only
        now = utcnow()
        moved: list[uuid.UUID] = []
        for record_id in ids:
            customer = found[record_id]
            if customer.owner_id == target.id:
                continue
            former = customer.owner_id
            customer.owner_id = target.id
            customer.owned_since = now
            customer.pool_warned_at = None
            self.events.add(
                record_id,
                "transferred",
                from_value=former,
                to_value=target.id,
                reason=payload.reason,
            )
            moved.append(record_id)
        await self.owners.flush()
        if moved and await self.owners.count_writable(moved) != len(moved):
            raise Forbidden("outside_scope")
        if moved and target.id != self.ctx.subject.id:
            self._tell_new_owner(target.id, [found[i] for i in moved], payload.reason)
        return moved

    def _tell_new_owner(
        self, recipient: uuid.UUID, customers: list[Customer], reason: str | None
    ) -> None:
        single = customers[0] if len(customers) == 1 else None
        params: dict[str, str | int] = {"count": len(customers)}
        if single is not None:
            params["customer"] = single.name
        if reason:
            params["reason"] = reason
        notify(
            self.ctx,
            recipient,
            NotificationKind.customers_transferred,
            "notification.customer_transferred" if single else "notification.customers_transferred",
            params,
            body_key="notification.transfer_reason" if reason else None,
            resource="customer" if single is not None else None,
            record_id=single.id if single is not None else None,
        )


def record_hand_over(
    ctx: Ctx,
    customer: Customer,
    former: uuid.UUID,
    successor: uuid.UUID | None,
    reason: str | None,
) -> None:
    """A hand-over (``org.handover``) moved the customer: its timeline says so, as a transfer
    or a release to the pool does."""
    CustomerEventRepository(ctx).add(
        customer.id,
        "transferred" if successor is not None else "released",
        from_value=former,
        to_value=successor,
        reason=reason,
    )


# ----- the return-to-pool rule ---------------------------------------------------------------
@dataclass(frozen=True)
class _Group:
    """Customers sharing one return period: one tier with its own, or all the others."""

    where: ColumnElement[bool]
    days: int


def _groups(policy: CustomerPolicy, tiers: list[CustomerTier]) -> list[_Group]:
    own = {t.code: t.pool_return_days for t in tiers if t.pool_return_days is not None}
    groups = [_Group(Customer.tier == code, days) for code, days in own.items()]
    if policy.pool_return_days is not None:
        others: ColumnElement[bool] = Customer.tier.is_(None)
        if own:
            others = or_(others, Customer.tier.not_in(list(own)))
        groups.append(_Group(others, policy.pool_return_days))
    return groups


def _clock(customer: Customer) -> datetime:
    start = customer.owned_since or customer.created_at
    follow_up = customer.last_follow_up_at
    return max(start, follow_up) if follow_up is not None else start


class PoolRule:
    """One run of the rule, as the system: returns first, then warnings."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.owners = OwnershipRepository(ctx)
        self.events = CustomerEventRepository(ctx)
        self.handled = 0

    async def run(self, now: datetime) -> int:
        await begin_write(self.ctx.session)  # queue behind other writers from the start
        policy = await PolicyRepository(self.ctx).current()
        groups = _groups(policy, await TierRepository(self.ctx).live())
        exempt = policy.pool_exempts_key_accounts
        for group in groups:
            await self._each(group, now - timedelta(days=group.days), exempt, False, now)
        if policy.pool_warning_days > 0:
            for group in groups:
                warn_from = now - timedelta(days=max(group.days - policy.pool_warning_days, 0))
                await self._each(group, warn_from, exempt, True, now)
        return self.handled

    async def _each(
        self, group: _Group, since: datetime, exempt: bool, warning: bool, now: datetime
    ) -> None:
        while self.handled < MAX_PER_RUN:
            limit = min(BATCH_SIZE, MAX_PER_RUN - self.handled)
            batch = await self.owners.idle(
                group.where,
                since,
                exempt_key_accounts=exempt,
                unwarned_only=warning,
                limit=limit,
            )
            for customer in batch:
                if warning:
                    self._warn(customer, group.days, now)
                else:
                    self._return(customer, group.days)
            self.handled += len(batch)
            await self.owners.flush()
            if len(batch) < limit:
                return

    def _return(self, customer: Customer, days: int) -> None:
        former = customer.owner_id
        assert former is not None  # noqa: S101 - the query selects owned customers
        customer.owner_id = None
        customer.owned_since = None
        customer.pool_warned_at = None
        reason = f"No follow-up for {days} days"
        self.events.add(
            customer.id,
            "returned_to_pool",
            from_value=former,
            reason=reason,
            details={"days": days, "tier": customer.tier},
        )
        notify(
            self.ctx,
            former,
            NotificationKind.customer_returned_to_pool,
            "notification.customer_returned_to_pool",
            {"customer": customer.name, "days": days},
            body_key="notification.customer_returned_to_pool.body",
            resource="customer",
            record_id=customer.id,
        )

    def _warn(self, customer: Customer, days: int, now: datetime) -> None:
        owner = customer.owner_id
        assert owner is not None  # noqa: S101 - the query selects owned customers
        due = _clock(customer) + timedelta(days=days)
        customer.pool_warned_at = now
        self.events.add(
            customer.id,
            "pool_warning",
            to_value=due.isoformat(),
            details={"days": days, "due_at": due.isoformat()},
        )
        notify(
            self.ctx,
            owner,
            NotificationKind.customer_pool_warning,
            "notification.customer_pool_warning",
            {
                "customer": customer.name,
                "days": days,
                "due_date": f"{due:%Y-%m-%d}",
                "due_at": f"{due:%Y-%m-%d %H:%M}",
            },
            body_key="notification.customer_pool_warning.body",
            resource="customer",
            record_id=customer.id,
        )


async def return_idle_customers(ctx: Ctx, now: datetime | None = None) -> int:
    """The scheduled job: warn owners, and return idle customers to the pool (``now`` may be
    given, to run the rule as of another time)."""
    return await PoolRule(ctx).run(now or utcnow())


# ----- routes --------------------------------------------------------------------------------
pool = crud_router(
    CrudSpec(
        path="/customer-pool",
        name="customer_pool",
        tag="customers",
        singular="customer in the pool",
        service=PoolService,
        read_schema=schemas.CustomerOut,
        list_params=PoolListParams,
        coordinates=True,
        operations=READ_OPERATIONS,
    )
)


async def _customer_out(customer: Customer, response: Response, ctx: Ctx) -> schemas.CustomerOut:
    response.headers["ETag"] = etag(customer.version)
    return await present_one(ctx, schemas.CustomerOut, customer)


@pool.post(
    "/{record_id}/claim",
    name="customer_pool_claim",
    summary="Claim a customer from the pool: the caller becomes its owner",
    description="Requires `customer:claim`; 404 when the customer is not in the pool. 409 "
    "when it is owned already (`owned_by_you` says by whom), or when the caller has reached "
    "the claim cap (with `cap`, `owned` and the `tier` whose cap it is).",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404),
        409: {
            **error_responses(409)[409],
            "description": "The customer has an owner (code conflict), or the caller owns as "
            "many customers as allowed in all or of its tier (code claim_cap_reached, with "
            "cap, owned and tier)",
        },
    },
)
async def claim(record_id: IdPath, response: Response, ctx: CtxDep) -> Any:
    return await _customer_out(await PoolService(ctx).claim(record_id), response, ctx)


actions = APIRouter(prefix="/customers", tags=["customers"], route_class=UnitOfWorkRoute)


@actions.post(
    "/transfer",
    name="customers_transfer",
    summary="Give customers to another employee (all or none; each change audited)",
    description="Requires `customer:write` and `customer:assign`, and the right to change "
    "every customer listed (403 otherwise: nothing changes). 422 when the new "
    "owner is not a current employee, or a customer listed does not exist or is outside the "
    "caller's data scope (`not_found`, naming its index).",
    response_model=TransferResult,
    responses=error_responses(400, 401, 403, 413, 415, 422),
)
async def transfer(payload: TransferRequest, ctx: CtxDep) -> TransferResult:
    moved = await OwnershipService(ctx).transfer(payload)
    return TransferResult(transferred=len(moved), customer_ids=moved)


@actions.post(
    "/{record_id}/release",
    name="customers_release",
    summary="Release a customer to the public pool, with a reason",
    description="Requires `customer:write` and the right to change the customer (404 "
    "outside the caller's data scope); releasing another's customer also needs "
    "`customer:assign`. 409 when the customer has no owner (it is in the pool already).",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 404, 409, 415, 422),
    },
)
async def release(
    record_id: IdPath, payload: ReleaseRequest, response: Response, ctx: CtxDep
) -> Any:
    return await _customer_out(
        await OwnershipService(ctx).release(record_id, payload.reason), response, ctx
    )


routers: list[APIRouter] = [pool, actions]
JOBS: list[Job] = [Job("return_idle_customers", 3600, return_idle_customers)]
