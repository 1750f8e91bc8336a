"""Database access: engine and sessions, declarative base, mixins and portable column types."""

from salescrm.core.db.base import Base, Record, metadata
from salescrm.core.db.engine import Database

__all__ = ["Base", "Database", "Record", "metadata"]
