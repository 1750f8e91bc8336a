"""Request and response bodies of activity types, activities, tasks, visits, timelines and
calendar feeds. Ranges (a latitude within ±90, a duration of at most a day) are checked here,
so a bad value is a 422 naming its field before any query runs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    FieldSerializationInfo,
    computed_field,
    field_serializer,
    model_validator,
)

from salescrm.activities.models import Direction, Priority, ScheduleKind, TaskStatus, VisitStatus
from salescrm.core import geo
from salescrm.core.custom_fields.schemas import CustomFieldsIn, CustomFieldsOut, custom_fields_out
from salescrm.core.geo import CoordSystem
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    PeriodDay,
    QueryModel,
    RecordOut,
    RequestModel,
    UtcDateTime,
    check_period,
)
from salescrm.customers.schemas import CustomerEventDetails
from salescrm.customers.schemas import EventKind as CustomerEventKind
from salescrm.sales.models import OpportunityStatus

Subject = Annotated[str, Field(min_length=1, max_length=200, examples=["电话沟通二期需求"])]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Code = Annotated[str, Field(min_length=1, max_length=30, pattern=r"^[a-z0-9_\-]+$")]
Channel = Annotated[
    str,
    Field(min_length=1, max_length=30, pattern=r"^[a-z0-9_\-]+$", examples=["wechat"]),
]
Minutes = Annotated[int, Field(ge=0, le=1440, description="Minutes (at most a day).")]
Latitude = Annotated[float, Field(ge=-90, le=90, examples=[31.2304])]
Longitude = Annotated[float, Field(ge=-180, le=180, examples=[121.4737])]
Accuracy = Annotated[float, Field(ge=0, le=100_000, description="Metres, as the device says.")]
CapturedAt = Annotated[
    UtcDateTime,
    Field(
        description="When the device recorded it (RFC 3339 with an offset), for work done "
        "offline and sent later. Default: when the server receives it. More than 5 minutes "
        "after the server's time is a 422 (`captured_in_future`); older than "
        "`SALESCRM_OFFLINE_MAX_AGE_HOURS` (72 h) needs the `…:backdate` permission (403).",
        examples=["2026-12-04T09:30:00+08:00"],
    ),
]
DeviceNow = Annotated[
    UtcDateTime,
    Field(
        description="The device's clock when it sends this request: the record keeps how far "
        "it was from the server's (`…clock_skew_seconds`) and is flagged beyond "
        "`SALESCRM_CLOCK_SKEW_MAX_SECONDS` (300 s). Not stored otherwise.",
        examples=["2026-12-05T08:00:03+08:00"],
    ),
]


def _distinct(ids: list[uuid.UUID]) -> list[uuid.UUID]:
    if len(set(ids)) != len(ids):
        raise ValueError("An id appears twice")
    return ids


IdList = Annotated[list[uuid.UUID], Field(max_length=50), AfterValidator(_distinct)]


# ----- activity types ------------------------------------------------------------------------
class ActivityTypeCreate(CreateModel):
    code: Code
    name: Annotated[str, Field(min_length=1, max_length=50, examples=["拜访"])]
    position: int = Field(0, ge=0, le=10_000)
    on_calendar: bool = Field(False, description="Its activities appear in calendar feeds.")
    active: bool = True


class ActivityTypeUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=50)] | None = None
    position: int | None = Field(None, ge=0, le=10_000)
    on_calendar: bool | None = None
    active: bool | None = None


class ActivityTypeOut(RecordOut):
    code: str
    name: str
    position: int
    on_calendar: bool
    active: bool


class ActivityTypeListParams(ListParams):
    active: bool | None = None
    on_calendar: bool | None = None


# ----- activities ----------------------------------------------------------------------------
class ActivityCreate(CreateModel):
    custom_fields: CustomFieldsIn | None = None
    type: Code = Field(description="An active activity type's code (call, visit, meeting …).")
    channel: Channel | None = Field(None, description="phone, wechat, email, in_person, video …")
    direction: Direction | None = None
    subject: Subject
    notes: Text | None = None
    occurred_at: UtcDateTime | None = Field(None, description="Default: now.")
    duration_minutes: Minutes | None = None
    outcome: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    customer_id: uuid.UUID = Field(
        description="A customer the caller may change (404 if unseen, 403 if only readable), "
        "or one the given deal speaks for: the caller may change the deal and its owner may "
        "change the customer."
    )
    contact_id: uuid.UUID | None = Field(None, description="A contact of that customer.")
    opportunity_id: uuid.UUID | None = Field(
        None, description="A deal of that customer, which the caller may change."
    )
    employee_ids: IdList = Field(default_factory=list, description="Employees taking part.")
    contact_ids: IdList = Field(default_factory=list, description="Contacts taking part.")
    next_follow_up_at: UtcDateTime | None = Field(
        None, description="Creates a follow-up task for the caller, due then."
    )
    captured_at: CapturedAt | None = None
    device_now: DeviceNow | None = Field(None, exclude=True)


class ActivityUpdate(RequestModel):
    custom_fields: CustomFieldsIn | None = None
    type: Code | None = None
    channel: Channel | None = None
    direction: Direction | None = None
    subject: Subject | None = None
    notes: Text | None = None
    occurred_at: UtcDateTime | None = None
    duration_minutes: Minutes | None = None
    outcome: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    employee_ids: IdList | None = None
    contact_ids: IdList | None = None
    next_follow_up_at: UtcDateTime | None = Field(
        None, description="Creates the follow-up task, or moves the open one."
    )


class ActivityOut(RecordOut):
    custom_fields: CustomFieldsOut = custom_fields_out()
    type: str
    channel: str | None
    direction: Direction | None
    subject: str
    notes: str | None
    occurred_at: datetime
    duration_minutes: int | None
    outcome: str | None
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    contact_id: uuid.UUID | None
    contact: Ref | None = ref("contact")
    opportunity_id: uuid.UUID | None
    opportunity: Ref | None = ref("opportunity")
    author_id: uuid.UUID | None
    author: Ref | None = ref("employee")
    employee_ids: list[uuid.UUID]
    contact_ids: list[uuid.UUID]
    next_follow_up_at: datetime | None
    follow_up_task_id: uuid.UUID | None
    captured_at: datetime | None = Field(
        description="When the device recorded it, if it said (offline work); `created_at` is "
        "when the server received it."
    )
    clock_skew_seconds: int | None = Field(
        description="The device's clock minus the server's when it was sent (null: unknown)."
    )
    clock_skew_flagged: bool = Field(
        description="The device's clock was off by more than SALESCRM_CLOCK_SKEW_MAX_SECONDS."
    )
    follow_up_task: Ref | None = ref("task")


class ActivityListParams(ListParams):
    takes_custom_fields = True
    type: str | None = Field(None, max_length=30)
    customer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    participant_id: uuid.UUID | None = Field(None, description="An employee who took part.")
    occurred_from: UtcDateTime | None = None
    occurred_to: UtcDateTime | None = None


# ----- tasks ---------------------------------------------------------------------------------
class TaskCreate(CreateModel):
    # A contact is checked as a contact of the customer: the contract says it comes with one.
    model_config = ConfigDict(
        json_schema_extra={"dependentRequired": {"contact_id": ["customer_id"]}}
    )

    subject: Subject
    description: Text | None = None
    owner_id: uuid.UUID | None = Field(
        None, description="The assignee. Default: the caller; someone else needs task:assign."
    )
    due_at: UtcDateTime | None = None
    priority: Priority = Priority.normal
    remind_at: UtcDateTime | None = Field(
        None, description="When to put a reminder in the assignee's notification inbox."
    )
    customer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = Field(
        None, description="A contact of the customer: needs `customer_id`."
    )
    opportunity_id: uuid.UUID | None = None


class TaskUpdate(RequestModel):
    subject: Subject | None = None
    description: Text | None = None
    owner_id: uuid.UUID | None = None
    due_at: UtcDateTime | None = None
    priority: Priority | None = None
    status: TaskStatus | None = None
    remind_at: UtcDateTime | None = Field(None, description="A new time reminds again.")
    customer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None


class TaskOut(RecordOut):
    subject: str
    description: str | None
    owner_id: uuid.UUID | None = Field(description="The assignee.")
    owner: Ref | None = ref("employee")
    due_at: datetime | None
    priority: Priority
    status: TaskStatus
    completed_at: datetime | None
    remind_at: datetime | None
    reminded_at: datetime | None
    overdue: bool
    customer_id: uuid.UUID | None
    customer: Ref | None = ref("customer")
    contact_id: uuid.UUID | None
    contact: Ref | None = ref("contact")
    opportunity_id: uuid.UUID | None
    opportunity: Ref | None = ref("opportunity")
    activity_id: uuid.UUID | None
    activity: Ref | None = ref("activity")
    created_by_id: uuid.UUID | None
    created_by: Ref | None = ref("employee")


class TaskListParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="The assignee.")
    status: list[TaskStatus] = Field(default_factory=list)
    priority: Priority | None = None
    customer_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    due_from: UtcDateTime | None = None
    due_to: UtcDateTime | None = None
    overdue: bool | None = Field(None, description="true: open and past due.")


class OverdueCount(BaseModel):
    owner_id: uuid.UUID
    overdue: int
    oldest_due_at: datetime


class OverdueReport(BaseModel):
    """Overdue tasks per assignee, in the caller's scope (most first)."""

    items: list[OverdueCount]


# ----- visits --------------------------------------------------------------------------------
class VisitCreate(CreateModel):
    customer_id: uuid.UUID
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    purpose: Subject
    planned_at: UtcDateTime
    planned_minutes: Minutes | None = None
    owner_id: uuid.UUID | None = Field(
        None, description="Who visits. Default: the caller; someone else needs visit:assign."
    )


class VisitUpdate(RequestModel):
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    purpose: Subject | None = None
    planned_at: UtcDateTime | None = None
    planned_minutes: Minutes | None = None
    owner_id: uuid.UUID | None = None
    summary: Text | None = None


class Position(RequestModel):
    latitude: Latitude
    longitude: Longitude
    coord_system: CoordSystem = Field(geo.DEFAULT, description=geo.SYSTEM_DESCRIPTION)
    accuracy_m: Accuracy | None = None
    captured_at: CapturedAt | None = None
    device_now: DeviceNow | None = None

    @model_validator(mode="after")
    def _in_wgs84(self) -> Position:
        """The server measures and stores WGS-84 (``core.geo``)."""
        self.latitude, self.longitude = geo.to_wgs84(
            self.latitude, self.longitude, self.coord_system
        )
        return self


class CheckIn(Position):
    pass


class CheckOut(Position):
    summary: Text | None = Field(None, description="What came of it; kept on the visit activity.")


class VisitCancel(RequestModel):
    reason: Annotated[str, Field(min_length=1, max_length=500)] | None = None


class VisitOut(RecordOut):
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    contact_id: uuid.UUID | None
    contact: Ref | None = ref("contact")
    opportunity_id: uuid.UUID | None
    opportunity: Ref | None = ref("opportunity")
    purpose: str
    planned_at: datetime
    planned_minutes: int | None
    status: VisitStatus
    check_in_at: datetime | None = Field(
        description="When the rep checked in, as the device captured it (`captured_at`)."
    )
    check_in_received_at: datetime | None = Field(
        description="When the server received the check-in (later than `check_in_at` when "
        "it was sent from offline)."
    )
    check_in_clock_skew_seconds: int | None = Field(
        description="The device's clock minus the server's when the check-in was sent (null: "
        "the device did not send `device_now`)."
    )
    check_in_latitude: float | None = Field(description=geo.OUT_LATITUDE)
    check_in_longitude: float | None = Field(description=geo.OUT_LONGITUDE)
    check_in_accuracy_m: float | None
    check_in_distance_m: float | None = Field(
        description="Metres from the customer's coordinates (both in WGS-84)."
    )
    check_in_flagged: bool = Field(description="Further than the allowed distance.")
    check_out_at: datetime | None = Field(description="As the device captured it.")
    check_out_received_at: datetime | None = Field(description="When the server received it.")
    check_out_clock_skew_seconds: int | None
    check_out_latitude: float | None = Field(description=geo.OUT_LATITUDE)
    check_out_longitude: float | None = Field(description=geo.OUT_LONGITUDE)
    check_out_accuracy_m: float | None
    check_out_distance_m: float | None
    clock_skew_flagged: bool = Field(
        description="The device's clock was off by more than SALESCRM_CLOCK_SKEW_MAX_SECONDS "
        "when it sent the check-in or the check-out."
    )
    summary: str | None
    activity_id: uuid.UUID | None
    activity: Ref | None = ref("activity")

    @field_serializer(
        "check_in_latitude", "check_in_longitude", "check_out_latitude", "check_out_longitude"
    )
    def _in_answer(self, value: float | None, info: FieldSerializationInfo) -> float | None:
        side = info.field_name.rsplit("_", 1)[0]
        pair = geo.in_answer(getattr(self, f"{side}_latitude"), getattr(self, f"{side}_longitude"))
        return pair[info.field_name.endswith("longitude")]

    @computed_field(description=geo.OUT_SYSTEM)  # type: ignore[prop-decorator]
    @property
    def coord_system(self) -> CoordSystem:
        return geo.answer_system.get()


class VisitListParams(ListParams):
    owner_id: uuid.UUID | None = None
    status: VisitStatus | None = None
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    flagged: bool | None = None
    clock_skew_flagged: bool | None = Field(
        None, description="Checked in or out from a device whose clock was off."
    )
    coord_system: CoordSystem = Field(geo.DEFAULT, description=geo.ANSWER_DESCRIPTION)
    planned_from: UtcDateTime | None = None
    planned_to: UtcDateTime | None = None


#: Days a period may name (the business's midnight of each must exist in UTC).
#: ``RFC3339_DATE`` after the bounds: before them, Pydantic would publish ``ge``/``le`` as
#: unknown JSON Schema keywords.


class VisitStatsParams(QueryModel):
    checked_out_from: PeriodDay = Field(description="Visits checked out on or after this day.")
    checked_out_to: PeriodDay = Field(
        description="… and on or before this one (business time zone)."
    )
    owner_id: uuid.UUID | None = Field(None, description="Only one rep.")

    @model_validator(mode="after")
    def _period(self) -> VisitStatsParams:
        check_period(
            self.checked_out_from,
            self.checked_out_to,
            ("checked_out_from", "checked_out_to"),
            max_years=5,
        )
        return self


class VisitCount(BaseModel):
    owner_id: uuid.UUID
    completed: int = Field(description="Visits checked out in the period.")
    flagged: int = Field(description="… of which checked in too far from the customer.")
    customers: int = Field(description="Different customers visited.")


class VisitStats(BaseModel):
    """Completed visits per rep, in the caller's scope: what performance counts."""

    items: list[VisitCount]


# ----- timeline ------------------------------------------------------------------------------
class _TimelineItemBase(BaseModel):
    """What every timeline item has; ``kind`` says which of the members below it is."""

    id: uuid.UUID
    at: datetime = Field(description="When it happened (or is planned, or was created).")
    title: str = Field(
        description="What happened, in words, in the language of Accept-Language (English or "
        "Simplified Chinese): names and labels, never codes.",
        examples=["Call: 电话沟通二期需求"],
    )
    detail: str | None = None
    employee_id: uuid.UUID | None = Field(description="Who did it, or who it is for.")


class ActivityTimelineData(BaseModel):
    type: str = Field(description="The activity type's code.", examples=["call"])
    type_name: str = Field(description="The activity type's name.", examples=["电话"])
    channel: str | None
    direction: Direction | None
    duration_minutes: int | None
    outcome: str | None
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None


class ActivityTimelineItem(_TimelineItemBase):
    """An activity recorded on the customer or the deal (``at``: when it took place)."""

    kind: Literal["activity"]
    data: ActivityTimelineData


class TaskTimelineData(BaseModel):
    status: TaskStatus
    priority: Priority
    due_at: datetime | None
    overdue: bool
    completed_at: datetime | None
    opportunity_id: uuid.UUID | None


class TaskTimelineItem(_TimelineItemBase):
    """A task linked to the customer or the deal (``at``: when it was created)."""

    kind: Literal["task"]
    data: TaskTimelineData


class VisitTimelineData(BaseModel):
    status: VisitStatus
    check_in_at: datetime | None
    check_out_at: datetime | None
    check_in_distance_m: float | None
    check_in_flagged: bool
    opportunity_id: uuid.UUID | None


class VisitTimelineItem(_TimelineItemBase):
    """A field visit (``at``: when it is planned)."""

    kind: Literal["visit"]
    data: VisitTimelineData


class StageChangeTimelineData(BaseModel):
    opportunity_id: uuid.UUID
    opportunity_name: str | None = Field(description="The deal's name.")
    from_stage_id: uuid.UUID | None = Field(description="None: the deal's first stage.")
    from_stage_name: str | None
    to_stage_id: uuid.UUID
    to_stage_name: str | None
    from_status: OpportunityStatus | None
    to_status: OpportunityStatus
    seconds_in_from_stage: int | None


class StageChangeTimelineItem(_TimelineItemBase):
    """A deal entering a stage (created, moved, won, lost, reopened)."""

    kind: Literal["stage_change"]
    data: StageChangeTimelineData


class CustomerEventTimelineData(BaseModel):
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    kind: CustomerEventKind
    from_: str | None = Field(alias="from", description="The value before (a stage, an owner).")
    to: str | None = Field(description="The value after.")
    details: CustomerEventDetails


class CustomerEventTimelineItem(_TimelineItemBase):
    """A customer's own event: stage, pool, ownership, key-account, merge, follow-up."""

    kind: Literal["customer_event"]
    data: CustomerEventTimelineData


class ScheduleTimelineData(BaseModel):
    schedule_kind: ScheduleKind
    starts_at: datetime
    ends_at: datetime
    location: str | None
    opportunity_id: uuid.UUID | None


class ScheduleTimelineItem(_TimelineItemBase):
    """An event of an employee's schedule with the customer or on the deal (``at``: when it
    starts)."""

    kind: Literal["schedule"]
    data: ScheduleTimelineData


class ApprovalTimelineData(BaseModel):
    request_type: str = Field(
        description="The request's type, a value of `ApprovalType` (customer_transfer …).",
        examples=["customer_transfer"],
    )
    status: str = Field(
        description="Its status, a value of `ApprovalStatus` (pending …).", examples=["pending"]
    )
    opportunity_id: uuid.UUID | None


class ApprovalTimelineItem(_TimelineItemBase):
    """An approval request about the customer or the deal — a transfer, an expense, a
    discount (``at``: when it was submitted; ``employee_id``: the applicant)."""

    kind: Literal["approval"]
    data: ApprovalTimelineData


TimelineItem = Annotated[
    ActivityTimelineItem
    | TaskTimelineItem
    | VisitTimelineItem
    | StageChangeTimelineItem
    | CustomerEventTimelineItem
    | ScheduleTimelineItem
    | ApprovalTimelineItem,
    Field(discriminator="kind"),
]
TimelineKind = Literal[
    "activity", "task", "visit", "stage_change", "customer_event", "schedule", "approval"
]


class TimelineParams(QueryModel):
    limit: int = Field(50, ge=1, le=200)
    cursor: str | None = Field(None, description="next_cursor of the previous page")
    kind: list[TimelineKind] = Field(default_factory=list, description="Only these kinds.")


class TimelinePage(BaseModel):
    items: list[TimelineItem]
    next_cursor: str | None
    total: int | None = None


# ----- calendar feeds ------------------------------------------------------------------------
class CalendarFeedCreate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)] = "salescrm"
    locale: Literal["zh-CN", "en"] | None = Field(
        None,
        description="The language of the feed's entries. Default: the language of this request "
        "(`Accept-Language`), or the deployment's (`SALESCRM_DEFAULT_LOCALE`) without one.",
    )


class CalendarFeedOut(BaseModel):
    id: uuid.UUID
    name: str
    locale: Literal["zh-CN", "en"] = Field(description="The language of the feed's entries.")
    created_at: datetime
    last_used_at: datetime | None


class CalendarFeedCreated(CalendarFeedOut):
    url: str | None = Field(
        description="The secret address to subscribe to, shown only in this response. A replay "
        "of the same Idempotency-Key answers null here: the secret is never stored in a replay."
    )


class CalendarFeedList(BaseModel):
    items: list[CalendarFeedOut]


__all__ = ["TaskStatus", "VisitStatus"]
