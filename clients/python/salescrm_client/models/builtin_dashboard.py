from enum import StrEnum


class BuiltinDashboard(StrEnum):
    DIRECTOR = "director"
    MANAGER = "manager"
    REP = "rep"

    def __str__(self) -> str:
        return str(self.value)
