from enum import StrEnum


class OpenForecast(StrEnum):
    BEST_CASE = "best_case"
    COMMIT = "commit"
    PIPELINE = "pipeline"

    def __str__(self) -> str:
        return str(self.value)
