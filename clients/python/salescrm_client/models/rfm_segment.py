from enum import StrEnum


class RfmSegment(StrEnum):
    AT_RISK = "at_risk"
    CHAMPIONS = "champions"
    HIBERNATING = "hibernating"
    LOST = "lost"
    LOYAL = "loyal"
    NEW = "new"
    POTENTIAL = "potential"

    def __str__(self) -> str:
        return str(self.value)
