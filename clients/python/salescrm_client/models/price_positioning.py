from enum import StrEnum


class PricePositioning(StrEnum):
    BUDGET = "budget"
    COMPARABLE = "comparable"
    PREMIUM = "premium"
    VARIES = "varies"

    def __str__(self) -> str:
        return str(self.value)
