"""Reads of the stored insights, in the caller's customer scope."""

from __future__ import annotations

import uuid
from typing import ClassVar

from sqlalchemy import ColumnElement, select

from salescrm.analytics.insights.models import CustomerInsight
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import ReadRepository
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository


def _owned_by(owner_id: uuid.UUID) -> ColumnElement[bool]:
    return CustomerInsight.customer_id.in_(select(Customer.id).where(Customer.owner_id == owner_id))


class InsightRepository(ReadRepository[CustomerInsight]):
    model = CustomerInsight
    #: An insight is readable exactly when its customer is.
    scope_via = ("customer_id", CustomerRepository)
    sort_fields: ClassVar = {
        "monetary": "monetary",
        # Customers without a purchase last (first when descending).
        "recency_days": "recency_key",
    }
    default_sort = "-monetary"
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": _owned_by,
        "rfm_segment": eq(CustomerInsight.rfm_segment),
        "abc_class": eq(CustomerInsight.abc_class),
        "repeat_purchase": eq(CustomerInsight.repeat_purchase),
    }

    @property
    def resource(self) -> str:
        return "customer_insight"
