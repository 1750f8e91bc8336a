from enum import StrEnum


class FilesListResource(StrEnum):
    ACTIVITY = "activity"
    CONTACT = "contact"
    CONTRACT = "contract"
    CUSTOMER = "customer"
    OPPORTUNITY = "opportunity"
    TASK = "task"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
