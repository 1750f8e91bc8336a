from enum import StrEnum


class CoordSystem(StrEnum):
    BD09 = "bd09"
    GCJ02 = "gcj02"
    WGS84 = "wgs84"

    def __str__(self) -> str:
        return str(self.value)
