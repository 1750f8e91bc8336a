"""The rules of territories: the tree's paths, members, assignment rules, and the dry run and
apply of a rule change (set-based, audited, owners told once each)."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any, ClassVar

from salescrm.core import events, i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, unknown_reference
from salescrm.core.ids import new_id
from salescrm.core.references import present
from salescrm.core.service import ChildCrudService, CrudService
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.pool import OwnershipService, TransferRequest
from salescrm.org.models import Department, Employee
from salescrm.org.repository import EmployeeRepository
from salescrm.planning.territories import schemas
from salescrm.planning.territories.models import Territory, TerritoryMember, TerritoryRule
from salescrm.planning.territories.repository import (
    PlacementRepository,
    TerritoryMemberRepository,
    TerritoryRepository,
    TerritoryRuleRepository,
    placement,
)
from salescrm.platform.notifications import NotificationKind, notify

i18n.register_titles(
    {
        "territory_in_use": ("Territory in use", "区域仍在使用"),
        "territory_parent_deleted": ("Parent territory deleted", "上级区域已删除"),
    }
)
i18n.register_details(
    {
        "territory_in_use": (
            "The territory still has {what}; move or delete them first.",
            "该区域仍有{what},请先移走或删除。",
        ),
        "territory_parent_deleted": (
            "Its parent territory is deleted; restore the parent first.",
            "其上级区域已删除,请先恢复上级区域。",
        ),
    }
)
i18n.register_messages(
    {
        "notification.territory_reassigned": (
            "{count} of your customers moved to another territory",
            "您有 {count} 个客户调整了所属区域",
        ),
    }
)

#: Customers moved per batch of the hand-over (the transfer takes up to 500 at a time).
HAND_OVER_BATCH = 500
#: Moved customers read back per batch for their events.
EVENT_BATCH = 5000


class TerritoryInUse(Conflict):
    code = detail_key = "territory_in_use"


class ParentDeleted(Conflict):
    code = detail_key = "territory_parent_deleted"


class TerritoryService(CrudService[Territory]):
    repository = TerritoryRepository
    permission = "territory"
    refusals: ClassVar = {
        "update": {
            422: "422 naming `parent_id` when the new parent is the territory itself or one "
            "of its descendants, or does not exist."
        },
        "delete": {
            409: "409 `territory_in_use` while it has live child territories, customers or "
            "assignment rules."
        },
        "restore": {409: "409 `territory_parent_deleted` while its parent is deleted."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.territories: TerritoryRepository = self.repo  # type: ignore[assignment]

    async def _parent(self, parent_id: uuid.UUID) -> Territory:
        parent = await self.territories.find(parent_id)
        if parent is None:
            raise unknown_reference(["body", "parent_id"], "territory")
        return parent

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("id", None)
        if values["id"] is None:
            values["id"] = new_id()
        parent_path, depth = "/", 0
        if values.get("parent_id") is not None:
            parent = await self._parent(values["parent_id"])
            parent_path, depth = parent.path, parent.depth + 1
        values["path"] = f"{parent_path}{values['id'].hex}/"
        values["depth"] = depth
        return values

    async def prepare_update(self, record: Territory, changes: dict[str, Any]) -> dict[str, Any]:
        if "parent_id" not in changes or changes["parent_id"] == record.parent_id:
            changes.pop("parent_id", None)
            return changes
        parent_path, depth = "/", 0
        new_parent = changes["parent_id"]
        if new_parent is not None:
            parent = await self._parent(new_parent)
            if parent.path.startswith(record.path):
                raise ValidationFailed.field(
                    ["body", "parent_id"],
                    "A territory cannot move under itself or one of its own descendants",
                    "territory_cycle",
                )
            parent_path, depth = parent.path, parent.depth + 1
        new_path = f"{parent_path}{record.id.hex}/"
        await self.territories.move_subtree(record.path, new_path, depth - record.depth)
        changes["path"], changes["depth"] = new_path, depth
        return changes

    async def prepare_delete(self, record: Territory) -> None:
        if await self.territories.has_live_children(record.id):
            raise TerritoryInUse(what="child territories")
        if await self.territories.has_customers(record.id):
            raise TerritoryInUse(what="customers")
        if await TerritoryRuleRepository(self.ctx).uses(record.id):
            raise TerritoryInUse(what="assignment rules")

    async def prepare_restore(self, record: Territory) -> None:
        if record.parent_id is not None and await self.territories.find(record.parent_id) is None:
            raise ParentDeleted()


class TerritoryMemberService(ChildCrudService[TerritoryMember]):
    repository = TerritoryMemberRepository
    permission = "territory"
    parent_column = "territory_id"

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        session = self.repo.session
        if values.get("employee_id") is not None:
            found = await session.get(Employee, values["employee_id"])
            if found is None or found.deleted_at is not None:
                raise unknown_reference(["body", "employee_id"], "employee")
        if values.get("department_id") is not None:
            team = await session.get(Department, values["department_id"])
            if team is None or team.deleted_at is not None:
                raise unknown_reference(["body", "department_id"], "department")
        return values


class TerritoryRuleService(CrudService[TerritoryRule]):
    repository = TerritoryRuleRepository
    permission = "territory"

    async def _check(self, values: dict[str, Any]) -> dict[str, Any]:
        if values.get("territory_id") is not None:
            found = await TerritoryRepository(self.ctx).find(values["territory_id"])
            if found is None:
                raise unknown_reference(["body", "territory_id"], "territory")
        for field in ("provinces", "cities", "industries", "sizes", "tiers"):
            if field in values and values[field] is not None:
                values[field] = list(dict.fromkeys(str(v) for v in values[field]))
        return values

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._check(values)

    async def prepare_update(
        self, record: TerritoryRule, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._check(changes)


class PlacementService:
    """The dry run and the apply of the rules, and the hand-over of a territory's customers."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.rules = TerritoryRuleRepository(ctx)
        self.territories = TerritoryRepository(ctx)
        self.placing = PlacementRepository(ctx.session)

    def _require(self, *permissions: str) -> None:
        for permission in permissions:
            if not self.ctx.subject.can(permission):
                raise Forbidden("forbidden_action", permission=permission)

    async def _proposed(self, change: schemas.RuleChange) -> list[Any]:
        current = {rule.id: rule for rule in await self.rules.active_rules()}
        every = {rule.id: rule for rule in await self.rules.every_live()}
        proposed: dict[uuid.UUID, Any] = {}
        for index, rule_id in enumerate(change.remove):
            if rule_id not in every:
                raise unknown_reference(["body", "remove", index], "territory rule")
        for rule_id, rule in current.items():
            if rule_id not in change.remove:
                proposed[rule_id] = _plain(rule)
        for index, edit in enumerate(change.edit):
            if edit.id not in every:
                raise unknown_reference(["body", "edit", index, "id"], "territory rule")
            merged = {**_plain(every[edit.id]), **edit.model_dump(exclude_unset=True)}
            merged["sizes"] = [str(s) for s in merged.get("sizes") or []]
            proposed[edit.id] = merged
        for added in change.add:
            values = added.model_dump()
            values["sizes"] = [str(s) for s in values.get("sizes") or []]
            proposed[new_id()] = {**values, "created_at": utcnow()}
        wanted = {r["territory_id"] for r in proposed.values()}
        live = await self.territories.live_ids(list(wanted))
        named: list[tuple[str, int, uuid.UUID | None]] = [
            *(("edit", i, e.territory_id) for i, e in enumerate(change.edit)),
            *(("add", i, a.territory_id) for i, a in enumerate(change.add)),
        ]
        for where, index, territory_id in named:
            if territory_id is not None and territory_id not in live:
                raise unknown_reference(["body", where, index, "territory_id"], "territory")
        chosen = [r for r in proposed.values() if r.get("active", True)]
        chosen.sort(key=lambda r: (r["priority"], r["created_at"]))
        return [_Rule(r) for r in chosen]

    async def dry_run(self, change: schemas.RuleChange) -> schemas.DryRun:
        self._require("territory:read", "customer:read")
        target = placement(await self._proposed(change))
        counts = await self.placing.counts(target)
        page = await self.placing.page(target, change.limit + 1, change.after)
        more = len(page) > change.limit
        page = page[: change.limit]
        moves = [
            schemas.Move(from_territory_id=a, to_territory_id=b, count=n) for a, b, n in counts
        ]
        customers = [
            schemas.MovingCustomer(
                customer_id=cid, owner_id=owner, from_territory_id=a, to_territory_id=b
            )
            for cid, owner, a, b in page
        ]
        return schemas.DryRun(
            total=sum(m.count for m in moves),
            moves=await present(self.ctx, schemas.Move, moves),
            customers=await present(self.ctx, schemas.MovingCustomer, customers),
            next_after=page[-1][0] if more and page else None,
        )

    async def apply(self) -> schemas.ApplyResult:
        """Every live customer to where the current active rules place it: one UPDATE, an
        audit entry and an ``updated`` event per moved customer, one notification per owner."""
        self._require("territory:write", "customer:write")
        target = placement([_Rule(_plain(r)) for r in await self.rules.active_rules()])
        counts = await self.placing.counts(target)
        moving = await self.placing.moving(target)
        moved = await self.placing.move(target)
        await self._record(moving)
        owners = Counter(owner for _, owner, _, _ in moving if owner is not None)
        for owner, count in owners.items():
            notify(
                self.ctx,
                owner,
                NotificationKind.territory_reassigned,
                "notification.territory_reassigned",
                {"count": count},
            )
        moves = [
            schemas.Move(from_territory_id=a, to_territory_id=b, count=n) for a, b, n in counts
        ]
        return schemas.ApplyResult(
            moved=moved,
            moves=await present(self.ctx, schemas.Move, moves),
            owners_notified=len(owners),
        )

    async def _record(self, moving: list[tuple[Any, ...]]) -> None:
        """The audit trail and the change events of the customers moved past the ORM."""
        from salescrm.platform.imports import AUDIT_LOG, BulkTable

        session = self.ctx.session
        actor_type, actor_id = session.info.get("actor", ("system", None))
        request_id = session.info.get("request_id")
        now = utcnow()
        audits = [
            {
                "id": new_id(),
                "occurred_at": now,
                "actor_type": actor_type,
                "actor_id": actor_id,
                "request_id": request_id,
                "resource": "customer",
                "record_id": cid,
                "action": "update",
                "changes": {
                    "territory_id": [
                        str(a) if a is not None else None,
                        str(b) if b is not None else None,
                    ]
                },
            }
            for cid, _, a, b in moving
        ]
        await AUDIT_LOG.insert(session, audits)
        outbox = BulkTable(events.Event)
        for start in range(0, len(moving), EVENT_BATCH):
            ids = [row[0] for row in moving[start : start + EVENT_BATCH]]
            rows = await self.placing.rows_of(ids)
            await outbox.insert(session, await events.bulk_rows(session, Customer, rows, "updated"))
            for row in rows:
                session.expunge(row)

    async def hand_over(
        self, territory_id: uuid.UUID, payload: schemas.HandOver
    ) -> schemas.HandOverResult:
        """The customers of the territory owned by one employee go to another, through the
        customer transfer (its checks, timeline entries and notification)."""
        self._require("territory:write")
        await self.territories.get(territory_id)
        target = await EmployeeRepository(self.ctx).live(payload.to_employee_id)
        if target is None or target.employment_status == "resigned":
            raise unknown_reference(["body", "to_employee_id"], "current employee")
        ids = await self.placing.owned_in(territory_id, payload.from_employee_id, payload.within)
        owners = OwnershipService(self.ctx)
        moved = 0
        for start in range(0, len(ids), HAND_OVER_BATCH):
            batch = ids[start : start + HAND_OVER_BATCH]
            request = TransferRequest(
                customer_ids=batch, to_employee_id=payload.to_employee_id, reason=payload.reason
            )
            moved += len(await owners.transfer(request))
        return schemas.HandOverResult(transferred=moved)


class _Rule:
    """A rule as ``placement`` reads it (saved, edited or proposed)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.territory_id = values["territory_id"]
        self.provinces = values.get("provinces") or []
        self.cities = values.get("cities") or []
        self.industries = values.get("industries") or []
        self.sizes = values.get("sizes") or []
        self.tiers = values.get("tiers") or []


def _plain(rule: TerritoryRule) -> dict[str, Any]:
    return {
        "territory_id": rule.territory_id,
        "priority": rule.priority,
        "created_at": rule.created_at,
        "active": rule.active,
        "provinces": list(rule.provinces),
        "cities": list(rule.cities),
        "industries": list(rule.industries),
        "sizes": list(rule.sizes),
        "tiers": list(rule.tiers),
    }
