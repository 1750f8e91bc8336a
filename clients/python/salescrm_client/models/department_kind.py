from enum import StrEnum


class DepartmentKind(StrEnum):
    BRANCH = "branch"
    COMPANY = "company"
    DEPARTMENT = "department"
    REGION = "region"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
