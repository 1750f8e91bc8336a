"""Request and response bodies of pipelines, loss reasons, competitors, opportunities, their line
items and competitor entries, contracts and payments.

Rules that need no database (ranges, one won and one lost stage, a plan without duplicates) are
checked here, so a bad value is a 422 naming its field before any query runs. Amounts computed
by the server (line amounts, costs, margins, receivables) are output only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    computed_field,
    model_validator,
)
from pydantic_core import PydanticCustomError

from salescrm.core import i18n
from salescrm.core.clock import today
from salescrm.core.custom_fields.schemas import CustomFieldsIn, CustomFieldsOut, custom_fields_out
from salescrm.core.db.types import CENT, quantize_money
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, expansion, ref
from salescrm.core.schemas import (
    CreateModel,
    Currency,
    Day,
    DecimalText,
    MoneyOut,
    NonNegativeMoney,
    PositiveMoney,
    Quantity,
    QueryModel,
    RecordOut,
    RequestModel,
    Website,
    check_period,
)
from salescrm.core.visibility import restricted, restricted_property
from salescrm.customers.models import Source
from salescrm.customers.schemas import CustomerCard
from salescrm.sales.models import (
    ContractStatus,
    DealRole,
    ForecastCategory,
    OpportunityStatus,
    OpportunityType,
    PaymentMethod,
    StageKind,
)

MARGIN = "margin:read"

Name = Annotated[str, Field(min_length=1, max_length=200, examples=["华信科技 CRM 二期"])]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Note = Annotated[str, Field(min_length=1, max_length=2000)]
Probability = Annotated[int, Field(ge=0, le=100, description="Win probability in percent.")]


Discount = Annotated[
    Decimal,
    Field(
        ge=0,
        le=100,
        max_digits=5,
        decimal_places=2,
        description="Percent off the unit price, 0 to 100.",
        examples=["10.00"],
    ),
    DecimalText(r"^0*(?:100(?:\.0+)?|[0-9]{1,2}(?:\.[0-9]{1,2}0*)?)$", CENT),
    PlainSerializer(lambda d: f"{quantize_money(d):.2f}", return_type=str, when_used="json"),
]


# ----- pipelines -----------------------------------------------------------------------------
def _stages_error(message: str) -> PydanticCustomError:
    """The shape of a pipeline's stages (one won, one lost, an open one, unique names; a won
    stage at 100 % and closed, a lost one at 0 % and omitted, an open one forecasting
    pipeline, best_case or commit) is more than JSON Schema states: one error type,
    ``pipeline_stages``, names the rule."""
    return PydanticCustomError("pipeline_stages", message)


class StageIn(RequestModel):
    id: uuid.UUID | None = Field(
        None, description="An existing stage of this pipeline to keep (omit for a new one)."
    )
    name: Annotated[str, Field(min_length=1, max_length=50, examples=["方案报价"])]
    kind: StageKind = StageKind.open
    probability: Probability | None = Field(
        None, description="Default win probability of deals entering the stage (won: 100, lost: 0)."
    )
    forecast_category: ForecastCategory | None = Field(
        None,
        description="Default forecast category: pipeline, best_case or commit for open stages "
        "(default pipeline); won stages are closed, lost ones omitted.",
    )

    @model_validator(mode="after")
    def _defaults(self) -> StageIn:
        fixed = {StageKind.won: (100, ForecastCategory.closed), StageKind.lost: (0, "omitted")}
        if self.kind in fixed:
            probability, category = fixed[self.kind]
            if self.probability not in (None, probability):
                raise _stages_error(f"A {self.kind.value} stage has probability {probability}")
            if self.forecast_category not in (None, category):
                raise _stages_error(f"A {self.kind.value} stage has forecast category {category}")
            self.probability, self.forecast_category = probability, ForecastCategory(category)
        else:
            if self.forecast_category in (ForecastCategory.closed, ForecastCategory.omitted):
                raise _stages_error("An open stage forecasts pipeline, best_case or commit")
            self.probability = 10 if self.probability is None else self.probability
            self.forecast_category = self.forecast_category or ForecastCategory.pipeline
        return self


def _check_stages(stages: list[StageIn]) -> list[StageIn]:
    kinds = [s.kind for s in stages]
    if kinds.count(StageKind.won) != 1 or kinds.count(StageKind.lost) != 1:
        raise _stages_error("A pipeline has exactly one won and one lost stage")
    if StageKind.open not in kinds:
        raise _stages_error("A pipeline has at least one open stage")
    names = [s.name.casefold() for s in stages]
    if len(set(names)) != len(names):
        raise _stages_error("Stage names must be unique within the pipeline")
    ids = [s.id for s in stages if s.id is not None]
    if len(set(ids)) != len(ids):
        raise _stages_error("A stage id appears twice")
    return stages


def _new_stages(stages: list[StageIn]) -> list[StageIn]:
    if any(s.id is not None for s in stages):
        raise ValueError("The stages of a new pipeline have no id")
    return stages


Stages = Annotated[
    list[StageIn],
    Field(
        min_length=3,
        max_length=30,
        description="In order. At least one open stage, exactly one won and one lost stage; "
        "names unique. On update the list replaces the current one: stages named by id are "
        "kept, others are new, and a stage left out is deleted (409 while deals are in it).",
    ),
    AfterValidator(_check_stages),
]


class PipelineCreate(CreateModel):
    name: Annotated[str, Field(min_length=1, max_length=100, examples=["项目型销售"])]
    description: Text | None = None
    is_default: bool = Field(False, description="New deals go here when no pipeline is given.")
    active: bool = True
    stages: Annotated[Stages, AfterValidator(_new_stages)]


class PipelineUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    description: Text | None = None
    is_default: bool | None = None
    active: bool | None = None
    stages: Stages | None = None


class StageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    position: int
    kind: StageKind
    probability: int
    forecast_category: ForecastCategory


class PipelineOut(RecordOut):
    name: str
    description: str | None
    is_default: bool
    active: bool
    stages: list[StageOut]


class PipelineListParams(ListParams):
    active: bool | None = None
    is_default: bool | None = None


# ----- loss reasons --------------------------------------------------------------------------
Code = Annotated[
    str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9][a-z0-9_\-]*$", examples=["price"])
]


class LossReasonCreate(CreateModel):
    code: Code
    name: Annotated[str, Field(min_length=1, max_length=100, examples=["价格因素"])]
    description: Text | None = None
    position: int = Field(0, ge=0, le=10_000, description="Lists sort by it.")
    active: bool = True


class LossReasonUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    description: Text | None = None
    position: int | None = Field(None, ge=0, le=10_000)
    active: bool | None = None


class LossReasonOut(RecordOut):
    code: str
    name: str
    description: str | None
    position: int
    active: bool


class LossReasonListParams(ListParams):
    active: bool | None = None


# ----- competitors ---------------------------------------------------------------------------
class PricePositioning(StrEnum):
    premium = "premium"
    comparable = "comparable"
    budget = "budget"
    varies = "varies"


i18n.register_enum(
    PricePositioning,
    {
        "premium": ("Premium", "高端"),
        "comparable": ("Comparable", "相当"),
        "budget": ("Budget", "低价"),
        "varies": ("Varies", "不固定"),
    },
)


class ThreatLevel(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


i18n.register_enum(
    ThreatLevel,
    {
        "low": ("Low", "低"),
        "medium": ("Medium", "中"),
        "high": ("High", "高"),
    },
)


class CompetitorCreate(CreateModel):
    name: Annotated[str, Field(min_length=1, max_length=200, examples=["某某软件股份有限公司"])]
    website: Website | None = None
    strengths: Text | None = None
    weaknesses: Text | None = None
    products: Text | None = Field(None, description="What they sell against us.")
    price_positioning: PricePositioning | None = None
    threat_level: ThreatLevel = ThreatLevel.medium
    notes: Text | None = None


class CompetitorUpdate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    website: Website | None = None
    strengths: Text | None = None
    weaknesses: Text | None = None
    products: Text | None = None
    price_positioning: PricePositioning | None = None
    threat_level: ThreatLevel | None = None
    notes: Text | None = None


class CompetitorOut(RecordOut):
    name: str
    website: str | None
    strengths: str | None
    weaknesses: str | None
    products: str | None
    price_positioning: PricePositioning | None
    threat_level: ThreatLevel
    notes: str | None


class CompetitorListParams(ListParams):
    threat_level: ThreatLevel | None = None
    price_positioning: PricePositioning | None = None


# ----- opportunities -------------------------------------------------------------------------
class ContactRoleIn(RequestModel):
    contact_id: uuid.UUID = Field(description="A contact of the deal's customer.")
    role: DealRole = DealRole.other


def _unique_contacts(contacts: list[ContactRoleIn]) -> list[ContactRoleIn]:
    ids = [c.contact_id for c in contacts]
    if len(set(ids)) != len(ids):
        raise ValueError("A contact appears twice")
    return contacts


ContactRoles = Annotated[
    list[ContactRoleIn],
    Field(max_length=50, description="The customer's contacts on the deal and their roles."),
    AfterValidator(_unique_contacts),
]


class OpenForecast(StrEnum):
    """What a rep may forecast an open deal as; closed and omitted follow win and lose."""

    pipeline = "pipeline"
    best_case = "best_case"
    commit = "commit"


i18n.register_enum(
    OpenForecast,
    {
        "pipeline": ("Pipeline", "管道"),
        "best_case": ("Best case", "最佳情况"),
        "commit": ("Commit", "承诺"),
    },
)


class OpportunityCreate(CreateModel):
    custom_fields: CustomFieldsIn | None = None
    name: Name
    type: OpportunityType = OpportunityType.opportunity
    customer_id: uuid.UUID
    contacts: ContactRoles = Field(default_factory=list)
    owner_id: uuid.UUID | None = Field(
        None, description="Defaults to the caller; someone else needs opportunity:assign."
    )
    source: Source | None = None
    pipeline_id: uuid.UUID | None = Field(None, description="Default: the default pipeline.")
    stage_id: uuid.UUID | None = Field(
        None, description="An open stage of the pipeline; default: its first."
    )
    probability: Probability | None = Field(None, description="Default: the stage's.")
    forecast_category: OpenForecast | None = Field(None, description="Default: the stage's.")
    expected_close_date: date
    next_step: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    description: Text | None = None
    currency: Currency = "CNY"
    amount: NonNegativeMoney | None = Field(
        None, description="Set by hand while the deal has no line items; then their sum."
    )


class OpportunityUpdate(RequestModel):
    custom_fields: CustomFieldsIn | None = None
    name: Name | None = None
    type: OpportunityType | None = None
    customer_id: uuid.UUID | None = None
    contacts: ContactRoles | None = None
    owner_id: uuid.UUID | None = None
    source: Source | None = None
    pipeline_id: uuid.UUID | None = Field(
        None, description="Moving to another pipeline needs one of its open stages (or its first)."
    )
    stage_id: uuid.UUID | None = Field(
        None, description="Another open stage; won and lost go through /win and /lose."
    )
    stage_reason: Note | None = Field(None, description="Why the stage changes (in the history).")
    probability: Probability | None = None
    forecast_category: OpenForecast | None = None
    expected_close_date: date | None = None
    next_step: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    description: Text | None = None
    currency: Currency | None = Field(None, description="Only while there are no line items.")
    amount: NonNegativeMoney | None = Field(None, description="Only while there are no line items.")


class ContactRoleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    contact_id: uuid.UUID
    contact: Ref | None = ref("contact")
    role: DealRole


def _percent_of(part: Decimal | None, whole: Decimal) -> Decimal | None:
    if part is None or whole <= 0:
        return None
    return quantize_money(part * 100 / whole)


class OpportunityOut(RecordOut):
    custom_fields: CustomFieldsOut = custom_fields_out()
    name: str
    type: OpportunityType
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    customer_details: CustomerCard | None = expansion("customer")
    contacts: list[ContactRoleOut] = Field(validation_alias="contact_roles")
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    source: Source | None
    pipeline_id: uuid.UUID
    pipeline: Ref | None = ref("pipeline")
    stage_id: uuid.UUID
    stage: Ref | None = ref("stage")
    stage_entered_at: datetime
    probability: int
    forecast_category: ForecastCategory
    expected_close_date: date
    next_step: str | None
    description: str | None
    currency: str
    amount: MoneyOut
    line_item_count: int
    cost: MoneyOut | None = restricted(MARGIN, description="The line items' cost.")
    margin: MoneyOut | None = restricted(MARGIN, description="Amount minus cost.")
    cost_known: bool | None = restricted(
        MARGIN,
        description="False when the deal has line items but their cost could not be recorded "
        "(a line's cost, or their sum, past the money bounds): cost and margin are then null.",
    )
    status: OpportunityStatus
    closed_on: date | None
    closed_at: datetime | None
    loss_reason_id: uuid.UUID | None
    loss_reason: Ref | None = ref("loss_reason")
    lost_to_competitor_id: uuid.UUID | None
    lost_to_competitor: Ref | None = ref("competitor")
    close_note: str | None

    @computed_field(description="Amount × probability: what the deal weighs in a forecast.")  # type: ignore[prop-decorator]
    @property
    def weighted_amount(self) -> MoneyOut:
        return quantize_money(self.amount * self.probability / 100)

    @restricted_property(MARGIN, description="Margin in percent of the amount.")  # type: ignore[prop-decorator]
    @property
    def margin_percent(self) -> MoneyOut | None:
        return _percent_of(self.margin, self.amount)


class OpportunityListParams(ListParams):
    takes_custom_fields = True
    status: OpportunityStatus | None = None
    type: OpportunityType | None = None
    pipeline_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None
    forecast_category: ForecastCategory | None = None
    source: Source | None = None
    currency: Currency | None = None
    expected_close_from: Day | None = Field(None, description="Expected to close on or after.")
    expected_close_to: Day | None = Field(None, description="Expected to close on or before.")
    closed_from: Day | None = Field(None, description="Closed (won or lost) on or after.")
    closed_to: Day | None = Field(None, description="Closed on or before.")
    amount_min: NonNegativeMoney | None = None
    amount_max: NonNegativeMoney | None = None


class WinIn(RequestModel):
    closed_on: date | None = Field(None, description="Default: today.")
    note: Note | None = None


class LoseIn(RequestModel):
    loss_reason_id: uuid.UUID = Field(description="One of /loss-reasons.")
    lost_to_competitor_id: uuid.UUID | None = Field(
        None, description="The competitor that won the deal, if any."
    )
    closed_on: date | None = Field(None, description="Default: today.")
    note: Note | None = None


class ReopenIn(RequestModel):
    stage_id: uuid.UUID | None = Field(
        None, description="An open stage of the deal's pipeline; default: the last one it was in."
    )
    reason: Note | None = None


class StageChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    opportunity_id: uuid.UUID
    changed_at: datetime
    actor_id: uuid.UUID | None
    actor: Ref | None = ref("employee")
    from_stage_id: uuid.UUID | None
    from_stage: Ref | None = ref("stage")
    to_stage_id: uuid.UUID
    to_stage: Ref | None = ref("stage")
    from_status: OpportunityStatus | None
    to_status: OpportunityStatus
    seconds_in_from_stage: int | None = Field(description="Time spent in the stage left.")
    reason: str | None


class StageChangeListParams(ListParams):
    pass


class StageTime(BaseModel):
    stage_id: uuid.UUID
    seconds: int = Field(description="Total time the deal has spent in the stage.")
    entries: int = Field(description="How often the deal entered the stage.")
    current: bool = Field(description="The deal is in this stage now.")


class StageTimes(BaseModel):
    opportunity_id: uuid.UUID
    stages: list[StageTime]


# ----- line items ----------------------------------------------------------------------------
class LineItemCreate(CreateModel):
    product_id: uuid.UUID
    quantity: Quantity
    unit_price: NonNegativeMoney | None = Field(
        None, description="Default: the product's list price (if in the deal's currency)."
    )
    discount: Discount = Decimal("0.00")
    description: Text | None = None


class LineItemUpdate(RequestModel):
    quantity: Quantity | None = None
    unit_price: NonNegativeMoney | None = None
    discount: Discount | None = None
    description: Text | None = None


class PricedLineOut(BaseModel):
    """A product sold, as deals and contracts show it (costs only with margin:read)."""

    model_config = ConfigDict(from_attributes=True)

    product_id: uuid.UUID
    product: Ref | None = ref(
        "product", "Its name now; `name` is the product's name when the line was added."
    )
    name: str
    unit: str
    quantity: Quantity
    unit_price: MoneyOut
    discount: Discount
    amount: MoneyOut = Field(description="quantity × unit price × (1 − discount).")
    unit_cost: MoneyOut | None = restricted(MARGIN, description="The product's cost when added.")
    cost: MoneyOut | None = restricted(MARGIN, description="quantity × unit cost.")
    margin: MoneyOut | None = restricted(MARGIN, description="Amount minus cost.")
    cost_known: bool | None = restricted(
        MARGIN,
        description="False when quantity × unit cost passes the money bounds: cost and margin "
        "are then null (the line is accepted all the same).",
    )


class LineItemOut(RecordOut, PricedLineOut):
    opportunity_id: uuid.UUID
    opportunity: Ref | None = ref("opportunity")
    description: str | None


class LineItemListParams(ListParams):
    product_id: uuid.UUID | None = None


# ----- per-deal competitors ------------------------------------------------------------------
class CompetitorStanding(StrEnum):
    active = "active"
    eliminated = "eliminated"
    won = "won"
    lost = "lost"


i18n.register_enum(
    CompetitorStanding,
    {
        "active": ("In contention", "角逐中"),
        "eliminated": ("Eliminated", "已出局"),
        "won": ("Won", "赢单"),
        "lost": ("Lost", "输单"),
    },
)


class OpportunityCompetitorCreate(CreateModel):
    competitor_id: uuid.UUID
    offer: Text | None = Field(None, description="What they offer.")
    price: NonNegativeMoney | None = Field(None, description="Their price, in the deal's currency.")
    our_strengths: Text | None = None
    our_weaknesses: Text | None = None
    status: CompetitorStanding = CompetitorStanding.active
    notes: Text | None = None


class OpportunityCompetitorUpdate(RequestModel):
    offer: Text | None = None
    price: NonNegativeMoney | None = None
    our_strengths: Text | None = None
    our_weaknesses: Text | None = None
    status: CompetitorStanding | None = None
    notes: Text | None = None


class OpportunityCompetitorOut(RecordOut):
    opportunity_id: uuid.UUID
    opportunity: Ref | None = ref("opportunity")
    competitor_id: uuid.UUID
    competitor: Ref | None = ref("competitor")
    offer: str | None
    price: MoneyOut | None
    our_strengths: str | None
    our_weaknesses: str | None
    status: CompetitorStanding
    notes: str | None


class OpportunityCompetitorListParams(ListParams):
    status: CompetitorStanding | None = None


# ----- win/loss analysis ---------------------------------------------------------------------
class WinLossParams(QueryModel):
    closed_from: Day = Field(description="Deals closed (won or lost) on or after this date.")
    closed_to: Day = Field(description="… and on or before this one.")
    owner_id: uuid.UUID | None = Field(None, description="Only one owner's deals.")
    pipeline_id: uuid.UUID | None = None
    competitor_id: uuid.UUID | None = Field(None, description="Only one competitor.")
    top_reasons: int = Field(3, ge=1, le=20, description="How many loss reasons per competitor.")

    @model_validator(mode="after")
    def _period(self) -> WinLossParams:
        check_period(self.closed_from, self.closed_to, ("closed_from", "closed_to"), max_years=5)
        return self


class ReasonCount(BaseModel):
    loss_reason_id: uuid.UUID | None
    name: str | None
    deals: int


class CompetitorWinLoss(BaseModel):
    competitor_id: uuid.UUID
    name: str
    deals_met: int = Field(description="Closed deals in the period where we met them.")
    won: int = Field(description="… that we won.")
    lost: int = Field(description="… that we lost (to anyone).")
    lost_to_them: int = Field(description="… that they won.")
    win_rate: Decimal | None = Field(description="won / deals_met in percent; None without deals.")
    amount_lost: dict[str, MoneyOut] = Field(
        description="The amount of the deals we lost, per currency: an exact sum, which may "
        "pass the largest amount one record holds.",
        examples=[{"CNY": "0.00"}],
    )
    amount_lost_to_them: dict[str, MoneyOut] = Field(
        description="… of those they won, per currency."
    )
    top_loss_reasons: list[ReasonCount]


class WinLossReport(BaseModel):
    closed_from: date
    closed_to: date
    deals: int = Field(description="Closed deals in the period, in the caller's scope.")
    won: int
    lost: int
    win_rate: Decimal | None
    competitors: list[CompetitorWinLoss]


# ----- contracts and payments ----------------------------------------------------------------
class InstallmentIn(RequestModel):
    due_date: date
    amount: PositiveMoney
    note: Annotated[str, Field(min_length=1, max_length=500)] | None = None


PaymentPlan = Annotated[
    list[InstallmentIn],
    Field(
        max_length=120,
        description="Instalments whose amounts add up to the contract amount. Default: the "
        "whole amount due on the sign date. Replaced as a whole on update.",
    ),
]


class ContractCreate(CreateModel):
    opportunity_id: uuid.UUID = Field(
        description="A won deal; its customer, currency, amount "
        "and line items become the contract's."
    )
    number: (
        Annotated[
            str,
            Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/\-]*$"),
        ]
        | None
    ) = Field(None, description="Unique; default HT<sign date>-<n>, e.g. HT20261202-001.")
    title: Name | None = Field(None, description="Default: the deal's name.")
    sign_date: date
    start_date: date | None = None
    end_date: date | None = None
    payment_plan: PaymentPlan | None = None
    owner_id: uuid.UUID | None = Field(
        None, description="Default: the deal's owner; another needs contract:assign."
    )
    notes: Text | None = None

    @model_validator(mode="after")
    def _dates(self) -> ContractCreate:
        if self.start_date and self.end_date:
            check_period(self.start_date, self.end_date, ("start_date", "end_date"))
        return self


class ContractUpdate(RequestModel):
    number: (
        Annotated[
            str,
            Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/\-]*$"),
        ]
        | None
    ) = None
    title: Name | None = None
    sign_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    payment_plan: PaymentPlan | None = None
    status: ContractStatus | None = None
    owner_id: uuid.UUID | None = None
    notes: Text | None = None


class ContractLineItemOut(PricedLineOut):
    id: uuid.UUID


class InstallmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    due_date: date
    amount: MoneyOut
    received: MoneyOut = Field(description="What the payments so far cover of it (in due order).")
    note: str | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def outstanding(self) -> MoneyOut:
        return max(self.amount - self.received, Decimal("0.00"))

    @computed_field(description="Due before today and not fully paid.")  # type: ignore[prop-decorator]
    @property
    def overdue(self) -> bool:
        return self.due_date < today() and self.received < self.amount


class ContractOut(RecordOut):
    number: str
    title: str
    opportunity_id: uuid.UUID
    opportunity: Ref | None = ref("opportunity")
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    customer_details: CustomerCard | None = expansion("customer")
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    sign_date: date
    start_date: date | None
    end_date: date | None
    currency: str
    amount: MoneyOut
    cost: MoneyOut | None = restricted(MARGIN)
    margin: MoneyOut | None = restricted(MARGIN)
    received: MoneyOut = Field(description="Payments received so far.")
    outstanding: MoneyOut = Field(description="Amount not received yet (the receivable).")
    next_due_date: date | None = Field(description="The earliest instalment not fully paid.")
    status: ContractStatus
    notes: str | None
    line_items: list[ContractLineItemOut]
    payment_plan: list[InstallmentOut] = Field(validation_alias="installments")

    @computed_field(description="Some instalment is past due and not fully paid.")  # type: ignore[prop-decorator]
    @property
    def overdue(self) -> bool:
        return self.next_due_date is not None and self.next_due_date < today()

    @computed_field(description="What is past due and not received.")  # type: ignore[prop-decorator]
    @property
    def overdue_amount(self) -> MoneyOut:
        return sum((i.outstanding for i in self.payment_plan if i.overdue), Decimal("0.00"))


class ContractListParams(ListParams):
    status: ContractStatus | None = None
    customer_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    signed_from: Day | None = None
    signed_to: Day | None = None
    overdue: bool | None = Field(None, description="Some instalment is past due and unpaid.")
    outstanding: bool | None = Field(None, description="Something is still to be received.")


class PaymentCreate(CreateModel):
    contract_id: uuid.UUID
    amount: PositiveMoney
    received_on: date
    method: PaymentMethod = PaymentMethod.bank_transfer
    reference: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(
        None, description="The bank's or the bill's reference."
    )
    overpayment: bool = Field(
        False,
        description="Accept it although the received total then exceeds the contract amount "
        "(otherwise that is a 409).",
    )
    note: Text | None = None


class PaymentUpdate(RequestModel):
    amount: PositiveMoney | None = None
    received_on: date | None = None
    method: PaymentMethod | None = None
    reference: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    overpayment: bool | None = None
    note: Text | None = None


class PaymentOut(RecordOut):
    contract_id: uuid.UUID
    contract: Ref | None = ref("contract")
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    amount: MoneyOut
    currency: str
    received_on: date
    method: PaymentMethod
    reference: str | None
    overpayment: bool
    note: str | None
    recorded_by_id: uuid.UUID | None
    recorded_by: Ref | None = ref("employee")


class PaymentListParams(ListParams):
    contract_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None
    method: PaymentMethod | None = None
    received_from: Day | None = None
    received_to: Day | None = None
