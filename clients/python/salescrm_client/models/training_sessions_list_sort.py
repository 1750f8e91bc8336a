from enum import StrEnum


class TrainingSessionsListSort(StrEnum):
    CREATED_AT = "created_at"
    STARTS_AT = "starts_at"
    TOPIC = "topic"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-starts_at"
    VALUE_5 = "-topic"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
