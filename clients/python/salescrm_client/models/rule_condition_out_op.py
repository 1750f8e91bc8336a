from enum import StrEnum


class RuleConditionOutOp(StrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LT = "lt"
    LTE = "lte"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
