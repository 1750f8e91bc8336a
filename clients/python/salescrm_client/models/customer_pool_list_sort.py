from enum import StrEnum


class CustomerPoolListSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    STAGE_CHANGED_AT = "stage_changed_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-name"
    VALUE_5 = "-stage_changed_at"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
