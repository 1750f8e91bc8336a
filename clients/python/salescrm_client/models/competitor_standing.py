from enum import StrEnum


class CompetitorStanding(StrEnum):
    ACTIVE = "active"
    ELIMINATED = "eliminated"
    LOST = "lost"
    WON = "won"

    def __str__(self) -> str:
        return str(self.value)
