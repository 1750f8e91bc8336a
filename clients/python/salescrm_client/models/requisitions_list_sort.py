from enum import StrEnum


class RequisitionsListSort(StrEnum):
    CREATED_AT = "created_at"
    TITLE = "title"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-title"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
