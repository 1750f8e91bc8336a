"""analytics: dashboards — saved per user, and the defaults of roles

One table: a dashboard's name, description, creator (a personal dashboard's owner), role (set:
that role's dashboard), whether it is a home page, and its widgets as JSON. At most one live
home page per person and one per role (partial unique indexes). Grants: every built-in role
reads, writes and deletes its own dashboards; administrators (``*``) also manage the roles'.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 10:30:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PERSONAL_DEFAULT = "is_default AND role_id IS NULL AND deleted_at IS NULL"
_ROLE_DEFAULT = "is_default AND role_id IS NOT NULL AND deleted_at IS NULL"

_OWN = ["dashboard:read", "dashboard:write", "dashboard:delete"]
GRANTS = dict.fromkeys(
    ("sales_director", "sales_manager", "sales_rep", "service_agent", "finance", "hr", "analyst"),
    _OWN,
)


def upgrade() -> None:
    op.create_table(
        "dashboards",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("role_id", sa.Uuid(), nullable=True),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("widgets", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["employees.id"],
            name=op.f("fk_dashboards_created_by_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_dashboards_role_id_roles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dashboards")),
    )
    with op.batch_alter_table("dashboards", schema=None) as batch_op:
        batch_op.create_index("ix_dashboards_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_dashboards_updated_at", ["updated_at"], unique=False)
        batch_op.create_index("ix_dashboards_name", ["name"], unique=False)
        batch_op.create_index("ix_dashboards_created_by_id", ["created_by_id"], unique=False)
        batch_op.create_index("ix_dashboards_role_id", ["role_id"], unique=False)
        batch_op.create_index(
            "uq_dashboards_created_by_id_default",
            ["created_by_id"],
            unique=True,
            sqlite_where=sa.text(_PERSONAL_DEFAULT),
            postgresql_where=sa.text(_PERSONAL_DEFAULT),
        )
        batch_op.create_index(
            "uq_dashboards_role_id_default",
            ["role_id"],
            unique=True,
            sqlite_where=sa.text(_ROLE_DEFAULT),
            postgresql_where=sa.text(_ROLE_DEFAULT),
        )
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("dashboards", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_dashboards_role_id_default",
            sqlite_where=sa.text(_ROLE_DEFAULT),
            postgresql_where=sa.text(_ROLE_DEFAULT),
        )
        batch_op.drop_index(
            "uq_dashboards_created_by_id_default",
            sqlite_where=sa.text(_PERSONAL_DEFAULT),
            postgresql_where=sa.text(_PERSONAL_DEFAULT),
        )
        batch_op.drop_index("ix_dashboards_role_id")
        batch_op.drop_index("ix_dashboards_created_by_id")
        batch_op.drop_index("ix_dashboards_name")
        batch_op.drop_index("ix_dashboards_updated_at")
        batch_op.drop_index("ix_dashboards_created_at")
    op.drop_table("dashboards")
