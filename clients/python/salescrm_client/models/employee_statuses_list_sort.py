from enum import StrEnum


class EmployeeStatusesListSort(StrEnum):
    CREATED_AT = "created_at"
    STARTS_AT = "starts_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-starts_at"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
