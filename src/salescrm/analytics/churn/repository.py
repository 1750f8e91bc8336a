"""The rules' one row, and the stored churn risks as a list in the caller's scope."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import select

from salescrm.analytics.churn.models import RULES_ID, CustomerChurnRisk, LifecycleRules
from salescrm.core.filtering import FilterOp, eq, gte
from salescrm.core.repository import ReadRepository, Repository
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository


class RulesRepository(Repository[LifecycleRules]):
    model = LifecycleRules

    async def current(self) -> LifecycleRules:
        rules = await self.session.get(LifecycleRules, RULES_ID)
        if rules is None:  # seeded by the migration; recreated if someone removed the row
            rules = LifecycleRules(id=RULES_ID)
            self.session.add(rules)
            await self.flush()
        return rules


def _owned_by(owner_id: Any) -> Any:
    return CustomerChurnRisk.customer_id.in_(
        select(Customer.id).where(Customer.owner_id == owner_id)
    )


class ChurnRiskRepository(ReadRepository[CustomerChurnRisk]):
    """A risk is visible exactly when its customer is (``scope_via``)."""

    model = CustomerChurnRisk
    scope_via = ("customer_id", CustomerRepository)
    sort_fields: ClassVar = {"score": "score", "computed_at": "computed_at"}
    default_sort = "-score"
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": _owned_by,
        "level": eq(CustomerChurnRisk.level),
        "min_score": gte(CustomerChurnRisk.score),
    }
