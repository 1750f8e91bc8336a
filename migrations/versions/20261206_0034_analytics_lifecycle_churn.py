"""analytics: life-cycle rules and churn risk with its reasons

The life-cycle rules (one row, seeded with the defaults: loyal from 3 purchases and 365 days,
at risk after 90 days without a purchase or a follow-up, churned after 180, enabled) and each
owned customer's stored churn risk (score, level, reasons), rewritten by every recompute.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-06 11:00:00+00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RULES_ID = uuid.uuid5(uuid.NAMESPACE_URL, "salescrm:lifecycle-rules")


def upgrade() -> None:
    rules = op.create_table(
        "lifecycle_rules",
        sa.Column("loyal_min_purchases", sa.Integer(), nullable=False),
        sa.Column("loyal_min_tenure_days", sa.Integer(), nullable=False),
        sa.Column("at_risk_after_days", sa.Integer(), nullable=False),
        sa.Column("churned_after_days", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lifecycle_rules")),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        rules,
        [
            {
                "id": RULES_ID,
                "loyal_min_purchases": 3,
                "loyal_min_tenure_days": 365,
                "at_risk_after_days": 90,
                "churned_after_days": 180,
                "enabled": True,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "deleted_at": None,
            }
        ],
    )
    op.create_table(
        "customer_churn_risks",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("computed_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_churn_risks")),
    )
    with op.batch_alter_table("customer_churn_risks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_churn_risks_score", ["score", "customer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer_churn_risks", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_churn_risks_score")
    op.drop_table("customer_churn_risks")
    op.drop_table("lifecycle_rules")
