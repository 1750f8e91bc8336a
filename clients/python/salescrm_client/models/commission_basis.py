from enum import StrEnum


class CommissionBasis(StrEnum):
    CONTRACTS_SIGNED = "contracts_signed"
    PAYMENTS_RECEIVED = "payments_received"

    def __str__(self) -> str:
        return str(self.value)
