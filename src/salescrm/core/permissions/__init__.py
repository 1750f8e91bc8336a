"""Who is calling (the subject) and what they may do and see."""

from salescrm.core.permissions.catalog import PERMISSIONS, DataScope
from salescrm.core.permissions.subject import Subject

__all__ = ["PERMISSIONS", "DataScope", "Subject"]
