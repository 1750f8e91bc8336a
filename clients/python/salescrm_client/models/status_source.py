from enum import StrEnum


class StatusSource(StrEnum):
    BUSINESS_TRIP = "business_trip"
    LEAVE = "leave"
    MANUAL = "manual"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
