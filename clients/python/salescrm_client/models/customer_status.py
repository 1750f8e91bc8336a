from enum import StrEnum


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    BLACKLISTED = "blacklisted"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
