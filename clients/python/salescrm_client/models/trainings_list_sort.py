from enum import StrEnum


class TrainingsListSort(StrEnum):
    CREATED_AT = "created_at"
    PERIOD_START = "period_start"
    TITLE = "title"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-period_start"
    VALUE_5 = "-title"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
