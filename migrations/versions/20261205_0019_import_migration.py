"""imports from another CRM: owners, update-on-duplicate, every rejected row kept

``import_jobs`` gains the options of an upload (``on_duplicate``, ``match_by``,
``unknown_owner``), the counts of updated and skipped rows, and the file's header row;
``import_rejected_rows`` keeps every rejected row's cells and reason (the job's ``errors``
keep the first 1000 problems), for the file of rejected rows. Jobs from before get the
defaults: duplicates rejected, unknown owners a row error, no rejected rows on file.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 01:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_jobs") as batch:
        batch.add_column(sa.Column("header", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("on_duplicate", sa.String(length=20), nullable=False, server_default="reject")
        )
        batch.add_column(sa.Column("match_by", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("unknown_owner", sa.String(length=20), nullable=False, server_default="error")
        )
        batch.add_column(
            sa.Column("updated_rows", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("skipped_rows", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("import_jobs") as batch:
        for column in ("header", "on_duplicate", "match_by", "unknown_owner"):
            batch.alter_column(column, server_default=None)
        for column in ("updated_rows", "skipped_rows"):
            batch.alter_column(column, server_default=None)
    op.create_table(
        "import_rejected_rows",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["import_jobs.id"],
            name=op.f("fk_import_rejected_rows_job_id_import_jobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("job_id", "row", name=op.f("pk_import_rejected_rows")),
    )


def downgrade() -> None:
    op.drop_table("import_rejected_rows")
    with op.batch_alter_table("import_jobs") as batch:
        for column in (
            "skipped_rows",
            "updated_rows",
            "unknown_owner",
            "match_by",
            "on_duplicate",
            "header",
        ):
            batch.drop_column(column)
