from enum import StrEnum


class ChurnRisksListSort(StrEnum):
    COMPUTED_AT = "computed_at"
    SCORE = "score"
    VALUE_1 = "-computed_at"
    VALUE_3 = "-score"

    def __str__(self) -> str:
        return str(self.value)
