from enum import StrEnum


class LeaveKind(StrEnum):
    ANNUAL = "annual"
    BEREAVEMENT = "bereavement"
    COMPENSATORY = "compensatory"
    MARRIAGE = "marriage"
    MATERNITY = "maternity"
    OTHER = "other"
    PATERNITY = "paternity"
    PERSONAL = "personal"
    SICK = "sick"

    def __str__(self) -> str:
        return str(self.value)
