from enum import StrEnum


class ContractExpand(StrEnum):
    CUSTOMER = "customer"

    def __str__(self) -> str:
        return str(self.value)
