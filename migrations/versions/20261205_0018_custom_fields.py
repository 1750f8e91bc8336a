"""custom fields: the definitions table and a values column on the records that take them

``custom_fields`` holds what administrators define per resource (``/api/v1/custom-fields``);
customers, contacts, opportunities and activities get a ``custom_fields`` column holding their
values by key (JSONB on PostgreSQL, JSON on SQLite), ``{}`` for the rows there are. Each
definition's expression index is made by the definition itself (``core/custom_fields``), not
here. Defining custom fields is ``custom_field:manage``, which only the administrator holds
(``*``): no built-in role gets it.

Revision ID: 0018
Revises: 0021
Create Date: 2026-12-05 01:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import salescrm.core.db.types

revision: str = "0018"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("customers", "contacts", "opportunities", "activities")


def upgrade() -> None:
    op.create_table(
        "custom_fields",
        sa.Column("resource", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=True),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("default", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("min_value", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("max_value", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("max_length", sa.Integer(), nullable=True),
        sa.Column("min_date", sa.Date(), nullable=True),
        sa.Column("max_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_fields")),
    )
    with op.batch_alter_table("custom_fields", schema=None) as batch_op:
        batch_op.create_index("ix_custom_fields_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_custom_fields_key", ["key"], unique=False)
        batch_op.create_index("ix_custom_fields_position", ["position"], unique=False)
        batch_op.create_index("ix_custom_fields_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_custom_fields_resource_key_live",
            ["resource", "key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
    values = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("custom_fields", values, server_default=sa.text("'{}'"), nullable=False),
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("custom_fields")
    with op.batch_alter_table("custom_fields", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_custom_fields_resource_key_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_custom_fields_updated_at")
        batch_op.drop_index("ix_custom_fields_position")
        batch_op.drop_index("ix_custom_fields_key")
        batch_op.drop_index("ix_custom_fields_created_at")
    op.drop_table("custom_fields")
