from enum import StrEnum


class ProductsListSort(StrEnum):
    CODE = "code"
    CREATED_AT = "created_at"
    LIST_PRICE = "list_price"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-code"
    VALUE_3 = "-created_at"
    VALUE_5 = "-list_price"
    VALUE_7 = "-name"
    VALUE_9 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
