"""field work: coordinates in China's map systems, and offline check-ins and activities

Coordinates keep being stored in WGS-84 (a request may send GCJ-02 or BD-09: converted on the
way in), so no column changes for them. Offline work keeps both times: a visit's check-in and
check-out time is the device's (``check_in_at``, ``check_out_at``) and the server's receipt
time is new (``*_received_at``); an activity keeps the device's ``captured_at`` beside its
``created_at``. The device's clock error when it sent them is kept (``*_clock_skew_seconds``)
and flagged beyond the configured bound. Existing rows were received when they were captured:
their receipt times are copied from the times they hold, skew unknown (null), not flagged.

Recording something captured longer ago than ``SALESCRM_OFFLINE_MAX_AGE_HOURS`` needs
``visit:backdate`` or ``activity:backdate``, granted here to the managing roles (sales director
and sales manager) as the activity context's managing permissions were (migration 0005).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 22:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS = {
    "sales_director": ["activity:backdate", "visit:backdate"],
    "sales_manager": ["activity:backdate", "visit:backdate"],
}


def _time(name: str) -> sa.Column[object]:
    return sa.Column(name, salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(_time("check_in_received_at"))
        batch_op.add_column(sa.Column("check_in_clock_skew_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(_time("check_out_received_at"))
        batch_op.add_column(sa.Column("check_out_clock_skew_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("clock_skew_flagged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(_time("captured_at"))
        batch_op.add_column(sa.Column("clock_skew_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("clock_skew_flagged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    visits = sa.table(
        "visits",
        sa.column("check_in_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
        sa.column("check_in_received_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
        sa.column("check_out_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
        sa.column("check_out_received_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
    )
    op.execute(
        visits.update().values(
            check_in_received_at=visits.c.check_in_at, check_out_received_at=visits.c.check_out_at
        )
    )
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("activities", schema=None) as batch_op:
        for column in ("clock_skew_flagged", "clock_skew_seconds", "captured_at"):
            batch_op.drop_column(column)
    with op.batch_alter_table("visits", schema=None) as batch_op:
        for column in (
            "clock_skew_flagged",
            "check_out_clock_skew_seconds",
            "check_out_received_at",
            "check_in_clock_skew_seconds",
            "check_in_received_at",
        ):
            batch_op.drop_column(column)
