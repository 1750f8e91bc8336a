from enum import StrEnum


class PlanCheckMode(StrEnum):
    REFUSE = "refuse"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
