from enum import StrEnum


class SalesGroupBy(StrEnum):
    CUSTOMER = "customer"
    DEPARTMENT = "department"
    EMPLOYEE = "employee"
    PERIOD = "period"
    PRODUCT = "product"

    def __str__(self) -> str:
        return str(self.value)
