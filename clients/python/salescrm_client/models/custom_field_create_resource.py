from enum import StrEnum


class CustomFieldCreateResource(StrEnum):
    ACTIVITY = "activity"
    CONTACT = "contact"
    CUSTOMER = "customer"
    OPPORTUNITY = "opportunity"

    def __str__(self) -> str:
        return str(self.value)
