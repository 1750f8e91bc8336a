from enum import StrEnum


class OpportunityType(StrEnum):
    OPPORTUNITY = "opportunity"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
