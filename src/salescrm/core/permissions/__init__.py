"""Who is calling (the subject) and what they may do and see."""

from salescrm.core.permissions.subject import Subject

__all__ = ["Subject"]
