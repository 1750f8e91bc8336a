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

import builtins
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Response
from pydantic import AfterValidator, BaseModel, Field, create_model, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import ColumnElement, and_, func, or_, select

from salescrm.core import clock, geo, i18n
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
from salescrm.core.references import present, present_one
from salescrm.core.repository import PageResult
from salescrm.core.schemas import RequestModel
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, begin_write, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import Customer, CustomerPolicy, CustomerPool, CustomerTier
from salescrm.customers.pools import (
    ClaimCooldown,
    ClaimDailyLimit,
    PoolDirectory,
    PoolEventRepository,
    masked_contact,
    present_masked,
    return_blocked,
)
from salescrm.customers.repository import (
    ContactRepository,
    CustomerEventRepository,
    CustomerRepository,
    PolicyRepository,
    PoolRepository,
    ReleaseReasonRepository,
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
    __doc__="Filters of the public pools: those of the customer list, less the owner.",
    default_pool=(
        bool | None,
        Field(None, description="true: the default pool only; false: the named pools only."),
    ),
    **_POOL_FILTERS,
)


def _distinct(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    if len(set(ids)) != len(ids):
        raise ValueError("Each customer may be named once")
    return ids


class ReleaseRequest(RequestModel):
    """A reason in words, one from the list, or both: 422 ``reason_required`` with neither.
    (An ``anyOf`` of the two ``required`` would state it, but generated clients turn that
    into an untyped body, and a ``null`` would still pass it.)"""

    reason: schemas.Reason | None = Field(
        None,
        description="Why the customer goes back to the pool, in words; kept in its timeline.",
        examples=["客户暂无采购计划"],
    )
    reason_id: uuid.UUID | None = Field(
        None,
        description="A reason from `/pool-release-reasons` (an active one); 422 otherwise.",
    )
    pool_id: uuid.UUID | None = Field(
        None,
        description="The pool it goes to (the caller must be a member of it); default: its "
        "own pool, else its region's, else the owner's department's, else the default pool.",
    )

    @model_validator(mode="after")
    def _a_reason(self) -> ReleaseRequest:
        if self.reason is None and self.reason_id is None:
            raise PydanticCustomError("reason_required", "Give reason, reason_id or both")
        return self


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
        blocked = return_blocked()
        if blocked is not None:  # an open deal, a contract in progress (registered by sales)
            stmt = stmt.where(~blocked)
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

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.directory = PoolDirectory(ctx)
        self.pool: PoolRepository = self.repo  # type: ignore[assignment]

    async def _members_only(self) -> None:
        self.require("claim")
        self.pool.pool_ids = await self.directory.visible_ids()

    async def list(self, params: ListParams) -> PageResult[Customer]:
        await self._members_only()
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> Customer:
        await self._members_only()
        return await self.repo.get(record_id)

    async def present(
        self, schema: type[Any], records: Any, expand: Any = ()
    ) -> builtins.list[Any]:
        """Contact details masked where the customer's pool says so (until a claim)."""
        outs = await super().present(schema, records, expand)
        return await present_masked(self.ctx, outs, self.directory)

    async def contacts(self, record_id: uuid.UUID) -> tuple[Customer, builtins.list[Any], bool]:
        """A pool customer's contacts, for a member deciding whether to claim it: masked
        where its pool says so."""
        customer = await self.get(record_id)
        contacts = await ContactRepository(self.ctx).of_customer(customer.id, limit=200)
        masked = (await self.directory.rules(customer.pool_id)).mask_contacts
        return customer, contacts, masked

    async def claim(self, record_id: uuid.UUID) -> Customer:
        self.require("claim")
        me = self.ctx.subject.id
        if me is None:  # only an employee (or their API key) can own customers
            raise Forbidden("forbidden_action", permission="customer:claim")
        owners = OwnershipRepository(self.ctx)
        await owners.lock_employee(me)
        customer = await owners.live_locked(record_id)
        if customer is None or (
            customer.owner_id is None and not await self.directory.sees(customer.pool_id)
        ):
            raise NotFound(resource="customer", id=str(record_id))
        if customer.owner_id is not None:
            # The issue asks for a 409 here, also when someone just claimed it first; that
            # confirms only that an (unguessable) id exists, and nothing of its content.
            raise Conflict("already_owned", extensions={"owned_by_you": customer.owner_id == me})
        await self._check_pool_rules(customer, me)
        await self._check_caps(owners, me, customer.tier)
        customer.owner_id = me
        customer.owned_since = utcnow()
        customer.pool_warned_at = None
        CustomerEventRepository(self.ctx).add(
            customer.id, "claimed", to_value=me, pool_id=customer.pool_id
        )
        await owners.flush()
        return customer

    async def _check_pool_rules(self, customer: Customer, me: uuid.UUID) -> None:
        """The cooldown of whoever released the customer, and the pool's daily limit."""
        rules = await self.directory.rules(customer.pool_id)
        now = utcnow()
        if (
            rules.cooldown_days
            and customer.released_by_id == me
            and customer.released_at is not None
        ):
            available = customer.released_at + timedelta(days=rules.cooldown_days)
            if now < available:
                raise ClaimCooldown(
                    available_at=f"{clock.business_time(available):%Y-%m-%d %H:%M}",
                    extensions={"available_at": available},
                    headers={"Retry-After": _seconds_until(available, now)},
                )
        if rules.daily_limit is None:
            return
        today = clock.today()
        claimed = await PoolEventRepository(self.ctx).claims_today(
            me, customer.pool_id, clock.day_start(today)
        )
        if claimed >= rules.daily_limit:
            available = clock.day_start(today + timedelta(days=1))
            raise ClaimDailyLimit(
                claimed=claimed,
                limit=rules.daily_limit,
                available_at=f"{clock.business_time(available):%Y-%m-%d %H:%M}",
                extensions={
                    "available_at": available,
                    "cap": rules.daily_limit,
                    "claimed": claimed,
                },
                headers={"Retry-After": _seconds_until(available, now)},
            )

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


def _seconds_until(moment: datetime, now: datetime) -> str:
    return str(max(1, int((moment - now).total_seconds()) + 1))


class OwnershipService:
    """Releases to the pool and transfers to another employee."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.owners = OwnershipRepository(ctx)
        self.events = CustomerEventRepository(ctx)

    def require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def release(self, record_id: uuid.UUID, payload: ReleaseRequest) -> Customer:
        self.require("customer:write")
        # Lock first, so that the scope check sees the row as it stays until the commit.
        await self.owners.live_locked(record_id)
        customer = await self.owners.get_for_write(record_id)
        await self.owners.ensure_owner_scope(customer)
        if customer.owner_id is None:
            raise Conflict("not_owned")
        directory = PoolDirectory(self.ctx)
        if payload.reason_id is not None and (
            await ReleaseReasonRepository(self.ctx).offered(payload.reason_id) is None
        ):
            raise unknown_reference(["body", "reason_id"], "release reason")
        if payload.pool_id is not None:
            await directory.member_pool(payload.pool_id, ["body", "pool_id"])
            customer.pool_id = payload.pool_id
        former = customer.owner_id
        to_pool(customer, await directory.destination(customer, former), former)
        self.events.add(
            customer.id,
            "released",
            from_value=former,
            reason=payload.reason,
            pool_id=customer.pool_id,
            release_reason_id=payload.reason_id,
        )
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


def to_pool(customer: Customer, pool_id: uuid.UUID | None, former: uuid.UUID | None) -> None:
    """The customer goes to ``pool_id`` (None: the default pool); whoever owned it waits out
    the pool's cooldown before claiming it again."""
    customer.owner_id = None
    customer.on_new_owner()  # the pool clock stops, a warning no longer counts
    customer.pool_id = pool_id
    customer.released_by_id = former
    customer.released_at = utcnow()


async def record_hand_over(
    ctx: Ctx,
    customer: Customer,
    former: uuid.UUID,
    successor: uuid.UUID | None,
    reason: str | None,
) -> None:
    """A hand-over (``org.handover``) moved the customer: its timeline says so, as a transfer
    or a release to the pool does; one sent to the pool goes to the pool it belongs to, and
    the leaver's cooldown applies as after a release."""
    pool_id = None
    if successor is None:
        pool_id = await PoolDirectory(ctx).destination(customer, former)
        to_pool(customer, pool_id, former)
    CustomerEventRepository(ctx).add(
        customer.id,
        "transferred" if successor is not None else "released",
        from_value=former,
        to_value=successor,
        reason=reason,
        pool_id=pool_id,
    )


# ----- the return-to-pool rule ---------------------------------------------------------------
@dataclass(frozen=True)
class _Group:
    """Customers sharing one return period: one tier with its own, or all the others."""

    where: ColumnElement[bool]
    days: int


def _groups(
    policy: CustomerPolicy, tiers: list[CustomerTier], pools: list[CustomerPool]
) -> list[_Group]:
    """A pool's own return period applies to its customers whatever their tier; the others
    follow their tier's, else the policy's."""
    by_pool = {p.id: p.return_days for p in pools if p.return_days is not None}
    groups = [_Group(Customer.pool_id == pool_id, days) for pool_id, days in by_pool.items()]
    rest: ColumnElement[bool] = Customer.pool_id.is_(None)
    if by_pool:
        rest = or_(rest, Customer.pool_id.not_in(list(by_pool)))
    own = {t.code: t.pool_return_days for t in tiers if t.pool_return_days is not None}
    groups += [_Group(and_(rest, Customer.tier == code), days) for code, days in own.items()]
    if policy.pool_return_days is not None:
        others: ColumnElement[bool] = Customer.tier.is_(None)
        if own:
            others = or_(others, Customer.tier.not_in(list(own)))
        groups.append(_Group(and_(rest, others), policy.pool_return_days))
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
        self.directory = PoolDirectory(ctx)
        self.handled = 0

    async def run(self, now: datetime) -> int:
        await begin_write(self.ctx.session)  # queue behind other writers from the start
        policy = await PolicyRepository(self.ctx).current()
        groups = _groups(
            policy,
            await TierRepository(self.ctx).live(),
            list((await self.directory.pools()).values()),
        )
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
                    await self._return(customer, group.days)
            self.handled += len(batch)
            await self.owners.flush()
            if len(batch) < limit:
                return

    async def _return(self, customer: Customer, days: int) -> None:
        former = customer.owner_id
        assert former is not None  # noqa: S101 - the query selects owned customers
        to_pool(customer, await self.directory.destination(customer, former), former)
        reason = f"No follow-up for {days} days"
        self.events.add(
            customer.id,
            "returned_to_pool",
            from_value=former,
            reason=reason,
            details={"days": days, "tier": customer.tier},
            pool_id=customer.pool_id,
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
    description="Requires `customer:claim` and membership of the customer's pool; 404 when "
    "the customer is not in a pool the caller may see. 409 when it is owned already "
    "(`owned_by_you` says by whom); when the caller has reached the claim cap (with `cap`, "
    "`owned` and the `tier` whose cap it is); `claim_cooldown` when the caller released it "
    "less than the pool's cooldown ago; `claim_daily_limit` when the caller has claimed the "
    "pool's daily limit today (`cap`, `claimed`). Both say when the caller may claim "
    "(`available_at`, and Retry-After in seconds).",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404),
        409: {
            **error_responses(409)[409],
            "description": "The customer has an owner (code conflict), or the caller owns as "
            "many customers as allowed in all or of its tier (code claim_cap_reached, with "
            "cap, owned and tier), or must wait (claim_cooldown, claim_daily_limit, with "
            "available_at and Retry-After)",
            "headers": response_headers("Retry-After"),
        },
    },
)
async def claim(record_id: IdPath, response: Response, ctx: CtxDep) -> Any:
    return await _customer_out(await PoolService(ctx).claim(record_id), response, ctx)


class PoolContacts(BaseModel):
    customer_id: uuid.UUID
    contacts_masked: bool = Field(
        description="True when the pool masks contact details until a claim: phones, e-mail "
        "and WeChat are shown partly, birthdays and notes not at all."
    )
    items: list[schemas.ContactOut] = Field(description="Up to 200 contacts, primary first.")


@pool.get(
    "/{record_id}/contacts",
    name="customer_pool_contacts",
    summary="The contacts of a customer in the pool, masked until a claim if the pool says so",
    description="Requires `customer:claim` and membership of the customer's pool (404 "
    "otherwise, as for the customer). Whether details are masked is the pool's "
    "`mask_contacts`, else the policy's `pool_masks_contacts`.",
    response_model=PoolContacts,
    responses=error_responses(401, 403, 404, 422),
)
async def pool_contacts(record_id: IdPath, ctx: CtxDep) -> PoolContacts:
    customer, contacts, masked = await PoolService(ctx).contacts(record_id)
    items = await present(ctx, schemas.ContactOut, contacts)
    return PoolContacts(
        customer_id=customer.id,
        contacts_masked=masked,
        items=[masked_contact(item) for item in items] if masked else items,
    )


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
    "`customer:assign`. 409 when the customer has no owner (it is in the pool already). 422 "
    "when neither `reason` nor `reason_id` is given (`reason_required`), when `reason_id` is "
    "not an active release reason, or `pool_id` not a pool the caller is a member of "
    "(`not_found`). The releaser waits out the pool's claim cooldown before claiming it again.",
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
        await OwnershipService(ctx).release(record_id, payload), response, ctx
    )


routers: list[APIRouter] = [pool, actions]
JOBS: list[Job] = [Job("return_idle_customers", 3600, return_idle_customers)]
