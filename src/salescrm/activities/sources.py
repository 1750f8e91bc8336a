"""What the customer and deal timelines show, as ``TimelineSource`` registrations: this
context's activities, tasks and visits, the deals' stage changes and the customers' own events.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, select

from salescrm.activities.models import Activity, Task, Visit
from salescrm.activities.repository import TaskRepository, VisitRepository
from salescrm.activities.schemas import TimelineItem
from salescrm.activities.timeline import TimelineSource, register, register_parent, scoped_by
from salescrm.customers.models import CustomerEvent
from salescrm.customers.repository import CustomerRepository
from salescrm.sales.models import Opportunity, OpportunityStageChange
from salescrm.sales.repository import OpportunityRepository


def _links(model: Any) -> dict[str, Any]:
    def customer(record_id: uuid.UUID) -> ColumnElement[bool]:
        result: ColumnElement[bool] = model.customer_id == record_id
        return result

    def opportunity(record_id: uuid.UUID) -> ColumnElement[bool]:
        result: ColumnElement[bool] = model.opportunity_id == record_id
        return result

    return {"customer": customer, "opportunity": opportunity}


def _activity(a: Activity) -> TimelineItem:
    return TimelineItem(
        kind="activity",
        id=a.id,
        at=a.occurred_at,
        title=a.subject,
        detail=a.notes,
        employee_id=a.author_id,
        data={
            "type": a.type,
            "channel": a.channel,
            "direction": a.direction,
            "duration_minutes": a.duration_minutes,
            "outcome": a.outcome,
            "contact_id": a.contact_id,
            "opportunity_id": a.opportunity_id,
        },
    )


def _task(t: Task) -> TimelineItem:
    return TimelineItem(
        kind="task",
        id=t.id,
        at=t.created_at,
        title=t.subject,
        detail=t.description,
        employee_id=t.owner_id,
        data={
            "status": t.status,
            "priority": t.priority,
            "due_at": t.due_at,
            "overdue": t.overdue,
            "completed_at": t.completed_at,
            "opportunity_id": t.opportunity_id,
        },
    )


def _visit(v: Visit) -> TimelineItem:
    return TimelineItem(
        kind="visit",
        id=v.id,
        at=v.planned_at,
        title=v.purpose,
        detail=v.summary,
        employee_id=v.owner_id,
        data={
            "status": v.status,
            "check_in_at": v.check_in_at,
            "check_out_at": v.check_out_at,
            "check_in_distance_m": v.check_in_distance_m,
            "check_in_flagged": v.check_in_flagged,
            "opportunity_id": v.opportunity_id,
        },
    )


def _stage_change(c: OpportunityStageChange) -> TimelineItem:
    return TimelineItem(
        kind="stage_change",
        id=c.id,
        at=c.changed_at,
        title=f"{c.from_status or '-'} → {c.to_status}",
        detail=c.reason,
        employee_id=c.actor_id,
        data={
            "opportunity_id": c.opportunity_id,
            "from_stage_id": c.from_stage_id,
            "to_stage_id": c.to_stage_id,
            "from_status": c.from_status,
            "to_status": c.to_status,
            "seconds_in_from_stage": c.seconds_in_from_stage,
        },
    )


def _customer_event(e: CustomerEvent) -> TimelineItem:
    return TimelineItem(
        kind="customer_event",
        id=e.id,
        at=e.created_at,
        title=e.kind,
        detail=e.reason,
        employee_id=e.actor_id,
        data={"kind": e.kind, "from": e.from_value, "to": e.to_value, "details": e.details},
    )


def _deals_of(customer_id: uuid.UUID) -> ColumnElement[bool]:
    deals = select(Opportunity.id).where(
        Opportunity.customer_id == customer_id, Opportunity.deleted_at.is_(None)
    )
    return OpportunityStageChange.opportunity_id.in_(deals)


def register_all() -> None:
    register_parent("customer", CustomerRepository, "customer:read")
    register_parent("opportunity", OpportunityRepository, "opportunity:read")
    register(
        TimelineSource("activity", Activity, "occurred_at", _links(Activity), "activity:read",
                       _activity)
    )  # fmt: skip
    register(
        TimelineSource("task", Task, "created_at", _links(Task), "task:read", _task,
                       scoped_by(TaskRepository, Task.id))
    )  # fmt: skip
    register(
        TimelineSource("visit", Visit, "planned_at", _links(Visit), "visit:read", _visit,
                       scoped_by(VisitRepository, Visit.id))
    )  # fmt: skip
    register(
        TimelineSource(
            "stage_change",
            OpportunityStageChange,
            "changed_at",
            {
                "customer": _deals_of,
                "opportunity": lambda deal_id: OpportunityStageChange.opportunity_id == deal_id,
            },
            "opportunity:read",
            _stage_change,
            scoped_by(
                OpportunityRepository, OpportunityStageChange.opportunity_id, unless="opportunity"
            ),
        )
    )
    register(
        TimelineSource(
            "customer_event",
            CustomerEvent,
            "created_at",
            {"customer": lambda customer_id: CustomerEvent.customer_id == customer_id},
            "customer:read",
            _customer_event,
        )
    )
