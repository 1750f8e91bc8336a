"""hand-over: the ``employee:hand_over`` permission for the roles that manage people

Hand-over (``/employees/{id}/holdings`` and ``/employees/{id}/hand-over``) needs no new
column: records change owner, shares change grantee, notifications and audit entries use the
tables they have. Its permission goes to HR (who records leavers) and to the managing sales
roles (who hand over within their team on a transfer), each within their data scope.

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-04 23:00:00.000000+00:00
"""

from collections.abc import Sequence

from salescrm.core.db.grants import set_grants

revision: str = "0017"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRANTS = {
    "hr": ["employee:hand_over"],
    "sales_director": ["employee:hand_over"],
    "sales_manager": ["employee:hand_over"],
}


def upgrade() -> None:
    set_grants(GRANTS, add=True)


def downgrade() -> None:
    set_grants(GRANTS, add=False)
