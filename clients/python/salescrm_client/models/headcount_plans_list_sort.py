from enum import StrEnum


class HeadcountPlansListSort(StrEnum):
    CREATED_AT = "created_at"
    PERIOD_START = "period_start"
    PLANNED = "planned"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-period_start"
    VALUE_5 = "-planned"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
