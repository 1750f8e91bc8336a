"""The forms of the request types: one Pydantic model per type, declared in code.

A request body names its ``type`` beside its ``form``; the form is read as the model of that
type (``form_union``: a union the request's type discriminates), so a client's generated
types know every form, and an error names the field inside the type's form
(``["body", "form", "leave", "ends_at"]``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Discriminator, Field, Tag, model_validator
from pydantic_core import PydanticCustomError

from salescrm.core import i18n
from salescrm.core.clock import business_time
from salescrm.core.errors import ValidationFailed
from salescrm.core.schemas import Currency, Day, PositiveMoney, RequestModel, UtcDateTime
from salescrm.sales.schemas import Discount

#: The key a request body's ``type`` is handed to its form under, read by the discriminator.
TYPE_KEY = "__approval_type__"

Reason = Annotated[str, Field(min_length=1, max_length=2000, examples=["家中有事"])]
Place = Annotated[str, Field(min_length=1, max_length=200, examples=["杭州"])]
Subject = Annotated[str, Field(min_length=1, max_length=200, examples=["客户要求对接 ERP"])]


class ApprovalType(StrEnum):
    """A kind of request: its form, its chain and its effect are declared in code."""

    leave = "leave"
    business_trip = "business_trip"
    expense = "expense"
    requirement = "requirement"
    discount = "discount"
    customer_transfer = "customer_transfer"
    attendance_correction = "attendance_correction"
    recruitment = "recruitment"
    sales_plan = "sales_plan"


i18n.register_enum(
    ApprovalType,
    {
        "leave": ("Leave", "请假"),
        "business_trip": ("Business trip", "出差"),
        "expense": ("Expense claim", "费用报销"),
        "requirement": ("Requirement submission", "需求提交"),
        "discount": ("Deal discount", "商机折扣"),
        "customer_transfer": ("Customer transfer", "客户转移"),
        "attendance_correction": ("Attendance correction", "补卡"),
        "recruitment": ("Recruitment requisition", "招聘需求"),
        "sales_plan": ("Sales plan", "销售计划"),
    },
)


class LeaveKind(StrEnum):
    annual = "annual"
    sick = "sick"
    personal = "personal"
    compensatory = "compensatory"
    marriage = "marriage"
    maternity = "maternity"
    paternity = "paternity"
    bereavement = "bereavement"
    other = "other"


i18n.register_enum(
    LeaveKind,
    {
        "annual": ("Annual leave", "年假"),
        "sick": ("Sick leave", "病假"),
        "personal": ("Personal leave", "事假"),
        "compensatory": ("Time off in lieu", "调休"),
        "marriage": ("Marriage leave", "婚假"),
        "maternity": ("Maternity leave", "产假"),
        "paternity": ("Paternity leave", "陪产假"),
        "bereavement": ("Bereavement leave", "丧假"),
        "other": ("Other", "其他"),
    },
)


class ExpenseCategory(StrEnum):
    travel = "travel"
    entertainment = "entertainment"
    marketing = "marketing"
    training = "training"
    other = "other"


i18n.register_enum(
    ExpenseCategory,
    {
        "travel": ("Travel", "差旅"),
        "entertainment": ("Entertainment", "招待"),
        "marketing": ("Marketing", "市场推广"),
        "training": ("Training", "培训"),
        "other": ("Other", "其他"),
    },
)


class Urgency(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"


i18n.register_enum(
    Urgency, {"low": ("Low", "低"), "normal": ("Normal", "普通"), "high": ("High", "高")}
)


def ensure_after(start: Any, end: Any, names: tuple[str, str] = ("starts_at", "ends_at")) -> None:
    """A body's period (or hours) must end after it starts: 422 ``range_reversed`` otherwise
    (a rule between two fields, which JSON Schema cannot state)."""
    if start is not None and end is not None and end <= start:
        raise PydanticCustomError(
            "range_reversed", "{end} is not after {start}", {"start": names[0], "end": names[1]}
        )


def ensure_still_after(
    changes: dict[str, Any], record: Any, names: tuple[str, str] = ("starts_at", "ends_at")
) -> None:
    """A change of one end of a stored period (``record``; None: a new one) keeps it in
    order: 422 ``range_reversed`` naming the end otherwise."""
    start = changes.get(names[0], getattr(record, names[0], None))
    end = changes.get(names[1], getattr(record, names[1], None))
    if start is not None and end is not None and end <= start:
        raise ValidationFailed.field(
            ["body", names[1]], f"{names[1]} is not after {names[0]}", "range_reversed"
        )


class Form(RequestModel):
    """A request type's form. The discriminator's key is taken off before the fields are read.

    One schema serves the request and the response (a form is read back as it was sent):
    amounts are published as they are accepted, a decimal string."""

    model_config = ConfigDict(json_schema_mode_override="validation")

    type_code: ClassVar[ApprovalType]

    @model_validator(mode="before")
    @classmethod
    def _untag(cls, data: Any) -> Any:
        if isinstance(data, dict) and TYPE_KEY in data:
            return {k: v for k, v in data.items() if k != TYPE_KEY}
        return data


class PeriodForm(Form):
    """A form covering a period: ``ends_at`` after ``starts_at``."""

    starts_at: UtcDateTime
    ends_at: UtcDateTime

    @model_validator(mode="after")
    def _ordered(self) -> PeriodForm:
        ensure_after(self.starts_at, self.ends_at)
        return self


class LeaveForm(PeriodForm):
    type_code = ApprovalType.leave
    leave_kind: LeaveKind
    reason: Reason


class BusinessTripForm(PeriodForm):
    type_code = ApprovalType.business_trip
    destination: Place
    purpose: Reason
    customer_id: uuid.UUID | None = Field(None, description="The customer visited, if one.")


class ExpenseForm(Form):
    type_code = ApprovalType.expense
    category: ExpenseCategory
    amount: PositiveMoney
    currency: Currency = "CNY"
    spent_on: Day
    description: Reason
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None


class RequirementForm(Form):
    type_code = ApprovalType.requirement
    subject: Subject
    description: Reason
    urgency: Urgency = Urgency.normal
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None


class DiscountForm(Form):
    type_code = ApprovalType.discount
    opportunity_id: uuid.UUID = Field(description="An open deal the applicant may change.")
    discount: Discount = Field(
        description="The highest line discount asked for, percent: above the type's threshold."
    )
    reason: Reason


class CustomerTransferForm(Form):
    type_code = ApprovalType.customer_transfer
    customer_id: uuid.UUID = Field(description="A customer the applicant may change.")
    to_employee_id: uuid.UUID = Field(description="The new owner: a current employee.")
    reason: Reason


class CorrectionPunch(StrEnum):
    check_in = "check_in"
    check_out = "check_out"


i18n.register_enum(
    CorrectionPunch,
    {"check_in": ("Missed check-in", "上班补卡"), "check_out": ("Missed check-out", "下班补卡")},
)


class AttendanceCorrectionForm(Form):
    """A punch the applicant missed: approved, it is added and the day computed again."""

    type_code = ApprovalType.attendance_correction
    punch: CorrectionPunch
    at: UtcDateTime = Field(description="When they arrived or left: not in the future.")
    reason: Reason


class RecruitmentForm(Form):
    """A recruitment requisition (``/api/v1/requisitions``) put to the approval chain: approved,
    the requisition is open for HR to fill."""

    type_code = ApprovalType.recruitment
    requisition_id: uuid.UUID = Field(
        description="A draft (or returned) requisition the applicant may change."
    )


class SalesPlanForm(Form):
    """A sales plan (``/api/v1/sales-plans``) and its targets put to the approval chain:
    approved, the plan's current revision is locked and its targets take effect."""

    type_code = ApprovalType.sales_plan
    plan_id: uuid.UUID = Field(description="A draft plan (or revision) the applicant may change.")


FORMS: dict[ApprovalType, type[Form]] = {
    form.type_code: form
    for form in (
        LeaveForm,
        BusinessTripForm,
        ExpenseForm,
        RequirementForm,
        DiscountForm,
        CustomerTransferForm,
        AttendanceCorrectionForm,
        RecruitmentForm,
        SalesPlanForm,
    )
}


def _form_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        tag = value.get(TYPE_KEY)
        return tag if isinstance(tag, str) else None
    code = getattr(value, "type_code", None)
    return code.value if code is not None else None


AnyForm = Annotated[
    Annotated[LeaveForm, Tag("leave")]
    | Annotated[BusinessTripForm, Tag("business_trip")]
    | Annotated[ExpenseForm, Tag("expense")]
    | Annotated[RequirementForm, Tag("requirement")]
    | Annotated[DiscountForm, Tag("discount")]
    | Annotated[CustomerTransferForm, Tag("customer_transfer")]
    | Annotated[AttendanceCorrectionForm, Tag("attendance_correction")]
    | Annotated[RecruitmentForm, Tag("recruitment")]
    | Annotated[SalesPlanForm, Tag("sales_plan")],
    Discriminator(
        _form_tag,
        custom_error_type="form_type",
        custom_error_message="The form does not match the request's type",
    ),
]


def tag_form(data: Any) -> Any:
    """A body's ``type`` handed to its form, for the discriminator (a ``mode="before"`` step
    of the models that carry both)."""
    if isinstance(data, dict) and isinstance(data.get("form"), dict):
        kind = data.get("type")
        if isinstance(kind, str):
            return {**data, "form": {**data["form"], TYPE_KEY: kind}}
    return data


def period_of(form: Form) -> tuple[datetime | None, datetime | None]:
    if isinstance(form, PeriodForm):
        return form.starts_at, form.ends_at
    return None, None


def amount_of(form: Form) -> tuple[Decimal | None, str | None]:
    """What chains are chosen by: an expense's sum, a discount's percentage."""
    if isinstance(form, ExpenseForm):
        return form.amount, form.currency
    if isinstance(form, DiscountForm):
        return form.discount, None
    return None, None


def title_of(form: Form) -> str:
    """The title a request gets when the applicant gives none."""
    name = i18n.label("ApprovalType", form.type_code.value)
    if isinstance(form, PeriodForm):
        start, end = business_time(form.starts_at), business_time(form.ends_at)
        return f"{name} {start:%Y-%m-%d}–{end:%Y-%m-%d}"[:200]
    if isinstance(form, ExpenseForm):
        return f"{name} {form.amount:.2f} {form.currency}"
    if isinstance(form, RequirementForm):
        return f"{name}:{form.subject}"[:200]
    if isinstance(form, DiscountForm):
        return f"{name} {form.discount:.2f}%"
    if isinstance(form, AttendanceCorrectionForm):
        return f"{name} {business_time(form.at):%Y-%m-%d %H:%M}"
    return name
