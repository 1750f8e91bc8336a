from enum import StrEnum


class TargetMetric(StrEnum):
    GROSS_PROFIT = "gross_profit"
    NEW_CUSTOMERS = "new_customers"
    PAYMENTS = "payments"
    QUANTITY = "quantity"
    SALES_AMOUNT = "sales_amount"
    VISITS = "visits"

    def __str__(self) -> str:
        return str(self.value)
