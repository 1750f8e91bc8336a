from enum import StrEnum


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    GATEKEEPER = "gatekeeper"
    INFLUENCER = "influencer"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
