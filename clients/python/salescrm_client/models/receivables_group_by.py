from enum import StrEnum


class ReceivablesGroupBy(StrEnum):
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
