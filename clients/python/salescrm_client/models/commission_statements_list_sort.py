from enum import StrEnum


class CommissionStatementsListSort(StrEnum):
    COMMISSION = "commission"
    CREATED_AT = "created_at"
    PERIOD_START = "period_start"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-commission"
    VALUE_3 = "-created_at"
    VALUE_5 = "-period_start"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
