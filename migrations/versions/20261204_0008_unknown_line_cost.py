"""unknown line cost: a line item's cost and margin may be null

A line item's cost is quantity × the product's standard cost, which a sales rep may not see.
Refusing a line whose cost would leave the money bounds told the rep the hidden cost (bisect on
the quantity until the answer turns from 201 to 422). Such a line is accepted now and its cost
recorded as unknown (null), on deals and on the contracts that copy their lines.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 07:00:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

import salescrm.core.db.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("opportunity_line_items", "contract_line_items")
_COLUMNS = ("cost", "margin")


def _nullable(nullable: bool) -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in _COLUMNS:
                batch_op.alter_column(
                    column,
                    existing_type=salescrm.core.db.types.Money(precision=18, scale=2),
                    nullable=nullable,
                )


def upgrade() -> None:
    _nullable(True)


def downgrade() -> None:
    # An unknown cost has no value to go back to: 0 keeps the row (its margin is its amount).
    for table in _TABLES:
        op.execute(f"UPDATE {table} SET cost = 0, margin = amount WHERE cost IS NULL")  # noqa: S608
    _nullable(False)
