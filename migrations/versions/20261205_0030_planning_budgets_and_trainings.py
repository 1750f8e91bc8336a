"""planning: sales expense budgets, training plans, sessions and attendees

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05 16:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUDGET_ALL = ["budget:read", "budget:write", "budget:delete"]
TRAINING_ALL = ["training:read", "training:write", "training:delete"]
GRANTS = {
    "finance": BUDGET_ALL,
    "sales_director": ["budget:read", "budget:write", *TRAINING_ALL],
    "sales_manager": ["budget:read", *TRAINING_ALL],
    "sales_rep": ["training:read"],
    "service_agent": ["training:read"],
    "hr": TRAINING_ALL,
    "analyst": ["budget:read", "training:read"],
}


def upgrade() -> None:
    op.create_table(
        "budgets",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("territory_id", sa.Uuid(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("amount", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "alert_share", salescrm.core.db.types.Percent(precision=5, scale=2), nullable=False
        ),
        sa.Column("alerted", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_budgets_department_id_departments")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"], name=op.f("fk_budgets_territory_id_territories")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
    )
    with op.batch_alter_table("budgets", schema=None) as batch_op:
        batch_op.create_index("ix_budgets_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_budgets_department_id", ["department_id"], unique=False)
        batch_op.create_index("ix_budgets_name", ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_budgets_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_budgets_period_start", ["period_start"], unique=False)
        batch_op.create_index("ix_budgets_territory_id", ["territory_id"], unique=False)
        batch_op.create_index("ix_budgets_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "training_plans",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("objective", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("sales_plan_id", sa.Uuid(), nullable=True),
        sa.Column("sales_strategy_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sales_plan_id"],
            ["sales_plans.id"],
            name=op.f("fk_training_plans_sales_plan_id_sales_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["sales_strategy_id"],
            ["sales_strategies.id"],
            name=op.f("fk_training_plans_sales_strategy_id_sales_strategies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_plans")),
    )
    with op.batch_alter_table("training_plans", schema=None) as batch_op:
        batch_op.create_index("ix_training_plans_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_plans_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_training_plans_period_start", ["period_start"], unique=False)
        batch_op.create_index("ix_training_plans_sales_plan_id", ["sales_plan_id"], unique=False)
        batch_op.create_index("ix_training_plans_title", ["title"], unique=False)
        batch_op.create_index("ix_training_plans_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "training_sessions",
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("starts_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("trainer_id", sa.Uuid(), nullable=True),
        sa.Column("trainer_name", sa.String(length=100), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["training_plans.id"],
            name=op.f("fk_training_sessions_plan_id_training_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"], ["employees.id"], name=op.f("fk_training_sessions_trainer_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_training_sessions_created_at", ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_training_sessions_owner_id"), ["owner_id"], unique=False
        )
        batch_op.create_index("ix_training_sessions_plan_id", ["plan_id"], unique=False)
        batch_op.create_index("ix_training_sessions_starts_at", ["starts_at"], unique=False)
        batch_op.create_index("ix_training_sessions_topic", ["topic"], unique=False)
        batch_op.create_index("ix_training_sessions_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "training_attendees",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=200), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_training_attendees_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_attendees_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendees")),
    )
    with op.batch_alter_table("training_attendees", schema=None) as batch_op:
        batch_op.create_index("ix_training_attendees_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_training_attendees_employee_id", ["employee_id"], unique=False)
        batch_op.create_index("ix_training_attendees_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_training_attendees_employee_id_live",
            ["session_id", "employee_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("training_attendees", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_training_attendees_employee_id_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_training_attendees_updated_at")
        batch_op.drop_index("ix_training_attendees_employee_id")
        batch_op.drop_index("ix_training_attendees_created_at")

    op.drop_table("training_attendees")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_training_sessions_updated_at")
        batch_op.drop_index("ix_training_sessions_topic")
        batch_op.drop_index("ix_training_sessions_starts_at")
        batch_op.drop_index("ix_training_sessions_plan_id")
        batch_op.drop_index(batch_op.f("ix_training_sessions_owner_id"))
        batch_op.drop_index("ix_training_sessions_created_at")

    op.drop_table("training_sessions")
    with op.batch_alter_table("training_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_training_plans_updated_at")
        batch_op.drop_index("ix_training_plans_title")
        batch_op.drop_index("ix_training_plans_sales_plan_id")
        batch_op.drop_index("ix_training_plans_period_start")
        batch_op.drop_index(batch_op.f("ix_training_plans_owner_id"))
        batch_op.drop_index("ix_training_plans_created_at")

    op.drop_table("training_plans")
    with op.batch_alter_table("budgets", schema=None) as batch_op:
        batch_op.drop_index("ix_budgets_updated_at")
        batch_op.drop_index("ix_budgets_territory_id")
        batch_op.drop_index("ix_budgets_period_start")
        batch_op.drop_index(batch_op.f("ix_budgets_owner_id"))
        batch_op.drop_index("ix_budgets_name")
        batch_op.drop_index("ix_budgets_department_id")
        batch_op.drop_index("ix_budgets_created_at")

    op.drop_table("budgets")
