from enum import StrEnum


class DayStatus(StrEnum):
    ABSENT = "absent"
    LATE = "late"
    LATE_AND_LEFT_EARLY = "late_and_left_early"
    LEFT_EARLY = "left_early"
    MISSING_PUNCH = "missing_punch"
    NORMAL = "normal"
    ON_LEAVE = "on_leave"
    ON_TRIP = "on_trip"
    PENDING = "pending"
    REST_DAY = "rest_day"

    def __str__(self) -> str:
        return str(self.value)
