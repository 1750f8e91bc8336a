from enum import StrEnum


class ProductLifeCycleStage(StrEnum):
    DECLINE = "decline"
    GROWTH = "growth"
    INTRODUCTION = "introduction"
    MATURITY = "maturity"

    def __str__(self) -> str:
        return str(self.value)
