"""planning: plans — sales strategies, sales plans with their targets, and target history

Strategies (period, markets, segments, products and their life-cycle stage, competition,
resources); plans for a year, quarter or month with a revision, a status and a check mode;
targets per metric at every level (company, territory, department, team, employee, optionally
per product line) in a tree under each plan, unique per plan and subject among live rows; and
every change of a target (who, when, which revision, from → to). Grants strategies and plans
to the built-in roles.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-05 16:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_READ = ["sales_strategy:read", "sales_plan:read"]
GRANTS = {
    "sales_director": [
        "sales_strategy:read",
        "sales_strategy:write",
        "sales_strategy:delete",
        "sales_plan:read",
        "sales_plan:write",
        "sales_plan:delete",
    ],
    "sales_manager": ["sales_strategy:read", "sales_plan:read", "sales_plan:write"],
    "sales_rep": ["sales_plan:read"],
    "finance": _READ,
    "hr": _READ,
    "analyst": _READ,
}


def upgrade() -> None:
    op.create_table(
        "sales_strategies",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("target_markets", sa.JSON(), nullable=False),
        sa.Column("segments", sa.JSON(), nullable=False),
        sa.Column("products", sa.JSON(), nullable=False),
        sa.Column("competitive_situation", sa.Text(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["employees.id"], name=op.f("fk_sales_strategies_owner_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_strategies")),
    )
    with op.batch_alter_table("sales_strategies", schema=None) as batch_op:
        batch_op.create_index("ix_sales_strategies_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_sales_strategies_name", ["name"], unique=False)
        batch_op.create_index("ix_sales_strategies_period_start", ["period_start"], unique=False)
        batch_op.create_index("ix_sales_strategies_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "sales_plans",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("strategy_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("check_mode", sa.String(length=10), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("approval_id", sa.Uuid(), nullable=True),
        sa.Column("approved_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["approval_id"],
            ["approval_requests.id"],
            name=op.f("fk_sales_plans_approval_id_approval_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["employees.id"], name=op.f("fk_sales_plans_owner_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["strategy_id"],
            ["sales_strategies.id"],
            name=op.f("fk_sales_plans_strategy_id_sales_strategies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_plans")),
    )
    with op.batch_alter_table("sales_plans", schema=None) as batch_op:
        batch_op.create_index("ix_sales_plans_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_sales_plans_name", ["name"], unique=False)
        batch_op.create_index(
            "ix_sales_plans_period", ["period_start", "period_end", "status"], unique=False
        )
        batch_op.create_index("ix_sales_plans_strategy_id", ["strategy_id"], unique=False)
        batch_op.create_index("ix_sales_plans_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "sales_targets",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("product_line", sa.String(length=100), nullable=True),
        sa.Column("metric", sa.String(length=20), nullable=False),
        sa.Column("value", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False),
        sa.Column("weight", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("subject_key", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_sales_targets_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_sales_targets_employee_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["sales_targets.id"],
            name=op.f("fk_sales_targets_parent_id_sales_targets"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["sales_plans.id"], name=op.f("fk_sales_targets_plan_id_sales_plans")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territories.id"],
            name=op.f("fk_sales_targets_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_targets")),
    )
    with op.batch_alter_table("sales_targets", schema=None) as batch_op:
        batch_op.create_index("ix_sales_targets_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_sales_targets_employee", ["employee_id", "metric"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_targets_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_sales_targets_parent_id", ["parent_id"], unique=False)
        batch_op.create_index(
            "ix_sales_targets_plan_level", ["plan_id", "level", "metric"], unique=False
        )
        batch_op.create_index("ix_sales_targets_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_sales_targets_plan_id_subject_key_live",
            ["plan_id", "subject_key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "sales_target_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("from_value", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True),
        sa.Column("to_value", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["sales_plans.id"],
            name=op.f("fk_sales_target_changes_plan_id_sales_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["sales_targets.id"],
            name=op.f("fk_sales_target_changes_target_id_sales_targets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_target_changes")),
    )
    with op.batch_alter_table("sales_target_changes", schema=None) as batch_op:
        batch_op.create_index("ix_sales_target_changes_plan", ["plan_id", "at"], unique=False)
        batch_op.create_index("ix_sales_target_changes_target", ["target_id", "at"], unique=False)

    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("sales_target_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_target_changes_target")
        batch_op.drop_index("ix_sales_target_changes_plan")

    op.drop_table("sales_target_changes")
    with op.batch_alter_table("sales_targets", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_sales_targets_plan_id_subject_key_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_sales_targets_updated_at")
        batch_op.drop_index("ix_sales_targets_plan_level")
        batch_op.drop_index("ix_sales_targets_parent_id")
        batch_op.drop_index(batch_op.f("ix_sales_targets_owner_id"))
        batch_op.drop_index("ix_sales_targets_employee")
        batch_op.drop_index("ix_sales_targets_created_at")

    op.drop_table("sales_targets")
    with op.batch_alter_table("sales_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_plans_updated_at")
        batch_op.drop_index("ix_sales_plans_strategy_id")
        batch_op.drop_index("ix_sales_plans_period")
        batch_op.drop_index("ix_sales_plans_name")
        batch_op.drop_index("ix_sales_plans_created_at")

    op.drop_table("sales_plans")
    with op.batch_alter_table("sales_strategies", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_strategies_updated_at")
        batch_op.drop_index("ix_sales_strategies_period_start")
        batch_op.drop_index("ix_sales_strategies_name")
        batch_op.drop_index("ix_sales_strategies_created_at")

    op.drop_table("sales_strategies")
