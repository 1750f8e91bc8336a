"""planning: territories — members, assignment rules, customers' territory

The people and teams responsible for each territory (``territory_members``), the assignment
rules (``territory_rules``) and ``customers.territory_id``. The customers' free-text region,
province and city become a region → province → city tree of territories built from the
distinct values in ``customers``; every customer points at its deepest node (the text columns
stay as the address). Grants ``territory:read`` to the sales roles, service agents, HR, finance
and analysts, and ``territory:write``/``territory:delete`` to sales directors.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05 16:00:00+00:00
"""

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types
from salescrm.core.db.grants import set_grants

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_READ = ["territory:read"]
GRANTS = {
    "sales_director": ["territory:read", "territory:write", "territory:delete"],
    "sales_manager": _READ,
    "sales_rep": _READ,
    "service_agent": _READ,
    "hr": _READ,
    "finance": _READ,
    "analyst": _READ,
}

Triple = tuple[str | None, str | None, str | None]


def _key(*parts: str | None) -> tuple[str, ...]:
    return tuple("" if p is None else p for p in parts)


def territory_tree(
    triples: Iterable[Triple], new_id: Any = uuid.uuid4
) -> tuple[list[dict[str, Any]], dict[Triple, uuid.UUID]]:
    """The territories the distinct ``(region, province, city)`` of the customers make — a
    region, under it its provinces, under each its cities (a level missing is skipped: a city
    with no province hangs under its region, or is a root) — and each triple's deepest node.
    Names are kept as written (trimmed); a triple with no value at all has no node."""
    nodes: dict[tuple[str, ...], dict[str, Any]] = {}
    leaf: dict[Triple, uuid.UUID] = {}

    def node(key: tuple[str, ...], name: str, kind: str, parent: dict[str, Any] | None) -> Any:
        found = nodes.get(key)
        if found is None:
            record_id = new_id()
            path = f"{parent['path'] if parent else '/'}{record_id.hex}/"
            found = nodes[key] = {
                "id": record_id,
                "name": name[:100],
                "kind": kind,
                "parent_id": parent["id"] if parent else None,
                "path": path,
                "depth": parent["depth"] + 1 if parent else 0,
            }
        return found

    for region, province, city in sorted(set(triples), key=lambda t: _key(*t)):
        r = (region or "").strip() or None
        p = (province or "").strip() or None
        c = (city or "").strip() or None
        current = None
        if r is not None:
            current = node(("r", r), r, "region", None)
        if p is not None:
            current = node(("p", r or "", p), p, "province", current)
        if c is not None:
            current = node(("c", r or "", p or "", c), c, "city", current)
        if current is not None:
            leaf[(region, province, city)] = current["id"]
    return list(nodes.values()), leaf


def link_customers(bind: sa.engine.Connection) -> int:
    """Build the tree from the customers' text fields and point each customer at its node;
    only customers without a territory. Returns how many customers were linked."""
    customers = sa.table(
        "customers",
        sa.column("id", sa.Uuid()),
        sa.column("region", sa.String()),
        sa.column("province", sa.String()),
        sa.column("city", sa.String()),
        sa.column("territory_id", sa.Uuid()),
    )
    territories = sa.table(
        "territories",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("parent_id", sa.Uuid()),
        sa.column("path", sa.String()),
        sa.column("depth", sa.Integer()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
        sa.column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True)),
        sa.column("version", sa.Integer()),
    )
    unlinked = customers.c.territory_id.is_(None)
    triples = bind.execute(
        sa.select(customers.c.region, customers.c.province, customers.c.city)
        .where(unlinked)
        .distinct()
    ).all()
    rows, leaf = territory_tree([tuple(t) for t in triples])
    if not rows:
        return 0
    now = datetime.now(UTC)
    bind.execute(
        territories.insert(),
        [{**row, "active": True, "created_at": now, "updated_at": now, "version": 1}
         for row in rows],
    )  # fmt: skip
    mapping = sa.Table(
        "_territory_map",
        sa.MetaData(),
        sa.Column("region", sa.String(100), nullable=False),
        sa.Column("province", sa.String(50), nullable=False),
        sa.Column("city", sa.String(50), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=False),
        sa.Index("ix__territory_map", "region", "province", "city", unique=True),
    )
    mapping.create(bind)
    try:
        bind.execute(
            mapping.insert(),
            [{"region": r or "", "province": p or "", "city": c or "", "territory_id": t}
             for (r, p, c), t in leaf.items()],
        )  # fmt: skip
        found = (
            sa.select(mapping.c.territory_id)
            .where(
                mapping.c.region == sa.func.coalesce(customers.c.region, ""),
                mapping.c.province == sa.func.coalesce(customers.c.province, ""),
                mapping.c.city == sa.func.coalesce(customers.c.city, ""),
            )
            .scalar_subquery()
        )
        any_text = sa.or_(
            customers.c.region.is_not(None),
            customers.c.province.is_not(None),
            customers.c.city.is_not(None),
        )
        result = bind.execute(
            customers.update().where(unlinked, any_text).values(territory_id=found)
        )
        return int(result.rowcount or 0)
    finally:
        mapping.drop(bind)


def upgrade() -> None:
    op.create_table(
        "territory_rules",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("territory_id", sa.Uuid(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("provinces", sa.JSON(), nullable=False),
        sa.Column("cities", sa.JSON(), nullable=False),
        sa.Column("industries", sa.JSON(), nullable=False),
        sa.Column("sizes", sa.JSON(), nullable=False),
        sa.Column("tiers", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"],
            name=op.f("fk_territory_rules_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory_rules")),
    )  # fmt: skip
    with op.batch_alter_table("territory_rules", schema=None) as batch_op:
        batch_op.create_index("ix_territory_rules_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_territory_rules_priority", ["priority"], unique=False)
        batch_op.create_index("ix_territory_rules_territory_id", ["territory_id"], unique=False)
        batch_op.create_index("ix_territory_rules_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "territory_members",
        sa.Column("territory_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("responsible", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", salescrm.core.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"],
            name=op.f("fk_territory_members_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"],
            name=op.f("fk_territory_members_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territories.id"],
            name=op.f("fk_territory_members_territory_id_territories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory_members")),
    )  # fmt: skip
    with op.batch_alter_table("territory_members", schema=None) as batch_op:
        batch_op.create_index("ix_territory_members_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_territory_members_department_id", ["department_id"], unique=False)
        batch_op.create_index("ix_territory_members_employee_id", ["employee_id"], unique=False)
        batch_op.create_index("ix_territory_members_territory_id", ["territory_id"], unique=False)
        batch_op.create_index("ix_territory_members_updated_at", ["updated_at"], unique=False)

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("territory_id", sa.Uuid(), nullable=True))
        batch_op.create_index("ix_customers_territory_id", ["territory_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_customers_territory_id_territories"), "territories",
            ["territory_id"], ["id"],
        )  # fmt: skip

    link_customers(op.get_bind())
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customers_territory_id_territories"), type_="foreignkey"
        )
        batch_op.drop_index("ix_customers_territory_id")
        batch_op.drop_column("territory_id")

    with op.batch_alter_table("territory_members", schema=None) as batch_op:
        batch_op.drop_index("ix_territory_members_updated_at")
        batch_op.drop_index("ix_territory_members_territory_id")
        batch_op.drop_index("ix_territory_members_employee_id")
        batch_op.drop_index("ix_territory_members_department_id")
        batch_op.drop_index("ix_territory_members_created_at")
    op.drop_table("territory_members")

    with op.batch_alter_table("territory_rules", schema=None) as batch_op:
        batch_op.drop_index("ix_territory_rules_updated_at")
        batch_op.drop_index("ix_territory_rules_territory_id")
        batch_op.drop_index("ix_territory_rules_priority")
        batch_op.drop_index("ix_territory_rules_created_at")
    op.drop_table("territory_rules")
    # The territories the upgrade built from the customers' text stay (table of 0026).
