"""planning: commissions — plans, statements per employee and period, and their lines

A commission plan (basis contracts signed or payments received, measure amount or margin,
monthly or quarterly, marginal tiers on quota attainment, a cap, a default quota, effective
dates, the employees and departments it applies to); statements, one per employee, plan and
period (unique among live rows), and their lines, one per contract or payment counted.
Grants: finance manages plans and computes and approves statements; the sales roles and HR
read them (statements in their data scope).

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-05 16:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS = {
    "finance": [
        "commission_plan:read",
        "commission_plan:write",
        "commission_plan:delete",
        "commission:read",
        "commission:compute",
        "commission:approve",
    ],
    "sales_director": ["commission_plan:read", "commission:read"],
    "sales_manager": ["commission:read"],
    "sales_rep": ["commission:read"],
    "hr": ["commission_plan:read", "commission:read"],
}


def upgrade() -> None:
    op.create_table(
        "commission_plans",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("measure", sa.String(length=10), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tiers", sa.JSON(), nullable=False),
        sa.Column("cap", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True),
        sa.Column(
            "default_quota", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False
        ),
        sa.Column("employee_ids", sa.JSON(), nullable=False),
        sa.Column("department_ids", sa.JSON(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_plans")),
    )
    with op.batch_alter_table("commission_plans", schema=None) as batch_op:
        batch_op.create_index("ix_commission_plans_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_commission_plans_name", ["name"], unique=False)
        batch_op.create_index("ix_commission_plans_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_commission_plans_name_live",
            ["name"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "commission_statements",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("measure", sa.String(length=10), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("quota", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False),
        sa.Column("quota_source", sa.String(length=10), nullable=False),
        sa.Column(
            "total_amount", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False
        ),
        sa.Column(
            "total_margin", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True
        ),
        sa.Column(
            "attainment_percent", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True
        ),
        sa.Column(
            "commission_before_cap",
            salescrm.core.db.types.Money(precision=18, scale=2),
            nullable=False,
        ),
        sa.Column(
            "commission", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False
        ),
        sa.Column("capped", sa.Boolean(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("computed_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("approved_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_commission_statements_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["commission_plans.id"],
            name=op.f("fk_commission_statements_plan_id_commission_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_statements")),
    )
    with op.batch_alter_table("commission_statements", schema=None) as batch_op:
        batch_op.create_index("ix_commission_statements_commission", ["commission"], unique=False)
        batch_op.create_index("ix_commission_statements_created_at", ["created_at"], unique=False)
        batch_op.create_index(
            "ix_commission_statements_employee", ["employee_id", "period_start"], unique=False
        )
        batch_op.create_index(
            "ix_commission_statements_period_start", ["period_start", "id"], unique=False
        )
        batch_op.create_index("ix_commission_statements_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_commission_statements_employee_id_live",
            ["plan_id", "period_start", "employee_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "commission_statement_lines",
        sa.Column("statement_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("payment_id", sa.Uuid(), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False),
        sa.Column("margin", salescrm.core.db.types.Money(precision=18, scale=2), nullable=True),
        sa.Column("basis", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False),
        sa.Column(
            "cumulative", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False
        ),
        sa.Column(
            "rate_percent", salescrm.core.db.types.Percent(precision=5, scale=2), nullable=False
        ),
        sa.Column(
            "commission", salescrm.core.db.types.Money(precision=18, scale=2), nullable=False
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_commission_statement_lines_contract_id_contracts"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_commission_statement_lines_payment_id_payments"),
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["commission_statements.id"],
            name=op.f("fk_commission_statement_lines_statement_id_commission_statements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_statement_lines")),
    )
    with op.batch_alter_table("commission_statement_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_commission_statement_lines_contract", ["contract_id"], unique=False
        )
        batch_op.create_index(
            "ix_commission_statement_lines_statement", ["statement_id", "day", "id"], unique=False
        )
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("commission_statement_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_commission_statement_lines_statement")
        batch_op.drop_index("ix_commission_statement_lines_contract")

    op.drop_table("commission_statement_lines")
    with op.batch_alter_table("commission_statements", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_commission_statements_employee_id_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_commission_statements_updated_at")
        batch_op.drop_index("ix_commission_statements_period_start")
        batch_op.drop_index("ix_commission_statements_employee")
        batch_op.drop_index("ix_commission_statements_created_at")
        batch_op.drop_index("ix_commission_statements_commission")

    op.drop_table("commission_statements")
    with op.batch_alter_table("commission_plans", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_commission_plans_name_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_commission_plans_updated_at")
        batch_op.drop_index("ix_commission_plans_name")
        batch_op.drop_index("ix_commission_plans_created_at")

    op.drop_table("commission_plans")
