from enum import StrEnum


class ImportUploadTarget(StrEnum):
    CONTACTS = "contacts"
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
