from enum import StrEnum


class DraftSourceKind(StrEnum):
    ACTIVITY = "activity"
    STAGE_CHANGE = "stage_change"
    TASK = "task"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
