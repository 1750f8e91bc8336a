from enum import StrEnum


class StepStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    PENDING = "pending"
    REJECTED = "rejected"
    RETURNED = "returned"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
