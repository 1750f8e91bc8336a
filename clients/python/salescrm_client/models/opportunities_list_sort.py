from enum import StrEnum


class OpportunitiesListSort(StrEnum):
    AMOUNT = "amount"
    CREATED_AT = "created_at"
    EXPECTED_CLOSE_DATE = "expected_close_date"
    NAME = "name"
    STAGE_ENTERED_AT = "stage_entered_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-amount"
    VALUE_11 = "-updated_at"
    VALUE_3 = "-created_at"
    VALUE_5 = "-expected_close_date"
    VALUE_7 = "-name"
    VALUE_9 = "-stage_entered_at"

    def __str__(self) -> str:
        return str(self.value)
