from enum import StrEnum


class KeyAccountPlansListSort(StrEnum):
    CREATED_AT = "created_at"
    REVIEW_DATE = "review_date"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-review_date"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
