from enum import StrEnum


class DealRole(StrEnum):
    CHAMPION = "champion"
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    GATEKEEPER = "gatekeeper"
    INFLUENCER = "influencer"
    OTHER = "other"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
