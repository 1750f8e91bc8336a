from enum import StrEnum


class EmployeeCreateEmploymentStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    PROBATION = "probation"

    def __str__(self) -> str:
        return str(self.value)
