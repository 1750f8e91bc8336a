"""What the customer and deal timelines show, as ``TimelineSource`` registrations: this
context's activities, tasks and visits, the deals' stage changes and the customers' own events.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select

from salescrm.activities.models import (
    Activity,
    ActivityType,
    Direction,
    Priority,
    Task,
    TaskStatus,
    Visit,
    VisitStatus,
)
from salescrm.activities.repository import TaskRepository, VisitRepository
from salescrm.activities.schemas import (
    ActivityTimelineData,
    ActivityTimelineItem,
    CustomerEventTimelineData,
    CustomerEventTimelineItem,
    StageChangeTimelineData,
    StageChangeTimelineItem,
    TaskTimelineData,
    TaskTimelineItem,
    VisitTimelineData,
    VisitTimelineItem,
)
from salescrm.activities.timeline import (
    Names,
    TimelineSource,
    register,
    register_lookup,
    register_parent,
    scoped_by,
)
from salescrm.core import i18n
from salescrm.core.clock import business_time
from salescrm.customers.models import CustomerEvent
from salescrm.customers.repository import CustomerRepository
from salescrm.customers.schemas import CustomerEventDetails
from salescrm.org.models import Employee
from salescrm.sales.models import (
    Opportunity,
    OpportunityStageChange,
    OpportunityStatus,
    PipelineStage,
)
from salescrm.sales.repository import OpportunityRepository


def _links(model: Any) -> dict[str, Any]:
    def customer(record_id: uuid.UUID) -> ColumnElement[bool]:
        result: ColumnElement[bool] = model.customer_id == record_id
        return result

    def opportunity(record_id: uuid.UUID) -> ColumnElement[bool]:
        result: ColumnElement[bool] = model.opportunity_id == record_id
        return result

    return {"customer": customer, "opportunity": opportunity}


i18n.register_labels(
    "activity_type",
    {
        "call": ("Call", "电话"),
        "visit": ("Visit", "拜访"),
        "meeting": ("Meeting", "会议"),
        "email": ("E-mail", "邮件"),
        "im": ("WeChat/IM", "微信/即时通讯"),
        "reception": ("Reception", "客户接待"),
        "proposal": ("Proposal", "方案提交"),
        "demo": ("Demo", "产品演示"),
        "intelligence": ("Competitive intelligence", "竞争情报"),
        "other": ("Other", "其他"),
    },
)
i18n.register_messages(
    {
        "timeline.activity": ("{type}: {subject}", "{type}：{subject}"),
        "timeline.task": ("Task ({status}): {subject}", "任务（{status}）：{subject}"),
        "timeline.visit": ("Visit ({status}): {purpose}", "拜访（{status}）：{purpose}"),
        "timeline.deal_created": (
            "Deal {deal} created in stage {to}",
            "商机「{deal}」创建，阶段「{to}」",
        ),
        "timeline.deal_moved": (
            "Deal {deal} moved from {from_} to {to}",
            "商机「{deal}」从「{from_}」进入「{to}」",
        ),
        "timeline.deal_won": ("Deal {deal} won", "商机「{deal}」赢单"),
        "timeline.deal_lost": ("Deal {deal} lost", "商机「{deal}」输单"),
        "timeline.deal_reopened": (
            "Deal {deal} reopened in stage {to}",
            "商机「{deal}」重新打开，阶段「{to}」",
        ),
        "timeline.stage_set": ("Stage set to {to}", "客户阶段设为「{to}」"),
        "timeline.stage_changed": (
            "Stage changed from {from_} to {to}",
            "客户阶段从「{from_}」变为「{to}」",
        ),
        "timeline.claimed": ("Claimed from the public pool", "从公海领取"),
        "timeline.released": ("Released to the public pool", "退回公海"),
        "timeline.returned_to_pool": (
            "Returned to the public pool after {days} days without follow-up",
            "{days} 天未跟进，自动退回公海",
        ),
        "timeline.pool_warning": (
            "Returns to the public pool on {date} without a follow-up",
            "如不跟进，将于 {date} 退回公海",
        ),
        "timeline.assigned": ("Assigned to {to}", "分配给{to}"),
        "timeline.transferred": ("Transferred from {from_} to {to}", "从{from_}转给{to}"),
        "timeline.unassigned": ("No longer owned by {from_}", "不再由{from_}负责"),
        "timeline.key_account_marked": ("Marked as a key account", "标记为重点客户"),
        "timeline.key_account_unmarked": ("No longer a key account", "取消重点客户"),
        "timeline.merged": ("Customer {name} merged into this one", "客户「{name}」并入本客户"),
        "timeline.merged_into": ("Merged into customer {name}", "已并入客户「{name}」"),
        "timeline.follow_up": ("Follow-up recorded", "记录了一次跟进"),
        "timeline.customer_event": ("Customer record changed", "客户信息变更"),
        "timeline.someone": ("someone", "某人"),
    }
)


def _activity(a: Activity, names: Names) -> ActivityTimelineItem:
    type_name = names.get(("activity_type", a.type), a.type)
    shown = type_name
    if i18n.current_language.get() != i18n.ZH and i18n.has_label("activity_type", a.type):
        shown = i18n.label("activity_type", a.type)
    return ActivityTimelineItem(
        kind="activity",
        id=a.id,
        at=a.occurred_at,
        title=i18n.message("timeline.activity", type=shown, subject=a.subject),
        detail=a.notes,
        employee_id=a.author_id,
        data=ActivityTimelineData(
            type=a.type,
            type_name=type_name,
            channel=a.channel,
            direction=None if a.direction is None else Direction(a.direction),
            duration_minutes=a.duration_minutes,
            outcome=a.outcome,
            contact_id=a.contact_id,
            opportunity_id=a.opportunity_id,
        ),
    )


def _task(t: Task, _names: Names) -> TaskTimelineItem:
    status = i18n.label("TaskStatus", t.status)
    return TaskTimelineItem(
        kind="task",
        id=t.id,
        at=t.created_at,
        title=i18n.message("timeline.task", status=status, subject=t.subject),
        detail=t.description,
        employee_id=t.owner_id,
        data=TaskTimelineData(
            status=TaskStatus(t.status),
            priority=Priority(t.priority),
            due_at=t.due_at,
            overdue=t.overdue,
            completed_at=t.completed_at,
            opportunity_id=t.opportunity_id,
        ),
    )


def _visit(v: Visit, _names: Names) -> VisitTimelineItem:
    status = i18n.label("VisitStatus", v.status)
    return VisitTimelineItem(
        kind="visit",
        id=v.id,
        at=v.planned_at,
        title=i18n.message("timeline.visit", status=status, purpose=v.purpose),
        detail=v.summary,
        employee_id=v.owner_id,
        data=VisitTimelineData(
            status=VisitStatus(v.status),
            check_in_at=v.check_in_at,
            check_out_at=v.check_out_at,
            check_in_distance_m=v.check_in_distance_m,
            check_in_flagged=v.check_in_flagged,
            opportunity_id=v.opportunity_id,
        ),
    )


def _stage_change_refs(c: OpportunityStageChange) -> list[tuple[str, Any]]:
    return [
        ("opportunity", c.opportunity_id),
        ("pipeline_stage", c.from_stage_id),
        ("pipeline_stage", c.to_stage_id),
    ]


def _stage_change(c: OpportunityStageChange, names: Names) -> StageChangeTimelineItem:
    deal = names.get(("opportunity", c.opportunity_id))
    from_name = names.get(("pipeline_stage", c.from_stage_id))
    to_name = names.get(("pipeline_stage", c.to_stage_id))
    words = {"deal": deal or "-", "from_": from_name or "-", "to": to_name or "-"}
    if c.from_stage_id is None:
        key = "timeline.deal_created"
    elif c.to_status in ("won", "lost") and c.from_status != c.to_status:
        key = f"timeline.deal_{c.to_status}"
    elif c.from_status in ("won", "lost") and c.to_status == "open":
        key = "timeline.deal_reopened"
    else:
        key = "timeline.deal_moved"
    return StageChangeTimelineItem(
        kind="stage_change",
        id=c.id,
        at=c.changed_at,
        title=i18n.message(key, **words),
        detail=c.reason,
        employee_id=c.actor_id,
        data=StageChangeTimelineData(
            opportunity_id=c.opportunity_id,
            opportunity_name=deal,
            from_stage_id=c.from_stage_id,
            from_stage_name=from_name,
            to_stage_id=c.to_stage_id,
            to_stage_name=to_name,
            from_status=None if c.from_status is None else OpportunityStatus(c.from_status),
            to_status=OpportunityStatus(c.to_status),
            seconds_in_from_stage=c.seconds_in_from_stage,
        ),
    )


def _employee_key(value: str | None) -> uuid.UUID | None:
    try:
        return None if value is None else uuid.UUID(value)
    except ValueError:
        return None


def _customer_event_refs(e: CustomerEvent) -> list[tuple[str, Any]]:
    if e.kind != "transferred":
        return []
    return [("employee", _employee_key(e.from_value)), ("employee", _employee_key(e.to_value))]


def _customer_event_title(e: CustomerEvent, names: Names) -> str:
    details = e.details or {}
    if e.kind == "stage_changed":
        to = i18n.label("Stage", e.to_value)
        if e.from_value is None:
            return i18n.message("timeline.stage_set", to=to)
        return i18n.message(
            "timeline.stage_changed", from_=i18n.label("Stage", e.from_value), to=to
        )
    if e.kind == "transferred":
        someone = i18n.message("timeline.someone")
        former = names.get(("employee", _employee_key(e.from_value)), someone)
        latter = names.get(("employee", _employee_key(e.to_value)), someone)
        if e.from_value is None:
            return i18n.message("timeline.assigned", to=latter)
        if e.to_value is None:
            return i18n.message("timeline.unassigned", from_=former)
        return i18n.message("timeline.transferred", from_=former, to=latter)
    if e.kind == "returned_to_pool":
        return i18n.message("timeline.returned_to_pool", days=details.get("days", "-"))
    if e.kind == "pool_warning":
        try:
            due = f"{business_time(datetime.fromisoformat(str(details['due_at']))):%Y-%m-%d}"
        except (KeyError, TypeError, ValueError):
            due = "-"
        return i18n.message("timeline.pool_warning", date=due)
    if e.kind == "merged":
        return i18n.message("timeline.merged", name=details.get("source_name") or "-")
    if e.kind == "merged_into":
        return i18n.message("timeline.merged_into", name=details.get("target_name") or "-")
    key = f"timeline.{e.kind}"
    return i18n.message(key if key in i18n.MESSAGES else "timeline.customer_event")


def _customer_event(e: CustomerEvent, names: Names) -> CustomerEventTimelineItem:
    return CustomerEventTimelineItem(
        kind="customer_event",
        id=e.id,
        at=e.created_at,
        title=_customer_event_title(e, names),
        detail=e.reason,
        employee_id=e.actor_id,
        data=CustomerEventTimelineData.model_validate(
            {
                "kind": e.kind,
                "from": e.from_value,
                "to": e.to_value,
                "details": CustomerEventDetails.model_validate(e.details or {}),
            }
        ),
    )


def _deals_of(customer_id: uuid.UUID) -> ColumnElement[bool]:
    deals = select(Opportunity.id).where(
        Opportunity.customer_id == customer_id, Opportunity.deleted_at.is_(None)
    )
    return OpportunityStageChange.opportunity_id.in_(deals)


def register_all() -> None:
    register_parent("customer", CustomerRepository, "customer:read")
    register_lookup("activity_type", ActivityType.code, ActivityType.name)
    register_lookup("pipeline_stage", PipelineStage.id, PipelineStage.name)
    register_lookup("opportunity", Opportunity.id, Opportunity.name)
    register_lookup("employee", Employee.id, Employee.name)
    register_parent("opportunity", OpportunityRepository, "opportunity:read")
    register(
        TimelineSource("activity", Activity, "occurred_at", _links(Activity), "activity:read",
                       _activity, refs=lambda a: [("activity_type", a.type)])
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
            refs=_stage_change_refs,
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
            refs=_customer_event_refs,
        )
    )
