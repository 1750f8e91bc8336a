from enum import StrEnum


class TasksListSort(StrEnum):
    CREATED_AT = "created_at"
    DUE_AT = "due_at"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-due_at"
    VALUE_5 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
