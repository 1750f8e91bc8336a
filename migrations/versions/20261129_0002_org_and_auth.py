"""org and auth: departments, positions, employees, roles, shares, staff changes, logins

Built-in roles are seeded here as data; later migrations grant them new permissions by code.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:47:46.993548+00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "departments",
        sa.Column("code", sa.String(length=50), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column(
            "path",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("head_id", sa.Uuid(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["departments.id"], name=op.f("fk_departments_parent_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
    )
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index("ix_departments_parent_id", ["parent_id"], unique=False)
        batch_op.create_index("ix_departments_path", ["path"], unique=False)
        batch_op.create_index(
            "uq_departments_code_live",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "login_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("user_agent", sa.String(length=400), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_events")),
    )
    with op.batch_alter_table("login_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_login_events_employee", ["employee_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_login_events_ip", ["ip", "occurred_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_login_events_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index("ix_login_events_username", ["username", "occurred_at"], unique=False)

    op.create_table(
        "positions",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
    )
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.create_index(
            "uq_positions_name_live",
            ["name"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "roles",
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("permissions", sa.JSON(), nullable=False),
        sa.Column("data_scope", sa.String(length=20), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
    )
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.create_index(
            "uq_roles_code_live",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "employees",
        sa.Column("employee_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=12), nullable=True),
        sa.Column("mobile", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("position_id", sa.Uuid(), nullable=True),
        sa.Column("manager_id", sa.Uuid(), nullable=True),
        sa.Column(
            "manager_path",
            sa.String(length=1200).with_variant(
                sa.String(length=1200, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("employment_status", sa.String(length=20), nullable=False),
        sa.Column("is_sales", sa.Boolean(), nullable=False),
        sa.Column("resigned_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_employees_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["employees.id"], name=op.f("fk_employees_manager_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["positions.id"], name=op.f("fk_employees_position_id_positions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employees")),
    )
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.create_index("ix_employees_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_employees_department_id", ["department_id"], unique=False)
        batch_op.create_index("ix_employees_manager_id", ["manager_id"], unique=False)
        batch_op.create_index("ix_employees_manager_path", ["manager_path"], unique=False)
        batch_op.create_index("ix_employees_name", ["name"], unique=False)
        batch_op.create_index("ix_employees_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_employees_employee_no_live",
            ["employee_no"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "accounts",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column(
            "password_changed_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "last_login_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_accounts_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_accounts_employee_id")),
        sa.UniqueConstraint("username", name=op.f("uq_accounts_username")),
    )
    op.create_table(
        "api_keys",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("permissions", sa.JSON(), nullable=False),
        sa.Column("expires_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_api_keys_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_employee_id"), ["employee_id"], unique=False)

    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "last_seen_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("expires_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("refresh_jti", sa.Uuid(), nullable=False),
        sa.Column("revoked_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoke_reason", sa.String(length=30), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("user_agent", sa.String(length=400), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_auth_sessions_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
    )
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_auth_sessions_employee", ["employee_id", "revoked_at"], unique=False
        )

    op.create_table(
        "employee_roles",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("role_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_employee_roles_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_employee_roles_role_id_roles")
        ),
        sa.PrimaryKeyConstraint("employee_id", "role_id", name=op.f("pk_employee_roles")),
    )
    with op.batch_alter_table("employee_roles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employee_roles_role_id"), ["role_id"], unique=False)

    op.create_table(
        "record_shares",
        sa.Column("resource", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("access", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_record_shares_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_record_shares_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_shares")),
    )
    with op.batch_alter_table("record_shares", schema=None) as batch_op:
        batch_op.create_index(
            "ix_record_shares_department", ["resource", "department_id", "record_id"], unique=False
        )
        batch_op.create_index(
            "ix_record_shares_employee", ["resource", "employee_id", "record_id"], unique=False
        )
        batch_op.create_index("ix_record_shares_record", ["resource", "record_id"], unique=False)

    op.create_table(
        "staff_changes",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("previous", sa.JSON(), nullable=False),
        sa.Column("successor_id", sa.Uuid(), nullable=True),
        sa.Column("handover", sa.JSON(), nullable=False),
        sa.Column("applied_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_staff_changes_employee_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"], ["employees.id"], name=op.f("fk_staff_changes_successor_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_changes")),
    )
    with op.batch_alter_table("staff_changes", schema=None) as batch_op:
        batch_op.create_index("ix_staff_changes_due", ["status", "effective_date"], unique=False)
        batch_op.create_index(
            "ix_staff_changes_employee", ["employee_id", "effective_date"], unique=False
        )

    _seed_builtin_roles()


_READ_ORG = ["department:read", "position:read", "employee:read"]
BUILTIN_ROLES = [
    # (code, name, data scope, permissions, description)
    ("admin", "系统管理员", "all", ["*"], "Everything, everywhere."),
    (
        "sales_director",
        "销售总监",
        "department_tree",
        [
            "product:read",
            "product:write",
            *_READ_ORG,
            "staff_change:read",
            "role:read",
            "share:manage",
            "api_key:manage",
            "audit:read",
        ],
        "Leads the sales organisation: sees their department and everything below it.",
    ),
    (
        "sales_manager",
        "销售经理",
        "subordinates",
        ["product:read", *_READ_ORG, "staff_change:read", "share:manage", "api_key:manage"],
        "Leads a team: sees their own records and everyone reporting to them.",
    ),
    (
        "sales_rep",
        "销售代表",
        "own",
        ["product:read", *_READ_ORG, "share:manage"],
        "Sells: sees their own records and what is shared with them.",
    ),
    ("service_agent", "客服专员", "own", ["product:read", *_READ_ORG], "After-sales service."),
    (
        "hr",
        "人力资源",
        "all",
        [
            "department:read",
            "department:write",
            "department:delete",
            "position:read",
            "position:write",
            "position:delete",
            "employee:read",
            "employee:write",
            "employee:delete",
            "employee:manage_account",
            "employee:assign_roles",
            "staff_change:read",
            "staff_change:write",
            "role:read",
        ],
        "Manages the organisation, employees, logins and staff changes.",
    ),
    ("finance", "财务", "all", ["product:read", "product:write", *_READ_ORG], "Prices, costs."),
    ("analyst", "数据分析师", "all", ["product:read", *_READ_ORG, "audit:read"], "Reads all."),
]


def builtin_role_id(code: str) -> uuid.UUID:
    """Stable ids, so later migrations can address the built-in roles."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"salescrm:role:{code}")


def _seed_builtin_roles() -> None:
    roles = sa.table(
        "roles",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("description", sa.Text()),
        sa.column("permissions", sa.JSON()),
        sa.column("data_scope", sa.String()),
        sa.column("builtin", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", salescrm.core.db.types.UTCDateTime()),
        sa.column("updated_at", salescrm.core.db.types.UTCDateTime()),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        roles,
        [
            {
                "id": builtin_role_id(code),
                "code": code,
                "name": name,
                "description": description,
                "permissions": permissions,
                "data_scope": scope,
                "builtin": True,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for code, name, scope, permissions, description in BUILTIN_ROLES
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("staff_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_changes_employee")
        batch_op.drop_index("ix_staff_changes_due")

    op.drop_table("staff_changes")
    with op.batch_alter_table("record_shares", schema=None) as batch_op:
        batch_op.drop_index("ix_record_shares_record")
        batch_op.drop_index("ix_record_shares_employee")
        batch_op.drop_index("ix_record_shares_department")

    op.drop_table("record_shares")
    with op.batch_alter_table("employee_roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employee_roles_role_id"))

    op.drop_table("employee_roles")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_auth_sessions_employee")

    op.drop_table("auth_sessions")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_employee_id"))

    op.drop_table("api_keys")
    op.drop_table("accounts")
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_employees_employee_no_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_employees_updated_at")
        batch_op.drop_index("ix_employees_name")
        batch_op.drop_index("ix_employees_manager_path")
        batch_op.drop_index("ix_employees_manager_id")
        batch_op.drop_index("ix_employees_department_id")
        batch_op.drop_index("ix_employees_created_at")

    op.drop_table("employees")
    with op.batch_alter_table("roles", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_roles_code_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("roles")
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_positions_name_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.drop_table("positions")
    with op.batch_alter_table("login_events", schema=None) as batch_op:
        batch_op.drop_index("ix_login_events_username")
        batch_op.drop_index(batch_op.f("ix_login_events_occurred_at"))
        batch_op.drop_index("ix_login_events_ip")
        batch_op.drop_index("ix_login_events_employee")

    op.drop_table("login_events")
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_departments_code_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_departments_path")
        batch_op.drop_index("ix_departments_parent_id")

    op.drop_table("departments")
