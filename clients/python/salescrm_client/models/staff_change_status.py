from enum import StrEnum


class StaffChangeStatus(StrEnum):
    APPLIED = "applied"
    CANCELLED = "cancelled"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
