from enum import StrEnum


class ImportUploadMatchByItem(StrEnum):
    CREDIT_CODE = "credit_code"
    NAME = "name"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
