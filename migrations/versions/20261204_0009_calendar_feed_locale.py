"""calendar feed locale: each calendar URL speaks the language it was made in

A calendar app sends no Accept-Language worth following, so a feed's words came from the
deployment's default language; an English-speaking rep in a Chinese deployment could not get an
English feed. The feed now keeps its own language (chosen when it is made); feeds made before
this keep none and read in the deployment's default, as they did.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 09:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("calendar_feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("locale", sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("calendar_feeds", schema=None) as batch_op:
        batch_op.drop_column("locale")
