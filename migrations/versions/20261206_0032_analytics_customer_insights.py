"""analytics: customer insights — value (RFM, ABC, lifetime value, loyalty), churn risk with
its reasons, and the life-cycle and value rules

(Tables written by the customer-intelligence work; grants below.)

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06 10:00:00+00:00
"""

from collections.abc import Sequence

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
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
