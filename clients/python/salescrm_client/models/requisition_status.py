from enum import StrEnum


class RequisitionStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    DRAFT = "draft"
    FILLED = "filled"
    PENDING = "pending"
    REJECTED = "rejected"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
