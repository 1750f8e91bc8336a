from enum import StrEnum


class DashboardSource(StrEnum):
    BUILTIN = "builtin"
    PERSONAL = "personal"
    ROLE = "role"

    def __str__(self) -> str:
        return str(self.value)
