from enum import StrEnum


class RuleConditionType11ValueItem(StrEnum):
    ACTIVE = "active"
    AT_RISK = "at_risk"
    CHURNED = "churned"
    LOYAL = "loyal"
    NEW = "new"
    PROSPECT = "prospect"

    def __str__(self) -> str:
        return str(self.value)
