from enum import StrEnum


class ApprovalsListSort(StrEnum):
    CREATED_AT = "created_at"
    SUBMITTED_AT = "submitted_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-submitted_at"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
