from enum import StrEnum


class PartnerStatus(StrEnum):
    ACTIVE = "active"
    PROSPECT = "prospect"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
