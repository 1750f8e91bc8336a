from enum import StrEnum


class ScheduleKind(StrEnum):
    CALL = "call"
    INTERNAL = "internal"
    MEETING = "meeting"
    OTHER = "other"
    TRAINING = "training"
    TRAVEL = "travel"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
