from enum import StrEnum


class CustomFieldsListSort(StrEnum):
    CREATED_AT = "created_at"
    KEY = "key"
    POSITION = "position"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-key"
    VALUE_5 = "-position"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
