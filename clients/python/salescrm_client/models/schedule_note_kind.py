from enum import StrEnum


class ScheduleNoteKind(StrEnum):
    COMMENT = "comment"
    REMINDER = "reminder"

    def __str__(self) -> str:
        return str(self.value)
