from enum import StrEnum


class CustomerInsightsListSort(StrEnum):
    MONETARY = "monetary"
    RECENCY_DAYS = "recency_days"
    VALUE_1 = "-monetary"
    VALUE_3 = "-recency_days"

    def __str__(self) -> str:
        return str(self.value)
