from enum import StrEnum


class DashboardsListSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-name"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
