from enum import StrEnum


class QuotaSource(StrEnum):
    DEFAULT = "default"
    TARGET = "target"

    def __str__(self) -> str:
        return str(self.value)
