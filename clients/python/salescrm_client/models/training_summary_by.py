from enum import StrEnum


class TrainingSummaryBy(StrEnum):
    PLAN = "plan"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
