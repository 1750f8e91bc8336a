from enum import StrEnum


class TargetAllocationMethod(StrEnum):
    EVEN = "even"
    LAST_YEAR = "last_year"
    MANUAL = "manual"
    WEIGHTS = "weights"

    def __str__(self) -> str:
        return str(self.value)
