from enum import StrEnum


class CommissionStatementLinesListSort(StrEnum):
    AMOUNT = "amount"
    COMMISSION = "commission"
    CREATED_AT = "created_at"
    DAY = "day"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-amount"
    VALUE_3 = "-commission"
    VALUE_5 = "-created_at"
    VALUE_7 = "-day"
    VALUE_9 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
