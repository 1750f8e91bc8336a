from enum import StrEnum


class HolidaysListSort(StrEnum):
    CREATED_AT = "created_at"
    DAY = "day"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-day"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
