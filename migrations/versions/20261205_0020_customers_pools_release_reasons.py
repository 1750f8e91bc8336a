"""customers: pools of their own, release reasons, the cooldown and daily claim limit

Several public pools (per department or region) with members and rules of their own; customers
name their pool (null: the default pool, governed by the policy) and who last released them,
when; pool events name the pool and the release reason, and a claim when it converted. Pool
events are counted per pool and business day (``customer_pool_days``; the earlier ones in the
default pool). Seeds the usual release reasons.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 07:00:00.000000+00:00
"""

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.config import get_settings

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
POOLED = sa.text("owner_id IS NULL AND deleted_at IS NULL")
REASONS = [
    ("no_need", "客户暂无需求", "No need at present"),
    ("no_contact", "无法联系", "Cannot be reached"),
    ("no_budget", "预算不足", "No budget"),
    ("chose_competitor", "已选择竞争对手", "Chose a competitor"),
    ("wrong_data", "信息有误", "Wrong data"),
    ("too_many", "客户过多,无暇跟进", "Too many customers to follow up"),
    ("other", "其他", "Other"),
]


def _record_columns() -> list[sa.Column[object]]:
    stamp = salescrm.core.db.types.UTCDateTime(timezone=True)
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", stamp, nullable=False),
        sa.Column("updated_at", stamp, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", stamp, nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "pool_release_reasons",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_release_reasons")),
    )
    with op.batch_alter_table("pool_release_reasons") as batch:
        batch.create_index("ix_pool_release_reasons_position", ["position"])
        batch.create_index(
            "uq_pool_release_reasons_code_live",
            ["code"],
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
    op.create_table(
        "customer_pools",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column("member_ids", sa.JSON(), nullable=False),
        sa.Column("open_to_all", sa.Boolean(), nullable=False),
        sa.Column("mask_contacts", sa.Boolean(), nullable=True),
        sa.Column("return_days", sa.Integer(), nullable=True),
        sa.Column("claim_cooldown_days", sa.Integer(), nullable=True),
        sa.Column("daily_claim_limit", sa.Integer(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_customer_pools_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_pools")),
    )
    with op.batch_alter_table("customer_pools") as batch:
        batch.create_index("ix_customer_pools_created_at", ["created_at"])
        batch.create_index(
            "uq_customer_pools_name_live",
            ["name"],
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
    with op.batch_alter_table("customer_events") as batch:
        batch.add_column(sa.Column("pool_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("release_reason_id", sa.Uuid(), nullable=True))
        batch.add_column(
            sa.Column(
                "converted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch.create_index("ix_customer_events_actor", ["actor_id", "kind", "created_at"])
    op.create_table(
        "customer_pool_days",
        sa.Column("pool_key", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reason_key", sa.Uuid(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "pool_key", "day", "kind", "reason_key", name=op.f("pk_customer_pool_days")
        ),
    )
    with op.batch_alter_table("customer_pool_days") as batch:
        batch.create_index("ix_customer_pool_days_day", ["day"])
    with op.batch_alter_table("customer_policies") as batch:
        batch.add_column(
            sa.Column("pool_masks_contacts", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(
            sa.Column("claim_cooldown_days", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("daily_claim_limit", sa.Integer(), nullable=True))
    with op.batch_alter_table("customer_policies") as batch:
        batch.alter_column("pool_masks_contacts", server_default=None)
        batch.alter_column("claim_cooldown_days", server_default=None)
    # SQLite takes REFERENCES on a nullable new column, so the customers table (and its partial
    # and trigram indexes) is not rebuilt for the reference; PostgreSQL adds the constraint.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE customers ADD COLUMN pool_id CHAR(32) CONSTRAINT "
            "fk_customers_pool_id_customer_pools REFERENCES customer_pools (id)"
        )
    else:
        op.add_column("customers", sa.Column("pool_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            "fk_customers_pool_id_customer_pools",
            "customers",
            "customer_pools",
            ["pool_id"],
            ["id"],
        )
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("released_by_id", sa.Uuid(), nullable=True))
        batch.add_column(
            sa.Column(
                "released_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch.create_index(
            "ix_customers_pool_id",
            ["pool_id", "created_at"],
            sqlite_where=POOLED,
            postgresql_where=POOLED,
        )
    _seed()
    _count_earlier_events()


def _count_earlier_events() -> None:
    """The pool events written before pools existed, counted in the default pool per business
    day (``customers.pool_counts`` counts the later ones as they are written)."""
    zone = ZoneInfo(get_settings().timezone)
    bind = op.get_bind()
    events = sa.table(
        "customer_events",
        sa.column("kind", sa.String()),
        sa.column("created_at", salescrm.core.db.types.UTCDateTime()),
    )
    counts: Counter[tuple[str, date]] = Counter()
    rows = bind.execute(
        sa.select(events.c.kind, events.c.created_at).where(
            events.c.kind.in_(["claimed", "released", "returned_to_pool"])
        )
    )
    for kind, created_at in rows:
        counts[kind, created_at.astimezone(zone).date()] += 1
    if counts:
        days = sa.table(
            "customer_pool_days",
            sa.column("pool_key", sa.Uuid()),
            sa.column("day", sa.Date()),
            sa.column("kind", sa.String()),
            sa.column("reason_key", sa.Uuid()),
            sa.column("count", sa.Integer()),
        )
        nil = uuid.UUID(int=0)
        op.bulk_insert(
            days,
            [
                {"pool_key": nil, "day": day, "kind": kind, "reason_key": nil, "count": n}
                for (kind, day), n in sorted(counts.items())
            ],
        )


def _seed() -> None:
    now = datetime.now(UTC)
    reasons = sa.table(
        "pool_release_reasons",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("active", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", salescrm.core.db.types.UTCDateTime()),
        sa.column("updated_at", salescrm.core.db.types.UTCDateTime()),
    )
    op.bulk_insert(
        reasons,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"salescrm:pool-release-reason:{code}"),
                "code": code,
                "name": name,
                "name_en": name_en,
                "position": 10 * (index + 1),
                "active": True,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for index, (code, name, name_en) in enumerate(REASONS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_index("ix_customers_pool_id", sqlite_where=POOLED, postgresql_where=POOLED)
        batch.drop_column("released_at")
        batch.drop_column("released_by_id")
    with op.batch_alter_table("customers") as batch:
        batch.drop_constraint("fk_customers_pool_id_customer_pools", type_="foreignkey")
        batch.drop_column("pool_id")
    with op.batch_alter_table("customer_policies") as batch:
        batch.drop_column("daily_claim_limit")
        batch.drop_column("claim_cooldown_days")
        batch.drop_column("pool_masks_contacts")
    with op.batch_alter_table("customer_events") as batch:
        batch.drop_index("ix_customer_events_actor")
        batch.drop_column("converted_at")
        batch.drop_column("release_reason_id")
        batch.drop_column("pool_id")
    op.drop_table("customer_pool_days")
    op.drop_table("customer_pools")
    op.drop_table("pool_release_reasons")
