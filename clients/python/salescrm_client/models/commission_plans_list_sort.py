from enum import StrEnum


class CommissionPlansListSort(StrEnum):
    CREATED_AT = "created_at"
    EFFECTIVE_FROM = "effective_from"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-effective_from"
    VALUE_5 = "-name"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
