"""sales: date-sorted lists read one page, not whole days

Contracts list by ``-sign_date`` and payments by ``-received_on``, dates that hundreds of rows
share. Their indexes held the date alone, so the page query had to read every row of a day to
order the ties by ``id`` (an incremental sort): at 230,000 contracts a manager's first page read
30,000 index entries (32 ms). With ``id`` in the index the page stops after its rows (1.4 ms);
an owner's own contracts get the same through ``(owner_id, sign_date, id)``.

Revision ID: 0021
Revises: 0017
Create Date: 2026-12-05 00:40:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_contracts_sign_date", table_name="contracts")
    op.create_index("ix_contracts_sign_date", "contracts", ["sign_date", "id"])
    op.create_index("ix_contracts_owner_sign_date", "contracts", ["owner_id", "sign_date", "id"])
    op.drop_index("ix_payments_received_on", table_name="payments")
    op.create_index("ix_payments_received_on", "payments", ["received_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_payments_received_on", table_name="payments")
    op.create_index("ix_payments_received_on", "payments", ["received_on"])
    op.drop_index("ix_contracts_owner_sign_date", table_name="contracts")
    op.drop_index("ix_contracts_sign_date", table_name="contracts")
    op.create_index("ix_contracts_sign_date", "contracts", ["sign_date"])
