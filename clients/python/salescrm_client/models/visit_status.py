from enum import StrEnum


class VisitStatus(StrEnum):
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
