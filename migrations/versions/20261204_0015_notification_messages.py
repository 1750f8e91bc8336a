"""notifications: message keys and parameters, rendered in the reader's language

A notification stored its title and body as text in one language. It now also stores the keys
of its messages and their parameters (``title_key``, ``body_key``, ``params``), and is rendered
when read, in the language the reader asks for (``Accept-Language``). ``title`` and ``body``
stay: they hold the text as first rendered, and are what the rows from before this revision
(null keys) show, in every language.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 22:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("body_key", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("params", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("body_key")
        batch_op.drop_column("title_key")
