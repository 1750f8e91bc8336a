from enum import StrEnum


class ImportUploadMatchByType0Item(StrEnum):
    CREDIT_CODE = "credit_code"
    NAME = "name"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
