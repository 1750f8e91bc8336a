from enum import StrEnum


class BodyImportsCreateTarget(StrEnum):
    CONTACTS = "contacts"
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
