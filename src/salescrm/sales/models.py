"""Sales tables: pipelines and their stages, loss reasons, opportunities (with contacts, line
items, stage history and competitor entries), competitors, contracts with their line items and
payment plans, and payments received (回款).

Opportunities and contracts are owned (the data scope applies, deal teams are record shares);
their children have no owner of their own and follow their parent (``scope_via``). Amounts are
exact (``Money``); costs and margins are computed by the server and shown only to callers holding
``margin:read`` (``core.visibility``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields.models import HasCustomFields
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.transitions import changed, declare, ownership, to
from salescrm.core.db.types import Money, Percent, Quantity
from salescrm.core.ids import new_id
from salescrm.core.search import Searchable

LIVE = text("deleted_at IS NULL")


def live_unique(name: str, *columns: str) -> Index:
    """Unique among live rows: a deleted record does not block its natural key."""
    return Index(name, *columns, unique=True, sqlite_where=LIVE, postgresql_where=LIVE)


class StageKind(StrEnum):
    open = "open"
    won = "won"
    lost = "lost"


i18n.register_enum(
    StageKind,
    {
        "open": ("Open", "进行中"),
        "won": ("Won", "赢单"),
        "lost": ("Lost", "输单"),
    },
)


class OpportunityType(StrEnum):
    opportunity = "opportunity"
    project = "project"


i18n.register_enum(
    OpportunityType,
    {
        "opportunity": ("Opportunity", "商机"),
        "project": ("Project", "项目"),
    },
)


class OpportunityStatus(StrEnum):
    open = "open"
    won = "won"
    lost = "lost"


i18n.register_enum(
    OpportunityStatus,
    {
        "open": ("Open", "进行中"),
        "won": ("Won", "赢单"),
        "lost": ("Lost", "输单"),
    },
)


class ForecastCategory(StrEnum):
    """Where a deal counts in a forecast; won deals are ``closed``, lost ones ``omitted``."""

    pipeline = "pipeline"
    best_case = "best_case"
    commit = "commit"
    closed = "closed"
    omitted = "omitted"


i18n.register_enum(
    ForecastCategory,
    {
        "pipeline": ("Pipeline", "管道"),
        "best_case": ("Best case", "最佳情况"),
        "commit": ("Commit", "承诺"),
        "closed": ("Closed", "已成交"),
        "omitted": ("Omitted", "不计入"),
    },
)


class DealRole(StrEnum):
    """A contact's part in a deal."""

    decision_maker = "decision_maker"
    economic_buyer = "economic_buyer"
    technical_evaluator = "technical_evaluator"
    influencer = "influencer"
    champion = "champion"
    user = "user"
    gatekeeper = "gatekeeper"
    other = "other"


i18n.register_enum(
    DealRole,
    {
        "decision_maker": ("Decision maker", "决策者"),
        "economic_buyer": ("Economic buyer", "经济决策人"),
        "technical_evaluator": ("Technical evaluator", "技术评估人"),
        "influencer": ("Influencer", "影响者"),
        "champion": ("Champion", "内部支持者"),
        "user": ("User", "使用者"),
        "gatekeeper": ("Gatekeeper", "把关者"),
        "other": ("Other", "其他"),
    },
)


class Pipeline(Record, Searchable):
    """An ordered set of stages a deal moves through; several may exist (projects vs. product
    sales), one is the default for new deals."""

    __tablename__ = "pipelines"
    __resource__ = "pipeline"
    __search_fields__ = ("name",)
    __table_args__ = (
        live_unique("uq_pipelines_name_live", "name"),
        Index("ix_pipelines_created_at", "created_at"),
        Index("ix_pipelines_updated_at", "updated_at"),
    )

    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    is_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    stages: Mapped[list[PipelineStage]] = relationship(
        lazy="raise",
        viewonly=True,
        primaryjoin="and_(PipelineStage.pipeline_id == Pipeline.id, "
        "PipelineStage.deleted_at.is_(None))",
        order_by="PipelineStage.position",
    )


class PipelineStage(Record):
    """One stage of a pipeline: its place, its default win probability and forecast category,
    and whether it is open, the won stage or the lost stage."""

    __tablename__ = "pipeline_stages"
    __resource__ = "pipeline_stage"
    __table_args__ = (Index("ix_pipeline_stages_pipeline", "pipeline_id", "position"),)

    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    name: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(10), default=StageKind.open.value)
    forecast_category: Mapped[str] = mapped_column(
        String(20), default=ForecastCategory.pipeline.value
    )


class LossReason(Record):
    """A configurable reason for losing a deal (价格, 功能, 关系 …)."""

    __tablename__ = "loss_reasons"
    __resource__ = "loss_reason"
    __table_args__ = (
        live_unique("uq_loss_reasons_code_live", "code"),
        Index("ix_loss_reasons_created_at", "created_at"),
        Index("ix_loss_reasons_updated_at", "updated_at"),
    )

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Competitor(Record, Searchable):
    __tablename__ = "competitors"
    __resource__ = "competitor"
    __search_fields__ = ("name", "products")
    __table_args__ = (
        live_unique("uq_competitors_name_live", "name"),
        Index("ix_competitors_created_at", "created_at"),
        Index("ix_competitors_updated_at", "updated_at"),
        Index("ix_competitors_name", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300), default=None)
    strengths: Mapped[str | None] = mapped_column(Text, default=None)
    weaknesses: Mapped[str | None] = mapped_column(Text, default=None)
    products: Mapped[str | None] = mapped_column(Text, default=None)
    price_positioning: Mapped[str | None] = mapped_column(String(20), default=None)
    threat_level: Mapped[str] = mapped_column(String(20), default="medium")
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Opportunity(Record, Owned, Searchable, HasCustomFields):
    """A sales opportunity or project (商机/项目)."""

    __tablename__ = "opportunities"
    __resource__ = "opportunity"
    __events__ = declare(
        status=to({"won": "won", "lost": "lost", "open": "reopened"}),
        stage_id=changed("stage_changed"),
        owner_id=ownership(),
    )
    __search_fields__ = ("name", "next_step")
    __table_args__ = (
        Index("ix_opportunities_created_at", "created_at"),
        Index("ix_opportunities_updated_at", "updated_at"),
        Index("ix_opportunities_owner_created", "owner_id", "created_at"),
        Index("ix_opportunities_stage_created", "stage_id", "created_at"),
        Index("ix_opportunities_customer", "customer_id", "created_at"),
        Index("ix_opportunities_expected_close", "expected_close_date"),
        Index("ix_opportunities_closed", "status", "closed_on"),
        Index("ix_opportunities_amount", "amount"),
    )

    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20), default=OpportunityType.opportunity.value)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    source: Mapped[str | None] = mapped_column(String(30), default=None)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    #: When the deal entered its current stage (time per stage is measured from here).
    stage_entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    probability: Mapped[int] = mapped_column(default=0)
    forecast_category: Mapped[str] = mapped_column(
        String(20), default=ForecastCategory.pipeline.value
    )
    expected_close_date: Mapped[date]
    next_step: Mapped[str | None] = mapped_column(String(500), default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    #: The sum of the line items, or set by hand while there are none.
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    #: The line items' cost at the products' cost when added: None without line items, and
    #: None (unknown) when one of theirs is unknown or their sum leaves the money bounds.
    cost: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    margin: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    line_item_count: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default=OpportunityStatus.open.value)
    closed_on: Mapped[date | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    loss_reason_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("loss_reasons.id"), default=None
    )
    #: The competitor that won a lost deal, if any.
    lost_to_competitor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("competitors.id"), default=None
    )
    close_note: Mapped[str | None] = mapped_column(Text, default=None)

    @property
    def cost_known(self) -> bool:
        """False when the deal has line items but their cost could not be recorded."""
        return self.line_item_count == 0 or self.cost is not None

    #: Written by the repository (the list is replaced as a whole); read-only here.
    contact_roles: Mapped[list[OpportunityContact]] = relationship(
        lazy="raise", viewonly=True, order_by="OpportunityContact.position"
    )


class OpportunityContact(Base):
    """A contact's role on one deal; the deal's list is replaced as a whole (and audited with
    the deal)."""

    __tablename__ = "opportunity_contacts"
    __table_args__ = (Index("ix_opportunity_contacts_contact", "contact_id"),)

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), default=DealRole.other.value)
    position: Mapped[int] = mapped_column(default=0)


class PricedLine:
    """A product sold: quantity, unit price and discount give the amount; the product's cost
    when the line was made gives cost and margin (``sales.service.price_line``)."""

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    #: The product's name and unit when added (the catalogue may change later).
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="件")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    #: Percent off the unit price, 0 to 100.
    discount: Mapped[Decimal] = mapped_column(Percent(), default=Decimal("0.00"))
    unit_cost: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    #: quantity × unit cost; None (unknown) when that leaves the money bounds. The line is
    #: accepted anyway: refusing it would tell a caller without margin:read the hidden cost.
    cost: Mapped[Decimal | None] = mapped_column(Money())
    margin: Mapped[Decimal | None] = mapped_column(Money())

    @property
    def cost_known(self) -> bool:
        return self.cost is not None


#: The columns a contract copies from each of its deal's line items.
PRICED_COLUMNS = (
    "product_id",
    "name",
    "unit",
    "quantity",
    "unit_price",
    "discount",
    "unit_cost",
    "amount",
    "cost",
    "margin",
)


class OpportunityLineItem(Record, PricedLine):
    """A product on a deal: quantity, unit price and discount give the amount; the product's
    cost when it was added gives cost and margin."""

    __tablename__ = "opportunity_line_items"
    __resource__ = "opportunity_line_item"
    __table_args__ = (
        Index("ix_opportunity_line_items_opportunity", "opportunity_id", "created_at"),
        Index("ix_opportunity_line_items_product", "product_id"),
        Index("ix_opportunity_line_items_created_at", "created_at"),
        Index("ix_opportunity_line_items_updated_at", "updated_at"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"))
    description: Mapped[str | None] = mapped_column(Text, default=None)


class OpportunityStageChange(Base):
    """The stage history of a deal: every move with time, actor, from → to, and how long the
    deal had been in the stage it left. Append-only."""

    __tablename__ = "opportunity_stage_changes"
    __resource__ = "opportunity_stage_change"
    __table_args__ = (
        Index("ix_opportunity_stage_changes_opportunity", "opportunity_id", "changed_at"),
        # The funnel reads a deal's stages and the time spent in them from the index alone.
        Index(
            "ix_opportunity_stage_changes_cover",
            "opportunity_id",
            postgresql_include=["to_stage_id", "from_stage_id", "seconds_in_from_stage"],
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    #: Listed like every record (sorted and paged by creation).
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipeline_stages.id"), default=None
    )
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    from_status: Mapped[str | None] = mapped_column(String(10), default=None)
    to_status: Mapped[str] = mapped_column(String(10))
    #: Seconds spent in the stage that was left (None for the first entry).
    seconds_in_from_stage: Mapped[int | None] = mapped_column(default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)


class OpportunityCompetitor(Record):
    """A competitor met on one deal: their offer and price, our relative strengths and
    weaknesses, and how it stands."""

    __tablename__ = "opportunity_competitors"
    __resource__ = "opportunity_competitor"
    __table_args__ = (
        live_unique(
            "uq_opportunity_competitors_competitor_id_live", "opportunity_id", "competitor_id"
        ),
        Index("ix_opportunity_competitors_competitor", "competitor_id", "opportunity_id"),
        Index("ix_opportunity_competitors_created_at", "created_at"),
        Index("ix_opportunity_competitors_updated_at", "updated_at"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"))
    competitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competitors.id"))
    offer: Mapped[str | None] = mapped_column(Text, default=None)
    price: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    our_strengths: Mapped[str | None] = mapped_column(Text, default=None)
    our_weaknesses: Mapped[str | None] = mapped_column(Text, default=None)
    #: active (still in the race), eliminated, won (they won the deal), lost (they lost it).
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class ContractStatus(StrEnum):
    active = "active"
    completed = "completed"
    terminated = "terminated"


i18n.register_enum(
    ContractStatus,
    {
        "active": ("Active", "执行中"),
        "completed": ("Completed", "已完成"),
        "terminated": ("Terminated", "已终止"),
    },
)


class Contract(Record, Owned, Searchable):
    """A signed contract (合同) from a won deal: what performance counts as sold. Its payment
    plan and line items are part of it; payments received are recorded against it."""

    __tablename__ = "contracts"
    __resource__ = "contract"
    __search_fields__ = ("number", "title")
    __table_args__ = (
        live_unique("uq_contracts_number_live", "number"),
        Index("ix_contracts_created_at", "created_at"),
        Index("ix_contracts_updated_at", "updated_at"),
        Index("ix_contracts_owner_created", "owner_id", "created_at"),
        # The default sort is ``-sign_date``, a date many contracts share: with ``id`` in the
        # index a page stops after its rows instead of reading whole days to order the ties.
        Index("ix_contracts_owner_sign_date", "owner_id", "sign_date", "id"),
        Index("ix_contracts_customer", "customer_id", "sign_date"),
        Index("ix_contracts_opportunity", "opportunity_id"),
        Index("ix_contracts_sign_date", "sign_date", "id"),
        Index("ix_contracts_next_due", "next_due_date"),
    )

    number: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    sign_date: Mapped[date]
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    amount: Mapped[Decimal] = mapped_column(Money())
    #: From the deal's line items; unknown (None) for a deal priced by hand.
    cost: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    margin: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    #: Payments received so far (kept with every payment recorded, changed or deleted).
    received: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    #: The due date of the earliest instalment not fully paid (None: nothing left to pay).
    next_due_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default=ContractStatus.active.value)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    line_items: Mapped[list[ContractLineItem]] = relationship(
        lazy="raise",
        viewonly=True,
        primaryjoin="and_(ContractLineItem.contract_id == Contract.id, "
        "ContractLineItem.deleted_at.is_(None))",
        order_by="ContractLineItem.position",
    )
    installments: Mapped[list[Installment]] = relationship(
        lazy="raise",
        viewonly=True,
        primaryjoin="and_(Installment.contract_id == Contract.id, "
        "Installment.deleted_at.is_(None))",
        order_by="(Installment.due_date, Installment.position)",
    )

    @property
    def outstanding(self) -> Decimal:
        return max(self.amount - self.received, Decimal("0.00"))


class ContractLineItem(Record, PricedLine):
    """A product sold under a contract, with the cost it carried (for the margin). Fixed once
    the contract is created: what was signed does not change."""

    __tablename__ = "contract_line_items"
    __resource__ = "contract_line_item"
    __table_args__ = (Index("ix_contract_line_items_contract", "contract_id", "position"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    position: Mapped[int] = mapped_column(default=0)


class Installment(Record):
    """One due date of a contract's payment plan; payments fill instalments in due order. A
    new plan replaces the old one (its instalments are deleted, so the trail keeps both)."""

    __tablename__ = "contract_installments"
    __resource__ = "contract_installment"
    __table_args__ = (Index("ix_contract_installments_contract", "contract_id", "due_date"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    position: Mapped[int] = mapped_column(default=0)
    due_date: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())
    #: What the payments received so far cover of this instalment.
    received: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    note: Mapped[str | None] = mapped_column(String(500), default=None)


class PaymentMethod(StrEnum):
    bank_transfer = "bank_transfer"
    acceptance_bill = "acceptance_bill"  # 承兑汇票
    cash = "cash"
    check = "check"
    alipay = "alipay"
    wechat_pay = "wechat_pay"
    other = "other"


i18n.register_enum(
    PaymentMethod,
    {
        "bank_transfer": ("Bank transfer", "银行转账"),
        "acceptance_bill": ("Acceptance bill", "承兑汇票"),
        "cash": ("Cash", "现金"),
        "check": ("Cheque", "支票"),
        "alipay": ("Alipay", "支付宝"),
        "wechat_pay": ("WeChat Pay", "微信支付"),
        "other": ("Other", "其他"),
    },
)


class Payment(Record):
    """Money received against a contract (回款)."""

    __tablename__ = "payments"
    __resource__ = "payment"
    __table_args__ = (
        Index("ix_payments_contract", "contract_id", "received_on"),
        Index("ix_payments_customer", "customer_id", "received_on"),
        Index("ix_payments_created_at", "created_at"),
        Index("ix_payments_updated_at", "updated_at"),
        # ``id`` orders the payments of one day (the default sort is ``-received_on``).
        Index("ix_payments_received_on", "received_on", "id"),
    )

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    #: The contract's customer (so that merging customers moves payments too).
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    received_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(20), default=PaymentMethod.bank_transfer.value)
    reference: Mapped[str | None] = mapped_column(String(100), default=None)
    #: Accepted although it takes the received total past the contract amount.
    overpayment: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


def stage_json(stage: PipelineStage) -> dict[str, Any]:
    return {
        "id": stage.id,
        "name": stage.name,
        "position": stage.position,
        "probability": stage.probability,
        "kind": stage.kind,
        "forecast_category": stage.forecast_category,
    }
