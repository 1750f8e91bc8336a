"""Customer tables: customers, their contacts, tiers, the data-rule policy, key-account plans,
the customer timeline (life-cycle, pool, ownership and key-account events) and match keys.

A customer with no owner is in the public pool (公海). Contacts, plans and events have no owner
of their own: whoever sees the customer sees them (``ReadRepository.scope_via``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields.models import HasCustomFields
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.transitions import changed, declare, ownership, set_once
from salescrm.core.db.types import Money
from salescrm.core.ids import new_id
from salescrm.core.search import Searchable, search_document

LIVE = text("deleted_at IS NULL")
#: The audit action of the change that anonymises a customer or a contact (``core.audit``).
ANONYMISE_ACTION: Mapping[str, str] = MappingProxyType({"anonymised_at": "anonymise"})
#: One active plan per key account; closed plans stay as history.
ACTIVE_PLAN = text("deleted_at IS NULL AND status = 'active'")


def trigram_index(table: str) -> Index:
    """PostgreSQL only: a trigram GIN index that answers ``search_text LIKE '%…%'``."""
    return Index(
        f"ix_{table}_search_trgm",
        "search_text",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")


class CustomerKind(StrEnum):
    company = "company"
    individual = "individual"


i18n.register_enum(
    CustomerKind,
    {
        "company": ("Company", "公司"),
        "individual": ("Individual", "个人"),
    },
)


class Stage(StrEnum):
    """The life cycle: prospect → new → active → loyal, or at risk → churned (and back)."""

    prospect = "prospect"
    new = "new"
    active = "active"
    loyal = "loyal"
    at_risk = "at_risk"
    churned = "churned"


i18n.register_enum(
    Stage,
    {
        "prospect": ("Prospect", "潜在客户"),
        "new": ("New customer", "新客户"),
        "active": ("Active customer", "活跃客户"),
        "loyal": ("Loyal customer", "忠诚客户"),
        "at_risk": ("At risk", "有流失风险"),
        "churned": ("Churned", "已流失"),
    },
)


class CustomerStatus(StrEnum):
    active = "active"
    inactive = "inactive"
    blacklisted = "blacklisted"


i18n.register_enum(
    CustomerStatus,
    {
        "active": ("Active", "正常"),
        "inactive": ("Inactive", "停用"),
        "blacklisted": ("Blacklisted", "黑名单"),
    },
)


class CompanySize(StrEnum):
    micro = "micro"  # < 10 people
    small = "small"  # 10-99
    medium = "medium"  # 100-499
    large = "large"  # 500-1999
    enterprise = "enterprise"  # 2000+


i18n.register_enum(
    CompanySize,
    {
        "micro": ("Micro (under 10)", "微型"),
        "small": ("Small (10-99)", "小型"),
        "medium": ("Medium (100-499)", "中型"),
        "large": ("Large (500-1999)", "大型"),
        "enterprise": ("Enterprise (2000+)", "特大型"),
    },
)


class Source(StrEnum):
    referral = "referral"
    website = "website"
    exhibition = "exhibition"
    cold_call = "cold_call"
    advertising = "advertising"
    partner = "partner"
    social_media = "social_media"
    event = "event"
    other = "other"


i18n.register_enum(
    Source,
    {
        "referral": ("Referral", "转介绍"),
        "website": ("Website", "官网"),
        "exhibition": ("Exhibition", "展会"),
        "cold_call": ("Cold call", "电话营销"),
        "advertising": ("Advertising", "广告"),
        "partner": ("Partner", "合作伙伴"),
        "social_media": ("Social media", "社交媒体"),
        "event": ("Event", "活动"),
        "other": ("Other", "其他"),
    },
)


class BuyingRole(StrEnum):
    decision_maker = "decision_maker"
    influencer = "influencer"
    user = "user"
    gatekeeper = "gatekeeper"


i18n.register_enum(
    BuyingRole,
    {
        "decision_maker": ("Decision maker", "决策者"),
        "influencer": ("Influencer", "影响者"),
        "user": ("User", "使用者"),
        "gatekeeper": ("Gatekeeper", "把关者"),
    },
)


class CustomerTier(Record):
    """A configurable grade (A/B/C/D by default) with its pool and ownership rules."""

    __tablename__ = "customer_tiers"
    __resource__ = "customer_tier"
    __table_args__ = (
        Index(
            "uq_customer_tiers_code_live",
            "code",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
    )

    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    #: 1 is the most valuable grade; lists sort by it.
    rank: Mapped[int] = mapped_column(default=1)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: How many customers of this tier one employee may own (claims beyond it are refused).
    max_per_owner: Mapped[int | None] = mapped_column(default=None)
    #: Back to the pool after this many days without a follow-up (None: the policy's default).
    pool_return_days: Mapped[int | None] = mapped_column(default=None)


class CustomerPool(Record):
    """A public pool (公海) of its own: a department's or a region's, with its members and its
    rules. A customer whose ``pool_id`` is null is in the default pool, which every claimer sees
    and the policy governs; a pool's rule left null is the policy's."""

    __tablename__ = "customer_pools"
    __resource__ = "customer_pool"
    __table_args__ = (
        Index(
            "uq_customer_pools_name_live",
            "name",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_customer_pools_created_at", "created_at"),
    )

    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: Its members include this department's employees and those of the departments below it.
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    #: Customers of this region released or returned without a pool of their own come here.
    region: Mapped[str | None] = mapped_column(String(100), default=None)
    #: Employees who are members besides the department's (ids as text).
    member_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Everyone who may claim sees this pool, like the default one.
    open_to_all: Mapped[bool] = mapped_column(default=False)
    mask_contacts: Mapped[bool | None] = mapped_column(default=None)
    return_days: Mapped[int | None] = mapped_column(default=None)
    claim_cooldown_days: Mapped[int | None] = mapped_column(default=None)
    daily_claim_limit: Mapped[int | None] = mapped_column(default=None)


class PoolReleaseReason(Record):
    """Why customers go back to the pool: a list the administrators keep, so that releases
    can be counted by reason (seeded with the usual seven)."""

    __tablename__ = "pool_release_reasons"
    __resource__ = "pool_release_reason"
    __table_args__ = (
        Index(
            "uq_pool_release_reasons_code_live",
            "code",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_pool_release_reasons_position", "position"),
    )

    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(50))
    name_en: Mapped[str | None] = mapped_column(String(100), default=None)
    position: Mapped[int] = mapped_column(default=100)
    #: Retired reasons stay on the events that name them and are offered no more.
    active: Mapped[bool] = mapped_column(default=True)


class CustomerPolicy(Record):
    """The customer data rules (信息建设制度规范): one row, read and changed as a whole."""

    __tablename__ = "customer_policies"
    __resource__ = "customer_policy"

    #: ``{"company": ["credit_code", ...], "individual": [...]}``: fields a customer must have.
    required_fields: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    #: How many customers one employee may own in all (None: no cap).
    max_customers_per_owner: Mapped[int | None] = mapped_column(default=None)
    #: Default days without a follow-up before a customer returns to the pool (None: never).
    pool_return_days: Mapped[int | None] = mapped_column(default=None)
    #: The owner is warned this many days before the return.
    pool_warning_days: Mapped[int] = mapped_column(default=3)
    #: Key accounts never return to the pool on their own.
    pool_exempts_key_accounts: Mapped[bool] = mapped_column(default=True)
    #: The default pool's rules (and every pool's that leaves its own null).
    pool_masks_contacts: Mapped[bool] = mapped_column(default=True)
    claim_cooldown_days: Mapped[int] = mapped_column(default=0)
    daily_claim_limit: Mapped[int | None] = mapped_column(default=None)
    #: ``{"match": "all"|"any", "conditions": [{"metric", "op", "value"}]}``.
    key_account_rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


#: The policy's single row has a fixed id, so that every node finds the same one.
POLICY_ID = uuid.uuid5(uuid.NAMESPACE_URL, "salescrm:customer-policy")


class Customer(Record, Owned, Searchable, HasCustomFields):
    __tablename__ = "customers"
    __resource__ = "customer"
    __events__ = declare(
        owner_id=ownership(),
        stage=changed("stage_changed"),
        merged_into_id=set_once("merged"),
        anonymised_at=set_once("anonymised"),
    )
    __audit_actions__: ClassVar[Mapping[str, str]] = ANONYMISE_ACTION
    __search_fields__ = ("name", "short_name", "credit_code", "email")
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset({"tag_index"})
    __table_args__ = (
        Index("ix_customers_created_at", "created_at"),
        Index("ix_customers_updated_at", "updated_at"),
        Index("ix_customers_owner_created", "owner_id", "created_at"),
        Index("ix_customers_name", "name"),
        Index("ix_customers_credit_code", "credit_code"),
        Index("ix_customers_tier", "tier"),
        Index("ix_customers_stage", "stage"),
        Index("ix_customers_territory_id", "territory_id"),
        trigram_index("customers"),
        Index(
            "ix_customers_pool",
            "created_at",
            sqlite_where=text("owner_id IS NULL AND deleted_at IS NULL"),
            postgresql_where=text("owner_id IS NULL AND deleted_at IS NULL"),
        ),
        Index(
            "ix_customers_pool_id",
            "pool_id",
            "created_at",
            sqlite_where=text("owner_id IS NULL AND deleted_at IS NULL"),
            postgresql_where=text("owner_id IS NULL AND deleted_at IS NULL"),
        ),
        # A scope's customers by owner without reading their rows (statistics, and every
        # child scoped through its customer), and the few deleted ones an administrator's
        # statistics leave out with an anti-join.
        Index(
            "ix_customers_live_owner", "owner_id", "id", sqlite_where=LIVE, postgresql_where=LIVE
        ),
        Index(
            "ix_customers_deleted",
            "id",
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
    )

    kind: Mapped[str] = mapped_column(String(20), default=CustomerKind.company.value)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(100), default=None)
    #: 统一社会信用代码: 18 characters, checksum verified on the way in.
    credit_code: Mapped[str | None] = mapped_column(String(18), default=None)
    industry: Mapped[str | None] = mapped_column(String(100), default=None)
    size: Mapped[str | None] = mapped_column(String(20), default=None)
    source: Mapped[str | None] = mapped_column(String(30), default=None)
    channel: Mapped[str | None] = mapped_column(String(100), default=None)
    region: Mapped[str | None] = mapped_column(String(100), default=None)
    territory: Mapped[str | None] = mapped_column(String(100), default=None)
    #: Its sales territory (``planning.territories``); the text fields stay as the address.
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("territories.id"), default=None
    )
    province: Mapped[str | None] = mapped_column(String(50), default=None)
    city: Mapped[str | None] = mapped_column(String(50), default=None)
    district: Mapped[str | None] = mapped_column(String(50), default=None)
    address: Mapped[str | None] = mapped_column(String(300), default=None)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    #: E.164 numbers, normalised with ``phonenumbers``.
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    website: Mapped[str | None] = mapped_column(String(300), default=None)
    tier: Mapped[str | None] = mapped_column(String(20), default=None)
    stage: Mapped[str] = mapped_column(String(20), default=Stage.prospect.value)
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    key_account: Mapped[bool] = mapped_column(default=False)
    key_account_since: Mapped[datetime | None] = mapped_column(default=None)
    strategic: Mapped[bool] = mapped_column(default=False)
    #: The customer's own yearly turnover, as far as known (a key-account screening metric).
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: ``|tag1|tag2|``: lets ``tag=`` filter with one portable LIKE.
    tag_index: Mapped[str] = mapped_column(String(1000), default="")
    remarks: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(20), default=CustomerStatus.active.value)
    #: When the current owner got it: the pool rule's clock starts here.
    owned_since: Mapped[datetime | None] = mapped_column(default=None)
    last_follow_up_at: Mapped[datetime | None] = mapped_column(default=None)
    #: When the owner was warned of the coming return to the pool (reset by a follow-up).
    pool_warned_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Its pool (None: the default one): where it is while unowned, and, owned, the pool it
    #: came from and returns to, whose rules apply to it.
    pool_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer_pools.id"), default=None)
    #: Who last gave it to the pool, and when: the claim cooldown keeps them from reclaiming.
    released_by_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    released_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Set on the customer that a merge folded into another (it is then deleted).
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id"), default=None
    )
    #: When its personal information was anonymised on request (PIPL; ``customers.privacy``).
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)

    def refresh_search_text(self) -> None:
        phones = [p for phone in self.phones or () for p in (phone, _national(phone))]
        self.search_text = search_document(
            [self.name, self.short_name, self.credit_code, self.email, *phones]
        )[:2000]
        self.tag_index = ("|" + "|".join(self.tags) + "|" if self.tags else "")[:1000]

    def on_new_owner(self) -> None:
        """Called whenever the owner changes (claim, transfer, hand-over): the pool clock
        restarts and a warning given to the previous owner no longer counts."""
        self.owned_since = utcnow() if self.owner_id is not None else None
        self.pool_warned_at = None


def _national(e164: str) -> str:
    """The digits a Chinese caller types: ``+8613812345678`` → ``13812345678``."""
    return e164[3:] if e164.startswith("+86") else e164.lstrip("+")


class CustomerMatchKey(Base):
    """What duplicate detection compares (credit code, normalised name, phone, e-mail), one
    indexed row each, so that a check is a handful of index lookups at any size."""

    __tablename__ = "customer_match_keys"
    __table_args__ = (Index("ix_customer_match_keys_lookup", "kind", "value"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(254), primary_key=True)


class CustomerEvent(Base):
    """The customer's own timeline: stage changes, claims, releases, returns to the pool,
    transfers, key-account marks, merges and follow-ups. Append-only."""

    __tablename__ = "customer_events"
    __resource__ = "customer_event"
    __table_args__ = (
        Index("ix_customer_events_customer", "customer_id", "created_at"),
        Index("ix_customer_events_kind", "kind", "created_at"),
        Index("ix_customer_events_actor", "actor_id", "kind", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_value: Mapped[str | None] = mapped_column(String(100), default=None)
    to_value: Mapped[str | None] = mapped_column(String(100), default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Pool events: the pool claimed from, released or returned to (None: the default pool).
    pool_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: A release's reason from the list (``pool_release_reasons``).
    release_reason_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: A claim: when its customer first had a deal won or a contract signed after it.
    converted_at: Mapped[datetime | None] = mapped_column(default=None)


#: ``customer_pool_days``' key of the default pool, and of "no reason" (a key is never null).
NO_KEY = uuid.UUID(int=0)


class PoolDayCount(Base):
    """Pool events counted per pool, business day, kind and release reason, written in the
    transaction that writes the events (``customers.pool_counts``): pool statistics read days,
    not events. ``converted`` counts claims at their own day, when they convert."""

    __tablename__ = "customer_pool_days"
    __table_args__ = (Index("ix_customer_pool_days_day", "day"),)

    pool_key: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    reason_key: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


class Contact(Record, Searchable, HasCustomFields):
    __tablename__ = "contacts"
    __resource__ = "contact"
    __events__ = declare(anonymised_at=set_once("anonymised"))
    __audit_actions__: ClassVar[Mapping[str, str]] = ANONYMISE_ACTION
    __search_fields__ = ("name", "mobile", "phone", "email", "wechat", "title")
    __table_args__ = (
        Index("ix_contacts_customer", "customer_id", "created_at"),
        Index("ix_contacts_created_at", "created_at"),
        Index("ix_contacts_updated_at", "updated_at"),
        Index("ix_contacts_name", "name"),
        Index("ix_contacts_mobile", "mobile"),
        trigram_index("contacts"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100), default=None)
    department: Mapped[str | None] = mapped_column(String(100), default=None)
    #: E.164, normalised with ``phonenumbers`` (default region CN).
    mobile: Mapped[str | None] = mapped_column(String(32), default=None)
    phone: Mapped[str | None] = mapped_column(String(32), default=None)
    phone_extension: Mapped[str | None] = mapped_column(String(10), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    wechat: Mapped[str | None] = mapped_column(String(64), default=None)
    birthday: Mapped[date | None] = mapped_column(default=None)
    buying_role: Mapped[str | None] = mapped_column(String(20), default=None)
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    #: When its personal information was anonymised on request (PIPL; ``customers.privacy``).
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)

    def refresh_search_text(self) -> None:
        values = [self.name, self.title, self.email, self.wechat]
        for number in (self.mobile, self.phone):
            if number:
                values += [number, _national(number)]
        self.search_text = search_document(values)[:2000]


class KeyAccountPlan(Record):
    """The plan for one key account: goals, the assigned team and the next review."""

    __tablename__ = "key_account_plans"
    __resource__ = "key_account_plan"
    __table_args__ = (
        Index(
            "uq_key_account_plans_customer_live",
            "customer_id",
            unique=True,
            sqlite_where=ACTIVE_PLAN,
            postgresql_where=ACTIVE_PLAN,
        ),
        Index("ix_key_account_plans_created_at", "created_at"),
        Index("ix_key_account_plans_review_date", "review_date"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    #: ``[{"description", "target_amount", "due_date"}]``
    goals: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: ``[{"employee_id", "role"}]``
    team: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    review_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str | None] = mapped_column(Text, default=None)
