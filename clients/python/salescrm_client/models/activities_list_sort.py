from enum import StrEnum


class ActivitiesListSort(StrEnum):
    CREATED_AT = "created_at"
    OCCURRED_AT = "occurred_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-occurred_at"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
