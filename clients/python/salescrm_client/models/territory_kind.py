from enum import StrEnum


class TerritoryKind(StrEnum):
    CITY = "city"
    CUSTOM = "custom"
    DISTRICT = "district"
    PROVINCE = "province"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)
