"""Commission plans join the generic CRUD contract; statements and their lines are read-only
(tests/test_meta.py), proved in test_commissions and test_matrix."""

from __future__ import annotations

from typing import Any, ClassVar

from tests.activities.support import UNKNOWN
from tests.contract.crud import CrudContract
from tests.planning.commissions.support import PLANS, plan_payload

OVERLAPPING = [
    {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
    {"from_percent": 90, "to_percent": None, "rate_percent": "5.00"},
]
GAPPED = [
    {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
    {"from_percent": 120, "to_percent": None, "rate_percent": "5.00"},
]


class TestCommissionPlanContract(CrudContract):
    path = PLANS
    echo_fields: ClassVar = ("name", "basis", "period_kind", "tiers", "default_quota")
    update_payload: ClassVar[Any] = {"name": "改过的方案", "cap": "8000.00"}
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"tiers": OVERLAPPING}, "tiers"),
        ({"tiers": GAPPED}, "tiers"),
        ({"tiers": []}, "tiers"),
        ({"tiers": [{"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"}]}, "tiers"),
        ({"tiers": [{"from_percent": 0, "to_percent": None, "rate_percent": "101"}]}, "tiers"),
        ({"basis": "deals_won"}, "basis"),
        ({"default_quota": "0"}, "default_quota"),
        ({"cap": "-1.00"}, "cap"),
        ({"effective_to": "2026-12-31"}, "effective_to"),
        ({"employee_ids": [UNKNOWN]}, "employee_ids"),
        ({"department_ids": [UNKNOWN]}, "department_ids"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "name", "effective_from")
    filter_cases: ClassVar[Any] = [
        ({"basis": "payments_received"}, lambda p: p["basis"] == "payments_received"),
        ({"period_kind": "month"}, lambda p: p["period_kind"] == "month"),
        ({"active": "false"}, lambda p: p["active"] is False),
    ]
    search_cases: ClassVar = [("季度方案五", 5)]

    def make_payload(self, n: int) -> dict[str, Any]:
        names = {5: "季度方案五"}
        return plan_payload(
            names.get(n, f"提成方案{n}"),
            basis="payments_received" if n % 2 else "contracts_signed",
            period_kind="month" if n % 3 == 0 else "quarter",
            active=n % 4 != 0,
            effective_from=f"2027-01-{n % 28 + 1:02d}",
        )
