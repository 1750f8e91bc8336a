from enum import StrEnum


class TargetLevel(StrEnum):
    COMPANY = "company"
    DEPARTMENT = "department"
    EMPLOYEE = "employee"
    TEAM = "team"
    TERRITORY = "territory"

    def __str__(self) -> str:
        return str(self.value)
