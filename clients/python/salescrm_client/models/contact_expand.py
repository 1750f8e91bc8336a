from enum import StrEnum


class ContactExpand(StrEnum):
    CUSTOMER = "customer"

    def __str__(self) -> str:
        return str(self.value)
