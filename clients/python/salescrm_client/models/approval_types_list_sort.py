from enum import StrEnum


class ApprovalTypesListSort(StrEnum):
    CODE = "code"
    CREATED_AT = "created_at"
    VALUE_1 = "-code"
    VALUE_3 = "-created_at"

    def __str__(self) -> str:
        return str(self.value)
