from enum import StrEnum


class SalesStrategiesListSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    PERIOD_START = "period_start"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-name"
    VALUE_5 = "-period_start"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
