from enum import StrEnum


class ImportUploadUnknownOwner(StrEnum):
    ERROR = "error"
    POOL = "pool"

    def __str__(self) -> str:
        return str(self.value)
