from enum import StrEnum


class ImportsListTarget(StrEnum):
    CONTACTS = "contacts"
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
