from enum import StrEnum


class FilesListSort(StrEnum):
    CREATED_AT = "created_at"
    FILENAME = "filename"
    SIZE = "size"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-filename"
    VALUE_5 = "-size"
    VALUE_7 = "-updated_at"

    def __str__(self) -> str:
        return str(self.value)
