from enum import StrEnum


class SalesPlanStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
