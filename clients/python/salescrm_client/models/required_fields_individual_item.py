from enum import StrEnum


class RequiredFieldsIndividualItem(StrEnum):
    ADDRESS = "address"
    CITY = "city"
    CREDIT_CODE = "credit_code"
    EMAIL = "email"
    INDUSTRY = "industry"
    PHONES = "phones"
    PROVINCE = "province"
    REGION = "region"
    SHORT_NAME = "short_name"
    SIZE = "size"
    SOURCE = "source"
    TERRITORY = "territory"
    TIER = "tier"
    WEBSITE = "website"

    def __str__(self) -> str:
        return str(self.value)
