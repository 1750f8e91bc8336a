from enum import StrEnum


class PunchSource(StrEnum):
    APP = "app"
    CORRECTION = "correction"

    def __str__(self) -> str:
        return str(self.value)
