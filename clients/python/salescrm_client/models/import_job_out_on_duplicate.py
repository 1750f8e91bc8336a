from enum import StrEnum


class ImportJobOutOnDuplicate(StrEnum):
    FILL_EMPTY = "fill_empty"
    OVERWRITE = "overwrite"
    REJECT = "reject"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
