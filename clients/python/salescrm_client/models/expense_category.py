from enum import StrEnum


class ExpenseCategory(StrEnum):
    ENTERTAINMENT = "entertainment"
    MARKETING = "marketing"
    OTHER = "other"
    TRAINING = "training"
    TRAVEL = "travel"

    def __str__(self) -> str:
        return str(self.value)
