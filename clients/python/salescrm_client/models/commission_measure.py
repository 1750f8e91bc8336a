from enum import StrEnum


class CommissionMeasure(StrEnum):
    AMOUNT = "amount"
    MARGIN = "margin"

    def __str__(self) -> str:
        return str(self.value)
