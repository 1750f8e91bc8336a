from enum import StrEnum


class TeamBoardSort(StrEnum):
    CREATED_AT = "created_at"
    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-employee_no"
    VALUE_5 = "-name"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
