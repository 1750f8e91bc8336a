"""personal information: contacts and customers record when they were anonymised (PIPL)

A contact or an individual customer is anonymised on the person's request
(``POST …/anonymise``): its personal fields are replaced and ``anonymised_at`` marks it, so
that clients show it and the services refuse to put personal data back. The permission it needs,
``customer:anonymise``, is granted to no built-in role here: administrators hold it through
``*``, and a deployment gives it to whoever answers such requests (a data protection officer's
role) by editing roles. Existing rows were never anonymised: null.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 21:18:28.661275+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import salescrm.core.db.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("contacts", "customers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "anonymised_at",
                    salescrm.core.db.types.UTCDateTime(timezone=True),
                    nullable=True,
                )
            )


def downgrade() -> None:
    for table in ("customers", "contacts"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("anonymised_at")
