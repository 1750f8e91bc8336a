from enum import StrEnum


class ChainMode(StrEnum):
    LEVELS = "levels"
    NAMED = "named"
    UP_TO_ROLE = "up_to_role"

    def __str__(self) -> str:
        return str(self.value)
