"""The bodies and answers of training plans, sessions, attendees and the attendance summary."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from salescrm.core import i18n
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Day,
    PercentOut,
    QueryModel,
    RecordOut,
    RequestModel,
    UtcDateTime,
)
from salescrm.core.schemas import period_in_order as _period
from salescrm.planning.trainings.models import Attendance, TrainingKind
from salescrm.work.forms import ensure_after

Title = Annotated[str, Field(min_length=1, max_length=200, examples=["新产品销售话术"])]
LongText = Annotated[str, Field(min_length=1, max_length=10_000)]
Place = Annotated[str, Field(min_length=1, max_length=200, examples=["杭州总部 3 楼"])]
PersonName = Annotated[str, Field(min_length=1, max_length=100, examples=["外部讲师 王老师"])]
Score = Annotated[int, Field(ge=0, le=100, description="0 to 100.")]
Result = Annotated[str, Field(min_length=1, max_length=200, examples=["通过"])]
Rate = PercentOut


# ----- plans -----------------------------------------------------------------------------------
class TrainingPlanCreate(CreateModel):
    title: Title
    objective: LongText | None = None
    kind: TrainingKind = TrainingKind.sales
    period_start: Day
    period_end: Day
    sales_plan_id: uuid.UUID | None = Field(None, description="The sales plan it serves.")
    sales_strategy_id: uuid.UUID | None = Field(None, description="The strategy it serves.")
    owner_id: uuid.UUID | None = Field(None, description="Who answers for it. Default: caller.")
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> TrainingPlanCreate:
        return _period(self)


class TrainingPlanUpdate(RequestModel):
    title: Title | None = None
    objective: LongText | None = None
    kind: TrainingKind | None = None
    period_start: Day | None = None
    period_end: Day | None = None
    sales_plan_id: uuid.UUID | None = None
    sales_strategy_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> TrainingPlanUpdate:
        return _period(self)


class TrainingPlanOut(RecordOut):
    title: str
    objective: str | None
    kind: TrainingKind
    period_start: date
    period_end: date
    sales_plan_id: uuid.UUID | None
    sales_plan: Ref | None = ref("sales_plan")
    sales_strategy_id: uuid.UUID | None
    sales_strategy: Ref | None = ref("sales_strategy")
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    description: str | None


class TrainingPlanListParams(ListParams):
    kind: TrainingKind | None = None
    sales_plan_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    active_on: Day | None = Field(None, description="Plans whose period covers this day.")


# ----- sessions --------------------------------------------------------------------------------
class TrainingSessionCreate(CreateModel):
    plan_id: uuid.UUID | None = Field(None, description="The training plan it belongs to.")
    topic: Title
    starts_at: UtcDateTime
    ends_at: UtcDateTime
    place: Place | None = None
    trainer_id: uuid.UUID | None = Field(None, description="An employee who trains.")
    trainer_name: PersonName | None = Field(None, description="Or an external trainer's name.")
    owner_id: uuid.UUID | None = Field(None, description="Who organises it. Default: caller.")
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> TrainingSessionCreate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class TrainingSessionUpdate(RequestModel):
    plan_id: uuid.UUID | None = None
    topic: Title | None = None
    starts_at: UtcDateTime | None = None
    ends_at: UtcDateTime | None = None
    place: Place | None = None
    trainer_id: uuid.UUID | None = None
    trainer_name: PersonName | None = None
    owner_id: uuid.UUID | None = None
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> TrainingSessionUpdate:
        ensure_after(self.starts_at, self.ends_at)
        return self


class TrainingSessionOut(RecordOut):
    plan_id: uuid.UUID | None
    plan: Ref | None = ref("training_plan")
    topic: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    trainer_id: uuid.UUID | None
    trainer: Ref | None = ref("employee")
    trainer_name: str | None
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    description: str | None


class TrainingSessionListParams(ListParams):
    plan_id: uuid.UUID | None = None
    trainer_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    attendee_id: uuid.UUID | None = Field(None, description="Sessions this employee attends.")
    starts_from: UtcDateTime | None = None
    starts_to: UtcDateTime | None = None


# ----- attendees -------------------------------------------------------------------------------
class TrainingAttendeeCreate(CreateModel):
    employee_id: uuid.UUID
    status: Attendance = Attendance.invited
    score: Score | None = None
    result: Result | None = None
    comment: LongText | None = None


class TrainingAttendeeUpdate(RequestModel):
    status: Attendance | None = None
    score: Score | None = None
    result: Result | None = None
    comment: LongText | None = None


class TrainingAttendeeOut(RecordOut):
    session_id: uuid.UUID
    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    status: Attendance
    score: int | None
    result: str | None
    comment: str | None


class TrainingAttendeeListParams(ListParams):
    status: Attendance | None = None
    employee_id: uuid.UUID | None = None


# ----- summary ---------------------------------------------------------------------------------
class TrainingSummaryBy(StrEnum):
    plan = "plan"
    session = "session"


i18n.register_enum(
    TrainingSummaryBy, {"plan": ("Per plan", "按计划"), "session": ("Per session", "按场次")}
)


class TrainingSummaryParams(QueryModel):
    by: TrainingSummaryBy = TrainingSummaryBy.plan
    plan_id: uuid.UUID | None = None
    starts_from: UtcDateTime | None = None
    starts_to: UtcDateTime | None = None


class TrainingSummaryRow(BaseModel):
    plan_id: uuid.UUID | None
    plan: Ref | None = ref("training_plan")
    session_id: uuid.UUID | None
    session: Ref | None = ref("training_session")
    sessions: int
    attendees: int
    attended: int
    attendance_rate: Rate | None = Field(description="attended ÷ attendees, in percent.")
    average_score: Rate | None = Field(description="Over the attendees with a score.")


class TrainingSummary(BaseModel):
    by: TrainingSummaryBy
    rows: list[TrainingSummaryRow]
