from enum import StrEnum


class BranchesListSort(StrEnum):
    CODE = "code"
    CREATED_AT = "created_at"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-code"
    VALUE_3 = "-created_at"
    VALUE_5 = "-name"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
