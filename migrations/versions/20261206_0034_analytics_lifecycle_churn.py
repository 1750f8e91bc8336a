"""analytics: life-cycle rules and churn risk with its reasons

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-06 11:00:00+00:00
"""

from collections.abc import Sequence

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
