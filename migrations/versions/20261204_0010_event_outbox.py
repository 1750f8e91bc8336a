"""event outbox: every committed change to a published record is an event row

Webhooks and mobile delta sync need to learn what changed without reading every table. The
events table is written in the same transaction as the change (``core.events``): ``seq`` orders
rows as they are inserted, ``tx`` keeps the writing transaction's id on PostgreSQL so that a
reader can page without skipping a transaction that commits late, and ``data`` is the record's
public JSON.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 16:17:09.079906+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tx", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=80), nullable=False),
        sa.Column("resource", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_type", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_events")),
        sa.UniqueConstraint("id", name=op.f("uq_events_id")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_occurred_at", ["occurred_at"], unique=False)
        batch_op.create_index(
            "ix_events_resource_record", ["resource", "record_id", "seq"], unique=False
        )
        batch_op.create_index("ix_events_tx_seq", ["tx", "seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_tx_seq")
        batch_op.drop_index("ix_events_resource_record")
        batch_op.drop_index("ix_events_occurred_at")
    op.drop_table("events")
