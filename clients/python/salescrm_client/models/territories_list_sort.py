from enum import StrEnum


class TerritoriesListSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    PATH = "path"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-name"
    VALUE_5 = "-path"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
