from enum import StrEnum


class ActualUnavailable(StrEnum):
    NOT_PERMITTED = "not_permitted"
    PRODUCT_LINE = "product_line"

    def __str__(self) -> str:
        return str(self.value)
