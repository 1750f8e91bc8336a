from enum import StrEnum


class CorrectionPunch(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"

    def __str__(self) -> str:
        return str(self.value)
