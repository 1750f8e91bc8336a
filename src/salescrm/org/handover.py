"""Hand-over (工作交接): what an employee owns, and moving it to colleagues by a plan.

``GET /employees/{id}/holdings`` previews every record the employee owns (each ``Owned``
resource of every context) and the memberships they hold (a customer's collaborators, a deal's
team, plain shares). ``POST /employees/{id}/hand-over`` moves them by a plan: a default
successor, a successor per resource, per-record overrides, customers released to the public
pool; records nothing covers stay. It serves a leaver before their resignation (which then
hands the rest, their reports and departments to its successor) and a team transfer, where an
active employee hands over only some records.

One transaction: each moved record is an ordinary update (its audit entry and its ``updated``
event, so webhooks and mobile sync see the new owner), the employee's trail gets one
``hand_over`` entry with the summary, and every successor and their manager get a notification.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from salescrm.core import audit, i18n, references
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Record
from salescrm.core.errors import Forbidden, ValidationFailed, unknown_reference
from salescrm.core.uow import Ctx
from salescrm.org.models import Employee
from salescrm.org.repository import EmployeeRepository, HoldingsRepository
from salescrm.org.schemas import (
    HandOverCount,
    HandOverMove,
    HandOverRequest,
    HandOverResult,
    HandOverRule,
    HoldingRecord,
    Holdings,
    MembershipHolding,
    MembershipMove,
    MembershipOutcome,
    ResourceHoldings,
    ShareAccess,
)
from salescrm.org.service import check_not_administrator
from salescrm.org.sharing import hand_over_memberships
from salescrm.org.staff import OWNER_CHANGE_HOOKS, owned_models
from salescrm.platform.notifications import NotificationKind, notify

PERMISSION = "employee:hand_over"
#: Records listed per resource in a preview (the count is always complete).
HOLDINGS_LIMIT = 500
#: The only resource with a public pool.
POOLED = "customer"

i18n.register_messages(
    {
        "notification.hand_over_received": (
            "{employee} handed over {count} records to you",
            "{employee} 的 {count} 条记录已交接给您",
        ),
        "notification.hand_over_to_report": (
            "{employee} handed over {count} records to {successor}",
            "{employee} 的 {count} 条记录已交接给 {successor}",
        ),
        "notification.hand_over_reason": ("Reason: {reason}", "原因:{reason}"),
    }
)


def _resource(model: type[Record]) -> str:
    return model.__resource__ or model.__tablename__


def _invalid(loc: list[str | int], msg: str, kind: str = "value_error") -> ValidationFailed:
    return ValidationFailed.field(loc, msg, kind)


@dataclass(frozen=True)
class _Target:
    """Where a record goes: an employee, or the pool (``None``)."""

    successor_id: uuid.UUID | None


class HandOverService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.employees = EmployeeRepository(ctx)
        self.holdings = HoldingsRepository(ctx)
        self.models = {_resource(model): model for model in owned_models()}

    def require(self) -> None:
        if not self.ctx.subject.can(PERMISSION):
            raise Forbidden("forbidden_action", permission=PERMISSION)

    # ----- preview --------------------------------------------------------------------------
    async def preview(self, employee_id: uuid.UUID) -> Holdings:
        self.require()
        employee = await self.employees.get_for_write(employee_id)
        # Per resource its count and first ids (not every row); then every name of the page,
        # the shares' records included, in one round trip.
        tallies = {
            resource: await self.holdings.tally(model, employee.id, HOLDINGS_LIMIT)
            for resource, model in sorted(self.models.items())
        }
        shares = await self.holdings.memberships(employee.id, lock=False)
        wanted: dict[str, set[uuid.UUID]] = {r: set(ids) for r, (_, ids) in tallies.items()}
        for share in shares:
            wanted.setdefault(share.resource, set()).add(share.record_id)
        names = await self._names(wanted)
        resources = [
            ResourceHoldings(
                resource=resource,
                count=count,
                records=[HoldingRecord(id=i, name=names.get((resource, i))) for i in ids],
                truncated=count > len(ids),
            )
            for resource, (count, ids) in tallies.items()
        ]
        share_names = names
        return Holdings(
            employee_id=employee.id,
            resources=resources,
            memberships=[
                MembershipHolding(
                    share_id=share.id,
                    resource=share.resource,
                    record_id=share.record_id,
                    name=share_names.get((share.resource, share.record_id)),
                    access=ShareAccess(share.access),
                    role=share.role,
                )
                for share in shares
            ],
        )

    async def _names(
        self, wanted: dict[str, set[uuid.UUID]]
    ) -> dict[tuple[str, uuid.UUID], str | None]:
        """Display names under the rule of names beside ids (``core.references``): a contact's
        or a task's name only for a caller who may open it."""
        found = await references.names_of(self.ctx, wanted)
        return {key: ref.name for key, ref in found.items()}

    # ----- the plan -------------------------------------------------------------------------
    async def hand_over(self, employee_id: uuid.UUID, plan: HandOverRequest) -> HandOverResult:
        self.require()
        employee = await self.employees.get_for_write(employee_id)
        await check_not_administrator(self.ctx, employee.id)
        await self.employees.lock(employee)  # two hand-overs of one employee queue
        successors: dict[uuid.UUID, Employee] = {}

        async def target(rule: HandOverRule, loc: list[str | int]) -> _Target:
            if rule.resource not in self.models:
                raise _invalid(
                    [*loc, "resource"],
                    f"Not something an employee owns; one of: {', '.join(sorted(self.models))}",
                )
            if rule.to_pool == (rule.successor_id is not None):
                raise _invalid(
                    [*loc, "successor_id"], "Give exactly one of successor_id and to_pool"
                )
            if rule.successor_id is None:  # to the pool
                if rule.resource != POOLED:
                    raise _invalid([*loc, "to_pool"], "Only customers go to the public pool")
                return _Target(None)
            await self._successor(employee, rule.successor_id, [*loc, "successor_id"], successors)
            return _Target(rule.successor_id)

        default = None
        if plan.default_successor_id is not None:
            await self._successor(
                employee, plan.default_successor_id, ["body", "default_successor_id"], successors
            )
            default = _Target(plan.default_successor_id)
        members_to = plan.memberships_successor_id or plan.default_successor_id
        if plan.memberships_successor_id is not None:
            await self._successor(
                employee,
                plan.memberships_successor_id,
                ["body", "memberships_successor_id"],
                successors,
            )
        per_resource: dict[str, _Target] = {}
        for index, rule in enumerate(plan.resources):
            loc: list[str | int] = ["body", "resources", index]
            if rule.resource in per_resource:
                raise _invalid([*loc, "resource"], "Named twice", "duplicate")
            per_resource[rule.resource] = await target(rule, loc)
        per_record: dict[tuple[str, uuid.UUID], tuple[_Target, int]] = {}
        for index, record_rule in enumerate(plan.records):
            loc = ["body", "records", index]
            key = (record_rule.resource, record_rule.record_id)
            if key in per_record:
                raise _invalid([*loc, "record_id"], "Named twice", "duplicate")
            per_record[key] = (await target(record_rule, loc), index)
        if default is None and not per_resource and not per_record and members_to is None:
            raise _invalid(["body"], "The plan hands nothing over: name a successor", "missing")

        # What the employee owns, locked until the commit; every record the plan names must be
        # among it.
        owned: dict[str, list[Any]] = {}
        for resource, model in sorted(self.models.items()):
            owned[resource] = await self.holdings.owned(model, employee.id, lock=not plan.dry_run)
        owned_ids = {(r, record.id) for r, records in owned.items() for record in records}
        for (resource, record_id), (_, index) in per_record.items():
            if (resource, record_id) not in owned_ids:
                raise unknown_reference(
                    ["body", "records", index, "record_id"],
                    resource,
                    f"No {resource} with this id is owned by the employee",
                )

        moves: list[tuple[str, Any, _Target]] = []
        for resource, records in owned.items():
            for record in records:
                chosen = per_record.get((resource, record.id))
                where = chosen[0] if chosen is not None else per_resource.get(resource, default)
                if where is not None:
                    moves.append((resource, record, where))

        moving: dict[str, set[uuid.UUID]] = {}
        for resource, record, _ in moves:
            moving.setdefault(resource, set()).add(record.id)
        names = await self._names(moving)

        if not plan.dry_run:
            for resource, record, where in moves:
                record.owner_id = where.successor_id
                restart = getattr(record, "on_new_owner", None)
                if restart is not None:  # a customer's public-pool clock
                    restart()
                hook = OWNER_CHANGE_HOOKS.get(resource)
                if hook is not None:
                    await hook(self.ctx, record, employee.id, where.successor_id, plan.reason)
            await self.ctx.session.flush()
            # A successor who was a member of a record they now own is its owner, not a member.
            groups: dict[tuple[str, uuid.UUID], list[uuid.UUID]] = {}
            for resource, record, where in moves:
                if where.successor_id is not None:
                    groups.setdefault((resource, where.successor_id), []).append(record.id)
            for (resource, successor_id), ids in groups.items():
                for redundant in await self.holdings.shares_among(resource, ids, successor_id):
                    redundant.deleted_at = utcnow()
            await self.ctx.session.flush()
        memberships = await hand_over_memberships(
            self.ctx, employee.id, members_to, self.models, dry_run=plan.dry_run
        )

        counts = Counter((resource, where.successor_id) for resource, _, where in moves)
        received = Counter(where.successor_id for _, _, where in moves if where.successor_id)
        received.update(
            m.successor_id for m in memberships if m.outcome is not MembershipOutcome.dropped
        )
        notified: list[uuid.UUID] = []
        if not plan.dry_run:
            if moves or memberships:
                await self.ctx.session.flush()
                self._audit(employee, counts, memberships, plan.reason)
            notified = await self._notify(employee, received, successors, plan.reason)
        return HandOverResult(
            employee_id=employee.id,
            dry_run=plan.dry_run,
            counts=[
                HandOverCount(resource=r, successor_id=s, count=n)
                for (r, s), n in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
            ],
            records=[
                HandOverMove(
                    resource=resource,
                    record_id=record.id,
                    name=names.get((resource, record.id)),
                    successor_id=where.successor_id,
                )
                for resource, record, where in moves
            ],
            memberships=memberships,
            notified=notified,
        )

    async def _successor(
        self,
        employee: Employee,
        successor_id: uuid.UUID,
        loc: list[str | int],
        found: dict[uuid.UUID, Employee],
    ) -> None:
        """An active employee other than the one handing over, within the caller's scope."""
        if successor_id in found:
            return
        if successor_id == employee.id:
            raise _invalid(loc, "The successor cannot be the employee handing over")
        successor = await self.employees.find_writable(successor_id)
        if successor is None or successor.employment_status == "resigned":
            raise unknown_reference(loc, "active employee")
        found[successor_id] = successor

    def _audit(
        self,
        employee: Employee,
        counts: Counter[tuple[str, uuid.UUID | None]],
        memberships: list[MembershipMove],
        reason: str | None,
    ) -> None:
        summary: dict[str, Any] = {
            "records": [
                {"resource": r, "successor_id": None if s is None else str(s), "count": n}
                for (r, s), n in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
            ],
            "memberships": len(memberships),
        }
        if reason:
            summary["reason"] = reason
        audit.record(
            self.ctx.session.sync_session,
            resource="employee",
            record_id=employee.id,
            action="hand_over",
            changes={"hand_over": (None, summary)},
        )

    async def _notify(
        self,
        employee: Employee,
        received: Counter[uuid.UUID],
        successors: dict[uuid.UUID, Employee],
        reason: str | None,
    ) -> list[uuid.UUID]:
        """Each successor, and each successor's manager, hears of what came to them."""
        told: list[uuid.UUID] = []
        body = "notification.hand_over_reason" if reason else None
        for successor_id, count in sorted(received.items(), key=lambda kv: str(kv[0])):
            successor = successors[successor_id]
            params: dict[str, str | int] = {"employee": employee.name, "count": count}
            if reason:
                params["reason"] = reason
            notify(
                self.ctx,
                successor_id,
                NotificationKind.hand_over,
                "notification.hand_over_received",
                params,
                body_key=body,
                resource="employee",
                record_id=employee.id,
            )
            told.append(successor_id)
            manager = successor.manager_id
            if manager is not None and manager != employee.id:
                notify(
                    self.ctx,
                    manager,
                    NotificationKind.hand_over,
                    "notification.hand_over_to_report",
                    {**params, "successor": successor.name},
                    body_key=body,
                    resource="employee",
                    record_id=employee.id,
                )
                if manager not in told:
                    told.append(manager)
        return told
