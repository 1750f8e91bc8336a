from enum import StrEnum


class StatisticsGroup(StrEnum):
    DEPARTMENT = "department"
    EMPLOYEE = "employee"

    def __str__(self) -> str:
        return str(self.value)
