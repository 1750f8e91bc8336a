"""Where an employee's quota comes from: their employee-level target (not one of a product
line) for the plan's metric — sales amount for contracts signed, payments collected for
payments received, gross profit for any margin plan — in an approved sales plan of exactly
the statement's period and the plan's currency (the largest, if several approved plans of that
period name one); otherwise the commission plan's default."""

from __future__ import annotations

from salescrm.planning.commissions.models import (
    CommissionBasis,
    CommissionMeasure,
    CommissionPlan,
)
from salescrm.planning.commissions.repository import Target
from salescrm.planning.plans.models import SalesPlanStatus, TargetLevel, TargetMetric

#: The sales-target metric each basis is measured against (margin plans: gross profit).
METRICS = {
    CommissionBasis.contracts_signed.value: TargetMetric.sales_amount.value,
    CommissionBasis.payments_received.value: TargetMetric.payments.value,
}


def target_for(plan: CommissionPlan) -> Target:
    """The statement selecting each employee's target for the period (``:start``, ``:end``),
    the currency and ``:metric``."""
    sql = """
        SELECT st.employee_id AS employee_id, MAX(st.value) AS value
        FROM sales_targets st JOIN sales_plans sp ON sp.id = st.plan_id
        WHERE st.deleted_at IS NULL AND sp.deleted_at IS NULL AND sp.status = :approved
          AND sp.period_start = :start AND sp.period_end = :end
          AND sp.currency = :currency AND st.level = :level AND st.metric = :metric
          AND st.employee_id IS NOT NULL AND st.product_line IS NULL
        GROUP BY st.employee_id
    """
    margin = plan.measure == CommissionMeasure.margin.value
    metric = TargetMetric.gross_profit.value if margin else METRICS[plan.basis]
    params = {
        "metric": metric,
        "approved": SalesPlanStatus.approved.value,
        "level": TargetLevel.employee.value,
    }
    return Target(sql=sql, params=params)
