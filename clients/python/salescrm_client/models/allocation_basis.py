from enum import StrEnum


class AllocationBasis(StrEnum):
    CONTRACTS = "contracts"
    PAYMENTS = "payments"

    def __str__(self) -> str:
        return str(self.value)
