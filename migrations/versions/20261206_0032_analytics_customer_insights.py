"""analytics: customer insights — value (RFM, ABC, lifetime value, loyalty) per customer

``customer_insights``: one row per customer with a purchase, rewritten by every recompute
(recency, frequency, monetary and their 1–5 scores, the RFM segment, 12-month revenue, the ABC
class and the tier it suggests, lifetime value, repeat purchase, tenure);
``customer_insight_runs``: when the recompute last ran (a customer without a purchase reads the
empty insight as of then). Grants: the sales directors and managers, finance and analysts
export statistics; analysts may also recompute the insights on demand.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06 10:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS = {
    "sales_director": ["analytics:export"],
    "sales_manager": ["analytics:export"],
    "finance": ["analytics:export"],
    "analyst": ["analytics:export", "customer_insight:recompute"],
}


def upgrade() -> None:
    money = salescrm.core.db.types.Money(precision=18, scale=2)
    op.create_table(
        "customer_insights",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("computed_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("first_purchase_on", sa.Date(), nullable=True),
        sa.Column("last_purchase_on", sa.Date(), nullable=True),
        sa.Column("recency_days", sa.Integer(), nullable=True),
        sa.Column("recency_key", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("monetary", money, nullable=False),
        sa.Column("paid_total", money, nullable=False),
        sa.Column("revenue_12m", money, nullable=False),
        sa.Column("r_score", sa.SmallInteger(), nullable=True),
        sa.Column("f_score", sa.SmallInteger(), nullable=True),
        sa.Column("m_score", sa.SmallInteger(), nullable=True),
        sa.Column("rfm_segment", sa.String(length=20), nullable=True),
        sa.Column("abc_class", sa.String(length=1), nullable=True),
        sa.Column("suggested_tier", sa.String(length=20), nullable=True),
        sa.Column("lifetime_value", money, nullable=True),
        sa.Column("repeat_purchase", sa.Boolean(), nullable=False),
        sa.Column("tenure_days", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_insights")),
    )
    with op.batch_alter_table("customer_insights", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_insights_monetary", ["monetary", "customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_customer_insights_recency", ["recency_key", "customer_id"], unique=False
        )

    # When the recompute last ran: customers without a purchase have no stored row (their
    # insight is the empty one, read as of this run).
    op.create_table(
        "customer_insight_runs",
        sa.Column("id", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("computed_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_insight_runs")),
    )
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    op.drop_table("customer_insight_runs")

    op.drop_table("customer_insights")
