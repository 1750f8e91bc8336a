"""Imports every context's models so that ``metadata`` knows every table (Alembic, tests)."""

from salescrm.catalog import models as catalog_models
from salescrm.core.audit import AuditEntry
from salescrm.core.db.base import metadata
from salescrm.core.idempotency import IdempotencyRecord

__all__ = ["AuditEntry", "IdempotencyRecord", "catalog_models", "metadata"]
