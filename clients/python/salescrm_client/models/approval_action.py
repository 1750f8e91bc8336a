from enum import StrEnum


class ApprovalAction(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    AUTO_APPROVED = "auto_approved"
    COMMENTED = "commented"
    REJECTED = "rejected"
    REMINDED = "reminded"
    RESUBMITTED = "resubmitted"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
