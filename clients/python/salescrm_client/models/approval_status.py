from enum import StrEnum


class ApprovalStatus(StrEnum):
    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
