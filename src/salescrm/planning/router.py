"""Every planning route, gathered for ``app.api_router``."""

from __future__ import annotations

from fastapi import APIRouter

from salescrm.planning.budgets.router import routers as budget_routers
from salescrm.planning.commissions.router import routers as commission_routers
from salescrm.planning.organisation.router import routers as organisation_routers
from salescrm.planning.plans.router import routers as plan_routers
from salescrm.planning.territories.router import routers as territory_routers
from salescrm.planning.trainings.router import routers as training_routers

routers: list[APIRouter] = [
    *territory_routers,
    *organisation_routers,
    *budget_routers,
    *plan_routers,
    *training_routers,
    *commission_routers,
]
