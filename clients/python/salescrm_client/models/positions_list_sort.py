from enum import StrEnum


class PositionsListSort(StrEnum):
    CREATED_AT = "created_at"
    LEVEL = "level"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-level"
    VALUE_5 = "-name"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
