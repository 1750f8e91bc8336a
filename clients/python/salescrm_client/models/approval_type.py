from enum import StrEnum


class ApprovalType(StrEnum):
    ATTENDANCE_CORRECTION = "attendance_correction"
    BUSINESS_TRIP = "business_trip"
    CUSTOMER_TRANSFER = "customer_transfer"
    DISCOUNT = "discount"
    EXPENSE = "expense"
    LEAVE = "leave"
    RECRUITMENT = "recruitment"
    REQUIREMENT = "requirement"
    SALES_PLAN = "sales_plan"

    def __str__(self) -> str:
        return str(self.value)
