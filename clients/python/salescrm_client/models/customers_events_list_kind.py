from enum import StrEnum


class CustomersEventsListKind(StrEnum):
    CLAIMED = "claimed"
    FOLLOW_UP = "follow_up"
    KEY_ACCOUNT_MARKED = "key_account_marked"
    KEY_ACCOUNT_UNMARKED = "key_account_unmarked"
    MERGED = "merged"
    MERGED_INTO = "merged_into"
    POOL_WARNING = "pool_warning"
    RELEASED = "released"
    RETURNED_TO_POOL = "returned_to_pool"
    STAGE_CHANGED = "stage_changed"
    TRANSFERRED = "transferred"

    def __str__(self) -> str:
        return str(self.value)
