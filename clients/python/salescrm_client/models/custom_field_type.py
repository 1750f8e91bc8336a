from enum import StrEnum


class CustomFieldType(StrEnum):
    BOOLEAN = "boolean"
    CUSTOMER = "customer"
    DATE = "date"
    DATE_TIME = "date_time"
    EMPLOYEE = "employee"
    LONG_TEXT = "long_text"
    MONEY = "money"
    MULTI_SELECT = "multi_select"
    NUMBER = "number"
    SINGLE_SELECT = "single_select"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
