"""planning: headcount plans, recruitment requisitions, branch offices and sales partners

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05 16:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HEADCOUNT_ALL = ["headcount_plan:read", "headcount_plan:write", "headcount_plan:delete"]
BRANCH_ALL = ["branch:read", "branch:write", "branch:delete"]
PARTNER_ALL = ["partner:read", "partner:write", "partner:delete"]
GRANTS = {
    "hr": [
        *HEADCOUNT_ALL,
        "requisition:read",
        "requisition:write",
        "requisition:delete",
        "requisition:manage",
        *BRANCH_ALL,
        "partner:read",
    ],
    "sales_director": [
        "headcount_plan:read",
        "requisition:read",
        "requisition:write",
        "branch:read",
        "branch:write",
        *PARTNER_ALL,
    ],
    "sales_manager": [
        "headcount_plan:read",
        "requisition:read",
        "requisition:write",
        "branch:read",
        "partner:read",
        "partner:write",
    ],
    "sales_rep": ["branch:read", "partner:read"],
    "finance": ["headcount_plan:read", "branch:read", "partner:read"],
    "analyst": ["headcount_plan:read", "branch:read", "partner:read"],
}


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contact_person", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("agreement_start", sa.Date(), nullable=True),
        sa.Column("agreement_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index("ix_partners_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_partners_name", ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_partners_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_partners_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "headcount_plans",
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("position_id", sa.Uuid(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("planned", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_headcount_plans_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["positions.id"], name=op.f("fk_headcount_plans_position_id_positions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_headcount_plans")),
    )
    with op.batch_alter_table("headcount_plans", schema=None) as batch_op:
        batch_op.create_index("ix_headcount_plans_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_headcount_plans_department_id", ["department_id"], unique=False)
        batch_op.create_index("ix_headcount_plans_period_start", ["period_start"], unique=False)
        batch_op.create_index("ix_headcount_plans_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "partner_territories",
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_partner_territories_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territories.id"],
            name=op.f("fk_partner_territories_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("partner_id", "territory_id", name=op.f("pk_partner_territories")),
    )
    with op.batch_alter_table("partner_territories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_territories_territory_id"), ["territory_id"], unique=False
        )

    op.create_table(
        "requisitions",
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("position_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=500), nullable=True),
        sa.Column("hired_ids", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_requisitions_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["positions.id"], name=op.f("fk_requisitions_position_id_positions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requisitions")),
    )
    with op.batch_alter_table("requisitions", schema=None) as batch_op:
        batch_op.create_index("ix_requisitions_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_requisitions_department_id", ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_requisitions_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_requisitions_stage", ["stage"], unique=False)
        batch_op.create_index("ix_requisitions_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "branches",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("manager_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_branches_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["employees.id"], name=op.f("fk_branches_manager_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branches")),
    )
    with op.batch_alter_table("branches", schema=None) as batch_op:
        batch_op.create_index("ix_branches_code", ["code"], unique=False)
        batch_op.create_index("ix_branches_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_branches_name", ["name"], unique=False)
        batch_op.create_index("ix_branches_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_branches_code_live",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "branch_territories",
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branches.id"], name=op.f("fk_branch_territories_branch_id_branches")
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territories.id"],
            name=op.f("fk_branch_territories_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("branch_id", "territory_id", name=op.f("pk_branch_territories")),
    )
    with op.batch_alter_table("branch_territories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_branch_territories_territory_id"), ["territory_id"], unique=False
        )
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("branch_territories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_territories_territory_id"))

    op.drop_table("branch_territories")
    with op.batch_alter_table("branches", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_branches_code_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_branches_updated_at")
        batch_op.drop_index("ix_branches_name")
        batch_op.drop_index("ix_branches_created_at")
        batch_op.drop_index("ix_branches_code")

    op.drop_table("branches")
    with op.batch_alter_table("requisitions", schema=None) as batch_op:
        batch_op.drop_index("ix_requisitions_updated_at")
        batch_op.drop_index("ix_requisitions_stage")
        batch_op.drop_index(batch_op.f("ix_requisitions_owner_id"))
        batch_op.drop_index("ix_requisitions_department_id")
        batch_op.drop_index("ix_requisitions_created_at")

    op.drop_table("requisitions")
    with op.batch_alter_table("partner_territories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_territories_territory_id"))

    op.drop_table("partner_territories")
    with op.batch_alter_table("headcount_plans", schema=None) as batch_op:
        batch_op.drop_index("ix_headcount_plans_updated_at")
        batch_op.drop_index("ix_headcount_plans_period_start")
        batch_op.drop_index("ix_headcount_plans_department_id")
        batch_op.drop_index("ix_headcount_plans_created_at")

    op.drop_table("headcount_plans")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index("ix_partners_updated_at")
        batch_op.drop_index(batch_op.f("ix_partners_owner_id"))
        batch_op.drop_index("ix_partners_name")
        batch_op.drop_index("ix_partners_created_at")

    op.drop_table("partners")
