from enum import StrEnum


class Attendance(StrEnum):
    ABSENT = "absent"
    ATTENDED = "attended"
    INVITED = "invited"

    def __str__(self) -> str:
        return str(self.value)
