from enum import StrEnum


class SalesTargetsListSort(StrEnum):
    CREATED_AT = "created_at"
    LEVEL = "level"
    UPDATED_AT = "updated_at"
    VALUE = "value"
    VALUE_1 = "-created_at"
    VALUE_3 = "-level"
    VALUE_5 = "-updated_at"
    VALUE_7 = "-value"

    def __str__(self) -> str:
        return str(self.value)
