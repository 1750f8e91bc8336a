from enum import StrEnum


class MembershipMoveResource(StrEnum):
    CONTRACT = "contract"
    CUSTOMER = "customer"
    EMPLOYEE = "employee"
    OPPORTUNITY = "opportunity"
    TASK = "task"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
