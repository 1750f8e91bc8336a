from enum import StrEnum


class EmploymentStatus(StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    PROBATION = "probation"
    RESIGNED = "resigned"

    def __str__(self) -> str:
        return str(self.value)
