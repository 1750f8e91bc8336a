"""Request and response bodies of the approvals."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from salescrm.activities.models import ScheduleKind
from salescrm.core import i18n
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Day,
    MoneyOut,
    NonNegativeMoney,
    PeriodDay,
    QueryModel,
    RecordOut,
    RequestModel,
    UtcDateTime,
    check_period,
    state_not_blank,
    without_null,
)
from salescrm.sales.schemas import Discount
from salescrm.work.forms import FORMS, AnyForm, ApprovalType, ensure_after, tag_form
from salescrm.work.models import (
    ApprovalAction,
    ApprovalStatus,
    ChainMode,
    DayStatus,
    HolidayKind,
    JournalPeriod,
    JournalStatus,
    PunchKind,
    PunchSource,
    ScheduleNoteKind,
    StatisticsGroup,
    StatusSource,
    StepStatus,
)

Title = Annotated[str, Field(min_length=1, max_length=200, examples=["年假 12-24 至 12-26"])]
Comment = Annotated[str, Field(min_length=1, max_length=2000, examples=["同意,注意交接"])]


# ----- requests ------------------------------------------------------------------------------
def _one_per_type(schema: dict[str, Any], *, not_null: frozenset[str]) -> None:
    """Beside the body's fields, one variant per type — ``type`` a constant, ``form`` that
    type's form — so that a client's generated types (and the contract fuzzer) pair them as
    the server reads them. Pydantic reads the one model; the contract states the pairs. Each
    form is named by the reference Pydantic gave it in the body's own ``form`` (the union's
    members), so the variants resolve wherever the schema is rendered."""
    properties: dict[str, Any] = json.loads(json.dumps(schema["properties"]))
    for name in not_null & properties.keys():
        properties[name] = without_null(properties[name])
    for prop in properties.values():
        state_not_blank(prop)
    references = _references(properties["form"])
    variants = []
    for code, form in FORMS.items():
        variant: dict[str, Any] = {
            "type": "object",
            "title": f"{form.__name__.removesuffix('Form')}{schema['title']}",
            "properties": {
                **properties,
                "type": {"type": "string", "const": code.value, "description": code.value},
                "form": {"$ref": references[form.__name__]},
            },
            "required": schema.get("required", []),
            "additionalProperties": False,
        }
        if "dependentRequired" in schema:
            variant["dependentRequired"] = schema["dependentRequired"]
        variants.append(variant)
    schema["anyOf"] = variants  # ``type`` tells them apart: exactly one matches a body


def _references(node: Any) -> dict[str, str]:
    """The form models' ``$ref`` in a schema, by class name (``…__LeaveForm-Input__1`` while
    Pydantic builds it, ``…/LeaveForm`` once rendered)."""
    found: dict[str, str] = {}
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str):
            last = reference.rsplit("/", 1)[-1]
            for part in last.split("__"):
                found[part.split("-")[0]] = reference
        for value in node.values():
            found.update(_references(value))
    elif isinstance(node, list):
        for value in node:
            found.update(_references(value))
    return found


def _create_schema(schema: dict[str, Any]) -> None:
    _one_per_type(schema, not_null=frozenset())


def _update_schema(schema: dict[str, Any]) -> None:
    """Every field optional; a form comes with its request's type (which does not change)."""
    schema["dependentRequired"] = {"form": ["type"]}
    _one_per_type(schema, not_null=frozenset({"title"}))


class ApprovalCreate(CreateModel):
    """A request of a type, with that type's form; it is submitted at once."""

    model_config = ConfigDict(json_schema_extra=_create_schema)

    type: ApprovalType
    form: AnyForm = Field(description="The form of `type` (one of the forms below).")
    title: Title | None = Field(None, description="Default: made from the type and the form.")
    owner_id: uuid.UUID | None = Field(
        None,
        description="The applicant. Default: the caller; someone else needs `approval:assign`.",
    )

    @model_validator(mode="before")
    @classmethod
    def _tag(cls, data: Any) -> Any:
        return tag_form(data)


class ApprovalUpdate(RequestModel):
    """While no approver has decided (or after it was returned for changes): a new title or
    form. A new form is sent with its request's `type`, which does not change."""

    model_config = ConfigDict(json_schema_extra=_update_schema)

    type: ApprovalType | None = Field(None, description="The request's own type, with `form`.")
    form: AnyForm | None = None
    title: Title | None = None

    not_null = frozenset({"title"})

    @model_validator(mode="before")
    @classmethod
    def _tag(cls, data: Any) -> Any:
        return tag_form(data)

    @model_validator(mode="after")
    def _type_with_form(self) -> ApprovalUpdate:
        if self.form is not None and self.type is None:
            raise PydanticCustomError("missing", "A form is sent with the request's type")
        return self


class StepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    position: int = Field(description="0 is the first approver.")
    approver_id: uuid.UUID | None = Field(
        description="None: no manager above the applicant; anyone with `approval:configure` "
        "decides."
    )
    approver: Ref | None = ref("employee")
    status: StepStatus
    decided_by_id: uuid.UUID | None = Field(description="The approver, or their delegate.")
    decided_by: Ref | None = ref("employee")
    decided_at: datetime | None
    comment: str | None
    pending_since: datetime | None


class ApprovalOut(RecordOut):
    type: ApprovalType
    title: str
    form: AnyForm
    owner_id: uuid.UUID | None = Field(description="The applicant.")
    owner: Ref | None = ref("employee")
    status: ApprovalStatus
    round: int = Field(description="1, and one more each time it is submitted again.")
    submitted_at: datetime
    decided_at: datetime | None
    applied_at: datetime | None = Field(description="When an approved request took effect.")
    amount: MoneyOut | None = Field(description="An expense's sum or a discount's percent.")
    currency: str | None
    starts_at: datetime | None = Field(description="A leave's or a trip's period.")
    ends_at: datetime | None
    customer_id: uuid.UUID | None
    customer: Ref | None = ref("customer")
    opportunity_id: uuid.UUID | None
    opportunity: Ref | None = ref("opportunity")
    current_step: int | None = Field(description="The pending step's position.")
    current_approver_id: uuid.UUID | None
    current_approver: Ref | None = ref("employee")
    chain: list[StepOut] = Field(description="The current round's steps, in order.")

    @model_validator(mode="before")
    @classmethod
    def _form_of_type(cls, data: Any) -> Any:
        """A stored form is read as its type's model."""
        if isinstance(data, dict):
            return tag_form(data)
        return {
            **{name: getattr(data, name) for name in cls.model_fields if hasattr(data, name)},
            "form": {**data.form, "__approval_type__": data.type},
        }


class ApprovalListParams(ListParams):
    type: list[ApprovalType] = Field(default_factory=list)
    status: list[ApprovalStatus] = Field(default_factory=list)
    owner_id: uuid.UUID | None = Field(None, description="The applicant.")
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    submitted_from: UtcDateTime | None = None
    submitted_to: UtcDateTime | None = None
    awaiting_me: bool | None = Field(
        None,
        description="true: a step waits for the caller (or for someone away who delegated "
        "to them): the approver's inbox. false: none does.",
    )
    mine: bool | None = Field(None, description="true: the caller's own requests.")


class DecisionIn(RequestModel):
    comment: Comment | None = Field(
        None, description="Required to reject or to return for changes."
    )


class CommentIn(RequestModel):
    comment: Comment


class HistoryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    round: int
    position: int | None = Field(description="The step it concerns, if any.")
    action: ApprovalAction
    actor_id: uuid.UUID | None = Field(description="None: the system.")
    actor: Ref | None = ref("employee")
    on_behalf_of_id: uuid.UUID | None = Field(description="The approver a delegate acted for.")
    on_behalf_of: Ref | None = ref("employee")
    comment: str | None


class HistoryList(BaseModel):
    items: list[HistoryOut]


# ----- rules, delegations, types -------------------------------------------------------------
class ApprovalRuleCreate(CreateModel):
    name: Title
    type: ApprovalType
    min_amount: NonNegativeMoney = Field(
        Decimal("0.00"), description="Applies from this amount (an expense's sum, a discount)."
    )
    mode: ChainMode = ChainMode.levels
    levels: int = Field(1, ge=1, le=10, description="`levels`: how many managers up.")
    role_id: uuid.UUID | None = Field(
        None, description="`up_to_role`: managers up to the first holding this role."
    )
    approver_id: uuid.UUID | None = Field(None, description="`named`: the approver.")
    active: bool = True

    @model_validator(mode="after")
    def _mode_needs(self) -> ApprovalRuleCreate:
        _check_mode(self.mode, self.role_id, self.approver_id)
        return self


def _check_mode(mode: ChainMode | None, role_id: Any, approver_id: Any) -> None:
    if mode is ChainMode.up_to_role and role_id is None:
        raise PydanticCustomError("role_required", "`up_to_role` needs role_id")
    if mode is ChainMode.named and approver_id is None:
        raise PydanticCustomError("approver_required", "`named` needs approver_id")


class ApprovalRuleUpdate(RequestModel):
    name: Title | None = None
    min_amount: NonNegativeMoney | None = None
    mode: ChainMode | None = None
    levels: int | None = Field(None, ge=1, le=10)
    role_id: uuid.UUID | None = None
    approver_id: uuid.UUID | None = None
    active: bool | None = None


class ApprovalRuleOut(RecordOut):
    name: str
    type: ApprovalType
    min_amount: MoneyOut
    mode: ChainMode
    levels: int
    role_id: uuid.UUID | None
    role: Ref | None = ref("role")
    approver_id: uuid.UUID | None
    approver: Ref | None = ref("employee")
    active: bool


class ApprovalRuleListParams(ListParams):
    type: ApprovalType | None = None
    active: bool | None = None


class DelegationCreate(CreateModel):
    delegate_id: uuid.UUID = Field(description="Who decides in the approver's place.")
    starts_at: UtcDateTime
    ends_at: UtcDateTime
    types: list[ApprovalType] = Field(
        default_factory=list, max_length=20, description="Empty: every type."
    )
    reason: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    owner_id: uuid.UUID | None = Field(
        None,
        description="The approver who is away. Default: the caller; someone else needs "
        "`approval:assign`.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> DelegationCreate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class DelegationUpdate(RequestModel):
    delegate_id: uuid.UUID | None = None
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    types: list[ApprovalType] | None = Field(None, max_length=20)
    reason: Annotated[str, Field(min_length=1, max_length=500)] | None = None


class DelegationOut(RecordOut):
    owner_id: uuid.UUID | None = Field(description="The approver who is away.")
    owner: Ref | None = ref("employee")
    delegate_id: uuid.UUID
    delegate: Ref | None = ref("employee")
    starts_at: datetime
    ends_at: datetime
    types: list[ApprovalType]
    reason: str | None


class DelegationListParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="The approver who is away.")
    delegate_id: uuid.UUID | None = None
    active_at: UtcDateTime | None = Field(None, description="Delegations in force then.")


class ApprovalTypeOut(RecordOut):
    code: ApprovalType
    enabled: bool = Field(description="false: new requests of the type are refused (422).")
    threshold: Discount | None = Field(
        description="`discount`: a line discount above this percent needs an approved request "
        "before the deal is won.",
        examples=["10.00"],
    )
    remind_after_hours: int | None = Field(
        description="A step pending this long reminds its approver (again every as long)."
    )


class ApprovalTypeUpdate(RequestModel):
    enabled: bool | None = None
    threshold: Discount | None = None
    remind_after_hours: int | None = Field(None, ge=1, le=720)

    not_null = frozenset({"enabled"})


class ApprovalTypeListParams(ListParams):
    enabled: bool | None = None


# ----- schedules -----------------------------------------------------------------------------
Place = Annotated[str, Field(min_length=1, max_length=200, examples=["客户总部 3 楼会议室"])]
Notes = Annotated[str, Field(min_length=1, max_length=5000)]


class ScheduleCreate(CreateModel):
    title: Title
    kind: ScheduleKind = ScheduleKind.other
    starts_at: UtcDateTime
    ends_at: UtcDateTime = Field(description="After `starts_at` (422 `range_reversed`).")
    all_day: bool = False
    location: Place | None = None
    notes: Notes | None = None
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    attendee_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=50, description="Current employees taking part."
    )
    owner_id: uuid.UUID | None = Field(
        None,
        description="Whose schedule. Default: the caller; someone else needs `schedule:assign`.",
    )

    @model_validator(mode="after")
    def _period(self) -> ScheduleCreate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class ScheduleUpdate(RequestModel):
    title: Title | None = None
    kind: ScheduleKind | None = None
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    all_day: bool | None = None
    location: Place | None = None
    notes: Notes | None = None
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    attendee_ids: list[uuid.UUID] | None = Field(None, max_length=50)
    owner_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _period(self) -> ScheduleUpdate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class ScheduleOut(RecordOut):
    title: str
    kind: ScheduleKind
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    location: str | None
    notes: str | None
    customer_id: uuid.UUID | None
    customer: Ref | None = ref("customer")
    opportunity_id: uuid.UUID | None
    opportunity: Ref | None = ref("opportunity")
    attendee_ids: list[uuid.UUID]
    owner_id: uuid.UUID | None = Field(description="Whose schedule it is.")
    owner: Ref | None = ref("employee")


class ScheduleListParams(ListParams):
    owner_id: list[uuid.UUID] = Field(
        default_factory=list, description="Whose schedules (repeat for several)."
    )
    kind: list[ScheduleKind] = Field(default_factory=list)
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    attendee_id: uuid.UUID | None = Field(None, description="Events this employee attends.")
    ends_after: UtcDateTime | None = Field(
        None, description="With `starts_before`: the events that meet a day or a week."
    )
    starts_before: UtcDateTime | None = None


class ScheduleNoteIn(RequestModel):
    body: Notes


class ReminderIn(RequestModel):
    body: Notes | None = Field(None, description="What to remind of; default: the event.")


class ScheduleNoteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    kind: ScheduleNoteKind
    author_id: uuid.UUID | None
    author: Ref | None = ref("employee")
    body: str | None


class ScheduleNoteList(BaseModel):
    items: list[ScheduleNoteOut]


class OverlapParams(QueryModel):
    ends_after: UtcDateTime = Field(description="The period looked at: from.")
    starts_before: UtcDateTime = Field(description="Until (at most 62 days after).")
    owner_id: list[uuid.UUID] = Field(default_factory=list, description="Whose (default: all).")

    @model_validator(mode="after")
    def _period(self) -> OverlapParams:
        ensure_after(self.ends_after, self.starts_before, ("ends_after", "starts_before"))
        if (self.starts_before - self.ends_after).days > 62:
            raise PydanticCustomError("period_too_long", "The period is at most 62 days")
        return self


class Overlap(BaseModel):
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    first_id: uuid.UUID
    first: Ref | None = ref("schedule")
    second_id: uuid.UUID
    second: Ref | None = ref("schedule")
    starts_at: datetime = Field(description="When the two start to meet.")
    ends_at: datetime = Field(description="When they stop meeting.")


class OverlapList(BaseModel):
    items: list[Overlap] = Field(description="At most 1,000 pairs, earliest first.")


# ----- statuses ------------------------------------------------------------------------------
StatusCode = Annotated[str, Field(min_length=1, max_length=30, pattern=r"^[a-z0-9_\-]+$")]
Color = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", examples=["#2f80ed"])]


class StatusTypeCreate(CreateModel):
    code: StatusCode
    name: Annotated[str, Field(min_length=1, max_length=100, examples=["陪同客户考察"])]
    name_en: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    color: Color | None = None
    position: int = Field(0, ge=0, le=10_000)
    active: bool = True


class StatusTypeUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    name_en: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    color: Color | None = None
    position: int | None = Field(None, ge=0, le=10_000)
    active: bool | None = None


class StatusTypeOut(RecordOut):
    code: str
    name: str
    name_en: str | None
    color: str | None
    position: int
    active: bool


class StatusTypeListParams(ListParams):
    active: bool | None = None


class EmployeeStatusCreate(CreateModel):
    type_id: uuid.UUID = Field(description="An active status type.")
    starts_at: UtcDateTime | None = Field(None, description="Default: now.")
    ends_at: UtcDateTime | None = Field(None, description="None: until the next status.")
    note: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    owner_id: uuid.UUID | None = Field(
        None,
        description="Whose status. Default: the caller; someone else needs "
        "`employee_status:assign`.",
    )

    @model_validator(mode="after")
    def _period(self) -> EmployeeStatusCreate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class EmployeeStatusUpdate(RequestModel):
    type_id: uuid.UUID | None = None
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    note: Annotated[str, Field(min_length=1, max_length=500)] | None = None

    @model_validator(mode="after")
    def _period(self) -> EmployeeStatusUpdate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class EmployeeStatusOut(RecordOut):
    type_id: uuid.UUID
    type: Ref | None = ref("status_type")
    starts_at: datetime
    ends_at: datetime | None
    note: str | None
    owner_id: uuid.UUID | None = Field(description="Whose status it is.")
    owner: Ref | None = ref("employee")


class EmployeeStatusListParams(ListParams):
    owner_id: uuid.UUID | None = None
    type_id: uuid.UUID | None = None
    active_at: UtcDateTime | None = Field(None, description="Statuses in force then.")


class BoardParams(ListParams):
    """The team board: everyone in the caller's scope, a page at a time."""

    day: Day | None = Field(None, description="Whose schedule and check-ins; default: today.")
    department_id: uuid.UUID | None = None
    manager_id: uuid.UUID | None = None


class CurrentStatus(BaseModel):
    source: StatusSource
    code: str = Field(description="The status type's code (`on_leave`, `business_trip`, …).")
    name: str = Field(description="In the request's language.")
    since: datetime | None
    until: datetime | None
    record_id: uuid.UUID | None = Field(
        description="The status, the approval request or the visit it comes from."
    )
    note: str | None


class BoardEvent(BaseModel):
    id: uuid.UUID
    title: str
    kind: ScheduleKind
    starts_at: datetime
    ends_at: datetime
    location: str | None
    customer_id: uuid.UUID | None
    customer: Ref | None = ref("customer")


class BoardCheckIn(BaseModel):
    visit_id: uuid.UUID
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    check_in_at: datetime
    check_out_at: datetime | None
    purpose: str


class BoardRow(BaseModel):
    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    status: CurrentStatus | None = Field(description="None: nothing recorded or derived now.")
    schedule: list[BoardEvent] = Field(description="The day's events, in time order.")
    check_ins: list[BoardCheckIn] = Field(description="The day's visit check-ins.")


class Board(BaseModel):
    day: date
    items: list[BoardRow]
    next_cursor: str | None
    total: int | None


# ----- attendance ----------------------------------------------------------------------------
WallTime = Annotated[
    str,
    Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", examples=["09:00"], description="HH:MM"),
]
Weekday = Annotated[int, Field(ge=1, le=7, description="ISO weekday: 1 Monday … 7 Sunday.")]
HolidayName = Annotated[str, Field(min_length=1, max_length=100, examples=["春节"])]


class HolidayCreate(CreateModel):
    day: Day
    kind: HolidayKind
    name: HolidayName


class HolidayUpdate(RequestModel):
    kind: HolidayKind | None = None
    name: HolidayName | None = None


class HolidayOut(RecordOut):
    day: date
    kind: HolidayKind
    name: str


class HolidayListParams(ListParams):
    year: int | None = Field(None, ge=1900, le=9998)
    kind: HolidayKind | None = None


class HolidayImportIn(RequestModel):
    year: int = Field(ge=2004, le=2100, description="A year the State Council announced.")


class HolidayImportResult(BaseModel):
    year: int
    holidays: int = Field(description="Public holidays of the year in the calendar now.")
    workdays: int = Field(description="Adjusted working days (调休) of the year now.")
    added: int
    changed: int


class WorkRuleCreate(CreateModel):
    name: Annotated[str, Field(min_length=1, max_length=100, examples=["销售部考勤"])]
    department_id: uuid.UUID | None = Field(
        None, description="None: the company's default rule (one at most)."
    )
    start_time: WallTime = "09:00"
    end_time: WallTime = "18:00"
    grace_minutes: int = Field(0, ge=0, le=240, description="Late or early within it is normal.")
    flexible_minutes: int = Field(
        0, ge=0, le=480, description="Arrive up to this much later, and leave as much later."
    )
    workdays: list[Weekday] = Field(default_factory=lambda: [1, 2, 3, 4, 5], max_length=7)
    follows_holidays: bool = Field(
        True, description="Public holidays are off and adjusted working days (调休) worked."
    )

    @model_validator(mode="after")
    def _hours(self) -> WorkRuleCreate:
        ensure_after(self.start_time, self.end_time, ("start_time", "end_time"))
        return self


class WorkRuleUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    start_time: WallTime | None = None
    end_time: WallTime | None = None
    grace_minutes: int | None = Field(None, ge=0, le=240)
    flexible_minutes: int | None = Field(None, ge=0, le=480)
    workdays: list[Weekday] | None = Field(None, max_length=7)
    follows_holidays: bool | None = None


class WorkRuleOut(RecordOut):
    name: str
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    start_time: str
    end_time: str
    grace_minutes: int
    flexible_minutes: int
    workdays: list[int]
    follows_holidays: bool


class WorkRuleListParams(ListParams):
    department_id: uuid.UUID | None = None


class PunchIn(RequestModel):
    latitude: Annotated[float, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180)] | None = None
    accuracy_m: Annotated[float, Field(ge=0, le=100_000)] | None = None
    note: Annotated[str, Field(min_length=1, max_length=500)] | None = None


class PunchOut(RecordOut):
    owner_id: uuid.UUID | None = Field(description="Whose punch it is.")
    owner: Ref | None = ref("employee")
    kind: PunchKind
    at: datetime
    day: date = Field(description="The business day it counts for.")
    source: PunchSource
    latitude: float | None
    longitude: float | None
    accuracy_m: float | None
    note: str | None
    request_id: uuid.UUID | None = Field(description="The approved correction that added it.")


class PunchListParams(ListParams):
    owner_id: uuid.UUID | None = None
    day_from: Day | None = None
    day_to: Day | None = None


class AttendanceDayOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    day: date
    status: DayStatus
    workday: bool
    first_in: datetime | None
    last_out: datetime | None
    late_minutes: int
    early_minutes: int
    worked_minutes: int
    request_id: uuid.UUID | None = Field(description="The approved leave or trip it counts.")


class AttendanceDayParams(QueryModel):
    employee_id: uuid.UUID | None = Field(None, description="Default: the caller.")
    day_from: PeriodDay
    day_to: PeriodDay

    @model_validator(mode="after")
    def _period(self) -> AttendanceDayParams:
        check_period(self.day_from, self.day_to, ("day_from", "day_to"))
        if (self.day_to - self.day_from).days > 62:
            raise PydanticCustomError("period_too_long", "The period is at most 62 days")
        return self


class AttendanceDayList(BaseModel):
    items: list[AttendanceDayOut]


Month = Annotated[
    str, Field(pattern=r"^(19|[2-9][0-9])[0-9]{2}-(0[1-9]|1[0-2])$", examples=["2026-12"])
]


class StatisticsParams(QueryModel):
    month: Month
    department_id: uuid.UUID | None = Field(None, description="This department and below.")
    group: StatisticsGroup = Field(StatisticsGroup.employee, description="Rows per …")


class StatisticsCounts(BaseModel):
    workdays: int = Field(description="Working days (the rule and the holiday calendar).")
    normal: int
    late: int = Field(description="Days late (late and left early counts in both).")
    left_early: int
    missing_punch: int
    absent: int
    on_leave: int
    on_trip: int
    rest_days_worked: int = Field(description="Rest days with punches.")
    late_minutes: int
    early_minutes: int
    worked_minutes: int


class StatisticsRow(StatisticsCounts):
    employee_id: uuid.UUID | None = Field(description="Rows per employee.")
    employee: Ref | None = ref("employee")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    employees: int = Field(description="Employees counted in the row.")


class AttendanceStatistics(BaseModel):
    month: str
    group: StatisticsGroup
    rows: list[StatisticsRow]
    totals: StatisticsCounts


class StatisticsExportParams(StatisticsParams):
    format: Literal["xlsx", "csv"] = "xlsx"


class RecomputeIn(RequestModel):
    day_from: Day
    day_to: Day
    employee_id: uuid.UUID | None = Field(None, description="Default: everyone in scope.")

    @model_validator(mode="after")
    def _period(self) -> RecomputeIn:
        check_period(self.day_from, self.day_to, ("day_from", "day_to"))
        if (self.day_to - self.day_from).days > 62:
            raise PydanticCustomError("period_too_long", "The period is at most 62 days")
        return self


class RecomputeResult(BaseModel):
    days: int = Field(description="Employee-days computed.")


# ----- journals ------------------------------------------------------------------------------
JournalText = Annotated[str, Field(min_length=1, max_length=10_000)]


class JournalCreate(CreateModel):
    period: JournalPeriod = JournalPeriod.daily
    period_start: PeriodDay | None = Field(
        None,
        description="The day, a day of the week or of the month (moved to its Monday or its "
        "1st). Default: today. Not after today (422 `period_in_future`).",
    )
    done: JournalText | None = None
    planned: JournalText | None = None
    problems: JournalText | None = None
    help_needed: JournalText | None = None
    content: JournalText | None = Field(None, description="Free text.")
    owner_id: uuid.UUID | None = Field(
        None,
        description="The author. Default: the caller; someone else needs `journal:assign`.",
    )


class JournalUpdate(RequestModel):
    done: JournalText | None = None
    planned: JournalText | None = None
    problems: JournalText | None = None
    help_needed: JournalText | None = None
    content: JournalText | None = None


class JournalReadOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    reader_id: uuid.UUID
    reader: Ref | None = ref("employee")
    read_at: datetime


class JournalOut(RecordOut):
    owner_id: uuid.UUID | None = Field(description="The author.")
    owner: Ref | None = ref("employee")
    period: JournalPeriod
    period_start: date
    period_end: date
    status: JournalStatus
    submitted_at: datetime | None
    done: str | None
    planned: str | None
    problems: str | None
    help_needed: str | None
    content: str | None
    reads: list[JournalReadOut] = Field(description="Who marked it read, when.")


class JournalListParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="The author.")
    period: JournalPeriod | None = None
    status: JournalStatus | None = None
    period_from: Day | None = Field(None, description="Periods starting on or after.")
    period_to: Day | None = Field(None, description="Periods starting on or before.")
    unread: bool | None = Field(None, description="true: submitted, not read by the caller.")


class JournalDraftParams(QueryModel):
    period: JournalPeriod = JournalPeriod.daily
    day: PeriodDay | None = Field(None, description="A day of the period; default: today.")


class DraftSourceKind(StrEnum):
    activity = "activity"
    visit = "visit"
    task = "task"
    stage_change = "stage_change"


i18n.register_enum(
    DraftSourceKind,
    {
        "activity": ("Activity", "活动"),
        "visit": ("Visit", "拜访"),
        "task": ("Task done", "完成的任务"),
        "stage_change": ("Deal moved", "商机推进"),
    },
)


class DraftSource(BaseModel):
    kind: DraftSourceKind
    id: uuid.UUID
    at: datetime
    text: str = Field(description="One line, in the request's language.")


class JournalDraft(BaseModel):
    period: JournalPeriod
    period_start: date
    period_end: date
    done: str | None = Field(description="A line per source, to edit before saving.")
    sources: list[DraftSource] = Field(description="What the draft was made from.")


class JournalActIn(RequestModel):
    comment: JournalText | None = Field(
        None,
        description="Submitting: a note the manager reads in the notification. Marking read: "
        "a remark, added to the comments.",
    )


class JournalCommentIn(RequestModel):
    body: JournalText
    parent_id: uuid.UUID | None = Field(None, description="The comment it replies to.")


class JournalCommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    parent_id: uuid.UUID | None
    author_id: uuid.UUID | None
    author: Ref | None = ref("employee")
    body: str


class JournalCommentList(BaseModel):
    items: list[JournalCommentOut] = Field(description="Oldest first; replies name parent_id.")


class SubmissionParams(QueryModel):
    period: JournalPeriod = JournalPeriod.daily
    day_from: PeriodDay
    day_to: PeriodDay
    department_id: uuid.UUID | None = Field(None, description="This department and below.")

    @model_validator(mode="after")
    def _period(self) -> SubmissionParams:
        check_period(self.day_from, self.day_to, ("day_from", "day_to"), max_years=1)
        return self


class SubmissionRow(BaseModel):
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    employees: int
    expected: int = Field(description="Journals due: employees × periods (daily: workdays).")
    submitted: int = Field(description="Submitted for those periods.")
    on_time: int = Field(description="Submitted by the end of their period's last day.")
    rate: float = Field(description="submitted / expected, 0 to 1 (0 when nothing is due).")


class SubmissionRates(BaseModel):
    period: JournalPeriod
    day_from: date
    day_to: date
    rows: list[SubmissionRow]
    total: SubmissionRow


class JournalReminderCreate(CreateModel):
    department_id: uuid.UUID | None = Field(None, description="None: the company default.")
    daily_at: WallTime | None = Field("18:00", description="None: no daily reminder.")
    weekly_day: Weekday | None = Field(5, description="None: no weekly reminder.")
    enabled: bool = True


class JournalReminderUpdate(RequestModel):
    daily_at: WallTime | None = None
    weekly_day: Weekday | None = None
    enabled: bool | None = None


class JournalReminderOut(RecordOut):
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    daily_at: str | None
    weekly_day: int | None
    enabled: bool
    reminded_on: date | None


class JournalReminderListParams(ListParams):
    department_id: uuid.UUID | None = None
