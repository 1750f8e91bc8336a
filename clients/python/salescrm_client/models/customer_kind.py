from enum import StrEnum


class CustomerKind(StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
