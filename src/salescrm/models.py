"""Imports every context's models so that ``metadata`` knows every table (Alembic, tests)."""

from salescrm.activities import models as activity_models
from salescrm.analytics.churn import models as churn_models
from salescrm.analytics.dashboards import models as dashboard_models
from salescrm.analytics.insights import models as insight_models
from salescrm.auth import models as auth_models
from salescrm.catalog import models as catalog_models
from salescrm.core.audit import AuditEntry
from salescrm.core.custom_fields.models import CustomField
from salescrm.core.db.base import metadata
from salescrm.core.events import Event
from salescrm.core.idempotency import IdempotencyRecord
from salescrm.customers import models as customer_models
from salescrm.files import models as file_models
from salescrm.integrations import models as integration_models
from salescrm.org import models as org_models
from salescrm.planning.budgets import models as budget_models
from salescrm.planning.commissions import models as commission_models
from salescrm.planning.organisation import models as organisation_models
from salescrm.planning.plans import models as plan_models
from salescrm.planning.territories import models as territory_models
from salescrm.planning.trainings import models as training_models
from salescrm.platform import models as platform_models
from salescrm.sales import models as sales_models
from salescrm.work import models as work_models

__all__ = [
    "AuditEntry",
    "CustomField",
    "Event",
    "IdempotencyRecord",
    "activity_models",
    "auth_models",
    "budget_models",
    "catalog_models",
    "churn_models",
    "commission_models",
    "customer_models",
    "dashboard_models",
    "file_models",
    "insight_models",
    "integration_models",
    "metadata",
    "org_models",
    "organisation_models",
    "plan_models",
    "platform_models",
    "sales_models",
    "territory_models",
    "training_models",
    "work_models",
]
