from enum import StrEnum


class OpportunityExpand(StrEnum):
    CUSTOMER = "customer"

    def __str__(self) -> str:
        return str(self.value)
