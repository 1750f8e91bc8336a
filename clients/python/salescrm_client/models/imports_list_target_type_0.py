from enum import StrEnum


class ImportsListTargetType0(StrEnum):
    CONTACTS = "contacts"
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
