from enum import StrEnum


class StaffChangeKind(StrEnum):
    POSITION_CHANGE = "position_change"
    PROMOTION = "promotion"
    RESIGNATION = "resignation"
    STATUS_CHANGE = "status_change"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
