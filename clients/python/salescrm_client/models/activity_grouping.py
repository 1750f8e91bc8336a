from enum import StrEnum


class ActivityGrouping(StrEnum):
    CHANNEL = "channel"
    EMPLOYEE = "employee"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
