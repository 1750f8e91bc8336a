from enum import StrEnum


class DepartmentsListSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    SORT_ORDER = "sort_order"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-name"
    VALUE_5 = "-sort_order"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
