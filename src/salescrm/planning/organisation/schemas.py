"""The bodies and answers of headcount plans, requisitions, branch offices and partners."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, model_validator

from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Day,
    Email,
    QueryModel,
    RecordOut,
    RequestModel,
)
from salescrm.core.schemas import period_in_order as _period
from salescrm.customers.schemas import _phone
from salescrm.planning.organisation.models import PartnerKind, PartnerStatus, RequisitionStatus

Name = Annotated[str, Field(min_length=1, max_length=100, examples=["华东销售部"])]
LongName = Annotated[str, Field(min_length=1, max_length=200, examples=["杭州云帆贸易有限公司"])]
Code = Annotated[str, Field(min_length=1, max_length=50, examples=["HZ-01"])]
LongText = Annotated[str, Field(min_length=1, max_length=10_000)]
Count = Annotated[int, Field(ge=0, le=100_000)]
Phone = Annotated[
    str,
    Field(min_length=3, max_length=40, examples=["+86 571 8888 1234"]),
    AfterValidator(_phone),
]
Territories = Annotated[list[uuid.UUID], Field(max_length=200, description="Territory ids.")]


# ----- headcount plans -------------------------------------------------------------------------
class HeadcountPlanCreate(CreateModel):
    department_id: uuid.UUID
    position_id: uuid.UUID | None = Field(None, description="Only this position; none: all.")
    period_start: Day
    period_end: Day
    planned: Count
    note: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> HeadcountPlanCreate:
        return _period(self)


class HeadcountPlanUpdate(RequestModel):
    department_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    period_start: Day | None = None
    period_end: Day | None = None
    planned: Count | None = None
    note: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> HeadcountPlanUpdate:
        return _period(self)


class HeadcountPlanOut(RecordOut):
    department_id: uuid.UUID
    department: Ref | None = ref("department")
    position_id: uuid.UUID | None
    position: Ref | None = ref("position")
    period_start: date
    period_end: date
    planned: int
    actual: int = Field(
        0,
        description="Employees of the department and its sub-departments (holding the position "
        "if one is set) employed at the period's end.",
    )
    note: str | None


class HeadcountPlanListParams(ListParams):
    department_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    active_on: Day | None = Field(None, description="Plans whose period covers this day.")


class HeadcountSummaryParams(QueryModel):
    period_start: Day
    period_end: Day

    @model_validator(mode="after")
    def _check(self) -> HeadcountSummaryParams:
        return _period(self)


class HeadcountSummaryRow(BaseModel):
    department_id: uuid.UUID
    planned: int
    actual: int
    open_requisitions: int = Field(description="Headcount asked by pending or approved ones.")


class HeadcountSummary(BaseModel):
    period_start: date
    period_end: date
    rows: list[HeadcountSummaryRow]


# ----- requisitions ----------------------------------------------------------------------------
class RequisitionCreate(CreateModel):
    department_id: uuid.UUID
    position_id: uuid.UUID | None = Field(None, description="A position, or a title below.")
    title: Name | None = Field(None, description="The job title; default: the position's name.")
    count: Annotated[int, Field(ge=1, le=10_000)] = 1
    requirements: LongText | None = None
    reason: LongText | None = None
    owner_id: uuid.UUID | None = Field(None, description="The requester. Default: caller.")


class RequisitionUpdate(RequestModel):
    department_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    title: Name | None = None
    count: Annotated[int, Field(ge=1, le=10_000)] | None = None
    requirements: LongText | None = None
    reason: LongText | None = None
    owner_id: uuid.UUID | None = None


class RequisitionOut(RecordOut):
    department_id: uuid.UUID
    department: Ref | None = ref("department")
    position_id: uuid.UUID | None
    position: Ref | None = ref("position")
    title: str
    count: int
    requirements: str | None
    reason: str | None
    status: RequisitionStatus
    approval_id: uuid.UUID | None = Field(
        description="The newest approval request naming it (its status is this request's)."
    )
    closed_on: date | None
    close_reason: str | None = Field(description="Why HR cancelled it.")
    hired_ids: list[uuid.UUID] = Field(
        default_factory=list, description="The employees hired, when HR filled it."
    )
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")


class RequisitionListParams(ListParams):
    department_id: uuid.UUID | None = None
    status: RequisitionStatus | None = None
    owner_id: uuid.UUID | None = None


class RequisitionSubmitIn(RequestModel):
    title: Name | None = Field(None, description="The approval request's title.")


class RequisitionFillIn(RequestModel):
    hired: Annotated[list[uuid.UUID], Field(max_length=10_000)] = Field(
        default_factory=list, description="The employees hired (optional)."
    )


class RequisitionCancelIn(RequestModel):
    """Why the requisition is cancelled (kept in its history and the audit trail)."""

    reason: str | None = Field(
        None, max_length=500, description="Why it is cancelled.", examples=["岗位取消"]
    )


# ----- branches --------------------------------------------------------------------------------
class BranchCreate(CreateModel):
    name: Name
    code: Code
    address: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    city: Name | None = None
    manager_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    territory_ids: Territories = Field(default_factory=list)
    phone: Phone | None = None
    opened_on: Day | None = None
    active: bool = True


class BranchUpdate(RequestModel):
    name: Name | None = None
    code: Code | None = None
    address: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    city: Name | None = None
    manager_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    territory_ids: Territories | None = None
    phone: Phone | None = None
    opened_on: Day | None = None
    active: bool | None = None


class BranchOut(RecordOut):
    name: str
    code: str
    address: str | None
    city: str | None
    manager_id: uuid.UUID | None
    manager: Ref | None = ref("employee")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    territory_ids: list[uuid.UUID] = Field(default_factory=list)
    phone: str | None
    opened_on: date | None
    active: bool


class BranchListParams(ListParams):
    active: bool | None = None
    department_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None


# ----- partners --------------------------------------------------------------------------------
class PartnerCreate(CreateModel):
    name: LongName
    kind: PartnerKind = PartnerKind.agent
    contact_person: Name | None = None
    phone: Phone | None = None
    email: Email | None = None
    agreement_start: Day | None = None
    agreement_end: Day | None = None
    owner_id: uuid.UUID | None = Field(None, description="The channel manager. Default: caller.")
    territory_ids: Territories = Field(default_factory=list)
    status: PartnerStatus = PartnerStatus.active
    note: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> PartnerCreate:
        return _period(self, ("agreement_start", "agreement_end"))


class PartnerUpdate(RequestModel):
    name: LongName | None = None
    kind: PartnerKind | None = None
    contact_person: Name | None = None
    phone: Phone | None = None
    email: Email | None = None
    agreement_start: Day | None = None
    agreement_end: Day | None = None
    owner_id: uuid.UUID | None = None
    territory_ids: Territories | None = None
    status: PartnerStatus | None = None
    note: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> PartnerUpdate:
        return _period(self, ("agreement_start", "agreement_end"))


class PartnerOut(RecordOut):
    name: str
    kind: PartnerKind
    contact_person: str | None
    phone: str | None
    email: str | None
    agreement_start: date | None
    agreement_end: date | None
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    territory_ids: list[uuid.UUID] = Field(default_factory=list)
    status: PartnerStatus
    note: str | None


class PartnerListParams(ListParams):
    kind: PartnerKind | None = None
    status: PartnerStatus | None = None
    owner_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
