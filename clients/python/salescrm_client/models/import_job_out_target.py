from enum import StrEnum


class ImportJobOutTarget(StrEnum):
    ACTIVITIES = "activities"
    CONTACTS = "contacts"
    CUSTOMERS = "customers"
    OPPORTUNITIES = "opportunities"
    PRODUCTS = "products"

    def __str__(self) -> str:
        return str(self.value)
