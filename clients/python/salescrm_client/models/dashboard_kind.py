from enum import StrEnum


class DashboardKind(StrEnum):
    PERSONAL = "personal"
    ROLE = "role"

    def __str__(self) -> str:
        return str(self.value)
