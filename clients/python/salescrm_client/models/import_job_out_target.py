from enum import StrEnum


class ImportJobOutTarget(StrEnum):
    CONTACTS = "contacts"
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
