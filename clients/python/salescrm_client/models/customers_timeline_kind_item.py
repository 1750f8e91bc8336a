from enum import StrEnum


class CustomersTimelineKindItem(StrEnum):
    ACTIVITY = "activity"
    APPROVAL = "approval"
    CUSTOMER_EVENT = "customer_event"
    SCHEDULE = "schedule"
    STAGE_CHANGE = "stage_change"
    TASK = "task"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
