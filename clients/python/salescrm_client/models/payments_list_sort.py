from enum import StrEnum


class PaymentsListSort(StrEnum):
    AMOUNT = "amount"
    CREATED_AT = "created_at"
    RECEIVED_ON = "received_on"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-amount"
    VALUE_3 = "-created_at"
    VALUE_5 = "-received_on"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
