from enum import StrEnum


class MembershipOutcome(StrEnum):
    DROPPED = "dropped"
    MERGED = "merged"
    MOVED = "moved"

    def __str__(self) -> str:
        return str(self.value)
