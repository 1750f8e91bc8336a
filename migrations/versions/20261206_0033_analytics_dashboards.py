"""analytics: dashboards — saved per user, and the defaults of roles

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 10:30:00+00:00
"""

from collections.abc import Sequence

from salescrm.core.db.grants import set_grants

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OWN = ["dashboard:read", "dashboard:write", "dashboard:delete"]
GRANTS = dict.fromkeys(("sales_director", "sales_manager", "sales_rep", "service_agent", "finance", "hr", "analyst"), _OWN)


def upgrade() -> None:
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
