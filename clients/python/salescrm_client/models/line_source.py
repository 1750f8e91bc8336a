from enum import StrEnum


class LineSource(StrEnum):
    CONTRACT = "contract"
    PAYMENT = "payment"

    def __str__(self) -> str:
        return str(self.value)
