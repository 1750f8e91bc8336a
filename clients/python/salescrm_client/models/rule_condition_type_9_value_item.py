from enum import StrEnum


class RuleConditionType9ValueItem(StrEnum):
    ENTERPRISE = "enterprise"
    LARGE = "large"
    MEDIUM = "medium"
    MICRO = "micro"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
