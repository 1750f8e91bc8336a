from enum import StrEnum


class ContractsListSort(StrEnum):
    AMOUNT = "amount"
    CREATED_AT = "created_at"
    NUMBER = "number"
    SIGN_DATE = "sign_date"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-amount"
    VALUE_3 = "-created_at"
    VALUE_5 = "-number"
    VALUE_7 = "-sign_date"
    VALUE_9 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
