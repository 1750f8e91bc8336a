from enum import StrEnum


class HolidayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKDAY = "workday"

    def __str__(self) -> str:
        return str(self.value)
