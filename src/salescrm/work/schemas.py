"""Request and response bodies of the approvals."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    MoneyOut,
    NonNegativeMoney,
    RecordOut,
    RequestModel,
    UtcDateTime,
)
from salescrm.sales.schemas import Discount
from salescrm.work.forms import AnyForm, ApprovalType, tag_form
from salescrm.work.models import ApprovalAction, ApprovalStatus, ChainMode, StepStatus

Title = Annotated[str, Field(min_length=1, max_length=200, examples=["年假 12-24 至 12-26"])]
Comment = Annotated[str, Field(min_length=1, max_length=2000, examples=["同意,注意交接"])]


# ----- requests ------------------------------------------------------------------------------
class ApprovalCreate(CreateModel):
    """A request of a type, with that type's form; it is submitted at once."""

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

    model_config = ConfigDict(json_schema_extra={"dependentRequired": {"form": ["type"]}})

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
        if self.ends_at <= self.starts_at:
            raise PydanticCustomError(
                "range_reversed",
                "{end} is not after {start}",
                {"start": "starts_at", "end": "ends_at"},
            )
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
