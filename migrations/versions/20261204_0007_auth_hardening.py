"""auth hardening: login throttling per account and address; keyed idempotency fingerprints

Login throttling asks, per attempt, when an account last logged in from the address and how
often it failed from there: one index on (username, ip, occurred_at) answers both.

Until now an idempotency fingerprint was a plain SHA-256 of the request, and a login or password
change sent with an Idempotency-Key left one of its password for 24 hours. Fingerprints are keyed
HMACs now; the old ones are blanked (a blank matches no request: reusing such a key within its
remaining lifetime is a 422, never a second execution).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 06:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_login_events_username_ip",
        "login_events",
        ["username", "ip", "occurred_at"],
        unique=False,
    )
    op.execute(sa.text("UPDATE idempotency_keys SET fingerprint = ''"))


def downgrade() -> None:
    # The old fingerprints are gone for good, as intended.
    op.drop_index("ix_login_events_username_ip", table_name="login_events")
