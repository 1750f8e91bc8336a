from enum import StrEnum


class PartnerKind(StrEnum):
    AGENT = "agent"
    DISTRIBUTOR = "distributor"
    REFERRAL = "referral"
    RESELLER = "reseller"

    def __str__(self) -> str:
        return str(self.value)
