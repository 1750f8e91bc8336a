from enum import StrEnum


class ContractStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
