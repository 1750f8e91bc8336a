from enum import StrEnum


class ForecastCategory(StrEnum):
    BEST_CASE = "best_case"
    CLOSED = "closed"
    COMMIT = "commit"
    OMITTED = "omitted"
    PIPELINE = "pipeline"

    def __str__(self) -> str:
        return str(self.value)
