from enum import StrEnum


class ImportJobOutUnknownOwner(StrEnum):
    ERROR = "error"
    POOL = "pool"

    def __str__(self) -> str:
        return str(self.value)
