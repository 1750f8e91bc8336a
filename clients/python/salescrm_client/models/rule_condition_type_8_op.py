from enum import StrEnum


class RuleConditionType8Op(StrEnum):
    EQ = "eq"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
