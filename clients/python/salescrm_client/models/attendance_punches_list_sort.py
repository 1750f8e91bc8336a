from enum import StrEnum


class AttendancePunchesListSort(StrEnum):
    AT = "at"
    CREATED_AT = "created_at"
    VALUE_1 = "-at"
    VALUE_3 = "-created_at"

    def __str__(self) -> str:
        return str(self.value)
