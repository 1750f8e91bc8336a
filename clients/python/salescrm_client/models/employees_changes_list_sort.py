from enum import StrEnum


class EmployeesChangesListSort(StrEnum):
    CREATED_AT = "created_at"
    EFFECTIVE_DATE = "effective_date"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-effective_date"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
