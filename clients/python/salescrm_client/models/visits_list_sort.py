from enum import StrEnum


class VisitsListSort(StrEnum):
    CREATED_AT = "created_at"
    PLANNED_AT = "planned_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-planned_at"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
