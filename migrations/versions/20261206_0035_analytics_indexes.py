"""analytics: the indexes the statistics need at a million customers

A scope's live customers by owner (``ix_customers_live_owner``: owner and id only, so a
manager's statistics do not read 200,000 customer rows to learn their ids) and the deleted ones
(``ix_customers_deleted``: an administrator's statistics leave them out with an anti-join);
a period's live activities with what the activity statistics group by
(``ix_activities_live_occurred``) and a deal's stage changes with the stages and the time spent
(``ix_opportunity_stage_changes_cover``), both read from the index alone on PostgreSQL.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-06 12:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
DELETED = sa.text("deleted_at IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customers_live_owner",
            ["owner_id", "id"],
            unique=False,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
        batch_op.create_index(
            "ix_customers_deleted",
            ["id"],
            unique=False,
            sqlite_where=DELETED,
            postgresql_where=DELETED,
        )

    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_live_occurred",
            ["occurred_at"],
            unique=False,
            postgresql_include=["customer_id", "author_id", "type", "channel", "direction"],
            postgresql_where=LIVE,
            sqlite_where=LIVE,
        )
    with op.batch_alter_table("opportunity_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_opportunity_stage_changes_cover",
            ["opportunity_id"],
            unique=False,
            postgresql_include=["to_stage_id", "from_stage_id", "seconds_in_from_stage"],
        )


def downgrade() -> None:
    with op.batch_alter_table("opportunity_stage_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunity_stage_changes_cover")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_live_occurred")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_deleted")
        batch_op.drop_index("ix_customers_live_owner")
