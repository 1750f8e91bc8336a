from enum import StrEnum


class TrainingKind(StrEnum):
    ONBOARDING = "onboarding"
    OTHER = "other"
    PRODUCT = "product"
    SALES = "sales"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
